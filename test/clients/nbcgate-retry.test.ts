/**
 * NBC Gate's refresh-and-resend on the wire (nock): a resent call is never resent again, even
 * when its answer is a second TOKEN_EXPIRED; only TOKEN_EXPIRED starts a refresh (TOKEN_REVOKED
 * and other 401s come back to the caller as they are).
 */
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createNbcgateClient, type NbcgateClient } from "../../src/clients/nbcgate.js";

const BASE = "https://nbcgate-retry.example";
const nbcError = (code: string, message: string) => ({ statusCode: 401, message, errors: [{ code }] });
const balances = [{ id: 1, coin_id: 3, code: "USDT", type: "coin", amount: 1, available: 1, hold: 0 }];

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

async function createSignedInClient(): Promise<NbcgateClient> {
  const nbc = createNbcgateClient({ baseUrl: BASE });
  nock(BASE).post("/auth/sign-in").reply(200, { token: "tok-1", refreshToken: "ref-1" });
  expect(await nbc.signIn({ email: "demo@nbcgate.test", password: "Password123" })).toEqual({ kind: "signed-in" });
  return nbc;
}

describe("NBC Gate resends a call at most once", () => {
  it("returns the second TOKEN_EXPIRED instead of refreshing and resending again", async () => {
    const nbc = await createSignedInClient();
    const seen: (string | undefined)[] = [];
    const balance = nock(BASE)
      .get("/api/balance")
      .times(3)
      .reply(function () {
        seen.push(this.req.headers.authorization);
        return [401, nbcError("TOKEN_EXPIRED", "Token expired")];
      });
    const refresh = nock(BASE)
      .post("/auth/token/refresh")
      .times(2)
      .reply(200, () => ({ token: `tok-${seen.length + 1}`, refreshToken: "ref-2" }));

    const { error, response } = await nbc.GET("/api/balance");
    expect(response.status).toBe(401);
    expect(error?.errors[0]?.code).toBe("TOKEN_EXPIRED");
    // First call, then exactly one resend with the refreshed token; a third call and a second refresh never happen.
    expect(seen).toEqual(["tok-1", "tok-2"]);
    expect(balance.pendingMocks()).toHaveLength(1);
    expect(refresh.pendingMocks()).toHaveLength(1);
  });

  it("resends once and returns the answer of the resend when the refresh works", async () => {
    const nbc = await createSignedInClient();
    nock(BASE)
      .get("/api/balance")
      .reply(401, nbcError("TOKEN_EXPIRED", "Token expired"))
      .post("/auth/token/refresh", { refreshToken: "ref-1" })
      .reply(200, { token: "tok-2", refreshToken: "ref-2" })
      .get("/api/balance")
      .matchHeader("authorization", "tok-2")
      .reply(200, balances);
    const { data } = await nbc.GET("/api/balance");
    expect(data).toEqual(balances);
    expect(nock.isDone()).toBe(true);
  });
});

describe("NBC Gate refreshes only on TOKEN_EXPIRED", () => {
  it.each([
    { name: "TOKEN_REVOKED", body: nbcError("TOKEN_REVOKED", "Token revoked") },
    { name: "another 401 code", body: nbcError("UNAUTHORIZED", "Unauthorized") },
    { name: "a 401 without a code", body: { statusCode: 401, message: "Unauthorized", errors: [] } },
  ])("returns $name to the caller without a refresh or a resend", async ({ body }) => {
    const nbc = await createSignedInClient();
    let calls = 0;
    nock(BASE)
      .get("/api/balance")
      .times(2)
      .reply(() => {
        calls += 1;
        return [401, body];
      });
    const refresh = nock(BASE).post("/auth/token/refresh").reply(200, { token: "tok-2", refreshToken: "ref-2" });
    const { error, response } = await nbc.GET("/api/balance");
    expect(response.status).toBe(401);
    expect(error).toEqual(body);
    expect(calls).toBe(1);
    expect(refresh.isDone()).toBe(false);
  });

  it("does not refresh on a TOKEN_EXPIRED code sent with another status", async () => {
    const nbc = await createSignedInClient();
    nock(BASE)
      .get("/api/balance")
      .reply(403, { statusCode: 403, message: "Forbidden", errors: [{ code: "TOKEN_EXPIRED" }] });
    const refresh = nock(BASE).post("/auth/token/refresh").reply(200, { token: "tok-2", refreshToken: "ref-2" });
    const { response } = await nbc.GET("/api/balance");
    expect(response.status).toBe(403);
    expect(refresh.isDone()).toBe(false);
  });
});
