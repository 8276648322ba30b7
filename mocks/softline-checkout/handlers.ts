/**
 * HTTP <-> flow translation for the scripted Softline operations, keyed by operationId. Requests have
 * passed the guard (token, content type, JSON) and spec validation, so bodies have the spec's shape.
 * `modifySubscriptionNextBillingPrice` and `modifySubscriptionNextProductName` (inferred bodies) are
 * not scripted: Prism answers them with the spec's examples.
 * @see specs/softline-checkout.yaml
 */

import type { components } from "../../src/generated/softline-checkout.js";
import { type Call, empty, type Handler, header, json, type MockRequest } from "../api.js";
import { capMap } from "../engine/capped-map.js";
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
import {
  allocateOrderId,
  allocateRefundId,
  type OrderRecord,
  type SoftlineState,
  type SubscriptionRecord,
} from "./state.js";
import { toOrderView, toPaymentResponse, toSubscriptionView } from "./views.js";
import { sendWebhooks } from "./webhooks.js";

type Schemas = components["schemas"];
type SoftlineHandler = Handler<SoftlineState>;

/** The most tokens kept at once. */
const MAX_TOKENS = 5_000;

/** The validated JSON body (the guard and Prism have checked its shape against the spec). */
const bodyOf = <T>(req: MockRequest): T => req.body as T;

/** The API account whose token made this call (the guard has checked the token). */
const merchantOf = ({ req, state }: Call<SoftlineState>): string => {
  const token = /^bearer\s+(\S+)$/i.exec(header(req, "AuthorizationJWT")?.trim() ?? "")?.[1];
  return (token === undefined ? undefined : state.tokens.get(token)?.username) ?? "";
};

/** The order when it belongs to the caller's account; another account's order counts as unknown. */
const ownOrder = (call: Call<SoftlineState>, id: number): OrderRecord | undefined => {
  const order = call.state.orders.get(id);
  return order?.merchant === merchantOf(call) ? order : undefined;
};

/** The subscription when its parent order belongs to the caller's account. */
const ownSubscription = (call: Call<SoftlineState>, id: string): SubscriptionRecord | undefined => {
  const sub = call.state.subscriptions.get(id);
  return sub !== undefined && ownOrder(call, sub.parentOrderId) !== undefined ? sub : undefined;
};

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
  // Bound (choice): the oldest tokens go first (they answer 1007 "Token is invalid").
  capMap(state.tokens, MAX_TOKENS);
  return json(
    200,
    { token: outcome.token, refresh_token: outcome.refreshToken },
    { date: new Date(now).toUTCString() },
  );
};

const createPaymentHandler: SoftlineHandler = (call) => {
  const { req, state, ctx } = call;
  const outcome = createPayment(bodyOf<Schemas["CreatePaymentRequest"]>(req), {
    id: state.nextOrderId,
    now: ctx.clock.now(),
    merchant: merchantOf(call),
  });
  if (outcome.kind === "problem") return renderProblem(outcome);
  allocateOrderId(state, outcome.order.id);
  commitOrder(state, ctx, outcome.order, outcome.events);
  return json(200, toPaymentResponse(outcome.order, true));
};

const createRecurringPayment: SoftlineHandler = (call) => {
  const { req, state, ctx } = call;
  const body = bodyOf<Schemas["RecurringPaymentRequest"]>(req);
  const parent = ownOrder(call, body.parent_order_id);
  const outcome = createAutoPayment(
    parent,
    body,
    { id: state.nextOrderId, now: ctx.clock.now(), merchant: merchantOf(call) },
    toRules(ctx.options),
  );
  if (outcome.kind === "problem") return renderProblem(outcome);
  allocateOrderId(state, outcome.order.id);
  commitOrder(state, ctx, outcome.order, outcome.events);
  return json(200, toPaymentResponse(outcome.order, false));
};

const verifyCard: SoftlineHandler = (call) => {
  const { req, state, ctx } = call;
  const body = bodyOf<Schemas["CardVerificationRequest"]>(req);
  const outcome = startCardVerification(ownOrder(call, body.order_id), ctx.clock.now(), toRules(ctx.options));
  if (outcome.kind === "problem") return renderProblem(outcome);
  commitOrder(state, ctx, outcome.order, outcome.events);
  return json(200, toPaymentResponse(outcome.order, true));
};

const getOrder: SoftlineHandler = (call) => {
  const order = ownOrder(call, Number(call.params.order_id));
  return order === undefined ? renderError("ORDER_NOT_FOUND") : json(200, toOrderView(order));
};

const searchOrders: SoftlineHandler = (call) => {
  const merchant = merchantOf(call);
  const own = [...call.state.orders.values()].filter((o) => o.merchant === merchant);
  return json(200, { ids: searchOrderIds(own, bodyOf<Schemas["OrderSearchRequest"]>(call.req)) });
};

const createRefund: SoftlineHandler = (call) => {
  const { req, params, state, ctx } = call;
  const order = ownOrder(call, Number(params.order_id));
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

const generateBuyLink: SoftlineHandler = (call) => {
  const { req, state, ctx } = call;
  const outcome = createCheckout(bodyOf<Schemas["GenerateBuyLinkRequest"]>(req), {
    id: ctx.ids("checkout"),
    now: ctx.clock.now(),
    merchant: merchantOf(call),
  });
  if (outcome.kind === "problem") return renderProblem(outcome);
  state.checkouts.set(outcome.checkout.id, outcome.checkout);
  const link: Schemas["BuyLink"] = {
    buy_link: `https://checkout.softline.com/buy/${encodeURIComponent(outcome.checkout.id)}`,
    checkout_id: outcome.checkout.id,
  };
  return json(200, link);
};

const getSubscription: SoftlineHandler = (call) => {
  const { params, state } = call;
  const sub = ownSubscription(call, params.subscription_id ?? "");
  return sub === undefined
    ? renderError("SUBSCRIPTION_NOT_FOUND")
    : json(200, toSubscriptionView(sub, state.orders.get(sub.parentOrderId)));
};

/** Shared by the scripted `modify_*` calls: unknown id in the body is 400/2002, then the flow step. */
const modifySubscription =
  (toEvent: (req: MockRequest) => Parameters<typeof stepSubscription>[1]): SoftlineHandler =>
  (call) => {
    const { req, state, ctx } = call;
    const { id } = bodyOf<{ id: string }>(req);
    const sub = ownSubscription(call, id);
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
