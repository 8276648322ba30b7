/**
 * Table-driven tests of the pure Softline flows: given a record, when an event happens, want a
 * next record (and webhook events) or a problem.
 */
import { describe, expect, it } from "vitest";
import { toSoftlineDate } from "../../mocks/softline-checkout/dates.js";
import { listProductIds, searchOrderIds } from "../../mocks/softline-checkout/flows/catalog.js";
import { createCheckout, purchaseCheckout } from "../../mocks/softline-checkout/flows/checkout.js";
import { stepOrder } from "../../mocks/softline-checkout/flows/order.js";
import {
  createAutoPayment,
  createPayment,
  startCardVerification,
} from "../../mocks/softline-checkout/flows/payment.js";
import { advanceRefund, requestRefund } from "../../mocks/softline-checkout/flows/refund.js";
import { checkToken, login } from "../../mocks/softline-checkout/flows/session.js";
import { stepSubscription } from "../../mocks/softline-checkout/flows/subscription.js";
import { advanceOrder, dueAt } from "../../mocks/softline-checkout/flows/timeline.js";
import { toCents, toDecimalString } from "../../mocks/softline-checkout/money.js";
import { type Problem, renderProblem, toFieldMessage } from "../../mocks/softline-checkout/problems.js";
import { blankOrder, seedProducts, toPaymentDetails } from "../../mocks/softline-checkout/seed-data.js";
import {
  isValidWebhookSignature,
  toSignatureBase,
  toWebhookSignature,
} from "../../mocks/softline-checkout/signature.js";
import type {
  OrderRecord,
  RefundRecord,
  SubscriptionRecord,
  TokenRecord,
} from "../../mocks/softline-checkout/state.js";
import { toWebhookBodies } from "../../mocks/softline-checkout/webhooks.js";

import { DAY, rules, S, T0 } from "../flows/support/softline.js";

const errorOf = (outcome: { kind: string }): string | undefined =>
  outcome.kind === "problem" ? (outcome as Problem).error : undefined;

const order = (fields: Partial<OrderRecord> = {}): OrderRecord => ({
  ...blankOrder(5_556_000, T0),
  amountCents: 10_000,
  ...fields,
});
const paidOrder = (fields: Partial<OrderRecord> = {}): OrderRecord =>
  order({ status: "paid", paidAt: T0 + S, payment: toPaymentDetails("CreditCard"), ...fields });
const refund = (fields: Partial<RefundRecord> = {}): RefundRecord => ({
  id: 9001,
  status: "New",
  email: "finance@merchant.example.com",
  description: undefined,
  createdAt: T0,
  changedAt: T0,
  ...fields,
});

describe("session: login", () => {
  const accounts = new Map([["merchant", "merchant-secret"]]);
  const event = { type: "login" as const, token: "tok", refreshToken: "ref", now: T0 };
  it.each([
    { given: "the seed credentials", when: { username: "merchant", password: "merchant-secret" }, want: "issued" },
    { given: "a wrong password", when: { username: "merchant", password: "nope" }, want: "BAD_CREDENTIALS" },
    { given: "an unknown user", when: { username: "someone", password: "merchant-secret" }, want: "BAD_CREDENTIALS" },
  ])("$given -> $want", ({ when, want }) => {
    const outcome = login(accounts, { ...event, ...when }, rules);
    expect(outcome.kind === "issued" ? "issued" : errorOf(outcome)).toBe(want);
    if (outcome.kind === "issued") {
      expect(outcome.record).toEqual({ username: "merchant", issuedAt: T0, expiresAt: T0 + DAY });
      expect(outcome.token).toBe("tok");
    }
  });
});

describe("session: checkToken", () => {
  const tokens = new Map<string, TokenRecord>([["good", { username: "merchant", issuedAt: T0, expiresAt: T0 + DAY }]]);
  it.each([
    { given: "no header", jwt: undefined, authorization: undefined, now: T0, want: "TOKEN_MISSING" },
    { given: "an empty header", jwt: "  ", authorization: undefined, now: T0, want: "TOKEN_MISSING" },
    { given: "'Bearer' alone", jwt: "Bearer", authorization: undefined, now: T0, want: "TOKEN_MISSING" },
    { given: "only Authorization", jwt: undefined, authorization: "Bearer good", now: T0, want: "TOKEN_MISSING" },
    { given: "another scheme", jwt: "Token good", authorization: undefined, now: T0, want: "TOKEN_INVALID" },
    { given: "an unknown token", jwt: "Bearer other", authorization: undefined, now: T0, want: "TOKEN_INVALID" },
    { given: "a valid token", jwt: "Bearer good", authorization: undefined, now: T0, want: "valid" },
    { given: "lower-case bearer", jwt: "bearer good", authorization: undefined, now: T0, want: "valid" },
    { given: "1 s before expiry", jwt: "Bearer good", authorization: undefined, now: T0 + DAY - S, want: "valid" },
    { given: "exactly 24 h old", jwt: "Bearer good", authorization: undefined, now: T0 + DAY, want: "TOKEN_EXPIRED" },
  ])("$given -> $want", ({ jwt, authorization, now, want }) => {
    const outcome = checkToken(tokens, { authorizationJwt: jwt, authorization }, now);
    expect(outcome.kind === "valid" ? "valid" : errorOf(outcome)).toBe(want);
  });

  it("explains the header name when only Authorization was sent", () => {
    const outcome = checkToken(tokens, { authorizationJwt: undefined, authorization: "Bearer good" }, T0);
    expect(outcome.kind === "problem" && outcome.details).toEqual([
      "send it as AuthorizationJWT: Bearer <token>, not Authorization",
    ]);
  });
});

describe("order: stepOrder", () => {
  const pay = { type: "pay" as const, at: T0 + 5 * S, payment: toPaymentDetails("CreditCard"), customer: undefined };
  const line = { id: 123_456, name: "Antivirus", price: "29.99" };
  it.each([
    { given: "not paid", when: pay, want: { status: "paid", events: ["order.payment.succeeded"] }, o: order() },
    {
      given: "not paid checkout order",
      when: pay,
      want: { status: "paid", events: ["order.payment.succeeded", "product.delivered"] },
      o: order({ source: "checkout", products: [line] }),
    },
    { given: "paid", when: pay, want: "PARAMETERS_INVALID", o: paidOrder() },
    {
      given: "not paid",
      when: { type: "expire" as const, at: T0 },
      want: { status: "deleted", events: [] },
      o: order(),
    },
    { given: "paid", when: { type: "expire" as const, at: T0 }, want: { status: "paid", events: [] }, o: paidOrder() },
    {
      given: "paid",
      when: { type: "refund-completed" as const, at: T0 },
      want: { status: "deleted", events: ["product.returned"] },
      o: paidOrder(),
    },
  ])("$given + $when.type -> $want", ({ o, when, want }) => {
    const step = stepOrder(o, when);
    if (typeof want === "string") expect(errorOf(step)).toBe(want);
    else expect(step.kind === "ok" && { status: step.order.status, events: step.events }).toEqual(want);
  });

  it("records the payment time, card and customer when paid", () => {
    const step = stepOrder(order(), { ...pay, customer: { email: "c@example.com" } });
    expect(step.kind === "ok" && step.order).toMatchObject({
      paidAt: T0 + 5 * S,
      payment: { payment_method: "CreditCard", card_last_4: "1111" },
      customer: { email: "c@example.com" },
      chargeAt: undefined,
    });
  });
});

describe("refund: requestRefund", () => {
  const request = { id: 9002, email: "finance@merchant.example.com", description: "Full refund", at: T0 };
  it.each([
    { given: "a not paid order", o: order(), want: "REFUND_ORDER_NOT_PAID" },
    { given: "a deleted order", o: order({ status: "deleted" }), want: "REFUND_ORDER_NOT_PAID" },
    { given: "a New refund", o: paidOrder({ refunds: [refund()] }), want: "REFUND_IN_PROGRESS" },
    {
      given: "a Processing refund",
      o: paidOrder({ refunds: [refund({ status: "Processing" })] }),
      want: "REFUND_IN_PROGRESS",
    },
    { given: "a zero-amount order", o: paidOrder({ amountCents: 0 }), want: "REFUND_NOTHING_TO_REFUND" },
    { given: "a paid order", o: paidOrder(), want: "New" },
    { given: "a rejected earlier refund", o: paidOrder({ refunds: [refund({ status: "Rejected" })] }), want: "New" },
  ])("$given -> $want", ({ o, want }) => {
    const outcome = requestRefund(o, request);
    expect(outcome.kind === "ok" ? outcome.refund.status : errorOf(outcome)).toBe(want);
    if (outcome.kind === "ok") expect(outcome.order.refunds.at(-1)).toEqual(outcome.refund);
  });
});

describe("refund: advanceRefund", () => {
  it.each([
    { given: "New", after: 59, want: "New" },
    { given: "New", after: 60, want: "Processing" },
    { given: "New", after: 120, want: "Completed" },
    { given: "New", after: 10_000, want: "Completed" },
  ])("$given after $after s -> $want", ({ after, want }) => {
    expect(advanceRefund(refund(), T0 + after * S, rules).status).toBe(want);
  });
  it("leaves closed refunds alone", () => {
    const closed = refund({ status: "Rejected" });
    expect(advanceRefund(closed, T0 + DAY, rules)).toBe(closed);
  });
});

describe("timeline: advanceOrder and dueAt", () => {
  const parentCard = { ...toPaymentDetails("CreditCard"), card_last_4: "4242" };
  const charged = () => parentCard;
  it.each([
    {
      given: "an auto-payment due",
      o: order({ source: "auto-payment", parentOrderId: 5_555_600, chargeAt: T0 + 10 * S }),
      now: T0 + 10 * S,
      want: { status: "paid", events: ["order.payment.succeeded"] },
    },
    {
      given: "an auto-payment not yet due",
      o: order({ chargeAt: T0 + 10 * S }),
      now: T0 + 9 * S,
      want: { status: "not paid", events: [] },
    },
    { given: "an unpaid order at 90 days", o: order(), now: T0 + 90 * DAY, want: { status: "deleted", events: [] } },
    {
      given: "a refund at its last step",
      o: paidOrder({ refunds: [refund()] }),
      now: T0 + 120 * S,
      want: { status: "deleted", events: ["product.returned"] },
    },
    {
      given: "a refund half-way",
      o: paidOrder({ refunds: [refund()] }),
      now: T0 + 60 * S,
      want: { status: "paid", events: [] },
    },
  ])("$given -> $want.status", ({ o, now, want }) => {
    const advanced = advanceOrder(o, now, rules, charged);
    expect({ status: advanced.order.status, events: advanced.events }).toEqual(want);
  });

  it("charges an auto-payment with the card chargedWith gives", () => {
    const advanced = advanceOrder(order({ chargeAt: T0 }), T0, rules, charged);
    expect(advanced.order.payment?.card_last_4).toBe("4242");
  });

  it.each([
    { given: "a paid order without refunds", o: paidOrder(), want: Number.POSITIVE_INFINITY },
    { given: "an unpaid order", o: order(), want: T0 + 90 * DAY },
    { given: "a pending charge", o: order({ chargeAt: T0 + 10 * S }), want: T0 + 10 * S },
    { given: "an open refund", o: paidOrder({ refunds: [refund()] }), want: T0 + 60 * S },
  ])("dueAt: $given", ({ o, want }) => {
    expect(dueAt(o, rules)).toBe(want);
  });
});

describe("payment: createPayment", () => {
  const body = { currency: "EUR", return_success_url: "https://m.example/ok", payment_method: "CreditCard" };
  it.each([
    { given: "100.00", when: { amount: "100.00", recurring_indicator: false }, want: 10_000 },
    { given: "12.5", when: { amount: "12.5", recurring_indicator: false }, want: 1_250 },
    { given: "zero for a recurring parent", when: { amount: "0.00", recurring_indicator: true }, want: 0 },
    { given: "zero without recurring", when: { amount: "0", recurring_indicator: false }, want: "PARAMETERS_INVALID" },
  ])("$given -> $want", ({ when, want }) => {
    const outcome = createPayment({ ...body, ...when }, { id: 5_556_000, now: T0 });
    expect(outcome.kind === "ok" ? outcome.order.amountCents : errorOf(outcome)).toBe(want);
    if (outcome.kind === "ok") {
      expect(outcome.events).toEqual(["order.created"]);
      expect(outcome.order).toMatchObject({ status: "not paid", createdAt: T0, recurring: when.recurring_indicator });
    }
  });
});

describe("payment: createAutoPayment", () => {
  const parent = paidOrder({ id: 5_555_600, recurring: true, customer: { email: "c@example.com" } });
  const body = { parent_order_id: 5_555_600, payment_id: "sub-42-09", currency: "EUR", amount: 10.5 };
  it.each([
    { given: "a paid recurring parent", p: parent, when: {}, want: "ok" },
    { given: "an amount with 3 decimals", p: parent, when: { amount: 1.234 }, want: "PARAMETERS_INVALID" },
    { given: "no parent", p: undefined, when: {}, want: "ORDER_NOT_FOUND" },
    { given: "a non-recurring parent", p: { ...parent, recurring: false }, when: {}, want: "PARENT_ORDER_INVALID" },
    {
      given: "an unpaid parent",
      p: { ...parent, status: "not paid" as const },
      when: {},
      want: "PARENT_ORDER_INVALID",
    },
    { given: "a child as parent", p: { ...parent, parentOrderId: 1 }, when: {}, want: "PARENT_ORDER_INVALID" },
    { given: "another currency", p: parent, when: { currency: "USD" }, want: "CURRENCY_MISMATCH" },
  ])("$given -> $want", ({ p, when, want }) => {
    const outcome = createAutoPayment(p, { ...body, ...when }, { id: 5_556_001, now: T0 }, rules);
    expect(outcome.kind === "ok" ? "ok" : errorOf(outcome)).toBe(want);
  });

  it("answers 400 (not 404) for an unknown parent sent in the body", () => {
    const outcome = createAutoPayment(undefined, body, { id: 1, now: T0 }, rules);
    expect(outcome.kind === "problem" && outcome.status).toBe(400);
  });

  it("creates a not paid child on the parent's card and customer, charged after autoChargeMs", () => {
    const outcome = createAutoPayment(parent, body, { id: 5_556_001, now: T0 }, rules);
    expect(outcome.kind === "ok" && outcome.order).toMatchObject({
      status: "not paid",
      parentOrderId: 5_555_600,
      externalId: "sub-42-09",
      amountCents: 1_050,
      customer: { email: "c@example.com" },
      chargeAt: T0 + 10 * S,
    });
  });
});

describe("payment: startCardVerification", () => {
  const zeroParent = order({ recurring: true, amountCents: 0 });
  it.each([
    { given: "a zero-amount not paid card parent", o: zeroParent, want: "ok" },
    { given: "no order", o: undefined, want: "ORDER_NOT_FOUND" },
    { given: "a non-recurring order", o: { ...zeroParent, recurring: false }, want: "CARD_VERIFICATION_NOT_ALLOWED" },
    { given: "a non-zero amount", o: { ...zeroParent, amountCents: 1 }, want: "CARD_VERIFICATION_NOT_ALLOWED" },
    { given: "another method", o: { ...zeroParent, paymentMethod: "Qiwi" }, want: "CARD_VERIFICATION_NOT_ALLOWED" },
    { given: "a paid parent", o: { ...zeroParent, status: "paid" as const }, want: "CARD_VERIFICATION_NOT_ALLOWED" },
    { given: "a running verification", o: { ...zeroParent, chargeAt: T0 }, want: "CARD_VERIFICATION_NOT_ALLOWED" },
  ])("$given -> $want", ({ o, want }) => {
    const outcome = startCardVerification(o, T0, rules);
    expect(outcome.kind === "ok" ? "ok" : errorOf(outcome)).toBe(want);
    if (outcome.kind === "ok") expect(outcome.order.chargeAt).toBe(T0 + 10 * S);
  });
});

describe("subscription: stepSubscription", () => {
  const sub: SubscriptionRecord = {
    id: "111111_22222",
    type: "AR",
    status: "active",
    parentOrderId: 111_111,
    expiresAt: T0 + 100 * DAY,
  };
  const cancelled = { ...sub, status: "cancelled" as const };
  it.each([
    {
      given: sub,
      when: { type: "set-activity" as const, activity: false },
      want: ["cancelled", "subscription.cancelled"],
    },
    { given: cancelled, when: { type: "set-activity" as const, activity: false }, want: ["cancelled"] },
    {
      given: cancelled,
      when: { type: "set-activity" as const, activity: true },
      want: ["active", "subscription.restored"],
    },
    { given: sub, when: { type: "set-activity" as const, activity: true }, want: ["active"] },
    {
      given: { ...sub, status: "not paid" as const },
      when: { type: "set-activity" as const, activity: true },
      want: "SUBSCRIPTION_NOT_ACTIVE",
    },
    { given: sub, when: { type: "set-expiration" as const, at: T0 + DAY }, want: ["active"] },
    { given: sub, when: { type: "set-expiration" as const, at: T0 }, want: "EXPIRATION_DATE_INVALID" },
    { given: cancelled, when: { type: "set-expiration" as const, at: T0 + DAY }, want: "SUBSCRIPTION_NOT_ACTIVE" },
  ])("$given.status + $when.type -> $want", ({ given, when, want }) => {
    const step = stepSubscription(given, when, T0);
    expect(step.kind === "ok" ? [step.subscription.status, ...step.events] : errorOf(step)).toEqual(want);
  });
});

describe("catalog: listProductIds", () => {
  const products = seedProducts(T0);
  it.each([
    { given: "no filter", when: {}, want: [123_456, 123_457, 123_458, 123_459] },
    { given: "exclude AR renewals", when: { excludeArRenewals: true }, want: [123_456, 123_457, 123_459] },
    { given: "search by family", when: { search: "vpn" }, want: [123_459] },
    { given: "search by sku", when: { search: "AV-2Y" }, want: [123_457] },
    { given: "search by vendor code", when: { search: "2021-1Y-AR" }, want: [123_458] },
    { given: "search by description", when: { search: "three pcs" }, want: [123_457] },
    { given: "a page", when: { offset: 1, limit: 2 }, want: [123_457, 123_458] },
    { given: "an offset past the end", when: { offset: 10 }, want: [] },
  ])("$given", ({ when, want }) => {
    const query = { limit: undefined, offset: 0, search: undefined, excludeArRenewals: false, ...when };
    expect(listProductIds(products, query)).toEqual(want);
  });
});

describe("catalog: searchOrderIds", () => {
  const orders = [
    paidOrder({ id: 1, externalId: "a", createdAt: T0, paidAt: T0 + DAY }),
    order({ id: 2, externalId: "b", createdAt: T0 + 2 * DAY }),
    paidOrder({ id: 3, externalId: "c", createdAt: T0 + 3 * DAY, paidAt: T0 + 3 * DAY }),
  ];
  const date = toSoftlineDate;
  it.each([
    { given: "no filter", when: {}, want: [1, 2, 3] },
    { given: "status paid", when: { status: "paid" as const }, want: [1, 3] },
    { given: "external_id", when: { external_id: "b" }, want: [2] },
    {
      given: "create_date bounds (inclusive)",
      when: { create_date_from: date(T0), create_date_to: date(T0 + 2 * DAY) },
      want: [1, 2],
    },
    { given: "pay_date from (unpaid left out)", when: { pay_date_from: date(T0) }, want: [1, 3] },
    { given: "pay_date to", when: { pay_date_to: date(T0 + DAY) }, want: [1] },
  ])("$given", ({ when, want }) => {
    expect(searchOrderIds(orders, when)).toEqual(want);
  });
});

describe("checkout: buy links", () => {
  const products = [
    { id: 1, name: "A", price: "10.00", sku: "A-1" },
    { id: 2, name: "B", price: "5.50" },
  ];
  it.each([
    { given: "distinct product ids", when: products, want: "ok" },
    { given: "a product id twice", when: [products[0], products[0]], want: "PARAMETERS_INVALID" },
  ])("$given -> $want", ({ when, want }) => {
    const outcome = createCheckout(
      { currency: "EUR", products: when.filter((p) => p !== undefined) },
      { id: "c-1", now: T0 },
    );
    expect(outcome.kind === "ok" ? "ok" : errorOf(outcome)).toBe(want);
  });

  it("turns a link into one paid order with its product lines, then refuses a second purchase", () => {
    const created = createCheckout({ currency: "EUR", products }, { id: "c-1", now: T0 });
    if (created.kind !== "ok") throw new Error("setup");
    const purchase = {
      orderId: 7,
      now: T0 + S,
      customer: { email: "c@example.com" },
      payment: toPaymentDetails("CreditCard"),
    };
    const bought = purchaseCheckout(created.checkout, purchase);
    if (bought.kind !== "ok") throw new Error("purchase refused");
    expect(bought.order).toMatchObject({
      id: 7,
      status: "paid",
      externalId: "c-1",
      amountCents: 1_550,
      source: "checkout",
    });
    expect(bought.order.products.map((p) => [p.id, p.amount])).toEqual([
      [1, "10.00"],
      [2, "5.50"],
    ]);
    expect(bought.events).toEqual(["order.created", "order.payment.succeeded", "product.delivered"]);
    expect(errorOf(purchaseCheckout(bought.checkout, { ...purchase, orderId: 8 }))).toBe("PARAMETERS_INVALID");
  });
});

describe("signature", () => {
  const example = {
    event: "order.created",
    order_id: 5_555_555,
    create_date: "2021-08-13T09:16:35+03:00",
    currency: "EUR",
    payment: { payment_method: "CreditCard" },
    customer: { email: "customer@gmail.com" },
  };
  it.each([
    {
      given: "the docs' order.created example",
      body: example,
      want: "1d0e480e14922b2e330216b2d34b3b9998267067143cf9ef7caaf3637de0307f207b7c6b1cd94ece313366baa24014c488796eef3dabbe8e60e7d1e72c73918d",
    },
    {
      given: "the spec's order.payment.succeeded example",
      body: { ...example, event: "order.payment.succeeded" },
      want: "b8cd39ce6539dc1c25da3d7ea54295d8e30d17fdac14622c24c1f395247bbabf1a8ef6173318049efda201454d4388fb594698073d7f9316ee68c1abb7a9d81f",
    },
  ])("$given", ({ body, want }) => {
    expect(toWebhookSignature("secret_key", body)).toBe(want);
    expect(isValidWebhookSignature("secret_key", { ...body, signature: want })).toBe(true);
    expect(isValidWebhookSignature("other_key", { ...body, signature: want })).toBe(false);
  });

  it("joins the fields in the documented order and takes missing values as empty", () => {
    expect(toSignatureBase("k", { event: "e", order_id: 1, create_date: "d", currency: "EUR" })).toBe("k;e;1;d;;EUR;");
  });
});

describe("webhooks: toWebhookBodies", () => {
  it("sends one signed body per product line with document_part i-of-n", () => {
    const o = paidOrder({
      source: "checkout",
      customer: { email: "c@example.com" },
      products: [
        { id: 1, name: "A" },
        { id: 2, name: "B" },
      ],
    });
    const bodies = toWebhookBodies(o, "product.delivered", T0, "secret_key");
    expect(bodies.map((b) => [b.document_part, b.product?.id])).toEqual([
      ["1-of-2", 1],
      ["2-of-2", 2],
    ]);
    for (const body of bodies) expect(isValidWebhookSignature("secret_key", body)).toBe(true);
  });

  it("sends one body without product for a payment, naming the payment method even before payment", () => {
    const [body, ...rest] = toWebhookBodies(order(), "order.created", T0, "secret_key");
    expect(rest).toEqual([]);
    expect(body).toMatchObject({ document_part: "1-of-1", pay_date: "", payment: { payment_method: "CreditCard" } });
    expect(body?.product).toBeUndefined();
  });
});

describe("money and messages", () => {
  it.each([
    { given: "100.00", want: 10_000 },
    { given: "0.5", want: 50 },
    { given: "7", want: 700 },
    { given: 10.5, want: 1_050 },
    { given: 0.1, want: 10 },
    { given: 1.234, want: undefined },
    { given: "1.234", want: undefined },
  ])("toCents($given) = $want", ({ given, want }) => {
    expect(toCents(given)).toBe(want);
  });
  it.each([
    [10_000, "100.00"],
    [5, "0.05"],
    [0, "0.00"],
  ])("toDecimalString(%i) = %s", (cents, want) => {
    expect(toDecimalString(cents)).toBe(want);
  });
  it.each([
    { location: ["body"], message: "Request body must have required property 'amount'", want: "amount is required" },
    {
      location: ["body", "products", "0"],
      message: "Request body must have required property 'name'",
      want: "products.0.name is required",
    },
    {
      location: ["path", "order_id"],
      message: "Request path parameter order_id must be integer",
      want: "order_id must be integer",
    },
    {
      location: ["query", "limit"],
      message: "Request query parameter limit must be integer",
      want: "limit must be integer",
    },
  ])("toFieldMessage: $want", ({ location, message, want }) => {
    expect(toFieldMessage({ location, message, severity: "error" })).toBe(want);
  });
  it("renders a problem with details into one envelope entry per detail", () => {
    const response = renderProblem({ kind: "problem", error: "PARAMETERS_INVALID", details: ["a is required", "b."] });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [
        { error: 1005, message: "Invalid authorization data: a is required." },
        { error: 1005, message: "Invalid authorization data: b." },
      ],
    });
  });
});
