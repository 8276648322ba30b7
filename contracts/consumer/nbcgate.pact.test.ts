/**
 * Consumer contract of the front end with NBC Gate, written with the typed client: the password
 * sign-in, the one-time-code branch (code asked for, right code, wrong code), the refresh after
 * `TOKEN_EXPIRED`, stale tokens (expired, revoked), sign-out, the balances, and creating and
 * paying an invoice. Tokens, codes and ids come from the provider state (`fromProviderState`).
 * @see ../../README.md ("Contracts") and ../../specs/nbcgate.yaml
 */
import { MatchersV3 } from "@pact-foundation/pact";
import { afterAll, describe, expect, it } from "vitest";
import { createNbcgateClient, type NbcgateClient } from "../../src/index.js";
import { createConsumerContract } from "./consumer-contract.js";
import { fromState, toDecimalString, toOneOf } from "./matchers.js";
import { createPrimedFetch, type PrimedAnswers, toJsonAnswer } from "./primed-fetch.js";

const { string, integer, number, boolean, eachLike } = MatchersV3;

const contract = createConsumerContract("nbcgate");
afterAll(() => contract.publish());

const DEMO = { email: "demo@nbcgate.test", password: "Password123" };
const OTP_USER = { email: "otp@nbcgate.test", password: "Password123" };
const TOKEN = "example-access-token";
const REFRESH_TOKEN = "example-refresh-token";
const CODE = "123456";
const OTP_STATE = "a user who needs a one-time code";
const json = { "Content-Type": "application/json" };

const tokenPair = { token: string(TOKEN), refreshToken: string(REFRESH_TOKEN) };
const nbcError = (statusCode: number, message: string, errors: readonly Record<string, string>[]) => ({
  statusCode,
  message: string(message),
  errors,
});
const credentials = (user: typeof DEMO) => ({
  email: fromState("email", user.email),
  password: fromState("password", user.password),
});
const authorization = (example = TOKEN) => ({ Authorization: fromState("token", example) });

const signedInAnswer = toJsonAnswer(200, { token: TOKEN, refreshToken: REFRESH_TOKEN });
const otpRequiredAnswer = toJsonAnswer(400, {
  statusCode: 400,
  message: "OTP required",
  errors: [{ code: "OTP_REQUIRED", field: "otp" }],
});

const createClient = (baseUrl: string, answers?: PrimedAnswers) =>
  createNbcgateClient({ baseUrl, ...(answers ? { fetch: createPrimedFetch(answers) } : {}) });

async function createSignedInClient(baseUrl: string, answers: PrimedAnswers = {}): Promise<NbcgateClient> {
  const client = createClient(baseUrl, { "POST /auth/sign-in": [signedInAnswer], ...answers });
  expect(await client.signIn(DEMO)).toEqual({ kind: "signed-in" });
  return client;
}

/** A client whose first sign-in (without a code) was answered `OTP_REQUIRED`. */
async function startOtpSignIn(baseUrl: string) {
  const signIn = await createClient(baseUrl, { "POST /auth/sign-in": [otpRequiredAnswer] }).signIn(OTP_USER);
  if (signIn.kind !== "otp-required") throw new Error(`expected otp-required, got ${signIn.kind}`);
  return signIn;
}

describe("NBC Gate sign-in", () => {
  it("signs a password-only account in", () =>
    contract
      .interaction("a sign-in with e-mail and password", "a user without OTP")
      .withRequest("POST", "/auth/sign-in", (b) => b.headers(json).jsonBody(credentials(DEMO)))
      .willRespondWith(200, (b) => b.jsonBody(tokenPair))
      .executeTest(async (server) => {
        const client = createClient(server.url);
        expect(await client.signIn(DEMO)).toEqual({ kind: "signed-in" });
        expect(client.isSignedIn()).toBe(true);
      }));

  it("is told a one-time code is needed", () =>
    contract
      .interaction("a sign-in of a two-factor account without the code", OTP_STATE)
      .withRequest("POST", "/auth/sign-in", (b) => b.headers(json).jsonBody(credentials(OTP_USER)))
      .willRespondWith(400, (b) => b.jsonBody(nbcError(400, "OTP required", [{ code: "OTP_REQUIRED", field: "otp" }])))
      .executeTest(async (server) => {
        const signIn = await createClient(server.url).signIn(OTP_USER);
        expect(signIn).toMatchObject({ kind: "otp-required", error: { errors: [{ code: "OTP_REQUIRED" }] } });
      }));

  it("signs in with the e-mailed one-time code", () =>
    contract
      .interaction("a sign-in with the e-mailed one-time code", OTP_STATE)
      .withRequest("POST", "/auth/sign-in", (b) =>
        b.headers(json).jsonBody({ ...credentials(OTP_USER), otp: fromState("otp", CODE) }),
      )
      .willRespondWith(200, (b) => b.jsonBody(tokenPair))
      .executeTest(async (server) => {
        const otpRequired = await startOtpSignIn(server.url);
        expect(await otpRequired.submitOtp(CODE)).toEqual({ kind: "signed-in" });
      }));

  it("gets OTP_INVALID for a wrong one-time code", () =>
    contract
      .interaction("a sign-in with a wrong one-time code", OTP_STATE)
      .withRequest("POST", "/auth/sign-in", (b) =>
        b.headers(json).jsonBody({ ...credentials(OTP_USER), otp: "000000" }),
      )
      .willRespondWith(400, (b) => b.jsonBody(nbcError(400, "Invalid OTP", [{ code: "OTP_INVALID", field: "otp" }])))
      .executeTest(async (server) => {
        const otpRequired = await startOtpSignIn(server.url);
        expect(await otpRequired.submitOtp("000000")).toMatchObject({
          kind: "failed",
          status: 400,
          error: { errors: [{ code: "OTP_INVALID" }] },
        });
      }));

  it("refreshes the token after TOKEN_EXPIRED and resends the call", () =>
    contract
      .interaction("a token refresh", "a signed-in user")
      .withRequest("POST", "/auth/token/refresh", (b) =>
        b.headers(json).jsonBody({ refreshToken: fromState("refreshToken", REFRESH_TOKEN) }),
      )
      .willRespondWith(200, (b) => b.jsonBody(tokenPair))
      .executeTest(async (server) => {
        // The balance call is canned: first expired, then (resent with the new token) answered.
        const client = await createSignedInClient(server.url, {
          "GET /api/balance": [
            toJsonAnswer(401, { statusCode: 401, message: "Token expired", errors: [{ code: "TOKEN_EXPIRED" }] }),
            toJsonAnswer(200, []),
          ],
        });
        const { data, response } = await client.GET("/api/balance");
        expect(response.status).toBe(200);
        expect(data).toEqual([]);
      }));

  it("gets TOKEN_EXPIRED for an expired token", () =>
    contract
      .interaction("a balance request with an expired token", "an expired token")
      .withRequest("GET", "/api/balance", (b) => b.headers(authorization("example-expired-token")))
      .willRespondWith(401, (b) => b.jsonBody(nbcError(401, "Token expired", [{ code: "TOKEN_EXPIRED" }])))
      .executeTest(async (server) => {
        const { error, response } = await createClient(server.url).GET("/api/balance", {
          headers: { Authorization: "example-expired-token" },
        });
        expect(response.status).toBe(401);
        expect(error?.errors[0]?.code).toBe("TOKEN_EXPIRED");
      }));

  it("gets TOKEN_REVOKED for a token after log-out", () =>
    contract
      .interaction("a balance request with a revoked token", "a revoked token")
      .withRequest("GET", "/api/balance", (b) => b.headers(authorization("example-revoked-token")))
      .willRespondWith(401, (b) => b.jsonBody(nbcError(401, "Token revoked", [{ code: "TOKEN_REVOKED" }])))
      .executeTest(async (server) => {
        const { error, response } = await createClient(server.url).GET("/api/balance", {
          headers: { Authorization: "example-revoked-token" },
        });
        expect(response.status).toBe(401);
        expect(error?.errors[0]?.code).toBe("TOKEN_REVOKED");
      }));

  it("signs out", () =>
    contract
      .interaction("a sign-out request", "a signed-in user")
      .withRequest("POST", "/auth/log-out", (b) => b.headers(authorization()))
      .willRespondWith(204)
      .executeTest(async (server) => {
        const client = await createSignedInClient(server.url);
        expect(await client.signOut()).toEqual({ kind: "signed-out" });
        expect(client.isSignedIn()).toBe(false);
      }));
});

describe("NBC Gate balances and invoices", () => {
  it("lists every balance", () =>
    contract
      .interaction("a request for all balances", "a signed-in user")
      .withRequest("GET", "/api/balance", (b) => b.headers(authorization()))
      .willRespondWith(200, (b) =>
        b.jsonBody(
          eachLike({
            id: integer(1),
            coin_id: integer(3),
            code: string("USDT"),
            type: toOneOf(["coin", "fiat"], "coin"),
            amount: number(1520.75),
            available: number(1480.75),
            hold: number(40),
            is_default: boolean(true),
            enabled: boolean(true),
          }),
        ),
      )
      .executeTest(async (server) => {
        const client = await createSignedInClient(server.url);
        const { data } = await client.GET("/api/balance");
        expect(data?.[0]).toMatchObject({ code: "USDT", available: 1480.75, is_default: true });
      }));

  it("creates an invoice on the merchant's pay link", () =>
    contract
      .interaction("a request to create an invoice", "an unpaid invoice")
      .withRequest("POST", "/invoice/create", (b) =>
        b.headers(json).jsonBody({
          amount: 100,
          coin_id: fromState("coinId", 1),
          id: fromState("payLinkId", 12345),
          product_id: fromState("productId", 67890),
        }),
      )
      .willRespondWith(200, (b) =>
        b.jsonBody({ success: true, invoice_id: integer(12346), message: string("Invoice created successfully") }),
      )
      .executeTest(async (server) => {
        const { data } = await createClient(server.url).POST("/invoice/create", {
          body: { amount: 100, coin_id: 1, id: 12345, product_id: 67890 },
        });
        expect(data).toMatchObject({ success: true, invoice_id: 12346 });
      }));

  it("gets the payment instructions of an unpaid invoice", () =>
    contract
      .interaction("a request to pay an invoice", "an unpaid invoice")
      .withRequest("POST", "/invoice/pay", (b) =>
        b.headers(json).jsonBody({ idInvoice: fromState("idInvoice", 12345) }),
      )
      .willRespondWith(200, (b) =>
        b.jsonBody({
          address: string("TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"),
          amount: toDecimalString("412.371134"),
          rate: number(0.2425),
          name: string("Tron Shasta Testnet"),
          code: string("TRX"),
        }),
      )
      .executeTest(async (server) => {
        const { data } = await createClient(server.url).POST("/invoice/pay", { body: { idInvoice: 12345 } });
        expect(data).toMatchObject({ code: "TRX", amount: "412.371134" });
      }));
});
