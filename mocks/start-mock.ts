/**
 * Starting the mock from a test file: `const mock = await startMock()` puts every API on its own
 * free port (`port: 0`, the default) and returns the URLs, a typed admin helper per API and
 * `stop()`, which closes every socket and timer so the test runner exits cleanly.
 * @see ../docs/mock-server.md (Programmatic start)
 */
import type { ApiId } from "../src/apis.js";
import { type AdminClient, createAdminClient } from "./engine/admin-client.js";
import { listen } from "./http.js";
import type { MockOptionsInput } from "./options.js";
import { createMockServer, type MockServerDeps } from "./server.js";

export type {
  AdminClient,
  CallbackRecord,
  ClockState,
  CountFilter,
  FaultSpec,
  JournalEntry,
  OutboxMessage,
  RequestFilter,
} from "./engine/admin-client.js";
export { createAdminClient } from "./engine/admin-client.js";
export { createMockFetch, type MockFetch, type MockFetchOptions } from "./engine/mock-fetch.js";

export interface StartMockOptions extends MockOptionsInput {
  /** 0 (default) = a free port per API; N = API i listens on N + its index (nbcgate N ... b2core-backoffice N+3). */
  port?: number;
}

export interface RunningMock {
  /** Base URL of each served API. */
  readonly urls: Readonly<Record<ApiId, string>>;
  /** Base URL of one API; throws when it is not served. */
  url(api: ApiId): string;
  /** Closes every socket and timer; pending delays and callbacks end. */
  stop(): Promise<void>;
  /** The typed admin helper of one API, for the default session or `session`. */
  admin(api: ApiId, opts?: { session?: string }): AdminClient;
}

/** Starts the mock on free ports (or from `port`) and resolves once every API listens. */
export async function startMock(options: StartMockOptions = {}, deps: MockServerDeps = {}): Promise<RunningMock> {
  const { port = 0, ...rest } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65_535 - 3) {
    throw new RangeError(`paymock: startMock port must be 0 (free ports) or a port from 1 to 65532, got ${port}.`);
  }
  const mock = await createMockServer({ logLevel: "silent", ...rest, ...(port === 0 ? {} : { portBase: port }) }, deps);
  let running: Awaited<ReturnType<typeof listen>>;
  try {
    running = await listen(mock, { ephemeralPorts: port === 0 });
  } catch (error) {
    await mock.close();
    throw error;
  }
  let stopped: Promise<void> | undefined;
  return {
    urls: running.urls as Readonly<Record<ApiId, string>>,
    url: (api) => running.url(api),
    stop() {
      stopped ??= Promise.all([running.close(), mock.close()]).then(() => undefined);
      return stopped;
    },
    admin: (api, opts = {}) => createAdminClient(running.url(api), opts),
  };
}
