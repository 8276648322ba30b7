/**
 * Consumer contract of the front end with Softline Checkout, written with the typed client: the
 * login (right and wrong password), stale or unknown tokens, reading an order and filing a refund
 * (accepted, and refused while another one is in progress). Tokens and order ids come from the
 * provider state (`fromProviderState`).
 * @see ../../README.md ("Contracts") and ../../specs/softline-checkout.yaml
 */
import { MatchersV3 } from "@pact-foundation/pact";
import { afterAll, describe, expect, it } from "vitest";
import { createSoftlineCheckoutClient, type SoftlineCheckoutClient } from "../../src/index.js";
import { CONSUMER_TEST_OPTIONS, createConsumerContract } from "./consumer-contract.js";
import { fromState, fromStateIn, toDateTime, toDecimalString, toOneOf } from "./matchers.js";
import { createPrimedFetch, type PrimedAnswers, toJsonAnswer } from "./primed-fetch.js";

const { string, integer, boolean, regex } = MatchersV3;

const contract = createConsumerContract("softline-checkout");
afterAll(() => contract.publish());

const CREDENTIALS = { username: "merchant", password: "merchant-secret" };
const TOKEN = "fj45u923j59ju42395iu9423i59243u0";
const ORDER_ID = 5556000;
const REFUND = { email: "finance@merchant.example.com", description: "Full refund, customer cancelled" };

const bearer = (example = TOKEN) => ({ AuthorizationJWT: fromStateIn("Bearer ", "token", "", `Bearer ${example}`) });
const orderPath = (suffix = "") => fromStateIn("/v1/order/", "orderId", suffix, `/v1/order/${ORDER_ID}${suffix}`);
const softlineError = (code: number, message: string) => ({ errors: [{ error: code, message: string(message) }] });

/** The client's login answered in-process, so each test meets one interaction. */
const sessionAnswers: PrimedAnswers = {
  "POST /v1/login_check": [toJsonAnswer(200, { token: TOKEN, refresh_token: "4e283bb7620068c42d6" })],
};

const createClient = (baseUrl: string, answers?: PrimedAnswers) =>
  createSoftlineCheckoutClient({ baseUrl, ...(answers ? { fetch: createPrimedFetch(answers) } : {}) });

async function createLoggedInClient(baseUrl: string): Promise<SoftlineCheckoutClient> {
  const client = createClient(baseUrl, sessionAnswers);
  expect(await client.login(CREDENTIALS)).toEqual({ kind: "logged-in" });
  return client;
}

describe("Softline Checkout login", CONSUMER_TEST_OPTIONS, () => {
  it("logs in with the merchant's API credentials", () =>
    contract
      .interaction("a login with the merchant's API credentials", "a merchant account")
      .withRequest("POST", "/v1/login_check", (b) =>
        b.headers({ "Content-Type": "application/json" }).jsonBody({
          username: fromState("username", CREDENTIALS.username),
          password: fromState("password", CREDENTIALS.password),
        }),
      )
      .willRespondWith(200, (b) => b.jsonBody({ token: string(TOKEN), refresh_token: string("4e283bb7620068c42d6") }))
      .executeTest(async (server) => {
        const client = createClient(server.url);
        expect(await client.login(CREDENTIALS)).toEqual({ kind: "logged-in" });
        expect(client.isLoggedIn()).toBe(true);
      }));

  it("gets 1006 for a wrong password", () =>
    contract
      .interaction("a login with a wrong password", "a merchant account")
      .withRequest("POST", "/v1/login_check", (b) =>
        b
          .headers({ "Content-Type": "application/json" })
          .jsonBody({ username: fromState("username", CREDENTIALS.username), password: "wrong-password" }),
      )
      .willRespondWith(401, (b) => b.jsonBody(softlineError(1006, "Bad credentials.")))
      .executeTest(async (server) => {
        const client = createClient(server.url);
        const login = await client.login({ username: CREDENTIALS.username, password: "wrong-password" });
        expect(login).toMatchObject({ kind: "failed", status: 401, error: { errors: [{ error: 1006 }] } });
        expect(client.isLoggedIn()).toBe(false);
      }));

  it("gets 1009 for an expired token", () =>
    contract
      .interaction("an order request with an expired token", "an expired token")
      .withRequest("GET", "/v1/order/5555555", (b) => b.headers(bearer("example-expired-token")))
      .willRespondWith(401, (b) => b.jsonBody(softlineError(1009, "Your token is expired.")))
      .executeTest(async (server) => {
        const { error, response } = await createClient(server.url).GET("/v1/order/{order_id}", {
          params: { path: { order_id: 5555555 } },
          headers: { AuthorizationJWT: "Bearer example-expired-token" },
        });
        expect(response.status).toBe(401);
        expect(error?.errors[0]?.error).toBe(1009);
      }));

  it("gets 1007 for a token Softline never issued", () =>
    contract
      .interaction("an order request with an unknown token")
      .withRequest("GET", "/v1/order/5555555", (b) => b.headers({ AuthorizationJWT: "Bearer not-a-softline-token" }))
      .willRespondWith(401, (b) => b.jsonBody(softlineError(1007, "Your token is invalid.")))
      .executeTest(async (server) => {
        const { error, response } = await createClient(server.url).GET("/v1/order/{order_id}", {
          params: { path: { order_id: 5555555 } },
          headers: { AuthorizationJWT: "Bearer not-a-softline-token" },
        });
        expect(response.status).toBe(401);
        expect(error?.errors[0]?.error).toBe(1007);
      }));
});

describe("Softline Checkout orders and refunds", CONSUMER_TEST_OPTIONS, () => {
  it("reads an order", () =>
    contract
      .interaction("a request for an order", "an existing order")
      .withRequest("GET", orderPath(), (b) => b.headers(bearer()))
      .willRespondWith(200, (b) =>
        b.jsonBody({
          order_id: integer(ORDER_ID),
          order_name: string(`SL-${ORDER_ID}`),
          status: toOneOf(["not paid", "paid", "deleted"], "not paid"),
          external_id: string(`inv-${ORDER_ID}`),
          create_date: toDateTime("2026-01-05T12:00:00+03:00"),
          pay_date: "",
          currency: regex("^[A-Z]{3}$", "EUR"),
          amount: toDecimalString("100.00"),
          recurring_indicator: boolean(false),
          refunds: [],
        }),
      )
      .executeTest(async (server) => {
        const client = await createLoggedInClient(server.url);
        const { data } = await client.GET("/v1/order/{order_id}", { params: { path: { order_id: ORDER_ID } } });
        expect(data).toMatchObject({ order_id: ORDER_ID, status: "not paid", amount: "100.00", refunds: [] });
      }));

  it("files a refund for a paid order", () =>
    contract
      .interaction("a refund request for a paid order", "a paid order that can be refunded")
      .withRequest("POST", orderPath("/refund"), (b) =>
        b.headers({ ...bearer(), "Content-Type": "application/json" }).jsonBody(REFUND),
      )
      .willRespondWith(200)
      .executeTest(async (server) => {
        const client = await createLoggedInClient(server.url);
        const { response, error } = await client.POST("/v1/order/{order_id}/refund", {
          params: { path: { order_id: ORDER_ID } },
          body: REFUND,
        });
        expect(error).toBeUndefined();
        expect(response.status).toBe(200);
      }));

  it("gets 2102 for a refund while another one is in progress", () =>
    contract
      .interaction("a second refund request while one is in progress", "a refund in progress")
      .withRequest("POST", orderPath("/refund"), (b) =>
        b.headers({ ...bearer(), "Content-Type": "application/json" }).jsonBody(REFUND),
      )
      .willRespondWith(400, (b) =>
        b.jsonBody(softlineError(2102, "A refund request for this order is already in progress.")),
      )
      .executeTest(async (server) => {
        const client = await createLoggedInClient(server.url);
        const { response, error } = await client.POST("/v1/order/{order_id}/refund", {
          params: { path: { order_id: ORDER_ID } },
          body: REFUND,
        });
        expect(response.status).toBe(400);
        expect(error?.errors[0]?.error).toBe(2102);
      }));
});
