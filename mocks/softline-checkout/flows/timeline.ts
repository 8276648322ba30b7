/**
 * Time-driven steps of one order, run by the mock's `tick` before each request and after the clock moves.
 *
 *   [not paid] + chargeAt reached ────────► [paid]      auto-payment / card verification charged
 *   [not paid] + 90 days since creation ──► [deleted]   never paid
 *   refund [New] ─step─► [Processing] ─step─► [Completed] ─► order [deleted]
 *
 * @see https://docs.noventiq.com/en-en/payment/payment-api-recurring
 * @see https://docs.softline.com/ru-ru/payment/payment-api-card-verification
 */
import type { SoftlineRules } from "../rules.js";
import type { OrderRecord, PaymentDetails, WebhookEventName } from "../state.js";
import { stepOrder } from "./order.js";
import { advanceRefund, refundDueAt } from "./refund.js";

/** The next time this order has something to do (Infinity when nothing is pending). */
export function dueAt(order: OrderRecord, rules: SoftlineRules): number {
  const times = order.refunds.map((r) => refundDueAt(r, rules));
  if (order.status === "not paid") {
    times.push(order.createdAt + rules.unpaidLifetimeMs, order.chargeAt ?? Number.POSITIVE_INFINITY);
  }
  return Math.min(Number.POSITIVE_INFINITY, ...times);
}

/** An order after its due steps, with the webhook events they produced. */
export interface Advanced {
  readonly order: OrderRecord;
  readonly events: readonly WebhookEventName[];
}

/**
 * Applies every step due by `now`. `chargedWith` gives the payment details of an automatic charge
 * (the parent's card for auto-payments, the verified card for card verification).
 */
export function advanceOrder(
  order: OrderRecord,
  now: number,
  rules: SoftlineRules,
  chargedWith: (order: OrderRecord) => PaymentDetails,
): Advanced {
  let current = order;
  const events: WebhookEventName[] = [];
  const apply = (step: ReturnType<typeof stepOrder>) => {
    if (step.kind !== "ok") return;
    current = step.order;
    events.push(...step.events);
  };
  // stepOrder alone decides which status a step applies to (only a [not paid] order is charged or
  // expires, only a [paid] one is deleted by a refund); here is only when each step is due.
  const chargeAt = current.chargeAt ?? Number.POSITIVE_INFINITY;
  if (chargeAt <= now) {
    apply(stepOrder(current, { type: "pay", at: chargeAt, payment: chargedWith(current), customer: undefined }));
  }
  if (current.createdAt + rules.unpaidLifetimeMs <= now) apply(stepOrder(current, { type: "expire", at: now }));
  // advanceRefund leaves a refund that is not due as it is.
  const refunds = current.refunds.map((r) => advanceRefund(r, now, rules));
  current = { ...current, refunds };
  if (refunds.some((r) => r.status === "Completed")) apply(stepOrder(current, { type: "refund-completed", at: now }));
  return { order: current, events };
}
