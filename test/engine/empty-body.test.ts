/**
 * Frontend HTTP helpers send `{}` with `Content-Type: application/json` on bodyless POSTs: on an
 * operation that declares no body, an empty JSON body is no body. A body with content is still
 * refused there, in the vendor's envelope.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createClock, createSequenceOtp } from "../../mocks/context.js";
import { createMockServer, type MockServer } from "../../mocks/server.js";
import { expectConforms } from "../support/conformance.js";

let mock: MockServer;

beforeAll(async () => {
  mock = await createMockServer(
    { apis: ["nbcgate", "mercuryo-spend", "b2core-backoffice"], logLevel: "silent" },
    { clock: createClock(new Date("2026-01-01T00:00:00Z")), otp: createSequenceOtp(["111111"]) },
  );
});

const JSON_TYPE = { "content-type": "application/json" };

async function mercuryoCardHolder(): Promise<Record<string, string>> {
  const state = await mock.request("mercuryo-spend", {
    method: "POST",
    path: "/__mock/states",
    body: { state: "a user with KYC complete and an open card", params: { email: `e${Date.now()}@example.test` } },
  });
  const { token } = (state.body as { values: { token: string } }).values;
  return { "sdk-user-token": token, "b2b-user-ip": "203.0.113.7", ...JSON_TYPE };
}

/** A POST as it arrives over HTTP: with the `Content-Length` node's parser reports. */
const postOver = (
  api: "nbcgate" | "mercuryo-spend" | "b2core-backoffice",
  path: string,
  headers: Record<string, string>,
  body: string,
) =>
  mock.request(api, {
    method: "POST",
    path,
    headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
    body,
  });

describe("an empty JSON body on an operation without a body", () => {
  it.each(["{}", " {} ", "null", "[]", "  "])("Mercuryo lock accepts %j", async (body) => {
    const headers = await mercuryoCardHolder();
    const response = await mock.request("mercuryo-spend", {
      method: "POST",
      path: "/sdk-partner/spend/cards/lock",
      headers,
      body,
    });
    expectConforms(mock, "mercuryo-spend", "POST", "/sdk-partner/spend/cards/lock", response);
    expect(response).toMatchObject({ status: 200, body: { status: "200" } });
  });

  it("Mercuryo unlock, replace and sign-out accept {} too", async () => {
    const headers = await mercuryoCardHolder();
    for (const path of [
      "/sdk-partner/spend/cards/lock",
      "/sdk-partner/spend/cards/unlock",
      "/sdk-partner/spend/cards/lock",
      "/sdk-partner/spend/cards/replace",
      "/sdk-partner/user/sign-out",
    ]) {
      const response = await postOver("mercuryo-spend", path, headers, "{}");
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
    }
  });

  it("a body with content is still refused (400001)", async () => {
    const headers = await mercuryoCardHolder();
    const response = await postOver("mercuryo-spend", "/sdk-partner/spend/cards/lock", headers, '{"card":"x"}');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 400001 });
  });

  it("NBC Gate log-out and B2Core sign-out accept {}", async () => {
    const nbc = await mock.request("nbcgate", {
      method: "POST",
      path: "/auth/sign-in",
      body: { email: "demo@nbcgate.test", password: "Password123" },
    });
    const { token } = nbc.body as { token: string };
    const logOut = await postOver("nbcgate", "/auth/log-out", { authorization: token, ...JSON_TYPE }, "{}");
    expect(logOut.status).toBeLessThan(300);
    const b2 = await mock.request("b2core-backoffice", {
      method: "POST",
      path: "/api/v2/signin",
      body: { email: "no2fa@b2core.test", password: "Secret123" },
    });
    const access = (b2.body as { accessToken: { token: string } }).accessToken.token;
    const signOut = await postOver(
      "b2core-backoffice",
      "/api/v2/signout",
      { authorization: `Bearer ${access}`, ...JSON_TYPE },
      "{}",
    );
    expect(signOut.status).toBe(200);
  });
});
