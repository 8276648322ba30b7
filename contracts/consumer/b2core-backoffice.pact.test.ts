/**
 * Consumer contract of the back-office front end with B2Core, written with the typed client: the
 * sign-in with and without 2FA, the 2FA code (right and wrong), the automatic token refresh,
 * stale tokens (expired; unknown, revoked and signed-out answered alike), sign-out, and the clients and accounts lists. Tokens, 2FA
 * tokens, codes and ids come from the provider state (`fromProviderState`).
 * @see ../../README.md ("Contracts") and ../../specs/b2core-backoffice.yaml
 */
import { MatchersV3 } from "@pact-foundation/pact";
import { afterAll, describe, expect, it } from "vitest";
import { type B2coreBackofficeClient, createB2coreBackofficeClient } from "../../src/index.js";
import { createConsumerContract } from "./consumer-contract.js";
import { fromState, fromStateIn, toDateTime, toOneOf } from "./matchers.js";
import { createPrimedFetch, type PrimedAnswers, toJsonAnswer } from "./primed-fetch.js";

const { string, integer, eachLike, uuid } = MatchersV3;

const contract = createConsumerContract("b2core-backoffice");
afterAll(() => contract.publish());

const NOW = Date.parse("2026-01-05T12:00:00Z");
const ADMIN = { email: "admin@b2core.test", password: "Secret123" };
const ACCESS_TOKEN = "example-access-token";
const REFRESH_TOKEN = "example-refresh-token";
const TWO_FA_TOKEN = "b2fcf999-2b0b-451d-9888-094a79117aa5";
const CODE = "123456";

const tokenInfo = (token: string, expiresAt: string) => ({
  token: string(token),
  createdAt: toDateTime("2026-01-05T12:00:00+00:00"),
  expiresAt: toDateTime(expiresAt),
});
const tokenPair = {
  accessToken: tokenInfo(ACCESS_TOKEN, "2026-01-05T22:00:00+00:00"),
  refreshToken: tokenInfo(REFRESH_TOKEN, "2026-02-04T12:00:00+00:00"),
};
const bearer = (example = ACCESS_TOKEN) => ({
  Authorization: fromStateIn("Bearer ", "accessToken", "", `Bearer ${example}`),
});
const credentials = (email: string) => ({
  email: fromState("email", email),
  password: fromState("password", ADMIN.password),
});
const b2coreError = (code: string, message: string) => ({ code, message: string(message) });
const json = { "Content-Type": "application/json" };

/** A token pair as the client's own sign-in gets it; `accessExpiresAt` decides when it refreshes. */
const cannedPair = (accessExpiresAt: string) => ({
  accessToken: { token: ACCESS_TOKEN, createdAt: "2026-01-05T12:00:00+00:00", expiresAt: accessExpiresAt },
  refreshToken: {
    token: REFRESH_TOKEN,
    createdAt: "2026-01-05T12:00:00+00:00",
    expiresAt: "2026-02-04T12:00:00+00:00",
  },
});
const signedInAnswers = (accessExpiresAt = "2026-01-05T22:00:00+00:00"): PrimedAnswers => ({
  "POST /api/v2/signin": [toJsonAnswer(200, { "2faRequired": false, ...cannedPair(accessExpiresAt) })],
});
const twoFactorAnswers: PrimedAnswers = {
  "POST /api/v2/signin": [
    toJsonAnswer(200, {
      "2faRequired": true,
      "2faDetails": { token: TWO_FA_TOKEN, provider: "email", expiresAt: "2026-01-05T12:10:00+00:00" },
    }),
  ],
};

const createClient = (baseUrl: string, answers?: PrimedAnswers) =>
  createB2coreBackofficeClient({
    baseUrl,
    clock: () => NOW,
    ...(answers ? { fetch: createPrimedFetch(answers) } : {}),
  });

async function createSignedInClient(baseUrl: string, answers = signedInAnswers()): Promise<B2coreBackofficeClient> {
  const client = createClient(baseUrl, answers);
  expect((await client.signIn(ADMIN)).kind).toBe("signed-in");
  return client;
}

describe("B2Core Back Office sign-in", () => {
  it("signs an administrator with 2FA in up to the code", () =>
    contract
      .interaction("a sign-in of an administrator with 2FA", "an admin with 2FA")
      .withRequest("POST", "/api/v2/signin", (b) => b.headers(json).jsonBody(credentials(ADMIN.email)))
      .willRespondWith(200, (b) =>
        b.jsonBody({
          "2faRequired": true,
          "2faDetails": {
            token: uuid(TWO_FA_TOKEN),
            provider: "email",
            expiresAt: toDateTime("2026-01-05T12:10:00+00:00"),
          },
        }),
      )
      .executeTest(async (server) => {
        const signIn = await createClient(server.url).signIn(ADMIN);
        expect(signIn).toMatchObject({ kind: "two-factor", details: { token: TWO_FA_TOKEN, provider: "email" } });
      }));

  it("signs an administrator without 2FA straight in", () =>
    contract
      .interaction("a sign-in of an administrator without 2FA", "an admin without 2FA")
      .withRequest("POST", "/api/v2/signin", (b) => b.headers(json).jsonBody(credentials("no2fa@b2core.test")))
      .willRespondWith(200, (b) => b.jsonBody({ "2faRequired": false, ...tokenPair }))
      .executeTest(async (server) => {
        const client = createClient(server.url);
        const signIn = await client.signIn({ email: "no2fa@b2core.test", password: ADMIN.password });
        expect(signIn).toMatchObject({ kind: "signed-in", session: { accessToken: { token: ACCESS_TOKEN } } });
        expect(client.session()?.refreshToken.token).toBe(REFRESH_TOKEN);
      }));

  it("confirms the e-mailed 2FA code and is signed in", () =>
    contract
      .interaction("the e-mailed 2FA code", "a pending 2FA challenge")
      .withRequest("POST", "/api/v2/2fa/confirm", (b) =>
        b.headers(json).jsonBody({ token: fromState("token", TWO_FA_TOKEN), code: fromState("code", CODE) }),
      )
      .willRespondWith(200, (b) => b.jsonBody(tokenPair))
      .executeTest(async (server) => {
        const client = createClient(server.url, twoFactorAnswers);
        const signIn = await client.signIn(ADMIN);
        if (signIn.kind !== "two-factor") throw new Error(`expected 2FA, got ${signIn.kind}`);
        expect(await signIn.confirm(CODE)).toMatchObject({ kind: "signed-in" });
        expect(client.session()?.accessToken.token).toBe(ACCESS_TOKEN);
      }));

  it("gets twoFactorCodeInvalid for a wrong code and stays signed out", () =>
    contract
      .interaction("a wrong 2FA code", "a pending 2FA challenge")
      .withRequest("POST", "/api/v2/2fa/confirm", (b) =>
        b.headers(json).jsonBody({ token: fromState("token", TWO_FA_TOKEN), code: "000000" }),
      )
      .willRespondWith(401, (b) =>
        b.jsonBody(b2coreError("twoFactorCodeInvalid", "The verification code is incorrect.")),
      )
      .executeTest(async (server) => {
        const client = createClient(server.url, twoFactorAnswers);
        const signIn = await client.signIn(ADMIN);
        if (signIn.kind !== "two-factor") throw new Error(`expected 2FA, got ${signIn.kind}`);
        expect(await signIn.confirm("000000")).toMatchObject({
          kind: "failed",
          status: 401,
          error: { code: "twoFactorCodeInvalid" },
        });
        expect(client.session()).toBeUndefined();
      }));

  it("refreshes an access token that is about to expire before calling", () =>
    contract
      .interaction("a token refresh", "a signed-in admin")
      .withRequest("POST", "/api/v2/refresh", (b) =>
        b.headers(json).jsonBody({ refreshToken: fromState("refreshToken", REFRESH_TOKEN) }),
      )
      .willRespondWith(200, (b) => b.jsonBody(tokenPair))
      .executeTest(async (server) => {
        // The access token expires 30 s from NOW (inside the 60 s margin); the list answer is canned.
        const client = await createSignedInClient(server.url, {
          ...signedInAnswers("2026-01-05T12:00:30+00:00"),
          "GET /api/v2/clients": [toJsonAnswer(200, [])],
        });
        const { response } = await client.GET("/api/v2/clients");
        expect(response.status).toBe(200);
        expect(client.session()?.accessToken.expiresAt).toBe("2026-01-05T22:00:00+00:00");
      }));

  it("gets tokenExpired for an expired access token", () =>
    contract
      .interaction("a client list request with an expired access token", "an expired access token")
      .withRequest("GET", "/api/v2/clients", (b) => b.headers(bearer("example-expired-token")))
      .willRespondWith(401, (b) => b.jsonBody(b2coreError("tokenExpired", "The access token has expired.")))
      .executeTest(async (server) => {
        const { error, response } = await createClient(server.url).GET("/api/v2/clients", {
          headers: { Authorization: "Bearer example-expired-token" },
        });
        expect(response.status).toBe(401);
        expect(error?.code).toBe("tokenExpired");
      }));

  // B2Core answers an unknown, a revoked and a signed-out access token with the same 401
  // `unauthorized`: one interaction with a token the provider never issued covers all three; a
  // provider state for "revoked" would add nothing the answer could show.
  it("gets unauthorized for an access token it does not accept (unknown, revoked or signed out)", () =>
    contract
      .interaction(
        "a client list request with an unknown, revoked or signed-out access token (all three answered alike)",
      )
      .withRequest("GET", "/api/v2/clients", (b) => b.headers({ Authorization: "Bearer never-issued-access-token" }))
      .willRespondWith(401, (b) =>
        b.jsonBody(b2coreError("unauthorized", "The access token is missing or has been revoked.")),
      )
      .executeTest(async (server) => {
        const { error, response } = await createClient(server.url).GET("/api/v2/clients", {
          headers: { Authorization: "Bearer never-issued-access-token" },
        });
        expect(response.status).toBe(401);
        expect(error?.code).toBe("unauthorized");
      }));

  it("signs out", () =>
    contract
      .interaction("a sign-out request", "a signed-in admin")
      .withRequest("POST", "/api/v2/signout", (b) => b.headers(bearer()))
      .willRespondWith(200)
      .executeTest(async (server) => {
        const client = await createSignedInClient(server.url);
        expect(await client.signOut()).toEqual({ kind: "signed-out" });
        expect(client.session()).toBeUndefined();
      }));
});

describe("B2Core Back Office clients and accounts", () => {
  it("lists the first page of clients", () =>
    contract
      .interaction("a request for the first page of clients", "clients and accounts exist")
      .withRequest("GET", "/api/v2/clients", (b) => b.headers(bearer()).query({ limit: "10", offset: "0" }))
      .willRespondWith(200, (b) =>
        b.jsonBody(
          eachLike({
            clientId: integer(1024),
            email: string("jane.doe@example.com"),
            name: string("Jane Doe"),
            type: { id: integer(1), name: string("Individual") },
            status: { id: integer(2), name: string("Active") },
            createTime: toDateTime("2024-05-14T09:30:00+00:00"),
          }),
        ),
      )
      .executeTest(async (server) => {
        const client = await createSignedInClient(server.url);
        const { data } = await client.GET("/api/v2/clients", { params: { query: { limit: 10, offset: 0 } } });
        expect(data?.[0]).toMatchObject({ clientId: 1024, name: "Jane Doe" });
      }));

  it("lists a client's accounts", () =>
    contract
      .interaction("a request for a client's accounts", "clients and accounts exist")
      .withRequest("GET", "/api/v2/accounts", (b) =>
        b.headers(bearer()).query({ limit: "10", offset: "0", "filter[clientId]": fromState("clientId", "1024") }),
      )
      .willRespondWith(200, (b) =>
        b.jsonBody(
          eachLike({
            accountId: integer(5001),
            accountNumber: string("1000005001"),
            clientId: integer(1024),
            currency: {
              alphabeticCode: string("USD"),
              minorUnit: integer(2),
              name: string("US Dollar"),
              numericCode: integer(840),
            },
            platform: { id: integer(1), name: string("B2Core") },
            product: { id: integer(2), name: string("Wallet") },
            permissions: eachLike(
              toOneOf(
                [
                  "deposit",
                  "enabled",
                  "exchange",
                  "trade",
                  "transferDeposit",
                  "transferWithdrawal",
                  "visible",
                  "withdrawal",
                ],
                "enabled",
              ),
            ),
            type: string("personal"),
            createTime: toDateTime("2024-05-14T09:35:00+00:00"),
          }),
        ),
      )
      .executeTest(async (server) => {
        const client = await createSignedInClient(server.url);
        const { data } = await client.GET("/api/v2/accounts", {
          params: { query: { limit: 10, offset: 0, filter: { clientId: 1024 } } },
        });
        expect(data?.[0]).toMatchObject({ accountId: 5001, clientId: 1024, permissions: ["enabled"] });
      }));
});
