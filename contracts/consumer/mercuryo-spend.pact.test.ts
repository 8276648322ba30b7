/**
 * Consumer contract of the front end with Mercuryo Spend Card, written with the typed client: the
 * e-mail OTP sign-in (code sent, right code, wrong code), stale tokens (expired, revoked), and
 * the card screens (KYC status, open card, balance, transactions, lock, sign-out).
 * Tokens, keys and codes come from the provider state (`fromProviderState`).
 * @see ../../README.md ("Contracts") and ../../specs/mercuryo-spend.yaml
 */
import { MatchersV3 } from "@pact-foundation/pact";
import { afterAll, describe, expect, it } from "vitest";
import { createMercuryoSpendClient, type MercuryoSpendClient } from "../../src/index.js";
import { createConsumerContract } from "./consumer-contract.js";
import { fromState, toDateTime, toDecimalString, toOneOf } from "./matchers.js";
import { createPrimedFetch, type PrimedAnswers, toJsonAnswer } from "./primed-fetch.js";

const { string, integer, eachLike, atLeastLike, uuid } = MatchersV3;

const contract = createConsumerContract("mercuryo-spend");
afterAll(() => contract.publish());

const EMAIL = "kyc-complete@mercuryo.test";
const PARTNER_TOKEN = "sandbox-partner-token";
const USER_IP = "203.0.113.7";
const USER_TOKEN = "example-sdk-user-token";
const CHALLENGE_KEY = "example-challenge-key";
const CODE = "12345";

const CARD_HOLDER = "a user with KYC complete and an open card";
const partnerHeaders = { "Sdk-Partner-Token": string(PARTNER_TOKEN), "Content-Type": "application/json" };
const userHeaders = (example = USER_TOKEN) => ({
  "Sdk-User-Token": fromState("token", example),
  "B2B-User-Ip": string(USER_IP),
});
const ok = { status: string("200") };
/**
 * Mercuryo answers every user-token problem with 401000; the mock tells them apart by the message
 * (docs/apis/mercuryo-spend.md), so the message is matched exactly: the "expired" interaction must
 * fail against a provider that answers the unknown-token 401 ("Authorization failed") instead.
 */
const unauthorized = (message: string) => ({ status: string("401"), code: 401000, message });

/** The client's own sign-in calls answered in-process, so each test meets one interaction. */
const sessionAnswers: PrimedAnswers = {
  "POST /sdk-partner/user/sign-in-no-verify": [
    toJsonAnswer(200, {
      status: "200",
      data: { bearer_token: USER_TOKEN, user_uuid: "6f1c1d0e-3b8e-4a55-9a43-2f0d3c2a9b11" },
    }),
  ],
  "POST /sdk-partner/user/sign-in": [
    toJsonAnswer(200, {
      status: "200",
      data: { code_length: 5, key: CHALLENGE_KEY, next: "email-verify", timeout: 20 },
    }),
  ],
};

const createClient = (baseUrl: string, answers?: PrimedAnswers) =>
  createMercuryoSpendClient({
    baseUrl,
    partnerToken: PARTNER_TOKEN,
    userIp: USER_IP,
    ...(answers ? { fetch: createPrimedFetch(answers) } : {}),
  });

async function createSignedInClient(baseUrl: string): Promise<MercuryoSpendClient> {
  const client = createClient(baseUrl, sessionAnswers);
  expect((await client.signInWithoutOtp(EMAIL)).kind).toBe("signed-in");
  return client;
}

describe("Mercuryo Spend sign-in", () => {
  it("starts an e-mail OTP sign-in and gets the challenge", () =>
    contract
      .interaction("a sign-in request from a card holder", CARD_HOLDER)
      .withRequest("POST", "/sdk-partner/user/sign-in", (b) =>
        b.headers(partnerHeaders).jsonBody({ email: fromState("email", EMAIL), accept: true }),
      )
      .willRespondWith(200, (b) =>
        b.jsonBody({
          ...ok,
          data: { code_length: integer(5), key: string(CHALLENGE_KEY), next: "email-verify", timeout: integer(20) },
        }),
      )
      .executeTest(async (server) => {
        const started = await createClient(server.url).signIn(EMAIL);
        if (started.kind !== "challenge") throw new Error(`expected a challenge, got ${started.kind}`);
        expect(started.challenge.details()).toMatchObject({ code_length: 5, next: "email-verify" });
      }));

  it("verifies the e-mailed code and is signed in", () =>
    contract
      .interaction("the one-time code from the sign-in e-mail", "a pending sign-in challenge")
      .withRequest("POST", "/sdk-partner/user/sign-in/verify", (b) =>
        b.headers(partnerHeaders).jsonBody({ key: fromState("key", CHALLENGE_KEY), code: fromState("code", CODE) }),
      )
      .willRespondWith(200, (b) =>
        b.jsonBody({
          ...ok,
          data: { bearer_token: string(USER_TOKEN), user_uuid: uuid("6f1c1d0e-3b8e-4a55-9a43-2f0d3c2a9b11") },
        }),
      )
      .executeTest(async (server) => {
        const client = createClient(server.url, sessionAnswers);
        const started = await client.signIn(EMAIL);
        if (started.kind !== "challenge") throw new Error(`expected a challenge, got ${started.kind}`);
        expect(await started.challenge.verify(CODE)).toEqual({
          kind: "signed-in",
          userUuid: "6f1c1d0e-3b8e-4a55-9a43-2f0d3c2a9b11",
        });
        expect(client.isSignedIn()).toBe(true);
      }));

  it("gets 403042 for a wrong code and stays signed out", () =>
    contract
      .interaction("a wrong one-time code", "a pending sign-in challenge")
      .withRequest("POST", "/sdk-partner/user/sign-in/verify", (b) =>
        b.headers(partnerHeaders).jsonBody({ key: fromState("key", CHALLENGE_KEY), code: "00000" }),
      )
      .willRespondWith(403, (b) =>
        b.jsonBody({ status: string("403"), code: 403042, message: string("Verification failed. Code is invalid") }),
      )
      .executeTest(async (server) => {
        const client = createClient(server.url, sessionAnswers);
        const started = await client.signIn(EMAIL);
        if (started.kind !== "challenge") throw new Error(`expected a challenge, got ${started.kind}`);
        const verified = await started.challenge.verify("00000");
        expect(verified).toMatchObject({ kind: "failed", status: 403, error: { code: 403042 } });
        expect(client.isSignedIn()).toBe(false);
      }));

  it("gets 401000 for an expired user token", () =>
    contract
      .interaction("a KYC status request with an expired user token", "an expired user token")
      .withRequest("GET", "/sdk-partner/user/kyc-status", (b) => b.headers(userHeaders("example-expired-token")))
      .willRespondWith(401, (b) => b.jsonBody(unauthorized("Authorization failed. Token is expired")))
      .executeTest(async (server) => {
        const { error, response } = await createClient(server.url).GET("/sdk-partner/user/kyc-status", {
          headers: { "Sdk-User-Token": "example-expired-token" },
        });
        expect(response.status).toBe(401);
        expect(error?.code).toBe(401000);
      }));

  it("gets 401000 for a revoked user token", () =>
    contract
      .interaction("a KYC status request with a revoked user token", "a revoked user token")
      .withRequest("GET", "/sdk-partner/user/kyc-status", (b) => b.headers(userHeaders("example-revoked-token")))
      .willRespondWith(401, (b) => b.jsonBody(unauthorized("Authorization failed. Token is revoked")))
      .executeTest(async (server) => {
        const { error, response } = await createClient(server.url).GET("/sdk-partner/user/kyc-status", {
          headers: { "Sdk-User-Token": "example-revoked-token" },
        });
        expect(response.status).toBe(401);
        expect(error?.code).toBe(401000);
      }));

  it("signs out", () =>
    contract
      .interaction("a sign-out request", CARD_HOLDER)
      .withRequest("POST", "/sdk-partner/user/sign-out", (b) => b.headers(userHeaders()))
      .willRespondWith(200, (b) => b.jsonBody(ok))
      .executeTest(async (server) => {
        const client = await createSignedInClient(server.url);
        expect(await client.signOut()).toEqual({ kind: "signed-out" });
        expect(client.isSignedIn()).toBe(false);
      }));
});

describe("Mercuryo Spend card screens", () => {
  it("reads the KYC status per feature", () =>
    contract
      .interaction("a request for the KYC status", CARD_HOLDER)
      .withRequest("GET", "/sdk-partner/user/kyc-status", (b) => b.headers(userHeaders()))
      .willRespondWith(200, (b) =>
        b.jsonBody({
          ...ok,
          data: {
            features: eachLike({
              feature: toOneOf(["crypto", "card"], "card"),
              status: toOneOf(["complete", "incomplete", "failed_attempt", "failed", "under_review"], "complete"),
            }),
          },
        }),
      )
      .executeTest(async (server) => {
        const client = await createSignedInClient(server.url);
        const { data } = await client.GET("/sdk-partner/user/kyc-status");
        expect(data?.data.features).toEqual([{ feature: "card", status: "complete" }]);
      }));

  it("opens a card", () =>
    contract
      .interaction("a request to open a card", "a user with KYC complete and no card")
      .withRequest("POST", "/sdk-partner/spend/cards/open", (b) =>
        b.headers({ ...userHeaders(), "Content-Type": "application/json" }).jsonBody({ fiat_currency: "EUR" }),
      )
      .willRespondWith(200, (b) => b.jsonBody({ ...ok, data: { id: string("0b74e9bb7576c5355") } }))
      .executeTest(async (server) => {
        const client = await createSignedInClient(server.url);
        const { data } = await client.POST("/sdk-partner/spend/cards/open", { body: { fiat_currency: "EUR" } });
        expect(data?.data.id).toBe("0b74e9bb7576c5355");
      }));

  it("reads the card balance", () =>
    contract
      .interaction("a request for the card balance", CARD_HOLDER)
      .withRequest("GET", "/sdk-partner/spend/cards/balance", (b) => b.headers(userHeaders()))
      .willRespondWith(200, (b) =>
        b.jsonBody({ ...ok, data: { fiat_amount: toDecimalString("90.00"), fiat_currency: "EUR" } }),
      )
      .executeTest(async (server) => {
        const client = await createSignedInClient(server.url);
        const { data } = await client.GET("/sdk-partner/spend/cards/balance");
        expect(data?.data).toEqual({ fiat_amount: "90.00", fiat_currency: "EUR" });
      }));

  it("reads the first page of card transactions", () =>
    contract
      .interaction("a request for the first page of card transactions", CARD_HOLDER)
      .withRequest("GET", "/sdk-partner/spend/cards/transactions", (b) =>
        b.headers(userHeaders()).query({ limit: "20" }),
      )
      .willRespondWith(200, (b) =>
        b.jsonBody({
          ...ok,
          data: {
            // A new card has no transactions yet: zero or more items shaped like this one.
            items: atLeastLike(
              {
                amount: toDecimalString("90.00"),
                currency: string("EUR"),
                status: string("CLEARED"),
                timestamp: toDateTime("2024-02-27T13:37:15Z"),
                type: string("TOP_UP"),
              },
              0,
              1,
            ),
            pagination: { limit: integer(20), next_cursor: null },
          },
        }),
      )
      .executeTest(async (server) => {
        const client = await createSignedInClient(server.url);
        const { data } = await client.GET("/sdk-partner/spend/cards/transactions", {
          params: { query: { limit: 20 } },
        });
        expect(data?.data.items[0]).toMatchObject({ amount: "90.00", type: "TOP_UP" });
        expect(data?.data.pagination.next_cursor).toBeNull();
      }));

  it("locks the card", () =>
    contract
      .interaction("a request to lock the card", CARD_HOLDER)
      .withRequest("POST", "/sdk-partner/spend/cards/lock", (b) => b.headers(userHeaders()))
      .willRespondWith(200, (b) => b.jsonBody(ok))
      .executeTest(async (server) => {
        const client = await createSignedInClient(server.url);
        const { data, response } = await client.POST("/sdk-partner/spend/cards/lock");
        expect(response.status).toBe(200);
        expect(data?.status).toBe("200");
      }));
});
