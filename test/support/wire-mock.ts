/**
 * One API of the mock on a real socket for a test file: fixed clock, known codes, counter ids,
 * an ephemeral port, closed after the file's tests.
 */
import { afterAll, beforeAll } from "vitest";
import { createClock, createCounterIds, createSequenceOtp } from "../../mocks/context.js";
import { listen, type RunningServer } from "../../mocks/http.js";
import type { MockOptionsInput } from "../../mocks/options.js";
import { createMockServer, type MockServer } from "../../mocks/server.js";
import type { ApiId } from "../../src/apis.js";

export interface WireMock {
  /** The engine, for spec lookups and state; valid once the file's tests run. */
  readonly mock: MockServer;
  /** The API's base URL, e.g. `http://127.0.0.1:41234`. */
  readonly base: string;
}

/** Registers beforeAll/afterAll that serve `api` over HTTP with `codes` as its one-time codes. */
export function useWireMock(api: ApiId, codes: readonly string[], options: MockOptionsInput = {}): WireMock {
  let mock: MockServer | undefined;
  let running: RunningServer | undefined;
  beforeAll(async () => {
    mock = await createMockServer(
      { apis: [api], logLevel: "silent", ...options },
      { clock: createClock(new Date("2026-01-01T00:00:00Z")), otp: createSequenceOtp(codes), ids: createCounterIds() },
    );
    running = await listen(mock, { ephemeralPorts: true });
  });
  afterAll(async () => {
    await running?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("useWireMock: the server starts in beforeAll; use it inside tests.");
    return value;
  };
  return {
    get mock() {
      return started(mock);
    },
    get base() {
      return started(running).url(api);
    },
  };
}
