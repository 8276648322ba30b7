/**
 * A sell request: the user sends crypto to the deposit address and the proceeds are credited to
 * the card. The mock moves it one step every `sellRequestStepSeconds` of mock time (on tick).
 *
 *   crypto-topup / open-off-ramp
 *              |
 *              v
 *           [new] --step--> [pending] --step--> [succeeded]   card credited
 *                                          \--> [failed]      merchant_transaction_id starts with "fail"
 *
 * Every status change is reported so the caller can send a signed callback. While a request is
 * new or pending, the user cannot start another one (403007).
 *
 * @see specs/mercuryo-spend.yaml (operation getSellRequestStatus, webhook sellRequestStatus)
 */
import type { Price } from "../pricing.js";
import { type Problem, toProblem } from "./problem.js";

/** The Widget sell vocabulary the spec uses for sell requests. */
export type SellRequestStatus = "new" | "pending" | "succeeded" | "failed";

/** One crypto sale whose proceeds go to the card. */
export interface SellRequest {
  readonly id: string;
  readonly userId: string;
  readonly cardId: string;
  readonly merchantTransactionId: string;
  readonly depositAddress: string;
  /** Where the crypto goes back if the sale fails. */
  readonly refundAddress: string;
  readonly price: Price;
  readonly status: SellRequestStatus;
  /** How the request ends once the deposit is processed. */
  readonly outcome: "succeeded" | "failed";
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** How fast the mock moves sell requests (mock seconds per step). */
export interface SellRequestRules {
  readonly stepSeconds: number;
}

/** One status change, at the mock time it happened. */
export interface SellRequestChange {
  readonly status: SellRequestStatus;
  readonly at: number;
}

/** Requests whose partner id starts with this prefix fail (to script the failure path). */
export const FAILING_PREFIX = "fail";

/** A new sell request, waiting for the deposit. */
export const createSellRequest = (
  input: Omit<SellRequest, "status" | "outcome" | "createdAt" | "updatedAt">,
  now: number,
): SellRequest => ({
  ...input,
  status: "new",
  outcome: input.merchantTransactionId.startsWith(FAILING_PREFIX) ? "failed" : "succeeded",
  createdAt: now,
  updatedAt: now,
});

/** True while the request still moves (another top-up now answers 403007). */
export const isInProgress = (request: SellRequest): boolean => request.status === "new" || request.status === "pending";

/** 403007 while another of the user's sell requests is in progress (one operation at a time). */
export function checkNoOperationInProgress(requests: Iterable<SellRequest>, userId: string): Problem | undefined {
  for (const request of requests) {
    if (request.userId === userId && isInProgress(request)) return toProblem("ANOTHER_ACTIVE_TRANSACTION");
  }
  return undefined;
}

const successor = (request: SellRequest): SellRequestStatus | undefined =>
  request.status === "new" ? "pending" : request.status === "pending" ? request.outcome : undefined;

/** Moves the request to `now`, one step per `stepSeconds`, and lists every change on the way. */
export function stepSellRequest(
  request: SellRequest,
  event: { readonly type: "tick"; readonly now: number },
  rules: SellRequestRules,
): { readonly next: SellRequest; readonly changes: readonly SellRequestChange[] } {
  const stepMs = Math.max(0, rules.stepSeconds) * 1000;
  const changes: SellRequestChange[] = [];
  let next = request;
  for (let status = successor(next); status !== undefined; status = successor(next)) {
    const at = next.updatedAt + stepMs;
    if (at > event.now) break;
    next = { ...next, status, updatedAt: at };
    changes.push({ status, at });
  }
  return { next, changes };
}
