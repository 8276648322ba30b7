/**
 * Card handlers: open, status, masked data, balance, transactions, iframe, lock, unlock, replace
 * and PIN. The rules live in ../flows/card.ts, ../flows/kyc.ts and ../flows/transactions.ts; each
 * card status change is sent as a signed `card_status` event (../callbacks.ts).
 * @see specs/mercuryo-spend.yaml (tag Card)
 */
import type { components } from "../../../src/generated/mercuryo-spend.js";
import type { Handler, MockRequest } from "../../api.js";
import { currentCard, newCardDetails, openCardFor, saveUser } from "../accounts.js";
import { asUser } from "../auth.js";
import { sendCardStatusEvents } from "../callbacks.js";
import { toIsoSeconds, toVendorDateTime } from "../dates.js";
import {
  cardStatusChanges,
  checkCardUse,
  checkReplaceable,
  replaceCard as replaceFlow,
  requireCard,
  stepCard,
} from "../flows/card.js";
import { checkCardOpening } from "../flows/kyc.js";
import { isProblem } from "../flows/problem.js";
import { pageTransactions } from "../flows/transactions.js";
import { toHexId } from "../ids.js";
import { centsToDecimal } from "../money.js";
import { fail, ok, okEmpty } from "../responses.js";
import type { MercuryoState } from "../state.js";

type Schemas = components["schemas"];

/** Opens the user's one card (KYC and phone required). */
export const openCard: Handler<MercuryoState> = asUser((call, { user }) => {
  const eligible = checkCardOpening(user);
  if (isProblem(eligible)) return fail(eligible);
  const card = openCardFor(call.state, eligible, call.ctx);
  sendCardStatusEvents(call.ctx, cardStatusChanges(undefined, card, call.ctx.clock.now()));
  const data: Schemas["CardOpened"] = { id: card.id };
  return ok(data);
});

/** The card's id and status (active or locked). */
export const getCardStatus: Handler<MercuryoState> = asUser((call, { user }) => {
  const card = requireCard(currentCard(call.state, user));
  if (isProblem(card)) return fail(card);
  const data: Schemas["CardState"] = { id: card.id, status: card.status };
  return ok(data);
});

/** Masked PAN, expiry and status. */
export const getMaskedCard: Handler<MercuryoState> = asUser((call, { user }) => {
  const card = requireCard(currentCard(call.state, user));
  if (isProblem(card)) return fail(card);
  const data: Schemas["MaskedCard"] = {
    created_at: toVendorDateTime(card.createdAt),
    expiration_month: card.expirationMonth,
    expiration_year: card.expirationYear,
    number: `************${card.last4}`,
    status: card.status,
  };
  return ok(data);
});

/** The available balance of an active card (400210 otherwise). */
export const getCardBalance: Handler<MercuryoState> = asUser((call, { user }) => {
  const card = checkCardUse(currentCard(call.state, user), "balance");
  if (isProblem(card)) return fail(card);
  const data: Schemas["CardBalance"] = { fiat_amount: centsToDecimal(card.balanceCents), fiat_currency: "EUR" };
  return ok(data);
});

const firstQuery = (req: MockRequest, name: string): string | undefined => {
  const value = req.query[name];
  return Array.isArray(value) ? value[0] : value;
};

/** One page of the user's transactions, newest first (also on a locked card). */
export const listCardTransactions: Handler<MercuryoState> = asUser((call, { user }) => {
  const card = requireCard(currentCard(call.state, user));
  if (isProblem(card)) return fail(card);
  const limit = firstQuery(call.req, "limit");
  const page = pageTransactions(
    call.state.transactions.filter((t) => t.userId === user.id),
    { limit: limit === undefined ? undefined : Number(limit), cursor: firstQuery(call.req, "cursor") },
  );
  if (isProblem(page)) return fail(page);
  const data: Schemas["CardTransactionPage"] = {
    items: page.items.map((t) => ({
      amount: centsToDecimal(t.amountCents),
      counterparty_name: t.counterpartyName,
      currency: "EUR",
      status: t.status,
      timestamp: toIsoSeconds(t.at),
      type: t.type,
    })),
    pagination: { limit: page.limit, next_cursor: page.nextCursor },
  };
  return ok(data);
});

/** A token for the card-details iframe (active card only). */
export const initCardIframe: Handler<MercuryoState> = asUser((call, { user }) => {
  const card = checkCardUse(currentCard(call.state, user), "iframe");
  if (isProblem(card)) return fail(card);
  const data: Schemas["IframeInit"] = { init_token: toHexId(call.ctx.ids("iframe")) };
  return ok(data);
});

/** Freezes an active card (400085 otherwise). */
export const lockCard: Handler<MercuryoState> = asUser((call, { user }) => {
  const card = currentCard(call.state, user);
  const locked = stepCard(card, { type: "lock" });
  if (isProblem(locked)) return fail(locked);
  call.state.cards.set(locked.id, locked);
  sendCardStatusEvents(call.ctx, cardStatusChanges(card, locked, call.ctx.clock.now()));
  return okEmpty();
});

/** Makes a locked card active again (400086 otherwise, 400251 without KYC). */
export const unlockCard: Handler<MercuryoState> = asUser((call, { user }) => {
  const card = currentCard(call.state, user);
  const unlocked = stepCard(card, { type: "unlock", user });
  if (isProblem(unlocked)) return fail(unlocked);
  call.state.cards.set(unlocked.id, unlocked);
  sendCardStatusEvents(call.ctx, cardStatusChanges(card, unlocked, call.ctx.clock.now()));
  return okEmpty();
});

/** Replaces a locked card with a new one that carries the balance (400088 if not locked). */
export const replaceCard: Handler<MercuryoState> = asUser((call, { user }) => {
  const card = checkReplaceable(currentCard(call.state, user), user);
  if (isProblem(card)) return fail(card);
  const replaced = replaceFlow(card, newCardDetails(call.ctx));
  call.state.cards.set(replaced.closed.id, replaced.closed);
  call.state.cards.set(replaced.replacement.id, replaced.replacement);
  saveUser(call.state, { ...user, cardId: replaced.replacement.id });
  const now = call.ctx.clock.now();
  sendCardStatusEvents(call.ctx, [
    ...cardStatusChanges(card, replaced.closed, now),
    ...cardStatusChanges(undefined, replaced.replacement, now),
  ]);
  return okEmpty();
});

/** Sets and returns a new 4-digit PIN (active card only, 400210 otherwise). */
export const changeCardPin: Handler<MercuryoState> = asUser((call, { user }) => {
  const card = checkCardUse(currentCard(call.state, user), "pin");
  if (isProblem(card)) return fail(card);
  const data: Schemas["CardPin"] = { pin: call.ctx.otp(4) };
  return ok(data);
});
