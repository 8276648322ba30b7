/**
 * Stored records -> the spec's response bodies (orders, payments, subscriptions, products).
 * @see specs/softline-checkout.yaml (components.schemas)
 */
import type { components } from "../../src/generated/softline-checkout.js";
import { toSoftlineDate } from "./dates.js";
import { toDecimalString } from "./money.js";
import type { OrderRecord, RefundRecord, SubscriptionRecord } from "./state.js";

type Schemas = components["schemas"];

/** `SL-5555555`: the order name is the id with the brand prefix. */
export const toOrderName = (id: number): string => `SL-${id}`;

/** The hosted payment form of an order (the form itself is not mocked). */
export const toPaymentUrl = (id: number): string => `https://pay.ecommerce.softline.com/form/${id}`;

const toRefundView = (r: RefundRecord): Schemas["Refund"] => ({
  id: r.id,
  status: r.status,
  email: r.email,
  ...(r.description === undefined ? {} : { description: r.description }),
  create_date: toSoftlineDate(r.createdAt),
});

/** `GET /v1/order/{order_id}`. */
export const toOrderView = (o: OrderRecord): Schemas["Order"] => ({
  order_id: o.id,
  order_name: toOrderName(o.id),
  status: o.status,
  external_id: o.externalId,
  create_date: toSoftlineDate(o.createdAt),
  pay_date: o.paidAt === undefined ? "" : toSoftlineDate(o.paidAt),
  currency: o.currency,
  amount: toDecimalString(o.amountCents),
  recurring_indicator: o.recurring,
  parent_order_id: o.parentOrderId,
  ...(o.customer === undefined ? {} : { customer: o.customer }),
  ...(o.payment === undefined ? {} : { payment: o.payment }),
  ...(o.source === "checkout" ? { products: [...o.products] } : {}),
  refunds: o.refunds.map(toRefundView),
});

/** The answer of create-payment, auto-payment and card verification. */
export const toPaymentResponse = (o: OrderRecord, withFormLink: boolean): Schemas["PaymentResponse"] => ({
  order_id: o.id,
  order_name: toOrderName(o.id),
  status: o.status,
  ...(withFormLink ? { payment_url: toPaymentUrl(o.id) } : {}),
});

/** `GET /v1/subscription/{id}`; the initial order's date comes from the parent order when known. */
export const toSubscriptionView = (
  s: SubscriptionRecord,
  parent: OrderRecord | undefined,
): Schemas["Subscription"] => ({
  id: s.id,
  type: s.type,
  status: s.status,
  initial_order: {
    order_id: s.parentOrderId,
    ...(parent === undefined ? {} : { create_date: toSoftlineDate(parent.createdAt) }),
  },
  url: `https://checkout.softline.com/subscription/${s.id}`,
  expiration_date: toSoftlineDate(s.expiresAt),
});
