/**
 * State commands shared by the handlers and the provider states: find or sign up a user, issue a
 * user token, open a card, record a credit. Flows decide; these only write their results.
 * @see specs/mercuryo-spend.yaml
 */

import type { MockContext } from "../api.js";
import { capMap } from "../engine/capped-map.js";
import { type Card, createCard, stepCard } from "./flows/card.js";
import { isProblem } from "./flows/problem.js";
import { createSession, type SessionRules, toSessionRules } from "./flows/session.js";
import { createUser, type User } from "./flows/user.js";
import { toBearerToken, toHexId, toLast4, toUuid } from "./ids.js";
import { hashSecret } from "./secrets.js";
import type { MercuryoState } from "./state.js";

/** The most user tokens kept at once. */
export const MAX_SESSIONS = 5_000;

/** Card validity: 3 years from the month of issue (choice; the seed card expires 02/2032). */
const CARD_VALIDITY_YEARS = 3;

/** Token lifetime rules from the options (profile and TTL). */
export const sessionRulesOf = (ctx: MockContext): SessionRules =>
  toSessionRules(ctx.options.profile, ctx.options.mercuryo.userTokenTtlSeconds);

/** The user with this e-mail (case-insensitive). */
export function findUserByEmail(state: MercuryoState, email: string): User | undefined {
  const id = state.userIdsByEmail.get(email.toLowerCase());
  return id === undefined ? undefined : state.users.get(id);
}

/** Stores a user's new version. */
export const saveUser = (state: MercuryoState, user: User): User => {
  state.users.set(user.id, user);
  state.userIdsByEmail.set(user.email.toLowerCase(), user.id);
  return user;
};

/** Sign-up and sign-in are one call: an unknown e-mail creates the account. */
export function findOrCreateUser(state: MercuryoState, email: string, ctx: MockContext): User {
  return findUserByEmail(state, email) ?? saveUser(state, createUser(toUuid(ctx.ids("user")), email.toLowerCase()));
}

/** Issues a new Sdk-User-Token for a user and remembers only its hash. */
export function issueUserToken(state: MercuryoState, userId: string, ctx: MockContext): string {
  const now = ctx.clock.now();
  const token = toBearerToken(ctx.ids("token"), userId, now);
  state.sessions.set(hashSecret(token), createSession(hashSecret(token), userId, now, sessionRulesOf(ctx)));
  // Bound (choice): sandbox tokens never expire, so the oldest go first (answered 401000).
  capMap(state.sessions, MAX_SESSIONS);
  return token;
}

/** The fields of a brand-new card (id, PAN digits, expiry). */
export function newCardDetails(ctx: MockContext): Omit<Card, "status" | "balanceCents" | "userId"> {
  const raw = ctx.ids("card");
  const now = ctx.clock.now();
  const issued = new Date(now);
  return {
    id: toHexId(raw),
    last4: toLast4(raw),
    expirationMonth: String(issued.getUTCMonth() + 1).padStart(2, "0"),
    expirationYear: String(issued.getUTCFullYear() + CARD_VALIDITY_YEARS),
    createdAt: now,
  };
}

/** Opens an active, empty card for a user (the caller has checked eligibility). */
export function openCardFor(state: MercuryoState, user: User, ctx: MockContext): Card {
  const card = createCard({ ...newCardDetails(ctx), userId: user.id });
  state.cards.set(card.id, card);
  saveUser(state, { ...user, cardId: card.id });
  return card;
}

/** The user's current card. */
export const currentCard = (state: MercuryoState, user: User): Card | undefined =>
  user.cardId === undefined ? undefined : state.cards.get(user.cardId);

/** Credits a user's current card and records the TOP_UP transaction. */
export function creditCard(state: MercuryoState, userId: string, cents: number, at: number): Card | undefined {
  const user = state.users.get(userId);
  const card = user === undefined ? undefined : currentCard(state, user);
  const credited = stepCard(card, { type: "credit", cents });
  if (isProblem(credited)) return undefined;
  state.cards.set(credited.id, credited);
  state.transactions.push({
    seq: state.nextSeq,
    userId,
    cardId: credited.id,
    amountCents: cents,
    type: "TOP_UP",
    status: "CLEARED",
    counterpartyName: null,
    at,
  });
  state.nextSeq += 1;
  return credited;
}
