/**
 * NBC Gate client on the wire (nock): headers per kind of call, OTP sign-in, refresh on
 * TOKEN_EXPIRED with the same body resent, no loop when the refresh fails, sign-out.
 */
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createNbcgateClient } from "../../src/clients/nbcgate.js";

const BASE = "https://nbcgate.example";
const expired = { statusCode: 401, message: "Token expired", errors: [{ code: "TOKEN_EXPIRED" }] };
const balances = [{ id: 1, coin_id: 3, code: "USDT", type: "coin", amount: 1, available: 1, hold: 0 }];

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

async function signedInClient(options: { apiKey?: string } = {}) {
  const nbc = createNbcgateClient({ baseUrl: BASE, ...options });
  nock(BASE)
    .post("/auth/sign-in", { email: "demo@nbcgate.test", password: "Password123" })
    .reply(200, { token: "tok-1", refreshToken: "ref-1" });
  const result = await nbc.signIn({ email: "demo@nbcgate.test", password: "Password123" });
  expect(result).toEqual({ kind: "signed-in" });
  return nbc;
}

describe("nbcgate client headers", () => {
  it("signs in without Authorization and then sends the raw token on /api calls only", async () => {
    const nbc = createNbcgateClient({ baseUrl: BASE, apiKey: "ext-key" });
    const seen: Record<string, string | undefined> = {};
    nock(BASE)
      .post("/auth/sign-in")
      .reply(function () {
        seen.signIn = this.req.headers.authorization;
        return [200, { token: "tok-1", refreshToken: "ref-1" }];
      })
      .get("/api/balance")
      .reply(function () {
        seen.balance = this.req.headers.authorization;
        return [200, balances];
      })
      .get("/currency/coin")
      .reply(function () {
        seen.coins = this.req.headers.authorization;
        return [200, []];
      })
      .post("/external/transfer/info")
      .reply(function () {
        seen.externalKey = this.req.headers["x-api-key"];
        seen.externalAuth = this.req.headers.authorization;
        return [404, { statusCode: 404, message: "Not found", errors: [{ code: 4004 }] }];
      });

    await nbc.signIn({ email: "demo@nbcgate.test", password: "Password123" });
    const balance = await nbc.GET("/api/balance");
    await nbc.GET("/currency/coin");
    const external = await nbc.POST("/external/transfer/info", { body: { order_id: "ext-1" } });

    expect(balance.data).toEqual(balances);
    expect(external.error?.errors[0]?.code).toBe(4004);
    expect(seen).toEqual({
      signIn: undefined,
      balance: "tok-1",
      coins: undefined,
      externalKey: "ext-key",
      externalAuth: undefined,
    });
  });

  it("returns HTTP errors as data in the vendor envelope, never throws", async () => {
    const nbc = createNbcgateClient({ baseUrl: BASE });
    nock(BASE)
      .post("/auth/sign-in")
      .reply(400, { statusCode: 400, message: "Invalid email or password", errors: [{ code: "INVALID_CREDENTIALS" }] });
    const result = await nbc.signIn({ email: "demo@nbcgate.test", password: "wrong-password" });
    expect(result).toEqual({
      kind: "failed",
      status: 400,
      error: { statusCode: 400, message: "Invalid email or password", errors: [{ code: "INVALID_CREDENTIALS" }] },
    });
    expect(nbc.isSignedIn()).toBe(false);
  });
});

describe("nbcgate OTP sign-in", () => {
  it("surfaces OTP_REQUIRED as a typed result and completes with submitOtp", async () => {
    const nbc = createNbcgateClient({ baseUrl: BASE });
    const otpRequired = { statusCode: 400, message: "OTP required", errors: [{ code: "OTP_REQUIRED", field: "otp" }] };
    nock(BASE)
      .post("/auth/sign-in", { email: "otp@nbcgate.test", password: "Password123" })
      .reply(400, otpRequired)
      .post("/auth/tfa/otp/email", { email: "otp@nbcgate.test" })
      .reply(204)
      .post("/auth/sign-in", { email: "otp@nbcgate.test", password: "Password123", otp: "123456" })
      .reply(200, { token: "tok-otp", refreshToken: "ref-otp" });

    const first = await nbc.signIn({ email: "otp@nbcgate.test", password: "Password123" });
    if (first.kind !== "otp-required") throw new Error(`expected otp-required, got ${first.kind}`);
    expect(first.error).toEqual(otpRequired);
    expect(await first.sendEmailCode()).toEqual({ kind: "sent" });
    expect(await first.submitOtp("123456")).toEqual({ kind: "signed-in" });
    expect(nbc.isSignedIn()).toBe(true);
  });
});

describe("nbcgate token refresh", () => {
  it("refreshes once on TOKEN_EXPIRED and resends the same body with the new token", async () => {
    const nbc = await signedInClient();
    const transfer = { amount: 10, from_balance_id: 1, order_id: "o-1", product_id: 2, to_owner_id: 733 };
    const bodies: string[] = [];
    nock(BASE)
      .post("/api/transfer")
      .matchHeader("authorization", "tok-1")
      .reply((_uri, body) => {
        bodies.push(JSON.stringify(body));
        return [401, expired];
      })
      .post("/auth/token/refresh", { refreshToken: "ref-1" })
      .once()
      .reply(200, { token: "tok-2", refreshToken: "ref-2" })
      .post("/api/transfer")
      .matchHeader("authorization", "tok-2")
      .reply((_uri, body) => {
        bodies.push(JSON.stringify(body));
        return [200, { id: 7 }];
      });

    const result = await nbc.POST("/api/transfer", { body: transfer });
    expect(result.response.status).toBe(200);
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toBe(bodies[0]);
    expect(nock.isDone()).toBe(true);
  });

  it("returns the refresh error and stops when the refresh fails (no loop)", async () => {
    const nbc = await signedInClient();
    const refreshError = {
      statusCode: 401,
      message: "Invalid refresh token",
      errors: [{ code: "REFRESH_TOKEN_INVALID", field: "refreshToken" }],
    };
    const scope = nock(BASE)
      .get("/api/balance")
      .once()
      .reply(401, expired)
      .post("/auth/token/refresh")
      .once()
      .reply(401, refreshError);

    const result = await nbc.GET("/api/balance");
    expect(result.response.status).toBe(401);
    expect(result.error).toEqual(refreshError);
    expect(scope.isDone()).toBe(true);
    expect(nbc.isSignedIn()).toBe(false);
  });
});

describe("nbcgate sign-out", () => {
  it("revokes the token with /auth/log-out and sends no token afterwards", async () => {
    const nbc = await signedInClient();
    let laterAuthorization: string | undefined = "unset";
    nock(BASE)
      .post("/auth/log-out")
      .matchHeader("authorization", "tok-1")
      .reply(204)
      .get("/api/balance")
      .reply(function () {
        laterAuthorization = this.req.headers.authorization;
        return [
          401,
          { statusCode: 401, message: "Authorization header is required", errors: [{ code: "UNAUTHORIZED" }] },
        ];
      });

    expect(await nbc.signOut()).toEqual({ kind: "signed-out" });
    const later = await nbc.GET("/api/balance");
    expect(later.error?.errors[0]?.code).toBe("UNAUTHORIZED");
    expect(laterAuthorization).toBeUndefined();
  });
});
