/**
 * The in-process mock the dashboard's server-side tests share: a fixed clock (2026-01-01), the
 * one-time code 482913 and counter ids, started before the file's tests and closed after them.
 */
import { afterAll, beforeAll } from "vitest";
import { createClock, createCounterIds, createSequenceOtp } from "../../../mocks/context.js";
import type { RequestInit } from "../../../mocks/request.js";
import { createMockServer, type EngineResponse, type MockServer } from "../../../mocks/server.js";
import type { ApiId } from "../../../src/apis.js";

/** Registers the mock's start and close; returns its in-process `request`. */
export function useFixedMock(): (api: ApiId, init: RequestInit) => Promise<EngineResponse> {
  let mock: MockServer | undefined;
  beforeAll(async () => {
    mock = await createMockServer(
      { logLevel: "silent" },
      {
        clock: createClock(new Date("2026-01-01T00:00:00Z")),
        otp: createSequenceOtp(["482913"]),
        ids: createCounterIds(),
      },
    );
  });
  afterAll(async () => {
    await mock?.close();
  });
  return (api, init) => {
    if (mock === undefined) throw new Error("the mock starts in beforeAll");
    return mock.request(api, init);
  };
}
