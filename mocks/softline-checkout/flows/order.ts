/**
 * The life of one order (a payment is an order too).
 *
 *             pay (hosted form, auto-charge, card verification)
 *   create ─► [not paid] ──────────────────────────────────────► [paid] ──refund completed──► [deleted]
 *                 │ unpaid for 90 days                              (full refund: product.returned)
 *                 └──────────────────────────────────────────────► [deleted]
 *
 * @see https://docs.noventiq.com/en-en/payment/payment-api-create-payment
 * @see https://docs.softline.com/en-en/checkout/webhooks-events
 */
import { type Problem, problem } from "../problems.js";
import type { Customer, OrderRecord, PaymentDetails, WebhookEventName } from "../state.js";

/** What can happen to an order. */
export type OrderEvent =
  | {
      readonly type: "pay";
      readonly at: number;
      readonly payment: PaymentDetails;
      /** Kept when the order already has one (e.g. an auto-payment inherits the parent's). */
      readonly customer: Customer | undefined;
    }
  | { readonly type: "expire"; readonly at: number }
  | { readonly type: "refund-completed"; readonly at: number };

/** The next order with its webhook events, or a refusal. */
export type OrderStep =
  | { readonly kind: "ok"; readonly order: OrderRecord; readonly events: readonly WebhookEventName[] }
  | Problem;

const ok = (order: OrderRecord, events: readonly WebhookEventName[] = []): OrderStep => ({ kind: "ok", order, events });

/** Moves an order by one event; webhook events to send come back with it. */
export function stepOrder(order: OrderRecord, event: OrderEvent): OrderStep {
  switch (event.type) {
    case "pay": {
      if (order.status !== "not paid") {
        return problem("PARAMETERS_INVALID", { details: [`order ${order.id} is ${order.status}, not "not paid"`] });
      }
      const paid: OrderRecord = {
        ...order,
        status: "paid",
        paidAt: event.at,
        chargeAt: undefined,
        payment: event.payment,
        customer: order.customer ?? event.customer,
      };
      const delivered: WebhookEventName[] = order.products.length > 0 ? ["product.delivered"] : [];
      return ok(paid, ["order.payment.succeeded", ...delivered]);
    }
    case "expire":
      return order.status === "not paid" ? ok({ ...order, status: "deleted", chargeAt: undefined }) : ok(order);
    case "refund-completed":
      return order.status === "paid" ? ok({ ...order, status: "deleted" }, ["product.returned"]) : ok(order);
  }
}
