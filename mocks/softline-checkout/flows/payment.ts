/**
 * Creating payments: one-time payments, auto-payments on a paid parent and card verification of a
 * zero-amount parent.
 *
 *   POST /v1/payment ───────────────► [not paid] (order.created)
 *        zero amount without recurring_indicator ─► 1005
 *   POST /v1/payment/recurring ─────► child [not paid] ──AUTO_CHARGE──► [paid] (see timeline.ts)
 *        unknown parent 2001 · parent not a paid recurring parent 2201 · other currency 2202
 *   POST /v1/payment/card/verification ─► parent [not paid] ──AUTO_CHARGE──► [paid]
 *        unknown 2001 · not a zero-amount, not paid, CreditCard recurring parent 2301
 *
 * @see https://docs.noventiq.com/en-en/payment/payment-api-create-payment
 * @see https://docs.noventiq.com/en-en/payment/payment-api-recurring
 * @see https://docs.softline.com/ru-ru/payment/payment-api-card-verification
 */
import type { components } from "../../../src/generated/softline-checkout.js";
import { toCents } from "../money.js";
import { type Problem, problem } from "../problems.js";
import type { SoftlineRules } from "../rules.js";
import { blankOrder } from "../seed-data.js";
import type { OrderRecord, WebhookEventName } from "../state.js";

type Schemas = components["schemas"];

/** A created or updated order with its webhook events, or a refusal. */
export type PaymentOutcome =
  | { readonly kind: "ok"; readonly order: OrderRecord; readonly events: readonly WebhookEventName[] }
  | Problem;

/** The id, time and owning API account (default: the seed account) a new order gets (injected by the handler). */
export interface NewOrder {
  readonly id: number;
  readonly now: number;
  readonly merchant?: string;
}

const fieldProblem = (detail: string) => problem("PARAMETERS_INVALID", { details: [detail] });

/** Creates a `not paid` payment; zero is only allowed for a recurring parent (card verification). */
export function createPayment(body: Schemas["CreatePaymentRequest"], next: NewOrder): PaymentOutcome {
  const cents = toCents(body.amount);
  const recurring = body.recurring_indicator ?? false;
  if (cents === undefined) return fieldProblem("amount must be a decimal with up to 2 places");
  if (cents === 0 && !recurring) {
    return fieldProblem("amount must be above zero (zero only for a recurring_indicator parent)");
  }
  const order: OrderRecord = {
    ...blankOrder(next.id, next.now, next.merchant),
    externalId: body.payment_id ?? "",
    currency: body.currency,
    amountCents: cents,
    recurring,
    paymentMethod: body.payment_method,
    description: body.payment_description,
  };
  return { kind: "ok", order, events: ["order.created"] };
}

/** Creates a child payment on a paid recurring parent; it is charged `autoChargeMs` later. */
export function createAutoPayment(
  parent: OrderRecord | undefined,
  body: Schemas["RecurringPaymentRequest"],
  next: NewOrder,
  rules: SoftlineRules,
): PaymentOutcome {
  const cents = toCents(body.amount);
  if (cents === undefined) return fieldProblem("amount must have at most 2 decimal places");
  if (parent === undefined) return problem("ORDER_NOT_FOUND", { status: 400 });
  if (!parent.recurring || parent.status !== "paid" || parent.parentOrderId !== null) {
    return problem("PARENT_ORDER_INVALID");
  }
  if (parent.currency !== body.currency) return problem("CURRENCY_MISMATCH");
  const order: OrderRecord = {
    ...blankOrder(next.id, next.now, next.merchant),
    source: "auto-payment",
    externalId: body.payment_id,
    currency: body.currency,
    amountCents: cents,
    parentOrderId: parent.id,
    paymentMethod: parent.paymentMethod,
    description: body.payment_description,
    customer: parent.customer,
    chargeAt: next.now + rules.autoChargeMs,
  };
  return { kind: "ok", order, events: ["order.created"] };
}

/** Why an order cannot be card-verified, or undefined when it can. */
function cardVerificationRefusal(order: OrderRecord): string | undefined {
  if (!order.recurring) return "the payment must be a parent (recurring_indicator true)";
  if (order.amountCents !== 0) return "the payment amount must be zero";
  if (order.paymentMethod !== "CreditCard") return "the payment method must be CreditCard";
  if (order.status !== "not paid") return `the payment is ${order.status}, not "not paid"`;
  if (order.chargeAt !== undefined) return "a verification is already running";
  return undefined;
}

/** Starts the card verification of a zero-amount parent; it succeeds `autoChargeMs` later. */
export function startCardVerification(
  order: OrderRecord | undefined,
  now: number,
  rules: SoftlineRules,
): PaymentOutcome {
  if (order === undefined) return problem("ORDER_NOT_FOUND", { status: 400 });
  const refusal = cardVerificationRefusal(order);
  if (refusal !== undefined) return problem("CARD_VERIFICATION_NOT_ALLOWED", { details: [refusal] });
  return { kind: "ok", order: { ...order, chargeAt: now + rules.autoChargeMs }, events: [] };
}
