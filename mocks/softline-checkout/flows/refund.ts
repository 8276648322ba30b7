/**
 * Refund requests of one order. Softline processes them by hand; the mock walks them forward in time.
 *
 *   request ─► [New] ──step──► [Processing] ──step──► [Completed] ─► order [deleted] (full refund)
 *   refused: order not paid (2101) · a request is New/Processing (2102) · order amount zero (2103)
 *
 * @see https://docs.noventiq.com/en-en/payment/orders-api-create-refund-request
 */
import { type Problem, problem } from "../problems.js";
import type { SoftlineRules } from "../rules.js";
import type { OrderRecord, RefundRecord } from "../state.js";

/** A refund request with the id and time the handler assigned. */
export interface RefundRequest {
  readonly id: number;
  readonly email: string;
  readonly description: string | undefined;
  readonly at: number;
}

/** The order with the new refund, or 2101/2102/2103. */
export type RefundOutcome =
  | { readonly kind: "ok"; readonly order: OrderRecord; readonly refund: RefundRecord }
  | Problem;

const isOpen = (refund: RefundRecord) => refund.status === "New" || refund.status === "Processing";

/** Files a refund request, checking the documented preconditions in order. */
export function requestRefund(order: OrderRecord, request: RefundRequest): RefundOutcome {
  if (order.status !== "paid") return problem("REFUND_ORDER_NOT_PAID");
  if (order.refunds.some(isOpen)) return problem("REFUND_IN_PROGRESS");
  if (order.amountCents <= 0) return problem("REFUND_NOTHING_TO_REFUND");
  const refund: RefundRecord = {
    id: request.id,
    status: "New",
    email: request.email,
    description: request.description,
    createdAt: request.at,
    changedAt: request.at,
  };
  return { kind: "ok", order: { ...order, refunds: [...order.refunds, refund] }, refund };
}

/** When an open refund takes its next step (Infinity once it is closed). */
export const refundDueAt = (refund: RefundRecord, rules: SoftlineRules): number =>
  isOpen(refund) ? refund.changedAt + rules.refundStepMs : Number.POSITIVE_INFINITY;

/** Moves a refund forward as far as `now` allows. */
export function advanceRefund(refund: RefundRecord, now: number, rules: SoftlineRules): RefundRecord {
  let current = refund;
  while (refundDueAt(current, rules) <= now) {
    const at = refundDueAt(current, rules);
    current = { ...current, status: current.status === "New" ? "Processing" : "Completed", changedAt: at };
  }
  return current;
}
