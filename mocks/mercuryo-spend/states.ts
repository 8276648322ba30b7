/**
 * Named provider states for contract tests (`POST /__mock/states {"state": "...", "params": {...}}`).
 * Each sets up one situation and returns what a test needs (e-mail, token, card id, ...). Every
 * state takes an optional `email` param; the defaults differ per state so states can be combined.
 * @see mocks/api.ts (ProviderState)
 */
import type { MockContext, ProviderState } from "../api.js";
import { creditCard, findOrCreateUser, issueUserToken, openCardFor, saveUser } from "./accounts.js";
import { createChallenge, SIGN_IN_CODE_LENGTH, toChallengeRules } from "./flows/otp-challenge.js";
import { isProblem } from "./flows/problem.js";
import { stepSession } from "./flows/session.js";
import type { User } from "./flows/user.js";
import { toOtpKey } from "./ids.js";
import { centsToDecimal, toMinorUnits } from "./money.js";
import { issueQuote, startSellRequest } from "./operations.js";
import { priceQuote } from "./pricing.js";
import { hashSecret } from "./secrets.js";
import { type MercuryoState, SEED_EMAIL, SEED_PHONE } from "./state.js";

type Params = Readonly<Record<string, unknown>>;

const emailOf = (params: Params, fallback: string): string =>
  typeof params.email === "string" && params.email.includes("@") ? params.email.toLowerCase() : fallback;

/** Brings a user (created if needed) to a known profile; an existing card is closed, its history dropped. */
function prepareUser(
  state: MercuryoState,
  ctx: MockContext,
  email: string,
  profile: { readonly kycComplete: boolean; readonly phone: boolean },
): User {
  const existing = findOrCreateUser(state, email, ctx);
  const card = existing.cardId === undefined ? undefined : state.cards.get(existing.cardId);
  if (card !== undefined) state.cards.set(card.id, { ...card, status: "closed", balanceCents: 0 });
  const kept = state.transactions.filter((t) => t.userId !== existing.id);
  state.transactions.splice(0, state.transactions.length, ...kept);
  return saveUser(state, {
    ...existing,
    kyc: profile.kycComplete ? { crypto: "complete", card: "complete" } : { crypto: "incomplete", card: "incomplete" },
    phone: profile.phone ? (existing.phone ?? SEED_PHONE) : null,
    birthday: profile.phone ? existing.birthday : null,
    cardId: undefined,
  });
}

/** A signed-in card holder: KYC complete, phone set, a fresh active card with `balance` (default 90.00). */
function prepareCardHolder(state: MercuryoState, ctx: MockContext, params: Params, fallback: string) {
  const user = prepareUser(state, ctx, emailOf(params, fallback), { kycComplete: true, phone: true });
  const card = openCardFor(state, user, ctx);
  const balance = typeof params.balance === "string" ? params.balance : "90.00";
  const cents = Number(toMinorUnits(balance, 2) ?? 0n);
  if (cents > 0) creditCard(state, user.id, cents, ctx.clock.now());
  const token = issueUserToken(state, user.id, ctx);
  return { user, card, token, balance: centsToDecimal(Math.max(cents, 0)) };
}

/** The named states, described in plain words. */
export const states: Readonly<Record<string, ProviderState<MercuryoState>>> = {
  "a new user without KYC": {
    description: "A signed-in user who has just signed up: KYC incomplete, no phone, no card. Returns email, token.",
    setup(state, params, ctx) {
      const user = prepareUser(state, ctx, emailOf(params, "new-user@mercuryo.test"), {
        kycComplete: false,
        phone: false,
      });
      return { email: user.email, token: issueUserToken(state, user.id, ctx), userUuid: user.id };
    },
  },
  "a user with KYC complete and no card": {
    description: `A signed-in user with KYC complete and a phone (none with params.phone false) but no card (default ${SEED_EMAIL}). Returns email, token.`,
    setup(state, params, ctx) {
      const phone = params.phone !== false;
      const user = prepareUser(state, ctx, emailOf(params, SEED_EMAIL), { kycComplete: true, phone });
      return { email: user.email, token: issueUserToken(state, user.id, ctx), userUuid: user.id, phone: user.phone };
    },
  },
  "a user with KYC complete and an open card": {
    description:
      "A signed-in user with an active card holding `balance` EUR (default 90.00, one TOP_UP transaction). Returns email, token, cardId, balance.",
    setup(state, params, ctx) {
      const { user, card, token, balance } = prepareCardHolder(state, ctx, params, "card-holder@mercuryo.test");
      return { email: user.email, token, cardId: card.id, balance, userUuid: user.id };
    },
  },
  "a user with a locked card": {
    description:
      "A signed-in user whose card is locked (balance 90.00 unless `balance` is given). Returns email, token, cardId.",
    setup(state, params, ctx) {
      const { user, card, token, balance } = prepareCardHolder(state, ctx, params, "locked-card@mercuryo.test");
      const current = state.cards.get(card.id) ?? card;
      state.cards.set(card.id, { ...current, status: "locked" });
      return { email: user.email, token, cardId: card.id, balance, userUuid: user.id };
    },
  },
  "an expired user token": {
    description: "A user token that has expired (in any profile); calls with it answer 401000. Returns email, token.",
    setup(state, params, ctx) {
      const user = findOrCreateUser(state, emailOf(params, "expired-token@mercuryo.test"), ctx);
      const token = issueUserToken(state, user.id, ctx);
      const expired = stepSession(state.sessions.get(hashSecret(token)), { type: "expire" });
      if (!isProblem(expired)) state.sessions.set(expired.tokenHash, expired);
      return { email: user.email, token };
    },
  },
  "a revoked user token": {
    description: "A user token revoked by sign-out; calls with it answer 401000. Returns email, token.",
    setup(state, params, ctx) {
      const user = findOrCreateUser(state, emailOf(params, "signed-out@mercuryo.test"), ctx);
      const token = issueUserToken(state, user.id, ctx);
      const revoked = stepSession(state.sessions.get(hashSecret(token)), { type: "sign-out", now: ctx.clock.now() });
      if (!isProblem(revoked)) state.sessions.set(revoked.tokenHash, revoked);
      return { email: user.email, token };
    },
  },
  "a pending sign-in challenge": {
    description: "An OTP sign-in waiting for its code (the code is also in the outbox). Returns email, key, code.",
    setup(state, params, ctx) {
      const user = findOrCreateUser(state, emailOf(params, "pending-sign-in@mercuryo.test"), ctx);
      const key = toOtpKey(ctx.ids("key"));
      const code = ctx.otp(SIGN_IN_CODE_LENGTH);
      ctx.outbox.send({ to: user.email, channel: "email", purpose: "sign-in", code });
      const challenge = createChallenge(
        { keyHash: hashSecret(key), userId: user.id, email: user.email, code },
        ctx.clock.now(),
        toChallengeRules(ctx.options.mercuryo),
      );
      state.challenges.set(challenge.keyHash, challenge);
      return { email: user.email, key, code };
    },
  },
  "a user with a crypto top-up quote": {
    description:
      "A card holder with an unused rates/crypto-topup quote for 0.02 BTC (valid 1 hour). Returns email, token, cardId, trxToken.",
    setup(state, params, ctx) {
      const { user, card, token } = prepareCardHolder(state, ctx, params, "quoted@mercuryo.test");
      const price = priceQuote({ currency: "BTC", amount: "0.02" });
      if (isProblem(price)) throw new Error("the default quote is invalid");
      const { trxToken } = issueQuote(state, ctx, { userId: user.id, purpose: "top-up", price });
      return { email: user.email, token, cardId: card.id, trxToken };
    },
  },
  "a user with a sell request in progress": {
    description:
      "A card holder whose crypto top-up of 0.02 BTC was just created (status new; it moves on with the mock clock). Returns email, token, cardId, sellRequestId.",
    setup(state, params, ctx) {
      const { user, card, token } = prepareCardHolder(state, ctx, params, "topping-up@mercuryo.test");
      const price = priceQuote({ currency: "BTC", amount: "0.02" });
      if (isProblem(price)) throw new Error("the default quote is invalid");
      const { quote } = issueQuote(state, ctx, { userId: user.id, purpose: "top-up", price });
      const request = startSellRequest(state, ctx, {
        quote,
        cardId: card.id,
        refundAddress: "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx",
        merchantTransactionId:
          typeof params.merchantTransactionId === "string" ? params.merchantTransactionId : undefined,
      });
      return { email: user.email, token, cardId: card.id, sellRequestId: request.id };
    },
  },
};
