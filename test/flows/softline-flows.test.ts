/**
 * Softline flows, the behaviours Stryker found unpinned by test/mocks/softline-checkout.flows.test.ts:
 * catalogue order and paging, inclusive date bounds on both ends, the exact details of every 1005 /
 * 2301 refusal, order lines of a buy link, token header parsing, refunds of several requests, and the
 * timeline's status rules. Pure: no server.
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
import { checkToken, toOpaqueToken } from "../../mocks/softline-checkout/flows/session.js";
import { stepSubscription } from "../../mocks/softline-checkout/flows/subscription.js";
import { advanceOrder, dueAt } from "../../mocks/softline-checkout/flows/timeline.js";
import { problem } from "../../mocks/softline-checkout/problems.js";
import { blankOrder, SEED_MERCHANT, toPaymentDetails } from "../../mocks/softline-checkout/seed-data.js";
import type { OrderRecord, ProductRecord, RefundRecord, TokenRecord } from "../../mocks/softline-checkout/state.js";

import { DAY, rules, S, T0 } from "./support/softline.js";

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

describe("catalog: product ids", () => {
  const product = (id: number, fields: Partial<ProductRecord["product"]> = {}): ProductRecord => ({
    product: { id, name: `Product ${id}`, ...fields },
    arRenewal: false,
  });
  // Stored out of id order: the answer is sorted ascending, whatever the store's order.
  const products = [product(30), product(10), product(40), product(20)];
  const query = { limit: undefined, offset: 0, search: undefined, excludeArRenewals: false };

  it.each([
    { given: "no paging", when: {}, want: [10, 20, 30, 40] },
    { given: "offset 2, limit 1", when: { offset: 2, limit: 1 }, want: [30] },
    { given: "offset 1, limit 2", when: { offset: 1, limit: 2 }, want: [20, 30] },
    { given: "limit past the end", when: { offset: 3, limit: 5 }, want: [40] },
  ])("$given -> $want", ({ when, want }) => {
    expect(listProductIds(products, { ...query, ...when })).toEqual(want);
  });

  it("searches the family name, and a missing family, description, variant, sku or vendor code adds no text", () => {
    const family = product(1, { name: "Total Protection", family_name: "Kaspersky" });
    const bare = product(2, { name: "Total Protection" });
    const blankVariant = product(3, { name: "Total Protection", variants: [{}] });
    const all = [family, bare, blankVariant];
    expect(listProductIds(all, { ...query, search: "kaspersky" })).toEqual([1]);
    expect(listProductIds(all, { ...query, search: "protection" })).toEqual([1, 2, 3]);
    // "here" is in no field of any of them.
    expect(listProductIds(all, { ...query, search: "here" })).toEqual([]);
  });
});

describe("catalog: order search", () => {
  // Stored out of id order; created on days 1, 2, 3, paid (when paid) on days 1 and 3.
  const orders = [
    paidOrder({ id: 3, createdAt: T0 + 3 * DAY, paidAt: T0 + 3 * DAY }),
    paidOrder({ id: 1, createdAt: T0 + DAY, paidAt: T0 + DAY }),
    order({ id: 2, createdAt: T0 + 2 * DAY }),
  ];
  const date = toSoftlineDate;
  it.each([
    { given: "no filter (ascending ids)", when: {}, want: [1, 2, 3] },
    { given: "create_date_from excludes earlier orders", when: { create_date_from: date(T0 + 2 * DAY) }, want: [2, 3] },
    { given: "create_date_from a second later", when: { create_date_from: date(T0 + 2 * DAY + S) }, want: [3] },
    { given: "create_date_to (inclusive)", when: { create_date_to: date(T0 + 2 * DAY) }, want: [1, 2] },
    { given: "create_date_to a second earlier", when: { create_date_to: date(T0 + 2 * DAY - S) }, want: [1] },
    { given: "pay_date_from", when: { pay_date_from: date(T0 + 2 * DAY) }, want: [3] },
    { given: "pay_date_to (unpaid left out)", when: { pay_date_to: date(T0 + 3 * DAY) }, want: [1, 3] },
    {
      given: "both bounds",
      when: { create_date_from: date(T0 + DAY), create_date_to: date(T0 + 2 * DAY) },
      want: [1, 2],
    },
  ])("$given -> $want", ({ when, want }) => {
    expect(searchOrderIds(orders, when)).toEqual(want);
  });

  it("compares to the second: a creation 999 ms into a second is within a bound at that second", () => {
    const late = order({ id: 9, createdAt: T0 + DAY + 999 });
    expect(searchOrderIds([late], { create_date_to: date(T0 + DAY) })).toEqual([9]);
  });
});

describe("checkout: buy links and their orders", () => {
  it("names the duplicate product id", () => {
    const outcome = createCheckout(
      {
        currency: "EUR",
        products: [
          { id: 7, name: "A", price: "1.00" },
          { id: 7, name: "A", price: "1.00" },
        ],
      },
      { id: "c-1", now: T0 },
    );
    expect(outcome).toEqual(problem("PARAMETERS_INVALID", { details: ["products id 7 is used twice"] }));
  });

  it.each([
    { given: "the account that generated it", merchant: "merchant2", want: "merchant2" },
    { given: "no account (the seed account)", merchant: undefined, want: SEED_MERCHANT },
  ])("belongs to $given", ({ merchant, want }) => {
    const outcome = createCheckout(
      { currency: "EUR", products: [{ id: 1, name: "A", price: "1.00" }] },
      { id: "c-1", now: T0, ...(merchant === undefined ? {} : { merchant }) },
    );
    expect(outcome.kind === "ok" && outcome.checkout.merchant).toBe(want);
  });

  const link = {
    id: "c-1",
    merchant: SEED_MERCHANT,
    currency: "EUR",
    createdAt: T0,
    orderId: undefined,
    products: [
      { id: 1, name: "A", price: "10.00", sku: "A-1", vendor_code: "V-A" },
      { id: 2, name: "B", price: "5.50" },
    ],
  };
  const purchase = { orderId: 7, now: T0 + S, customer: { email: "c@example.com" } };

  it("turns each product into a full order line (b2c, quantity 1, no discount, VAT or margin)", () => {
    const bought = purchaseCheckout(link, { ...purchase, payment: toPaymentDetails("CreditCard") });
    const defaults = {
      business_segment: "b2c",
      quantity: 1,
      discount_percent: "0",
      discount_amount: "0.00",
      vat_amount: "0.00",
      margin: "0.00",
    };
    // toStrictEqual: a line without sku or vendor_code in the link has no such key at all.
    expect(bought.kind === "ok" && bought.order.products).toStrictEqual([
      { id: 1, vendor_code: "V-A", sku: "A-1", name: "A", price: "10.00", amount: "10.00", ...defaults },
      { id: 2, name: "B", price: "5.50", amount: "5.50", ...defaults },
    ]);
  });

  it.each([
    { given: "the card's payment method", payment: toPaymentDetails("Qiwi"), want: "Qiwi" },
    { given: "no payment method (CreditCard)", payment: { card_last_4: "4242" }, want: "CreditCard" },
  ])("takes $given", ({ payment, want }) => {
    const bought = purchaseCheckout(link, { ...purchase, payment });
    expect(bought.kind === "ok" && bought.order.paymentMethod).toBe(want);
  });

  it("names the order that already used the link", () => {
    const outcome = purchaseCheckout({ ...link, orderId: 5_556_001 }, { ...purchase, payment: {} });
    expect(outcome).toEqual(
      problem("PARAMETERS_INVALID", { details: ["buy link c-1 was already used by order 5556001"] }),
    );
  });
});

describe("payment: the refusals name the field", () => {
  const body = { currency: "EUR", return_success_url: "https://m.example/ok", payment_method: "CreditCard" };
  const next = { id: 5_556_000, now: T0 };
  it.each([
    {
      given: "more than 2 decimal places",
      when: { amount: "1.234" },
      want: "amount must be a decimal with up to 2 places",
    },
    {
      given: "zero without recurring_indicator",
      when: { amount: "0.00" },
      want: "amount must be above zero (zero only for a recurring_indicator parent)",
    },
  ])("createPayment: $given", ({ when, want }) => {
    expect(createPayment({ ...body, ...when }, next)).toEqual(problem("PARAMETERS_INVALID", { details: [want] }));
  });

  it.each([
    { given: "with a payment_id", when: { payment_id: "inv-9" }, want: { externalId: "inv-9", recurring: false } },
    { given: "without one", when: {}, want: { externalId: "", recurring: false } },
  ])("createPayment $given keeps the external id", ({ when, want }) => {
    const outcome = createPayment({ ...body, amount: "5.00", ...when }, next);
    expect(outcome.kind === "ok" && outcome.order).toMatchObject(want);
  });

  const parent = paidOrder({ id: 5_555_600, recurring: true });
  const autoBody = { parent_order_id: 5_555_600, payment_id: "sub-42-09", currency: "EUR", amount: 10.5 };
  it("createAutoPayment: more than 2 decimal places", () => {
    expect(createAutoPayment(parent, { ...autoBody, amount: 1.234 }, next, rules)).toEqual(
      problem("PARAMETERS_INVALID", { details: ["amount must have at most 2 decimal places"] }),
    );
  });

  it("createAutoPayment: an auto-payment order announced with order.created", () => {
    const outcome = createAutoPayment(parent, autoBody, next, rules);
    expect(outcome.kind === "ok" && { source: outcome.order.source, events: outcome.events }).toEqual({
      source: "auto-payment",
      events: ["order.created"],
    });
  });

  const zeroParent = order({ recurring: true, amountCents: 0 });
  it.each([
    { o: { ...zeroParent, recurring: false }, want: "the payment must be a parent (recurring_indicator true)" },
    { o: { ...zeroParent, amountCents: 1 }, want: "the payment amount must be zero" },
    { o: { ...zeroParent, paymentMethod: "Qiwi" }, want: "the payment method must be CreditCard" },
    { o: { ...zeroParent, status: "paid" as const }, want: 'the payment is paid, not "not paid"' },
    { o: { ...zeroParent, chargeAt: T0 }, want: "a verification is already running" },
  ])("startCardVerification: $want", ({ o, want }) => {
    expect(startCardVerification(o, T0, rules)).toEqual(problem("CARD_VERIFICATION_NOT_ALLOWED", { details: [want] }));
  });

  it("startCardVerification: an unknown order sent in the body answers 400, a started one sends no webhook", () => {
    expect(startCardVerification(undefined, T0, rules)).toEqual(problem("ORDER_NOT_FOUND", { status: 400 }));
    const started = startCardVerification(zeroParent, T0, rules);
    expect(started.kind === "ok" && started.events).toEqual([]);
  });
});

describe("order and subscription refusals", () => {
  it("names the order and its status when a paid order is paid again", () => {
    const step = stepOrder(paidOrder({ id: 42 }), { type: "pay", at: T0, payment: {}, customer: undefined });
    expect(step).toEqual(problem("PARAMETERS_INVALID", { details: ['order 42 is paid, not "not paid"'] }));
  });

  it.each([
    { given: "not paid", o: order() },
    { given: "deleted", o: order({ status: "deleted" }) },
  ])("a completed refund leaves a $given order alone", ({ o }) => {
    expect(stepOrder(o, { type: "refund-completed", at: T0 })).toEqual({ kind: "ok", order: o, events: [] });
  });

  it("says why an expiration date is refused", () => {
    const sub = { id: "1_1", type: "AR" as const, status: "active" as const, parentOrderId: 1, expiresAt: T0 + DAY };
    expect(stepSubscription(sub, { type: "set-expiration", at: T0 - S }, T0)).toEqual(
      problem("EXPIRATION_DATE_INVALID", { details: ["expiration_date must be in the future"] }),
    );
  });
});

describe("session: token header", () => {
  const tokens = new Map<string, TokenRecord>([["good", { username: "merchant", issuedAt: T0, expiresAt: T0 + DAY }]]);
  const check = (jwt: string | undefined, authorization?: string) =>
    checkToken(tokens, { authorizationJwt: jwt, authorization }, T0);

  it.each([
    { given: "a word ending in bearer", jwt: "notbearer", want: "TOKEN_INVALID" },
    { given: "text before Bearer", jwt: "xBearer good", want: "TOKEN_INVALID" },
    { given: "text after the token", jwt: "Bearer good extra", want: "TOKEN_INVALID" },
    { given: "several spaces after Bearer", jwt: "Bearer   good", want: "valid" },
    { given: "a tab after Bearer", jwt: "Bearer\tgood", want: "valid" },
  ])("$given -> $want", ({ jwt, want }) => {
    const outcome = check(jwt);
    expect(outcome.kind === "valid" ? "valid" : outcome.kind === "problem" && outcome.error).toBe(want);
  });

  it("answers a bare 1008 when no header was sent at all", () => {
    expect(check(undefined)).toEqual(problem("TOKEN_MISSING"));
  });

  it("makes opaque tokens from ids by dropping the dashes", () => {
    expect(toOpaqueToken("3f2a-9c41-77d0")).toBe("3f2a9c4177d0");
  });
});

describe("timeline: status rules", () => {
  const charged = () => toPaymentDetails("CreditCard");

  it("does not charge a paid order that still carries a charge time", () => {
    const o = paidOrder({ chargeAt: T0 });
    expect(advanceOrder(o, T0 + S, rules, charged)).toEqual({ order: o, events: [] });
  });

  it("leaves a paid order older than the unpaid lifetime alone", () => {
    const o = paidOrder();
    expect(advanceOrder(o, T0 + 100 * DAY, rules, charged)).toEqual({ order: o, events: [] });
  });

  it("steps a due refund exactly at its due time", () => {
    const advanced = advanceOrder(paidOrder({ refunds: [refund()] }), T0 + 60 * S, rules, charged);
    expect(advanced.order.refunds.map((r) => r.status)).toEqual(["Processing"]);
  });

  it("steps every due refund, also next to a closed one, and deletes the order once one completes", () => {
    const o = paidOrder({ refunds: [refund({ id: 1, status: "Rejected" }), refund({ id: 2 })] });
    const advanced = advanceOrder(o, T0 + 120 * S, rules, charged);
    expect(advanced.order.refunds.map((r) => [r.id, r.status])).toEqual([
      [1, "Rejected"],
      [2, "Completed"],
    ]);
    expect({ status: advanced.order.status, events: advanced.events }).toEqual({
      status: "deleted",
      events: ["product.returned"],
    });
  });

  it.each([
    { given: "a paid order with a leftover charge time", o: paidOrder({ chargeAt: T0 }), want: Infinity },
    { given: "a deleted order", o: order({ status: "deleted", chargeAt: T0 }), want: Infinity },
    { given: "an unpaid order charged before its lifetime ends", o: order({ chargeAt: T0 + S }), want: T0 + S },
  ])("dueAt: $given", ({ o, want }) => {
    expect(dueAt(o, rules)).toBe(want);
  });
});
