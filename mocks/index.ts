/**
 * `"paymock/mock"`: the mock server for Node, in-process. `createMockServer()` builds the engine
 * for the chosen APIs (answers in-process with `mock.request()`), `listen()` serves it on one
 * port per API.
 * @see ../docs/mock-server.md
 */
export type { ApiId } from "../src/apis.js";
export { listen, type RunningServer } from "./http.js";
export type { MockOptions, MockOptionsInput, Profile } from "./options.js";
export { createMockServer, type MockServer, type MockServerDeps } from "./server.js";
