/**
 * Softline webhook `signature` check against the documented examples
 * (specs/softline-checkout.yaml, webhooks.orderEvent, secret `secret_key`).
 */
import { describe, expect, it } from "vitest";
import type { SoftlineWebhookEvent } from "../../src/types/softline-checkout.js";
import { toSoftlineSignature, verifySoftlineSignature } from "../../src/webhooks/softline-signature.js";

const SECRET = "secret_key";

const orderCreated: SoftlineWebhookEvent = {
  event: "order.created",
  event_date: "2021-08-13T09:16:35+03:00",
  order_id: 5555555,
  order_name: "SL-5555555",
  status: "not paid",
  external_id: "",
  create_date: "2021-08-13T09:16:35+03:00",
  pay_date: "",
  currency: "EUR",
  locale: "en",
  order_detail_url: "https://checkout.softline.com/order/5555555",
  document_part: "1-of-1",
  customer: { country: "DE", type: "physical", email: "customer@gmail.com", first_name: "John", last_name: "Smith" },
  payment: { payment_method: "CreditCard", payment_system_name: "Bank Card" },
  signature:
    "1d0e480e14922b2e330216b2d34b3b9998267067143cf9ef7caaf3637de0307f207b7c6b1cd94ece313366baa24014c488796eef3dabbe8e60e7d1e72c73918d",
};

const paymentSucceeded: SoftlineWebhookEvent = {
  ...orderCreated,
  event: "order.payment.succeeded",
  event_date: "2021-08-13T09:20:11+03:00",
  status: "paid",
  pay_date: "2021-08-13T09:20:11+03:00",
  signature:
    "b8cd39ce6539dc1c25da3d7ea54295d8e30d17fdac14622c24c1f395247bbabf1a8ef6173318049efda201454d4388fb594698073d7f9316ee68c1abb7a9d81f",
};

describe("verifySoftlineSignature", () => {
  it("computes the documented digest of secret;event;order_id;create_date;payment_method;currency;email", () => {
    expect(toSoftlineSignature(orderCreated, SECRET)).toBe(orderCreated.signature);
  });

  it("accepts both documented webhook examples, parsed or as the raw JSON body", () => {
    expect(verifySoftlineSignature(orderCreated, SECRET)).toBe(true);
    expect(verifySoftlineSignature(paymentSucceeded, SECRET)).toBe(true);
    expect(verifySoftlineSignature(JSON.stringify(paymentSucceeded), SECRET)).toBe(true);
  });

  it("ignores fields outside the signed list", () => {
    const renamed: SoftlineWebhookEvent = { ...orderCreated, locale: "de", order_name: "changed" };
    expect(verifySoftlineSignature(renamed, SECRET)).toBe(true);
  });

  it("rejects a changed signed field, a wrong secret and a malformed signature", () => {
    expect(verifySoftlineSignature({ ...orderCreated, currency: "USD" }, SECRET)).toBe(false);
    expect(verifySoftlineSignature({ ...orderCreated, order_id: 5555556 }, SECRET)).toBe(false);
    expect(
      verifySoftlineSignature({ ...orderCreated, customer: { ...orderCreated.customer, email: "x@y.z" } }, SECRET),
    ).toBe(false);
    expect(verifySoftlineSignature(orderCreated, "other")).toBe(false);
    expect(verifySoftlineSignature({ ...orderCreated, signature: orderCreated.signature.slice(0, 64) }, SECRET)).toBe(
      false,
    );
    expect(verifySoftlineSignature({ ...orderCreated, signature: "" }, SECRET)).toBe(false);
    expect(verifySoftlineSignature("not json", SECRET)).toBe(false);
    expect(verifySoftlineSignature(orderCreated, "")).toBe(false);
  });

  it("takes a missing value as an empty string", () => {
    const { payment: _payment, ...withoutPayment } = orderCreated;
    const signature = toSoftlineSignature(withoutPayment, SECRET);
    expect(verifySoftlineSignature({ ...withoutPayment, signature }, SECRET)).toBe(true);
    expect(toSoftlineSignature({ ...withoutPayment, payment: { payment_method: "" } }, SECRET)).toBe(signature);
  });
});
