/**
 * `"paymock/mock"`: the mock server for Node. `startMock()` starts it on free ports for a test suite
 * (with a typed admin helper per API), `createMockFetch()` serves it in-process as a `fetch`,
 * `createAdminClient()` talks to a running mock's admin API; `createMockServer()` and `listen()`
 * are the engine and its HTTP front underneath.
 * @see ../docs/mock-server.md
 */
export type { ApiId } from "../src/apis.js";
export { listen, type RunningServer } from "./http.js";
export type { MockOptions, MockOptionsInput, Profile } from "./options.js";
export { type ProxyOptions, type RunningProxy, startProxy } from "./proxy/start-proxy.js";
export { createMockServer, type MockServer, type MockServerDeps } from "./server.js";
export {
  type AdminClient,
  type CallbackRecord,
  type ClockState,
  type CountFilter,
  createAdminClient,
  createMockFetch,
  type FaultSpec,
  type JournalEntry,
  type MockFetch,
  type MockFetchOptions,
  type OutboxMessage,
  type RequestFilter,
  type RunningMock,
  type StartMockOptions,
  startMock,
} from "./start-mock.js";
