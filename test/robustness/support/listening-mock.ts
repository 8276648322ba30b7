/**
 * The wire tests' server: one API on an ephemeral port with the options under test, started before
 * the enclosing describe's tests and closed after them, plus a JSON operation of each API to send
 * bodies to.
 */
import { afterAll, beforeAll } from "vitest";
import { listen, type RunningServer } from "../../../mocks/http.js";
import type { MockOptionsInput } from "../../../mocks/options.js";
import { createMockServer } from "../../../mocks/server.js";
import type { ApiId } from "../../../src/apis.js";

/** A JSON operation of each API, to send bodies to. */
export const JSON_TARGET: Readonly<Record<ApiId, string>> = {
  nbcgate: "/auth/sign-in",
  "mercuryo-spend": "/sdk-partner/user/sign-in",
  "softline-checkout": "/v1/login_check",
  "b2core-backoffice": "/api/v2/signin",
};

/** Listens with `options` (silent log) for the enclosing describe; `ready` gets the API's base URL. */
export function listenForTests(api: ApiId, options: MockOptionsInput, ready: (base: string) => void): void {
  let running: RunningServer | undefined;
  beforeAll(async () => {
    const mock = await createMockServer({ apis: [api], logLevel: "silent", ...options });
    running = await listen(mock, { ephemeralPorts: true });
    ready(running.url(api));
  });
  afterAll(async () => {
    await running?.close();
  });
}
