/**
 * Named provider states for contract tests (`POST /__mock/states {"state": ..., "params": {...}}`).
 * Each sets the situation up through the same flows the API uses and returns what a test needs.
 * Optional params let a Pact consumer pin the values it recorded (`token`, `orderId`, ...).
 */
import type { MockContext, ProviderState } from "../api.js";
import { commitOrder } from "./commit.js";
import { purchaseCheckout } from "./flows/checkout.js";
import { stepOrder } from "./flows/order.js";
import { createPayment } from "./flows/payment.js";
import { requestRefund } from "./flows/refund.js";
import { toOpaqueToken } from "./flows/session.js";
import { toDecimalString } from "./money.js";
import { ERRORS, type Problem } from "./problems.js";
import { toRules } from "./rules.js";
import { TEST_CUSTOMER, toPaymentDetails } from "./seed-data.js";
import { allocateOrderId, allocateRefundId, type OrderRecord, SEED_ACCOUNT, type SoftlineState } from "./state.js";
import { toOrderName } from "./views.js";

type Params = Readonly<Record<string, unknown>>;

const fail = (p: Problem): never => {
  throw new Error([ERRORS[p.error].message, ...(p.details ?? [])].join(" "));
};

const stringParam = (params: Params, name: string): string | undefined => {
  const value = params[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value === "") throw new Error(`param "${name}" must be a non-empty string`);
  return value;
};

const idParam = (params: Params, name: string): number | undefined => {
  const value = params[name];
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`param "${name}" must be a positive whole number`);
  return n;
};

/** Registers a token (the pinned `params.token`, or a fresh one) issued `ageMs` ago to the seed merchant. */
function issueToken(state: SoftlineState, ctx: MockContext, params: Params, ageMs = 0): string {
  const token = stringParam(params, "token") ?? toOpaqueToken(ctx.ids("token"));
  const issuedAt = ctx.clock.now() - ageMs;
  state.tokens.set(token, {
    username: SEED_ACCOUNT.username,
    issuedAt,
    expiresAt: issuedAt + toRules(ctx.options).tokenTtlMs,
  });
  return token;
}

/** Creates a `not paid` payment through the create-payment flow (at the pinned `params.orderId` if given). */
function newPayment(
  state: SoftlineState,
  ctx: MockContext,
  params: Params,
  fields: { amount?: string; recurring?: boolean } = {},
): OrderRecord {
  const id = idParam(params, "orderId") ?? state.nextOrderId;
  const outcome = createPayment(
    {
      currency: stringParam(params, "currency") ?? "EUR",
      amount: fields.amount ?? stringParam(params, "amount") ?? "100.00",
      return_success_url: "https://merchant.example.com/payment/success",
      payment_method: "CreditCard",
      recurring_indicator: fields.recurring ?? false,
      payment_id: `inv-${id}`,
    },
    { id, now: ctx.clock.now() },
  );
  if (outcome.kind === "problem") return fail(outcome);
  allocateOrderId(state, id);
  commitOrder(state, ctx, outcome.order, outcome.events);
  return outcome.order;
}

/** The customer pays `order` on the hosted form with the test card. */
function payOrder(state: SoftlineState, ctx: MockContext, order: OrderRecord): OrderRecord {
  const step = stepOrder(order, {
    type: "pay",
    at: ctx.clock.now(),
    payment: toPaymentDetails(order.paymentMethod),
    customer: TEST_CUSTOMER,
  });
  if (step.kind === "problem") return fail(step);
  commitOrder(state, ctx, step.order, step.events);
  return step.order;
}

const orderValues = (order: OrderRecord) => ({
  orderId: order.id,
  orderName: toOrderName(order.id),
  paymentId: order.externalId,
  amount: toDecimalString(order.amountCents),
  currency: order.currency,
  status: order.status,
});

/** The provider states, by the names contract tests use. */
export const states: Readonly<Record<string, ProviderState<SoftlineState>>> = {
  "a merchant account": {
    description:
      "The seed API account exists (or the one given as params username/password). Returns username and password.",
    setup(state, params) {
      const username = stringParam(params, "username") ?? SEED_ACCOUNT.username;
      const password = stringParam(params, "password") ?? SEED_ACCOUNT.password;
      state.accounts.set(username, password);
      return { username, password };
    },
  },
  "a valid token": {
    description: "A token issued just now to the seed merchant (params.token pins its value). Returns token.",
    setup: (state, params, ctx) => ({ token: issueToken(state, ctx, params) }),
  },
  "an expired token": {
    description: "A token issued 24 h and 1 s ago, so it answers 1009 (params.token pins its value). Returns token.",
    setup: (state, params, ctx) => ({
      token: issueToken(state, ctx, params, toRules(ctx.options).tokenTtlMs + 1000),
    }),
  },
  "an existing order": {
    description:
      "A valid token and a new `not paid` EUR 100.00 card payment (params: orderId, amount, currency, token). Returns token, orderId, orderName, paymentId, amount, currency, status.",
    setup: (state, params, ctx) => ({
      token: issueToken(state, ctx, params),
      ...orderValues(newPayment(state, ctx, params)),
    }),
  },
  "a paid order that can be refunded": {
    description:
      "A valid token and a card payment the customer has paid, with no refund yet (params: orderId, amount, currency, token). Returns token, orderId, orderName, paymentId, amount, currency, status.",
    setup: (state, params, ctx) => ({
      token: issueToken(state, ctx, params),
      ...orderValues(payOrder(state, ctx, newPayment(state, ctx, params))),
    }),
  },
  "a refund in progress": {
    description:
      "A paid order with a refund request in status New, so another refund answers 2102 (params: orderId, token). Returns token, orderId, refundId.",
    setup(state, params, ctx) {
      const token = issueToken(state, ctx, params);
      const order = payOrder(state, ctx, newPayment(state, ctx, params));
      const outcome = requestRefund(order, {
        id: state.nextRefundId,
        email: "finance@merchant.example.com",
        description: "Full refund, customer cancelled",
        at: ctx.clock.now(),
      });
      if (outcome.kind === "problem") return fail(outcome);
      allocateRefundId(state);
      commitOrder(state, ctx, outcome.order);
      return { token, orderId: order.id, refundId: outcome.refund.id };
    },
  },
  "a paid recurring parent payment": {
    description:
      "A paid EUR 10.00 card payment with recurring_indicator true, usable as parent_order_id of auto-payments (params: orderId, currency, token). Returns token, orderId, currency.",
    setup(state, params, ctx) {
      const token = issueToken(state, ctx, params);
      const order = payOrder(state, ctx, newPayment(state, ctx, params, { amount: "10.00", recurring: true }));
      return { token, orderId: order.id, currency: order.currency };
    },
  },
  "a zero-amount parent awaiting card verification": {
    description:
      "A `not paid` zero-amount CreditCard parent payment, ready for POST /v1/payment/card/verification (params: orderId, token). Returns token, orderId.",
    setup(state, params, ctx) {
      const token = issueToken(state, ctx, params);
      const order = newPayment(state, ctx, params, { amount: "0.00", recurring: true });
      return { token, orderId: order.id };
    },
  },
  "an active subscription": {
    description:
      "Seed subscription 111111_22222 (auto-renewal of paid order 111111) is active again. Returns token, subscriptionId, parentOrderId.",
    setup(state, params, ctx) {
      const token = issueToken(state, ctx, params);
      const sub = state.subscriptions.get("111111_22222");
      if (sub === undefined) throw new Error("the seed subscription 111111_22222 is missing");
      state.subscriptions.set(sub.id, { ...sub, status: "active" });
      return { token, subscriptionId: sub.id, parentOrderId: sub.parentOrderId };
    },
  },
  "an existing product": {
    description: "Seed product 123456 (Antivirus, 1 year, 1 PC). Returns token, productId.",
    setup: (state, params, ctx) => ({ token: issueToken(state, ctx, params), productId: 123_456 }),
  },
  "the customer paid an order": {
    description:
      "Simulates the hosted form: params.orderId (a `not paid` order) is paid, or params.checkoutId (a buy link) becomes a paid order; webhooks follow. Returns token, orderId.",
    setup(state, params, ctx) {
      const token = issueToken(state, ctx, params);
      const checkoutId = stringParam(params, "checkoutId");
      if (checkoutId !== undefined) {
        const checkout = state.checkouts.get(checkoutId);
        if (checkout === undefined) throw new Error(`no buy link with checkout_id "${checkoutId}"`);
        const outcome = purchaseCheckout(checkout, {
          orderId: state.nextOrderId,
          now: ctx.clock.now(),
          customer: TEST_CUSTOMER,
          payment: toPaymentDetails("CreditCard"),
        });
        if (outcome.kind === "problem") return fail(outcome);
        allocateOrderId(state, outcome.order.id);
        state.checkouts.set(checkoutId, outcome.checkout);
        commitOrder(state, ctx, outcome.order, outcome.events);
        return { token, orderId: outcome.order.id };
      }
      const orderId = idParam(params, "orderId");
      if (orderId === undefined) throw new Error('give params.orderId (a "not paid" order) or params.checkoutId');
      const order = state.orders.get(orderId);
      if (order === undefined) throw new Error(`no order ${orderId}`);
      return { token, orderId: payOrder(state, ctx, order).id };
    },
  },
};
