/**
 * TEMPORARY: a minimal `startMock` with the agreed surface, so the test-suite recipes compile and
 * run on this branch. Branch i12a's real mocks/start-mock.ts (sessions, faults, snapshot, the
 * generated admin client) replaces this file whole at merge.
 */
import type { ApiId } from "../src/apis.js";
import type { OutboxMessage } from "./context.js";
import { listen } from "./http.js";
import type { MockOptionsInput } from "./options.js";
import { checkMockOptions } from "./resolve-config.js";
import { createMockServer } from "./server.js";
import type { JournalEntry } from "./store.js";

export interface StartMockOptions extends MockOptionsInput {
  /** 0 (the default): every API on a free port of its own; N: APIs on N, N + 1, ... */
  port?: number;
}

export interface RequestFilter {
  readonly method?: string;
  readonly path?: string;
  readonly operationId?: string;
  readonly status?: number;
}

/** Typed calls to one API's admin routes (`/__mock/...`). */
export interface AdminClient {
  outbox(to?: string): Promise<OutboxMessage[]>;
  /** The last code sent to `to`; throws when none was. */
  latestCode(to: string): Promise<string>;
  reset(): Promise<void>;
  readonly clock: {
    get(): Promise<{ now: string }>;
    advance(seconds: number): Promise<{ now: string }>;
  };
  requests(filter?: RequestFilter): Promise<JournalEntry[]>;
  state(name: string, params?: Record<string, unknown>): Promise<{ state: string; values: Record<string, unknown> }>;
}

export interface RunningMock {
  readonly urls: Readonly<Record<ApiId, string>>;
  url(api: ApiId): string;
  stop(): Promise<void>;
  admin(api: ApiId, opts?: { session?: string }): AdminClient;
}

function createAdminClient(base: string, session: string | undefined): AdminClient {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (session !== undefined) headers["x-paymock-session"] = session;
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${base}/__mock${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`paymock admin: ${method} /__mock${path} answered ${res.status}: ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  };
  const outbox = (to?: string) =>
    call<OutboxMessage[]>("GET", `/outbox${to === undefined ? "" : `?to=${encodeURIComponent(to)}`}`);
  return {
    outbox,
    async latestCode(to) {
      const last = (await outbox(to)).at(-1);
      if (last === undefined) throw new Error(`paymock admin: no code was sent to ${to}.`);
      return last.code;
    },
    reset: () => call<void>("POST", "/reset"),
    clock: {
      get: () => call("GET", "/clock"),
      advance: (seconds) => call("POST", "/clock", { advanceSeconds: seconds }),
    },
    async requests(filter = {}) {
      const all = await call<JournalEntry[]>("GET", "/requests");
      return all.filter(
        (e) =>
          (filter.method === undefined || e.method === filter.method.toUpperCase()) &&
          (filter.path === undefined || e.path === filter.path) &&
          (filter.operationId === undefined || e.operationId === filter.operationId) &&
          (filter.status === undefined || e.status === filter.status),
      );
    },
    state: (name, params = {}) => call("POST", "/states", { state: name, params }),
  };
}

/** Starts the mock in this process; `stop()` closes every socket and timer. */
export async function startMock(options: StartMockOptions = {}): Promise<RunningMock> {
  const { port = 0, ...input } = options;
  checkMockOptions(input);
  const mock = await createMockServer({ logLevel: "silent", ...input, ...(port === 0 ? {} : { portBase: port }) });
  const running = await listen(mock, { ephemeralPorts: port === 0 });
  const urls = running.urls as Readonly<Record<ApiId, string>>;
  return {
    urls,
    url: (api) => running.url(api),
    stop: () => running.close(),
    admin: (api, opts = {}) => createAdminClient(running.url(api), opts.session),
  };
}
