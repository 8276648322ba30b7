/**
 * HTTP <-> flow translation for the scripted Softline operations, keyed by operationId. Requests have
 * passed the guard (token, content type, JSON) and spec validation, so bodies have the spec's shape.
 * `modifySubscriptionNextBillingPrice` and `modifySubscriptionNextProductName` (inferred bodies) are
 * not scripted: Prism answers them with the spec's examples.
 * @see specs/softline-checkout.yaml
 */

import type { components } from "../../src/generated/softline-checkout.js";
import { empty, type Handler, json, type MockRequest } from "../api.js";
import { commitOrder } from "./commit.js";
import { parseDate } from "./dates.js";
import { listProductIds, searchOrderIds } from "./flows/catalog.js";
import { createCheckout } from "./flows/checkout.js";
import { createAutoPayment, createPayment, startCardVerification } from "./flows/payment.js";
import { requestRefund } from "./flows/refund.js";
import { login, toOpaqueToken } from "./flows/session.js";
import { stepSubscription } from "./flows/subscription.js";
import { renderError, renderProblem } from "./problems.js";
import { toRules } from "./rules.js";
import { allocateOrderId, allocateRefundId, type SoftlineState } from "./state.js";
import { toOrderView, toPaymentResponse, toSubscriptionView } from "./views.js";
import { sendWebhooks } from "./webhooks.js";

type Schemas = components["schemas"];
type SoftlineHandler = Handler<SoftlineState>;

/** The validated JSON body (the guard and Prism have checked its shape against the spec). */
const bodyOf = <T>(req: MockRequest): T => req.body as T;

const firstQuery = (req: MockRequest, name: string): string | undefined => {
  const value = req.query[name];
  return Array.isArray(value) ? value[0] : value;
};

const loginCheck: SoftlineHandler = ({ req, state, ctx }) => {
  const body = bodyOf<Schemas["LoginRequest"]>(req);
  const now = ctx.clock.now();
  const outcome = login(
    state.accounts,
    {
      type: "login",
      username: body.username,
      password: body.password,
      token: toOpaqueToken(ctx.ids("token")),
      refreshToken: toOpaqueToken(ctx.ids("refresh-token")),
      now,
    },
    toRules(ctx.options),
  );
  if (outcome.kind === "problem") return renderProblem(outcome);
  state.tokens.set(outcome.token, outcome.record);
  return json(
    200,
    { token: outcome.token, refresh_token: outcome.refreshToken },
    { date: new Date(now).toUTCString() },
  );
};

const createPaymentHandler: SoftlineHandler = ({ req, state, ctx }) => {
  const outcome = createPayment(bodyOf<Schemas["CreatePaymentRequest"]>(req), {
    id: state.nextOrderId,
    now: ctx.clock.now(),
  });
  if (outcome.kind === "problem") return renderProblem(outcome);
  allocateOrderId(state, outcome.order.id);
  commitOrder(state, ctx, outcome.order, outcome.events);
  return json(200, toPaymentResponse(outcome.order, true));
};

const createRecurringPayment: SoftlineHandler = ({ req, state, ctx }) => {
  const body = bodyOf<Schemas["RecurringPaymentRequest"]>(req);
  const parent = state.orders.get(body.parent_order_id);
  const outcome = createAutoPayment(
    parent,
    body,
    { id: state.nextOrderId, now: ctx.clock.now() },
    toRules(ctx.options),
  );
  if (outcome.kind === "problem") return renderProblem(outcome);
  allocateOrderId(state, outcome.order.id);
  commitOrder(state, ctx, outcome.order, outcome.events);
  return json(200, toPaymentResponse(outcome.order, false));
};

const verifyCard: SoftlineHandler = ({ req, state, ctx }) => {
  const body = bodyOf<Schemas["CardVerificationRequest"]>(req);
  const outcome = startCardVerification(state.orders.get(body.order_id), ctx.clock.now(), toRules(ctx.options));
  if (outcome.kind === "problem") return renderProblem(outcome);
  commitOrder(state, ctx, outcome.order, outcome.events);
  return json(200, toPaymentResponse(outcome.order, true));
};

const getOrder: SoftlineHandler = ({ params, state }) => {
  const order = state.orders.get(Number(params.order_id));
  return order === undefined ? renderError("ORDER_NOT_FOUND") : json(200, toOrderView(order));
};

const searchOrders: SoftlineHandler = ({ req, state }) =>
  json(200, { ids: searchOrderIds(state.orders.values(), bodyOf<Schemas["OrderSearchRequest"]>(req)) });

const createRefund: SoftlineHandler = ({ req, params, state, ctx }) => {
  const order = state.orders.get(Number(params.order_id));
  if (order === undefined) return renderError("ORDER_NOT_FOUND");
  const body = bodyOf<Schemas["CreateRefundRequest"]>(req);
  const outcome = requestRefund(order, {
    id: state.nextRefundId,
    email: body.email,
    description: body.description,
    at: ctx.clock.now(),
  });
  if (outcome.kind === "problem") return renderProblem(outcome);
  allocateRefundId(state);
  commitOrder(state, ctx, outcome.order);
  return empty(200);
};

const generateBuyLink: SoftlineHandler = ({ req, state, ctx }) => {
  const outcome = createCheckout(bodyOf<Schemas["GenerateBuyLinkRequest"]>(req), {
    id: ctx.ids("checkout"),
    now: ctx.clock.now(),
  });
  if (outcome.kind === "problem") return renderProblem(outcome);
  state.checkouts.set(outcome.checkout.id, outcome.checkout);
  const link: Schemas["BuyLink"] = {
    buy_link: `https://checkout.softline.com/buy/${encodeURIComponent(outcome.checkout.id)}`,
    checkout_id: outcome.checkout.id,
  };
  return json(200, link);
};

const getSubscription: SoftlineHandler = ({ params, state }) => {
  const sub = state.subscriptions.get(params.subscription_id ?? "");
  return sub === undefined
    ? renderError("SUBSCRIPTION_NOT_FOUND")
    : json(200, toSubscriptionView(sub, state.orders.get(sub.parentOrderId)));
};

/** Shared by the scripted `modify_*` calls: unknown id in the body is 400/2002, then the flow step. */
const modifySubscription =
  (toEvent: (req: MockRequest) => Parameters<typeof stepSubscription>[1]): SoftlineHandler =>
  ({ req, state, ctx }) => {
    const { id } = bodyOf<{ id: string }>(req);
    const sub = state.subscriptions.get(id);
    if (sub === undefined) return renderError("SUBSCRIPTION_NOT_FOUND", { status: 400 });
    const step = stepSubscription(sub, toEvent(req), ctx.clock.now());
    if (step.kind === "problem") return renderProblem(step);
    state.subscriptions.set(id, step.subscription);
    const parent = state.orders.get(sub.parentOrderId);
    if (parent !== undefined) sendWebhooks(ctx, parent, step.events, toRules(ctx.options).webhookSecret);
    return json(200, toSubscriptionView(step.subscription, parent));
  };

const modifySubscriptionActivity = modifySubscription((req) => ({
  type: "set-activity",
  activity: bodyOf<Schemas["ModifyActivityRequest"]>(req).activity,
}));

const modifySubscriptionExpirationDate = modifySubscription((req) => ({
  type: "set-expiration",
  at: parseDate(bodyOf<Schemas["ModifyExpirationDateRequest"]>(req).expiration_date) ?? 0,
}));

const listProducts: SoftlineHandler = ({ req, state }) => {
  const limit = firstQuery(req, "limit");
  const ids = listProductIds(state.products.values(), {
    limit: limit === undefined ? undefined : Number(limit),
    offset: Number(firstQuery(req, "offset") ?? 0),
    search: firstQuery(req, "search_string"),
    excludeArRenewals: firstQuery(req, "exclude_renew_ar_products") === "1",
  });
  return json(200, { ids });
};

const getProduct: SoftlineHandler = ({ params, state }) => {
  const found = state.products.get(Number(params.product_id));
  return found === undefined ? renderError("PRODUCT_NOT_FOUND") : json(200, found.product);
};

/** Scripted operations by operationId. */
export const handlers: Readonly<Record<string, SoftlineHandler>> = {
  loginCheck,
  createPayment: createPaymentHandler,
  createRecurringPayment,
  verifyCard,
  getOrder,
  searchOrders,
  createRefund,
  generateBuyLink,
  getSubscription,
  modifySubscriptionActivity,
  modifySubscriptionExpirationDate,
  listProducts,
  getProduct,
};
