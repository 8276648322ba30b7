/**
 * Token expiry against the real mock flows (mock clock moved, no sleeping): each client renews once
 * and resends the call, or surfaces the renewal's error without looping. The mock's request journal
 * (`GET /__mock/requests`) proves what went over the wire.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClock, createSequenceOtp } from "../../mocks/context.js";
import { listen, type RunningServer } from "../../mocks/http.js";
import { createMockServer, type MockServer } from "../../mocks/server.js";
import type { ApiId } from "../../src/apis.js";
import {
  createB2coreBackofficeClient,
  createMercuryoSpendClient,
  createNbcgateClient,
  createSoftlineCheckoutClient,
} from "../../src/index.js";
import { journalLines } from "../support/admin.js";

const T0 = Date.parse("2026-03-02T09:00:00Z");
let mock: MockServer;
let running: RunningServer;

beforeAll(async () => {
  mock = await createMockServer(
    {
      apis: ["nbcgate", "mercuryo-spend", "softline-checkout", "b2core-backoffice"],
      logLevel: "silent",
      profile: "production",
    },
    { otp: createSequenceOtp(["135790"]), clock: createClock(T0) },
  );
  running = await listen(mock, { ephemeralPorts: true });
});

afterAll(async () => {
  await running?.close();
});

/** Every request the mock journaled for `api`, as `METHOD /path status`. */
const journal = (api: ApiId): Promise<string[]> => journalLines(running.url(api));

describe("expired tokens against the mock", () => {
  it("NBC Gate refreshes an expired access token once and resends the call", async () => {
    const nbc = createNbcgateClient({ baseUrl: running.url("nbcgate") });
    expect(await nbc.signIn({ email: "demo@nbcgate.test", password: "Password123" })).toEqual({ kind: "signed-in" });
    mock.clock.advance(2 * 3600);
    const before = (await journal("nbcgate")).length;

    const balances = await nbc.GET("/api/balance");

    expect(balances.response.status).toBe(200);
    expect((await journal("nbcgate")).slice(before)).toEqual([
      "GET /api/balance 401",
      "POST /auth/token/refresh 200",
      "GET /api/balance 200",
    ]);
  });

  it("Softline logs in again once after 24 h (1009) and resends the call", async () => {
    const softline = createSoftlineCheckoutClient({ baseUrl: running.url("softline-checkout") });
    expect(await softline.login({ username: "merchant", password: "merchant-secret" })).toEqual({ kind: "logged-in" });
    mock.clock.advance(25 * 3600);
    const before = (await journal("softline-checkout")).length;

    const products = await softline.GET("/v1/product");

    expect(products.response.status).toBe(200);
    expect((await journal("softline-checkout")).slice(before)).toEqual([
      "GET /v1/product 401",
      "POST /v1/login_check 200",
      "GET /v1/product 200",
    ]);
  });

  it("B2Core refreshes before expiresAt by the injected clock, rotating both tokens", async () => {
    const b2core = createB2coreBackofficeClient({ baseUrl: running.url("b2core-backoffice"), clock: mock.clock.now });
    const signIn = await b2core.signIn({ email: "no2fa@b2core.test", password: "Secret123" });
    expect(signIn.kind).toBe("signed-in");
    const first = b2core.session();
    mock.clock.advance(10 * 3600);
    const before = (await journal("b2core-backoffice")).length;

    const accounts = await b2core.GET("/api/v2/accounts");

    expect(accounts.response.status).toBe(200);
    expect((await journal("b2core-backoffice")).slice(before)).toEqual([
      "POST /api/v2/refresh 200",
      "GET /api/v2/accounts 200",
    ]);
    expect(b2core.session()?.accessToken.token).not.toBe(first?.accessToken.token);
    expect(b2core.session()?.refreshToken.token).not.toBe(first?.refreshToken.token);
  });

  it("B2Core refreshes after a 401 when its own clock did not see the expiry", async () => {
    const b2core = createB2coreBackofficeClient({ baseUrl: running.url("b2core-backoffice"), clock: () => T0 });
    const signIn = await b2core.signIn({ email: "no2fa@b2core.test", password: "Secret123" });
    expect(signIn.kind).toBe("signed-in");
    mock.clock.advance(11 * 3600);
    const before = (await journal("b2core-backoffice")).length;

    const clients = await b2core.GET("/api/v2/clients");

    expect(clients.response.status).toBe(200);
    expect((await journal("b2core-backoffice")).slice(before)).toEqual([
      "GET /api/v2/clients 401",
      "POST /api/v2/refresh 200",
      "GET /api/v2/clients 200",
    ]);
  });

  /** A Mercuryo client signed in (e-mail OTP) against the production-profile mock. */
  async function signedInMercuryo(email: string) {
    const mercuryo = createMercuryoSpendClient({
      baseUrl: running.url("mercuryo-spend"),
      partnerToken: "sandbox-partner-token",
      userIp: "203.0.113.7",
    });
    const started = await mercuryo.signIn(email);
    if (started.kind !== "challenge") throw new Error(`expected a challenge, got ${JSON.stringify(started)}`);
    expect((await started.challenge.verify("13579")).kind).toBe("signed-in");
    return mercuryo;
  }

  it("Mercuryo (production profile) renews an expired token by refreshing with it, once, and carries on", async () => {
    const api = "mercuryo-spend";
    const mercuryo = await signedInMercuryo("renew@mercuryo.test");
    mock.clock.advance(25 * 3600);
    const before = (await journal(api)).length;

    const kyc = await mercuryo.GET("/sdk-partner/user/kyc-status");
    const again = await mercuryo.GET("/sdk-partner/user/kyc-status");

    expect(kyc.response.status).toBe(200);
    expect(again.response.status).toBe(200);
    expect(mercuryo.isSignedIn()).toBe(true);
    expect((await journal(api)).slice(before)).toEqual([
      "GET /sdk-partner/user/kyc-status 401",
      "GET /sdk-partner/user/refresh-token 200",
      "GET /sdk-partner/user/kyc-status 200",
      "GET /sdk-partner/user/kyc-status 200",
    ]);
  });

  it("Mercuryo (production profile) surfaces the failed refresh of a token expired beyond the window without looping", async () => {
    const api = "mercuryo-spend";
    const mercuryo = await signedInMercuryo("expiry@mercuryo.test");
    // 24 h lifetime + the 7-day refresh window (mercuryo.refreshWindowSeconds), and a little more.
    mock.clock.advance(24 * 3600 + 7 * 24 * 3600 + 60);
    const before = (await journal(api)).length;

    const kyc = await mercuryo.GET("/sdk-partner/user/kyc-status");

    expect(kyc.response.status).toBe(401);
    expect(kyc.error?.code).toBe(401000);
    expect(mercuryo.isSignedIn()).toBe(false);
    expect((await journal(api)).slice(before)).toEqual([
      "GET /sdk-partner/user/kyc-status 401",
      "GET /sdk-partner/user/refresh-token 401",
    ]);
  });
});
