/**
 * Mercuryo, Softline and B2Core refresh-and-resend on the wire (nock): a resent call is never resent
 * again, even when the resend's answer is again the "stale credential" 401; the caller gets that
 * second 401. (NBC Gate's twin is test/clients/nbcgate-retry.test.ts.) Each test fails on a
 * "retry twice" client: a second renewal or a third call is left unmatched here.
 */
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createB2coreBackofficeClient } from "../../src/clients/b2core-backoffice.js";
import { createMercuryoSpendClient } from "../../src/clients/mercuryo-spend.js";
import { createSoftlineCheckoutClient } from "../../src/clients/softline-checkout.js";

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe("Mercuryo resends a call at most once", () => {
  const HOST = "https://mercuryo-retry.example";
  const P = "/v1.6/sdk-partner";
  const expired = { status: "401", code: 401000, message: "Authorization failed. Token is expired" };
  const userUuid = "3292c753-6809-492a-9acd-1ccdbf2fa91e";
  const userToken = (token: string) => ({
    status: "200",
    data: { bearer_token: token, timeout: 86400, user_uuid: userUuid },
  });

  it("returns the second 401000 instead of refreshing and resending again", async () => {
    const mercuryo = createMercuryoSpendClient({
      baseUrl: `${HOST}/v1.6`,
      partnerToken: "partner-1",
      userIp: "203.0.113.7",
    });
    nock(HOST).post(`${P}/user/sign-in-no-verify`).reply(200, userToken("user-1"));
    expect(await mercuryo.signInWithoutOtp("kyc-complete@mercuryo.test")).toEqual({ kind: "signed-in", userUuid });

    const seen: (string | string[] | undefined)[] = [];
    const balance = nock(HOST)
      .get(`${P}/spend/cards/balance`)
      .times(3)
      .reply(function () {
        seen.push(this.req.headers["sdk-user-token"]);
        return [401, expired];
      });
    const refresh = nock(HOST)
      .get(`${P}/user/refresh-token`)
      .times(2)
      .reply(() => [200, userToken(`user-${seen.length + 1}`)]);

    const { error, response } = await mercuryo.GET("/sdk-partner/spend/cards/balance");

    expect(response.status).toBe(401);
    expect(error).toEqual(expired);
    expect(seen).toEqual(["user-1", "user-2"]);
    expect(balance.pendingMocks()).toHaveLength(1);
    expect(refresh.pendingMocks()).toHaveLength(1);
    // The refresh worked, so the session is kept (only a failed refresh signs out).
    expect(mercuryo.isSignedIn()).toBe(true);
  });
});

describe("Softline resends a call at most once", () => {
  const BASE = "https://softline-retry.example";
  const credentials = { username: "merchant", password: "merchant-secret" };
  const expired = { errors: [{ error: 1009, message: "Token expired" }] };

  it("returns the second 1009 instead of logging in and resending again", async () => {
    const softline = createSoftlineCheckoutClient({ baseUrl: BASE });
    let logins = 0;
    const login = nock(BASE)
      .post("/v1/login_check", credentials)
      .times(3)
      .reply(() => {
        logins += 1;
        return [200, { token: `jwt-${logins}`, refresh_token: "unused" }];
      });
    expect(await softline.login(credentials)).toEqual({ kind: "logged-in" });

    const seen: (string | string[] | undefined)[] = [];
    const product = nock(BASE)
      .get("/v1/product")
      .times(3)
      .reply(function () {
        seen.push(this.req.headers.authorizationjwt);
        return [401, expired];
      });

    const { error, response } = await softline.GET("/v1/product");

    expect(response.status).toBe(401);
    expect(error).toEqual(expired);
    expect(seen).toEqual(["Bearer jwt-1", "Bearer jwt-2"]);
    expect(logins).toBe(2);
    expect(product.pendingMocks()).toHaveLength(1);
    expect(login.pendingMocks()).toHaveLength(1);
    expect(softline.isLoggedIn()).toBe(true);
  });
});

describe("B2Core resends a call at most once", () => {
  const BASE = "https://b2core-retry.example";
  const T0 = Date.parse("2026-01-01T00:00:00Z");
  const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "+00:00");
  const HOUR = 3_600_000;
  const pair = (n: number) => ({
    accessToken: { token: `access-${n}`, createdAt: iso(T0), expiresAt: iso(T0 + 10 * HOUR) },
    refreshToken: { token: `refresh-${n}`, createdAt: iso(T0), expiresAt: iso(T0 + 720 * HOUR) },
  });
  const unauthorized = { code: "unauthorized", message: "Unauthorized" };

  it("returns the second 401 instead of refreshing and resending again", async () => {
    const b2core = createB2coreBackofficeClient({ baseUrl: BASE, clock: () => T0 });
    nock(BASE)
      .post("/api/v2/signin", { email: "no2fa@b2core.test", password: "Secret123" })
      .reply(200, { "2faRequired": false, ...pair(1) });
    expect(await b2core.signIn({ email: "no2fa@b2core.test", password: "Secret123" })).toEqual({
      kind: "signed-in",
      session: pair(1),
    });

    const seen: (string | string[] | undefined)[] = [];
    const accounts = nock(BASE)
      .get("/api/v2/accounts")
      .times(3)
      .reply(function () {
        seen.push(this.req.headers.authorization);
        return [401, unauthorized];
      });
    const refreshedWith: string[] = [];
    const refresh = nock(BASE)
      .post("/api/v2/refresh")
      .times(2)
      .reply((_uri, body) => {
        refreshedWith.push((body as { refreshToken: string }).refreshToken);
        return [200, pair(refreshedWith.length + 1)];
      });

    const { error, response } = await b2core.GET("/api/v2/accounts");

    expect(response.status).toBe(401);
    expect(error).toEqual(unauthorized);
    expect(seen).toEqual(["Bearer access-1", "Bearer access-2"]);
    expect(refreshedWith).toEqual(["refresh-1"]);
    expect(accounts.pendingMocks()).toHaveLength(1);
    expect(refresh.pendingMocks()).toHaveLength(1);
    expect(b2core.session()).toEqual(pair(2));
  });
});
