/**
 * Balances of the signed-in user's company, and the transfers and exchanges that change them.
 * @see specs/nbcgate.yaml (tags Balance, Transfer: listBalances, listCoinBalances, listFiatBalances,
 *   listAvailableBalances, getDefaultBalance, getBalanceState, createTransfer, getTransfer,
 *   createExchange, checkTransfer, checkTransferRecipient)
 * @see https://integration.nbcgate.com/en/api-reference/api/transfer
 */
import type { components } from "../../../src/generated/nbcgate.js";
import { commissionOf, covers, isMoneyPrecise, round8, stepMove } from "../flows/ledger.js";
import { holdingFor, holdingsOf, ownHolding, saveHoldings } from "../holdings.js";
import { orderKey } from "../state.js";
import { toBalance, toBalanceState, toTransfer } from "../views.js";
import { bodyOf, fail, type NbcgateHandler, noContent, nowOf, ok, withUser } from "./common.js";

type Schemas = components["schemas"];

const listBalances = withUser((call, user) => ok(holdingsOf(call.state, user.ownerId).map(toBalance)));

const listByType = (type: "coin" | "fiat") =>
  withUser((call, user) =>
    ok(
      holdingsOf(call.state, user.ownerId)
        .filter((h) => h.type === type)
        .map(toBalance),
    ),
  );

const getDefaultBalance = withUser((call, user) => {
  const found = holdingsOf(call.state, user.ownerId).find((h) => h.isDefault);
  return found === undefined ? fail({ code: "NOT_FOUND", message: "No default balance" }) : ok(toBalance(found));
});

const getBalanceState = withUser((call, user) => {
  const owner = call.state.owners.get(user.ownerId);
  return ok(toBalanceState(user, holdingsOf(call.state, user.ownerId), owner?.balancesUpdatedAt ?? nowOf(call)));
});

const notFound = (field: string) => fail({ code: "NOT_FOUND", field, message: `Unknown ${field}` });
const mustBePositive = (field: string) =>
  fail({ code: "VALIDATION_ERROR", field, message: `Validation failed: ${field} must be > 0` });

/** The first of `fields` (name, value) that is not a finite amount with at most 8 decimals. */
function imprecise(fields: Readonly<Record<string, number | undefined>>) {
  for (const [field, value] of Object.entries(fields)) {
    if (value !== undefined && !isMoneyPrecise(value)) {
      return fail({ code: "VALIDATION_ERROR", field, message: `Validation failed: ${field} has more than 8 decimals` });
    }
  }
  return undefined;
}

const checkTransferRecipient = withUser((call) => {
  const { to_owner_id } = bodyOf<Schemas["RecipientCheckRequest"]>(call);
  const owner = call.state.owners.get(to_owner_id);
  return owner === undefined ? notFound("to_owner_id") : ok({ to_owner_id, to_owner_name: owner.name });
});

const checkTransfer = withUser((call, user) => {
  const body = bodyOf<Schemas["TransferCheckRequest"]>(call);
  if (body.amount <= 0) return mustBePositive("amount");
  const tooPrecise = imprecise({ amount: body.amount });
  if (tooPrecise !== undefined) return tooPrecise;
  const from = ownHolding(call.state, user.ownerId, body.from_balance_id);
  if (from === undefined) return notFound("from_balance_id");
  if (!call.state.owners.has(body.to_owner_id)) return notFound("to_owner_id");
  const commission = commissionOf(body.amount);
  return ok({
    possible: covers(from, body.amount, commission),
    amount: body.amount,
    commission,
    total: round8(body.amount + commission),
  });
});

const createTransfer = withUser((call, user) => {
  const { state } = call;
  const body = bodyOf<Schemas["TransferRequest"]>(call);
  const now = nowOf(call);
  if (body.amount <= 0) return mustBePositive("amount");
  if (body.commission !== undefined && body.commission < 0) return mustBePositive("commission");
  const tooPrecise = imprecise({ amount: body.amount, commission: body.commission });
  if (tooPrecise !== undefined) return tooPrecise;
  const from = ownHolding(state, user.ownerId, body.from_balance_id);
  if (from === undefined) return notFound("from_balance_id");
  if (!state.owners.has(body.to_owner_id)) return notFound("to_owner_id");
  const key = orderKey(user.ownerId, body.order_id);
  if (state.orders.has(key)) return fail({ code: "DUPLICATE_ORDER_ID", field: "order_id" });
  const to = holdingFor(state, body.to_owner_id, from.coinId);
  const commission = commissionOf(body.amount, body.commission);
  const moved = stepMove(from, to, { amount: body.amount, commission });
  if (moved.kind === "problem") return fail({ code: moved.code, field: "amount" });
  saveHoldings(state, [moved.from, moved.to], now);
  state.orders.set(key, {
    kind: "transfer",
    orderId: body.order_id,
    userId: user.id,
    amount: body.amount,
    commission,
    fromBalanceId: from.id,
    toBalanceId: to?.id,
    toOwnerId: body.to_owner_id,
    createdAt: now,
  });
  return noContent();
});

const getTransfer = withUser((call, user) => {
  const order = call.state.orders.get(orderKey(user.ownerId, call.params.order_id ?? ""));
  // `user_id` is optional (GET /api/transfer/{order_id} leaves it out); when given it must match.
  const userId = call.params.user_id;
  if (order === undefined || order.kind !== "transfer" || (userId !== undefined && String(order.userId) !== userId)) {
    return fail({ code: "NOT_FOUND", message: "Transfer not found" });
  }
  return ok(toTransfer(call.state, order));
});

const createExchange = withUser((call, user) => {
  const { state } = call;
  const body = bodyOf<Schemas["ExchangeRequest"]>(call);
  const now = nowOf(call);
  if (body.amount <= 0) return mustBePositive("amount");
  if (!(body.rate > 0) || !Number.isFinite(body.rate)) return mustBePositive("rate");
  if (body.commission !== undefined && body.commission < 0) return mustBePositive("commission");
  const tooPrecise = imprecise({ amount: body.amount, commission: body.commission });
  if (tooPrecise !== undefined) return tooPrecise;
  const from = ownHolding(state, user.ownerId, body.from_balance_id);
  if (from === undefined) return notFound("from_balance_id");
  const to = ownHolding(state, user.ownerId, body.to_balance_id);
  if (to === undefined) return notFound("to_balance_id");
  if (to.id === from.id) {
    return fail({ code: "VALIDATION_ERROR", field: "to_balance_id", message: "Validation failed: same balance" });
  }
  const key = orderKey(user.ownerId, body.order_id);
  if (state.orders.has(key)) return fail({ code: "DUPLICATE_ORDER_ID", field: "order_id" });
  // Choice: an exchange costs only the commission the caller names (the rate carries the margin).
  const commission = body.commission ?? 0;
  const moved = stepMove(from, to, { amount: body.amount, commission, rate: body.rate });
  if (moved.kind === "problem") return fail({ code: moved.code, field: "amount" });
  saveHoldings(state, [moved.from, moved.to], now);
  state.orders.set(key, {
    kind: "exchange",
    orderId: body.order_id,
    userId: user.id,
    amount: body.amount,
    commission,
    fromBalanceId: from.id,
    toBalanceId: to.id,
    toOwnerId: user.ownerId,
    createdAt: now,
  });
  return noContent();
});

/** Balance and transfer operations by operationId. */
export const balanceHandlers: Readonly<Record<string, NbcgateHandler>> = {
  listBalances,
  listAvailableBalances: listBalances,
  listCoinBalances: listByType("coin"),
  listFiatBalances: listByType("fiat"),
  getDefaultBalance,
  getBalanceState,
  checkTransferRecipient,
  checkTransfer,
  createTransfer,
  getTransfer,
  getTransferByOrderId: getTransfer,
  createExchange,
};
