/**
 * Softline Checkout mock end to end, in process: every scripted flow, every error code the mock
 * emits, bad input in the vendor envelope, the admin API and Prism fall-through. Every response is
 * checked against the spec; time only moves through the injected clock.
 */

import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { MockResponse } from "../../mocks/api.js";
import { createClock, createCounterIds, createSequenceOtp } from "../../mocks/context.js";
import { listen } from "../../mocks/http.js";
import { normalizePath, type RequestInit } from "../../mocks/request.js";
import { createMockServer, type MockServer } from "../../mocks/server.js";
import { isValidWebhookSignature } from "../../mocks/softline-checkout/signature.js";
import { specPath } from "../../src/apis.js";
import { createAjv } from "../../src/spec/ajv.js";
import { expectConforms } from "../support/conformance.js";

const API = "softline-checkout" as const;
const START = new Date("2026-01-01T00:00:00Z");
const CALLBACK_URL = "http://merchant.test/softline/webhooks";
const DAY = 24 * 3600;

type Json = Record<string, unknown>;
interface SentWebhook {
  readonly url: string;
  readonly body: Json;
}

let mock: MockServer;
let webhooks: SentWebhook[];

/** Records outgoing webhooks instead of sending them. */
const fakeFetch = (async (url: string | URL | Request, init?: globalThis.RequestInit) => {
  webhooks.push({ url: String(url), body: JSON.parse(String(init?.body)) });
  return new Response(null, { status: 200 });
}) as typeof fetch;

async function createMock(): Promise<MockServer> {
  return createMockServer(
    { apis: [API], logLevel: "silent", callbackUrl: CALLBACK_URL },
    {
      clock: createClock(START),
      otp: createSequenceOtp(["111111"]),
      ids: createCounterIds(),
      fetch: fakeFetch,
    },
  );
}

beforeEach(async () => {
  webhooks = [];
  mock = await createMock();
});

/** Sends a request and asserts the response conforms to the operation's declared responses. */
async function call(init: RequestInit): Promise<MockResponse> {
  const response = await mock.request(API, init);
  expectConforms(mock, API, init.method ?? "GET", init.path, response);
  const routed = mock.engine(API).route(init.method ?? "GET", normalizePath(init.path.split("?")[0] ?? "/"));
  if (routed.kind !== "found" && !init.path.startsWith("/__mock")) expect(errorCodes(response)).toEqual([104]);
  return response;
}

const errorCodes = (response: MockResponse): number[] =>
  ((response.body as { errors?: { error: number }[] } | undefined)?.errors ?? []).map((e) => e.error);

const bodyOf = <T = Json>(response: MockResponse): T => response.body as T;

async function expectError(init: RequestInit, status: number, codes: number[]): Promise<MockResponse> {
  const response = await call(init);
  expect({ status: response.status, codes: errorCodes(response) }).toEqual({ status, codes });
  expect(response.headers?.["content-type"]).toBe("application/json");
  return response;
}

const admin = (method: string, path: string, body?: object) =>
  mock.request(API, { method, path: `/__mock${path}`, ...(body === undefined ? {} : { body }) });

async function setState(state: string, params: Json = {}): Promise<Json> {
  const response = await admin("POST", "/states", { state, params });
  expect(response.status).toBe(200);
  return (response.body as { values: Json }).values;
}

async function advance(seconds: number): Promise<void> {
  const response = await admin("POST", "/clock", { advanceSeconds: seconds });
  expect(response.status).toBe(200);
}

async function signIn(): Promise<Record<string, string>> {
  const response = await call({
    method: "POST",
    path: "/v1/login_check",
    body: { username: "merchant", password: "merchant-secret" },
  });
  expect(response.status).toBe(200);
  return { AuthorizationJWT: `Bearer ${bodyOf<{ token: string }>(response).token}` };
}

const webhookSchema = (() => {
  const ajv = createAjv();
  ajv.addSchema(parse(readFileSync(specPath(API), "utf8")) as object, "spec");
  return ajv.compile({ $ref: "spec#/components/schemas/WebhookEvent" });
})();

/** The webhooks sent so far (each checked against the spec and its signature), as `event order_id`. */
const sentEvents = (): string[] =>
  webhooks.map(({ url, body }) => {
    expect(url).toBe(CALLBACK_URL);
    expect(webhookSchema(body), JSON.stringify(webhookSchema.errors)).toBe(true);
    expect(isValidWebhookSignature("secret_key", body as never)).toBe(true);
    return `${String(body.event)} ${String(body.order_id)}`;
  });

describe("POST /v1/login_check", () => {
  it("issues a token with refresh_token and the date header", async () => {
    const response = await call({
      method: "POST",
      path: "/v1/login_check",
      body: { username: "merchant", password: "merchant-secret" },
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ token: "token1", refresh_token: "refreshtoken1" });
    expect(response.headers?.date).toBe("Thu, 01 Jan 2026 00:00:00 GMT");
  });

  it("answers 1006 (401) for bad credentials", async () => {
    const response = await expectError(
      { method: "POST", path: "/v1/login_check", body: { username: "merchant", password: "wrong" } },
      401,
      [1006],
    );
    expect(response.body).toEqual({ errors: [{ error: 1006, message: "Bad credentials." }] });
  });

  it.each([
    { given: "a missing password", body: { username: "merchant" } },
    { given: "a missing username", body: { password: "merchant-secret" } },
    { given: "an empty username", body: { username: "", password: "merchant-secret" } },
    { given: "a number as username", body: { username: 42, password: "merchant-secret" } },
    { given: "an empty object", body: {} },
  ])("answers 1005 (400) for $given", async ({ body }) => {
    const response = await expectError({ method: "POST", path: "/v1/login_check", body }, 400, [1005]);
    expect(response.body).toEqual({ errors: [{ error: 1005, message: "Invalid authorization data." }] });
  });

  it.each([
    { given: "malformed JSON", body: '{"username": "merchant",', code: 110 },
    { given: "an empty body", body: "", code: 110 },
    { given: "a JSON array", body: "[]", code: 110 },
    { given: "a JSON string", body: '"merchant"', code: 110 },
  ])("answers $code (400) for $given", async ({ body, code }) => {
    await expectError(
      { method: "POST", path: "/v1/login_check", headers: { "content-type": "application/json" }, body },
      400,
      [code],
    );
  });

  it.each<{ given: string; headers: Record<string, string> }>([
    { given: "text/plain", headers: { "content-type": "text/plain" } },
    { given: "form encoding", headers: { "content-type": "application/x-www-form-urlencoded" } },
    { given: "no content type", headers: {} },
  ])("answers 111 (400) for $given, before looking at the body", async ({ headers }) => {
    const response = await expectError(
      { method: "POST", path: "/v1/login_check", headers, body: "{not json" },
      400,
      [111],
    );
    expect(response.body).toEqual({ errors: [{ error: 111, message: "Invalid data format (Content-type)." }] });
  });

  it("accepts a charset parameter and doubled slashes in the path", async () => {
    const response = await call({
      method: "POST",
      path: "//v1//login_check",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify({ username: "merchant", password: "merchant-secret" }),
    });
    expect(response.status).toBe(200);
  });
});

describe("tokens", () => {
  const getOrder = (headers: Record<string, string>) => ({ path: "/v1/order/5555555", headers });

  it("answers 1008 without AuthorizationJWT, with a hint when Authorization was used instead", async () => {
    const bare = await expectError(getOrder({}), 401, [1008]);
    expect(bare.body).toEqual({ errors: [{ error: 1008, message: "Missing token." }] });
    const { AuthorizationJWT } = await signIn();
    const wrongHeader = await expectError(getOrder({ Authorization: AuthorizationJWT ?? "" }), 401, [1008]);
    expect(wrongHeader.body).toEqual({
      errors: [
        {
          error: 1008,
          message: "Missing token: send it as AuthorizationJWT: Bearer <token>, not Authorization.",
        },
      ],
    });
  });

  it.each([
    { given: "an unknown token", value: "Bearer nope" },
    { given: "no Bearer scheme", value: "token1" },
    { given: "the refresh token", value: "Bearer refreshtoken1" },
  ])("answers 1007 for $given", async ({ value }) => {
    await signIn();
    const response = await expectError(getOrder({ AuthorizationJWT: value }), 401, [1007]);
    expect(response.body).toEqual({ errors: [{ error: 1007, message: "Your token is invalid." }] });
  });

  it("keeps earlier tokens valid after a new login; each expires 24 h after its own issue (1009)", async () => {
    const first = await signIn();
    await advance(12 * 3600);
    const second = await signIn();
    expect(second.AuthorizationJWT).not.toBe(first.AuthorizationJWT);
    expect((await call(getOrder(first))).status).toBe(200);
    expect((await call(getOrder(second))).status).toBe(200);

    await advance(12 * 3600 - 1);
    expect((await call(getOrder(first))).status).toBe(200);
    await advance(1);
    const expired = await expectError(getOrder(first), 401, [1009]);
    expect(expired.body).toEqual({ errors: [{ error: 1009, message: "Your token is expired." }] });
    expect((await call(getOrder(second))).status).toBe(200);

    mock.clock.advance(12 * 3600);
    mock.tickAll();
    await expectError(getOrder(second), 401, [1009]);
  });

  it("checks the token before the content type and the body (fail-fast by group)", async () => {
    const request = { method: "POST", path: "/v1/payment", headers: { "content-type": "text/plain" }, body: "x" };
    await expectError(request, 401, [1008]);
    const auth = await signIn();
    await expectError({ ...request, headers: { ...request.headers, ...auth } }, 400, [111]);
    await expectError({ ...request, headers: { ...auth, "content-type": "application/json" }, body: "{" }, 400, [110]);
  });

  it("protects operations that fall through to Prism too", async () => {
    await expectError(
      {
        method: "POST",
        path: "/v1/subscription/modify_next_billing_price",
        body: { id: "111111_22222", price: "1.00" },
      },
      401,
      [1008],
    );
  });
});

describe("payments", () => {
  const paymentBody = {
    currency: "EUR",
    amount: "100.00",
    return_success_url: "https://merchant.example.com/payment/success",
    payment_method: "CreditCard",
    payment_id: "inv-2026-0001",
    payment_description: "Invoice 2026-0001",
  };

  it("creates a not paid payment, reads it back, and shows it paid once the customer pays", async () => {
    const auth = await signIn();
    const created = await call({ method: "POST", path: "/v1/payment", headers: auth, body: paymentBody });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({
      order_id: 5556000,
      order_name: "SL-5556000",
      status: "not paid",
      payment_url: "https://pay.ecommerce.softline.com/form/5556000",
    });

    const unpaid = await call({ path: "/v1/order/5556000", headers: auth });
    expect(unpaid.body).toEqual({
      order_id: 5556000,
      order_name: "SL-5556000",
      status: "not paid",
      external_id: "inv-2026-0001",
      create_date: "2026-01-01T03:00:00+03:00",
      pay_date: "",
      currency: "EUR",
      amount: "100.00",
      recurring_indicator: false,
      parent_order_id: null,
      refunds: [],
    });

    await advance(60);
    expect(await setState("the customer paid an order", { orderId: 5556000 })).toMatchObject({ orderId: 5556000 });
    const paid = bodyOf(await call({ path: "/v1/order/5556000", headers: auth }));
    expect(paid).toMatchObject({
      status: "paid",
      pay_date: "2026-01-01T03:01:00+03:00",
      customer: { email: "customer@example.com" },
      payment: { payment_method: "CreditCard", card_last_4: "1111" },
    });
    expect(sentEvents()).toEqual(["order.created 5556000", "order.payment.succeeded 5556000"]);
  });

  it("answers 1005 for a zero amount without recurring_indicator and accepts it for a parent", async () => {
    const auth = await signIn();
    const refused = await expectError(
      { method: "POST", path: "/v1/payment", headers: auth, body: { ...paymentBody, amount: "0.00" } },
      400,
      [1005],
    );
    expect(refused.body).toEqual({
      errors: [
        {
          error: 1005,
          message:
            "Invalid authorization data: amount must be above zero (zero only for a recurring_indicator parent).",
        },
      ],
    });
    const parent = await call({
      method: "POST",
      path: "/v1/payment",
      headers: auth,
      body: { ...paymentBody, amount: "0", recurring_indicator: true },
    });
    expect(parent.status).toBe(200);
  });

  it.each([
    {
      given: "missing fields",
      body: { currency: "EUR" },
      messages: ["amount is required", "return_success_url is required", "payment_method is required"],
    },
    { given: "an amount as a number", body: { ...paymentBody, amount: 100 }, messages: ["amount must be string"] },
    {
      given: "3 decimals",
      body: { ...paymentBody, amount: "1.234" },
      messages: ['amount must match pattern "^[0-9]+(\\.[0-9]{1,2})?$"'],
    },
    {
      given: "a lower-case currency",
      body: { ...paymentBody, currency: "eur" },
      messages: ['currency must match pattern "^[A-Z]{3}$"'],
    },
  ])("answers 1005 (400) for $given, one entry per field", async ({ body, messages }) => {
    const auth = await signIn();
    const response = await expectError(
      { method: "POST", path: "/v1/payment", headers: auth, body },
      400,
      messages.map(() => 1005),
    );
    expect(
      bodyOf<{ errors: { message: string }[] }>(response)
        .errors.map((e) => e.message)
        .sort(),
    ).toEqual(messages.map((m) => `Invalid authorization data: ${m}.`).sort());
  });

  it("runs an auto-payment on a paid recurring parent: not paid, then charged 10 s later on the parent's card", async () => {
    const auth = await signIn();
    const created = await call({
      method: "POST",
      path: "/v1/payment/recurring",
      headers: auth,
      body: { parent_order_id: 5555600, payment_id: "sub-42-2026-01", currency: "EUR", amount: 10.5 },
    });
    expect(created.body).toEqual({ order_id: 5556000, order_name: "SL-5556000", status: "not paid" });
    expect(bodyOf(await call({ path: "/v1/order/5556000", headers: auth }))).toMatchObject({
      status: "not paid",
      parent_order_id: 5555600,
      amount: "10.50",
      external_id: "sub-42-2026-01",
    });
    await advance(9);
    expect(bodyOf(await call({ path: "/v1/order/5556000", headers: auth })).status).toBe("not paid");
    await advance(1);
    expect(bodyOf(await call({ path: "/v1/order/5556000", headers: auth }))).toMatchObject({
      status: "paid",
      pay_date: "2026-01-01T03:00:10+03:00",
      payment: { payment_method: "CreditCard", card_type: "Visa" },
    });
    expect(sentEvents()).toEqual(["order.created 5556000", "order.payment.succeeded 5556000"]);
  });

  it.each([
    { given: "an unknown parent", body: { parent_order_id: 42 }, code: 2001 },
    { given: "a parent that is not recurring", body: { parent_order_id: 5555555 }, code: 2201 },
    { given: "an unpaid parent", body: { parent_order_id: 5555700 }, code: 2201 },
    { given: "another currency", body: { currency: "USD" }, code: 2202 },
    { given: "an amount with 3 decimals", body: { amount: 1.234 }, code: 1005 },
    { given: "a zero amount", body: { amount: 0 }, code: 1005 },
    { given: "a payment_id with spaces", body: { payment_id: "a b" }, code: 1005 },
  ])("refuses an auto-payment with $given ($code, 400)", async ({ body, code }) => {
    const auth = await signIn();
    const base = { parent_order_id: 5555600, payment_id: "p-1", currency: "EUR", amount: 1 };
    await expectError(
      { method: "POST", path: "/v1/payment/recurring", headers: auth, body: { ...base, ...body } },
      400,
      [code],
    );
  });

  it("verifies the card of a zero-amount parent: paid 10 s later, then refuses a second verification (2301)", async () => {
    const auth = await signIn();
    const started = await call({
      method: "POST",
      path: "/v1/payment/card/verification",
      headers: auth,
      body: { order_id: 5555700 },
    });
    expect(started.body).toEqual({
      order_id: 5555700,
      order_name: "SL-5555700",
      status: "not paid",
      payment_url: "https://pay.ecommerce.softline.com/form/5555700",
    });
    const again = await expectError(
      { method: "POST", path: "/v1/payment/card/verification", headers: auth, body: { order_id: 5555700 } },
      400,
      [2301],
    );
    expect(bodyOf<{ errors: { message: string }[] }>(again).errors[0]?.message).toBe(
      "Card verification is not allowed for this order: a verification is already running.",
    );
    await advance(10);
    expect(bodyOf(await call({ path: "/v1/order/5555700", headers: auth })).status).toBe("paid");
    expect(sentEvents()).toEqual(["order.payment.succeeded 5555700"]);
    await expectError(
      { method: "POST", path: "/v1/payment/card/verification", headers: auth, body: { order_id: 5555700 } },
      400,
      [2301],
    );
  });

  it.each([
    { given: "an unknown order", orderId: 42, code: 2001 },
    { given: "a paid non-zero payment", orderId: 5555555, code: 2301 },
    { given: "a string id", orderId: "5555700", code: 1005 },
  ])("refuses card verification of $given ($code)", async ({ orderId, code }) => {
    const auth = await signIn();
    await expectError(
      { method: "POST", path: "/v1/payment/card/verification", headers: auth, body: { order_id: orderId } },
      400,
      [code],
    );
  });

  it("deletes a payment left unpaid for 90 days (seed order 5555556 was created a day before the start)", async () => {
    await advance(89 * DAY - 1);
    expect(bodyOf(await call({ path: "/v1/order/5555556", headers: await signIn() })).status).toBe("not paid");
    await advance(1);
    expect(bodyOf(await call({ path: "/v1/order/5555556", headers: await signIn() })).status).toBe("deleted");
    expect(webhooks).toEqual([]);
  });
});

describe("orders", () => {
  it("reads a seeded order", async () => {
    const auth = await signIn();
    const response = await call({ path: "/v1/order/5555555", headers: auth });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      order_id: 5555555,
      order_name: "SL-5555555",
      status: "paid",
      external_id: "inv-2021-0001",
      create_date: "2025-12-25T03:00:00+03:00",
      pay_date: "2025-12-25T03:04:00+03:00",
      amount: "100.00",
      refunds: [],
    });
  });

  it("reads a seeded Checkout order with its product lines", async () => {
    const auth = await signIn();
    const response = await call({ path: "/v1/order/111111", headers: auth });
    expect(bodyOf(response)).toMatchObject({
      external_id: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
      products: [{ id: 123458, amount: "29.99" }],
    });
  });

  it("answers 2001 (404) for an unknown order and 1005 (400) for a bad id", async () => {
    const auth = await signIn();
    const missing = await expectError({ path: "/v1/order/1", headers: auth }, 404, [2001]);
    expect(missing.body).toEqual({ errors: [{ error: 2001, message: "Order not found." }] });
    const bad = await expectError({ path: "/v1/order/abc", headers: auth }, 400, [1005]);
    expect(bad.body).toEqual({
      errors: [{ error: 1005, message: "Invalid authorization data: order_id must be integer." }],
    });
  });

  it.each([
    { given: "no filter", filter: {}, want: [111111, 5555555, 5555556, 5555600, 5555700, 5555701] },
    { given: "status not paid", filter: { status: "not paid" }, want: [5555556, 5555700] },
    { given: "external_id", filter: { external_id: "inv-2021-0001" }, want: [5555555] },
    {
      given: "pay dates (inclusive)",
      filter: { pay_date_from: "2025-12-25T03:04:00+03:00", pay_date_to: "2026-01-01T00:00:00+03:00" },
      want: [5555555, 5555701],
    },
    { given: "create dates", filter: { create_date_from: "2025-12-31T00:00:00Z" }, want: [5555556, 5555700] },
  ])("searches order ids by $given", async ({ filter, want }) => {
    const auth = await signIn();
    const response = await call({ method: "POST", path: "/v1/order/search", headers: auth, body: filter });
    expect(response.body).toEqual({ ids: want });
  });

  it("answers 1005 for a search with an unknown status or a bad date", async () => {
    const auth = await signIn();
    await expectError(
      { method: "POST", path: "/v1/order/search", headers: auth, body: { status: "open" } },
      400,
      [1005],
    );
    await expectError(
      { method: "POST", path: "/v1/order/search", headers: auth, body: { create_date_from: "yesterday" } },
      400,
      [1005],
    );
  });
});

describe("refunds", () => {
  const refundOf = (
    orderId: number | string,
    headers: Record<string, string>,
    body: object = { email: "finance@merchant.example.com" },
  ) => ({
    method: "POST",
    path: `/v1/order/${orderId}/refund`,
    headers,
    body,
  });

  it("lists a refund on the order, refuses a second one while open, then completes it and deletes the order", async () => {
    const auth = await signIn();
    const created = await call(
      refundOf(5555555, auth, { email: "finance@merchant.example.com", description: "Full refund" }),
    );
    expect(created.status).toBe(200);
    expect(created.body).toBeUndefined();
    expect(bodyOf(await call({ path: "/v1/order/5555555", headers: auth }))).toMatchObject({
      status: "paid",
      refunds: [
        {
          id: 9001,
          status: "New",
          email: "finance@merchant.example.com",
          description: "Full refund",
          create_date: "2026-01-01T03:00:00+03:00",
        },
      ],
    });
    const again = await expectError(refundOf(5555555, auth), 400, [2102]);
    expect(again.body).toEqual({
      errors: [{ error: 2102, message: "A refund request for this order is already in progress." }],
    });

    await advance(60);
    expect(
      bodyOf<{ refunds: Json[] }>(await call({ path: "/v1/order/5555555", headers: auth })).refunds[0]?.status,
    ).toBe("Processing");
    await expectError(refundOf(5555555, auth), 400, [2102]);
    await advance(60);
    expect(bodyOf(await call({ path: "/v1/order/5555555", headers: auth }))).toMatchObject({
      status: "deleted",
      refunds: [{ id: 9001, status: "Completed" }],
    });
    expect(sentEvents()).toEqual(["product.returned 5555555"]);
    expect(webhooks[0]?.body.status).toBe("deleted");

    const nothingLeft = await expectError(refundOf(5555555, auth), 400, [2101]);
    expect(nothingLeft.body).toEqual({ errors: [{ error: 2101, message: "Order is not paid." }] });
  });

  it.each([
    { given: "an unpaid order", orderId: 5555556, status: 400, code: 2101 },
    { given: "a zero-amount order", orderId: 5555701, status: 400, code: 2103 },
    { given: "an unknown order", orderId: 42, status: 404, code: 2001 },
    { given: "a bad id", orderId: "abc", status: 400, code: 1005 },
  ])("refuses a refund of $given ($code)", async ({ orderId, status, code }) => {
    const auth = await signIn();
    await expectError(refundOf(orderId, auth), status, [code]);
  });

  it.each([
    { given: "no email", body: { description: "x" } },
    { given: "a bad email", body: { email: "not-an-email" } },
    { given: "a too long description", body: { email: "a@b.example", description: "x".repeat(501) } },
  ])("answers 1005 for $given", async ({ body }) => {
    const auth = await signIn();
    await expectError(refundOf(5555555, auth, body), 400, [1005]);
  });
});

describe("checkout buy links", () => {
  const link = {
    currency: "EUR",
    products: [
      { id: 123456, sku: "AV-1Y-1PC", vendor_code: "AV-2021-1Y", name: "Antivirus, 1 year, 1 PC", price: "29.99" },
      { id: 123459, name: "VPN Unlimited, 1 year", price: "10.01" },
    ],
  };

  it("creates a link; the purchase becomes one paid order whose external_id is the checkout id", async () => {
    const auth = await signIn();
    const created = await call({ method: "POST", path: "/v1/generate_buy_link", headers: auth, body: link });
    expect(created.body).toEqual({
      buy_link: "https://checkout.softline.com/buy/checkout-1",
      checkout_id: "checkout-1",
    });

    const { orderId } = await setState("the customer paid an order", { checkoutId: "checkout-1" });
    const order = bodyOf(await call({ path: `/v1/order/${String(orderId)}`, headers: auth }));
    expect(order).toMatchObject({
      status: "paid",
      external_id: "checkout-1",
      amount: "40.00",
      products: [{ id: 123456, sku: "AV-1Y-1PC" }, { id: 123459 }],
    });
    expect(sentEvents()).toEqual([
      "order.created 5556000",
      "order.created 5556000",
      "order.payment.succeeded 5556000",
      "order.payment.succeeded 5556000",
      "product.delivered 5556000",
      "product.delivered 5556000",
    ]);
    expect(webhooks.map((w) => w.body.document_part).slice(0, 2)).toEqual(["1-of-2", "2-of-2"]);

    const reused = await admin("POST", "/states", {
      state: "the customer paid an order",
      params: { checkoutId: "checkout-1" },
    });
    expect(reused.status).toBe(400);
  });

  it.each([
    { given: "a product id twice", body: { ...link, products: [link.products[0], link.products[0]] } },
    { given: "no products", body: { ...link, products: [] } },
    { given: "a product without price", body: { currency: "EUR", products: [{ id: 1, name: "A" }] } },
  ])("answers 1005 for $given", async ({ body }) => {
    const auth = await signIn();
    await expectError({ method: "POST", path: "/v1/generate_buy_link", headers: auth, body }, 400, [1005]);
  });
});

describe("subscriptions", () => {
  const modify = (path: string, headers: Record<string, string>, body: object) => ({
    method: "POST",
    path: `/v1/subscription/${path}`,
    headers,
    body,
  });

  it("reads the seed subscription and answers 2002 (404) for an unknown one, 1005 for a bad id", async () => {
    const auth = await signIn();
    expect(bodyOf(await call({ path: "/v1/subscription/111111_22222", headers: auth }))).toEqual({
      id: "111111_22222",
      type: "AR",
      status: "active",
      initial_order: { order_id: 111111, create_date: "2025-11-02T03:00:00+03:00" },
      url: "https://checkout.softline.com/subscription/111111_22222",
      expiration_date: "2026-11-02T03:00:00+03:00",
    });
    await expectError({ path: "/v1/subscription/1_2", headers: auth }, 404, [2002]);
    await expectError({ path: "/v1/subscription/abc", headers: auth }, 400, [1005]);
  });

  it("cancels and resumes with webhooks for the parent order; the expiration date changes only while active", async () => {
    const auth = await signIn();
    const cancelled = await call(modify("modify_activity", auth, { id: "111111_22222", activity: false }));
    expect(bodyOf(cancelled).status).toBe("cancelled");
    await expectError(
      modify("modify_expiration_date", auth, { id: "111111_22222", expiration_date: "2027-01-01T00:00:00+03:00" }),
      400,
      [2401],
    );
    const resumed = await call(modify("modify_activity", auth, { id: "111111_22222", activity: true }));
    expect(bodyOf(resumed).status).toBe("active");
    expect(sentEvents()).toEqual(["subscription.cancelled 111111", "subscription.restored 111111"]);

    const past = await expectError(
      modify("modify_expiration_date", auth, { id: "111111_22222", expiration_date: "2025-06-01T00:00:00+03:00" }),
      400,
      [2402],
    );
    expect(past.body).toEqual({
      errors: [{ error: 2402, message: "Expiration date is not allowed: expiration_date must be in the future." }],
    });
    const moved = await call(
      modify("modify_expiration_date", auth, { id: "111111_22222", expiration_date: "2027-01-01T00:00:00+03:00" }),
    );
    expect(bodyOf(moved).expiration_date).toBe("2027-01-01T00:00:00+03:00");
    expect(bodyOf(await call({ path: "/v1/subscription/111111_22222", headers: auth })).expiration_date).toBe(
      "2027-01-01T00:00:00+03:00",
    );
  });

  it("answers 2002 (400) for an unknown id in a body and 1005 for a bad one", async () => {
    const auth = await signIn();
    await expectError(modify("modify_activity", auth, { id: "9_9", activity: false }), 400, [2002]);
    await expectError(modify("modify_activity", auth, { id: "x", activity: false }), 400, [1005]);
    await expectError(modify("modify_activity", auth, { id: "111111_22222", activity: "no" }), 400, [1005]);
  });
});

describe("products", () => {
  it.each([
    { query: "", want: [123456, 123457, 123458, 123459] },
    { query: "?exclude_renew_ar_products=1", want: [123456, 123457, 123459] },
    { query: "?search_string=antivirus&limit=2", want: [123456, 123457] },
    { query: "?search_string=antivirus&offset=2", want: [123458] },
    { query: "?search_string=vpn-2021", want: [123459] },
  ])("lists product ids $query", async ({ query, want }) => {
    const auth = await signIn();
    expect((await call({ path: `/v1/product${query}`, headers: auth })).body).toEqual({ ids: want });
  });

  it.each([
    { query: "?search_string=av" },
    { query: "?limit=0" },
    { query: "?limit=abc" },
    { query: "?exclude_renew_ar_products=2" },
  ])("answers 1005 for $query", async ({ query }) => {
    const auth = await signIn();
    await expectError({ path: `/v1/product${query}`, headers: auth }, 400, [1005]);
  });

  it("reads a product and answers 2003 (404) for an unknown one", async () => {
    const auth = await signIn();
    expect((await call({ path: "/v1/product/123456", headers: auth })).body).toMatchObject({
      id: 123456,
      name: "Antivirus, 1 year, 1 PC",
      update_date: "2025-12-02 03:00:00",
      variants: [{ sku: "AV-1Y-1PC", vendor_code: "AV-2021-1Y" }],
    });
    const missing = await expectError({ path: "/v1/product/999", headers: auth }, 404, [2003]);
    expect(missing.body).toEqual({ errors: [{ error: 2003, message: "Product not found." }] });
  });
});

describe("unscripted operations and unknown routes", () => {
  it("serves modify_next_billing_price from the spec's example, and Prefer: code= picks another", async () => {
    const auth = await signIn();
    const body = { id: "111111_22222", price: "24.99" };
    const example = await call({
      method: "POST",
      path: "/v1/subscription/modify_next_billing_price",
      headers: auth,
      body,
    });
    expect(example.status).toBe(200);
    expect(example.headers?.["x-paymock-source"]).toBe("example");
    expect(bodyOf(example)).toMatchObject({ id: "111111_22222", type: "AR", status: "active" });

    const preferred = await call({
      method: "POST",
      path: "/v1/subscription/modify_next_product_name",
      headers: { ...auth, Prefer: "code=400, example=subscriptionNotFound" },
      body: { id: "111111_22222", product_name: "Antivirus Plus" },
    });
    expect(preferred.status).toBe(400);
    expect(preferred.body).toEqual({ errors: [{ error: 2002, message: "Subscription not found." }] });
  });

  it("still validates unscripted requests (1005) and checks their content type (111)", async () => {
    const auth = await signIn();
    await expectError(
      {
        method: "POST",
        path: "/v1/subscription/modify_next_billing_price",
        headers: auth,
        body: { id: "111111_22222" },
      },
      400,
      [1005],
    );
    await expectError(
      {
        method: "POST",
        path: "/v1/subscription/modify_next_billing_price",
        headers: { ...auth, "content-type": "text/plain" },
        body: "price=1",
      },
      400,
      [111],
    );
  });

  it("answers 104 for an unknown URL (404) and a wrong method (405)", async () => {
    const notFound = await expectError({ path: "/v2/payment" }, 404, [104]);
    expect(notFound.body).toEqual({ errors: [{ error: 104, message: "Invalid request URL." }] });
    const wrongMethod = await expectError({ method: "GET", path: "/v1/payment" }, 405, [104]);
    expect(wrongMethod.headers?.allow).toBe("POST");
  });
});

describe("admin API", () => {
  it("lists every named state and each one sets up usable values", async () => {
    const listed = bodyOf<{ name: string; description: string }[]>(await admin("GET", "/states"));
    const names = listed.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "a merchant account",
        "a valid token",
        "an expired token",
        "an existing order",
        "a paid order that can be refunded",
      ]),
    );
    for (const s of listed) expect(s.description.length).toBeGreaterThan(20);

    const account = await setState("a merchant account");
    expect(account).toEqual({ username: "merchant", password: "merchant-secret" });
    const login = await call({ method: "POST", path: "/v1/login_check", body: account });
    expect(login.status).toBe(200);

    const valid = await setState("a valid token");
    expect(
      (await call({ path: "/v1/order/5555555", headers: { AuthorizationJWT: `Bearer ${String(valid.token)}` } }))
        .status,
    ).toBe(200);

    const expired = await setState("an expired token");
    await expectError(
      { path: "/v1/order/5555555", headers: { AuthorizationJWT: `Bearer ${String(expired.token)}` } },
      401,
      [1009],
    );

    const existing = await setState("an existing order");
    const existingAuth = { AuthorizationJWT: `Bearer ${String(existing.token)}` };
    expect(bodyOf(await call({ path: `/v1/order/${String(existing.orderId)}`, headers: existingAuth }))).toMatchObject({
      status: "not paid",
      order_name: existing.orderName,
    });

    const refundable = await setState("a paid order that can be refunded", { amount: "42.50" });
    expect(refundable).toMatchObject({ amount: "42.50", currency: "EUR", status: "paid" });
    const refundAuth = { AuthorizationJWT: `Bearer ${String(refundable.token)}` };
    const refunded = await call({
      method: "POST",
      path: `/v1/order/${String(refundable.orderId)}/refund`,
      headers: refundAuth,
      body: { email: "finance@merchant.example.com" },
    });
    expect(refunded.status).toBe(200);

    const inProgress = await setState("a refund in progress");
    await expectError(
      {
        method: "POST",
        path: `/v1/order/${String(inProgress.orderId)}/refund`,
        headers: { AuthorizationJWT: `Bearer ${String(inProgress.token)}` },
        body: { email: "finance@merchant.example.com" },
      },
      400,
      [2102],
    );

    const parent = await setState("a paid recurring parent payment");
    const child = await call({
      method: "POST",
      path: "/v1/payment/recurring",
      headers: { AuthorizationJWT: `Bearer ${String(parent.token)}` },
      body: { parent_order_id: parent.orderId, payment_id: "child-1", currency: parent.currency, amount: 5 },
    });
    expect(child.status).toBe(200);

    const zero = await setState("a zero-amount parent awaiting card verification");
    const verification = await call({
      method: "POST",
      path: "/v1/payment/card/verification",
      headers: { AuthorizationJWT: `Bearer ${String(zero.token)}` },
      body: { order_id: zero.orderId },
    });
    expect(verification.status).toBe(200);

    const subscription = await setState("an active subscription");
    const sub = await call({
      path: `/v1/subscription/${String(subscription.subscriptionId)}`,
      headers: { AuthorizationJWT: `Bearer ${String(subscription.token)}` },
    });
    expect(bodyOf(sub).status).toBe("active");

    const product = await setState("an existing product");
    const productResponse = await call({
      path: `/v1/product/${String(product.productId)}`,
      headers: { AuthorizationJWT: `Bearer ${String(product.token)}` },
    });
    expect(productResponse.status).toBe(200);
  });

  it("lets Pact consumers pin the token and order id they recorded", async () => {
    const values = await setState("a paid order that can be refunded", { token: "pact-token", orderId: 7000001 });
    expect(values).toMatchObject({ token: "pact-token", orderId: 7000001, paymentId: "inv-7000001" });
    const order = await call({ path: "/v1/order/7000001", headers: { AuthorizationJWT: "Bearer pact-token" } });
    expect(bodyOf(order)).toMatchObject({ order_id: 7000001, status: "paid" });
    const expired = await setState("an expired token", { token: "old-pact-token" });
    expect(expired.token).toBe("old-pact-token");
    await expectError(
      { path: "/v1/order/7000001", headers: { AuthorizationJWT: "Bearer old-pact-token" } },
      401,
      [1009],
    );
  });

  it("explains a state that cannot be set up", async () => {
    const response = await admin("POST", "/states", { state: "the customer paid an order", params: {} });
    expect(response.status).toBe(400);
    const paidTwice = await admin("POST", "/states", {
      state: "the customer paid an order",
      params: { orderId: 5555555 },
    });
    expect(paidTwice.status).toBe(400);
    expect(bodyOf<{ error: string }>(paidTwice).error).toContain('order 5555555 is paid, not "not paid"');
  });

  it("resets orders and tokens to the seed", async () => {
    const auth = await signIn();
    await call({ method: "POST", path: "/v1/order/5555555/refund", headers: auth, body: { email: "a@b.example" } });
    expect((await admin("POST", "/reset")).status).toBe(204);
    await expectError({ path: "/v1/order/5555555", headers: auth }, 401, [1007]);
    const fresh = await signIn();
    expect(bodyOf(await call({ path: "/v1/order/5555555", headers: fresh })).refunds).toEqual([]);
  });

  it("has an empty outbox: Softline sends no one-time codes", async () => {
    await signIn();
    const outbox = await admin("GET", "/outbox?to=merchant");
    expect(outbox.status).toBe(200);
    expect(outbox.body).toEqual([]);
  });

  it("sends no webhooks without a callback URL", async () => {
    const quiet = await createMockServer(
      { apis: [API], logLevel: "silent" },
      { clock: createClock(START), ids: createCounterIds(), fetch: fakeFetch },
    );
    const login = await quiet.request(API, {
      method: "POST",
      path: "/v1/login_check",
      body: { username: "merchant", password: "merchant-secret" },
    });
    const token = bodyOf<{ token: string }>(login).token;
    const created = await quiet.request(API, {
      method: "POST",
      path: "/v1/payment",
      headers: { AuthorizationJWT: `Bearer ${token}` },
      body: {
        currency: "EUR",
        amount: "1.00",
        return_success_url: "https://m.example/ok",
        payment_method: "CreditCard",
      },
    });
    expect(created.status).toBe(200);
    expect(webhooks).toEqual([]);
  });
});

describe("over real HTTP", () => {
  it("signs in on the wire, answers a CORS preflight and refuses an oversize body with 413/112", async () => {
    const wire = await createMockServer(
      { apis: [API], logLevel: "silent", maxBodyBytes: 2048 },
      { clock: createClock(START), ids: createCounterIds() },
    );
    const running = await listen(wire, { ephemeralPorts: true });
    try {
      const base = running.urls[API] ?? "";
      const login = await fetch(`${base}/v1/login_check`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "merchant", password: "merchant-secret" }),
      });
      expect(login.status).toBe(200);
      expect(login.headers.get("date")).toBe("Thu, 01 Jan 2026 00:00:00 GMT");
      const { token } = (await login.json()) as { token: string };
      const order = await fetch(`${base}/v1/order/5555555`, { headers: { AuthorizationJWT: `Bearer ${token}` } });
      expect(order.status).toBe(200);
      expect(((await order.json()) as Json).order_id).toBe(5555555);

      const preflight = await fetch(`${base}/v1/payment`, {
        method: "OPTIONS",
        headers: {
          Origin: "http://localhost:3000",
          "Access-Control-Request-Method": "POST",
          "Access-Control-Request-Headers": "authorizationjwt, content-type",
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
      expect(preflight.headers.get("access-control-allow-credentials")).toBe("true");
      expect(preflight.headers.get("access-control-allow-headers")).toBe("authorizationjwt, content-type");

      const tooLarge = await fetch(`${base}/v1/payment`, {
        method: "POST",
        headers: { "content-type": "application/json", AuthorizationJWT: `Bearer ${token}` },
        body: JSON.stringify({ payment_description: "x".repeat(4096) }),
      });
      expect(tooLarge.status).toBe(413);
      expect(await tooLarge.json()).toEqual({ errors: [{ error: 112, message: "Request body is too large." }] });
    } finally {
      await running.close();
    }
  });
});
