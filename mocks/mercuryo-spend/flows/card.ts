/**
 * The Spend card: one per user, EUR only. While locked only unlock, replace and the transaction
 * list work; replacing needs a lock first and moves the balance to a new card with new details.
 *
 *   open --> [active] --lock--> [locked] --unlock (KYC complete)--> [active]
 *              |  ^                |
 *   lock: 400085  unlock: 400086   replace
 *   replace: 400088                v
 *                  old card [closed]  +  new card [active] (new id, new PAN, same balance)
 *
 *   balance, PIN on a non-active card: 400210; crypto top-up: 400201; iframe: 400000
 *
 * Every status a card takes (opened active, locked, unlocked, closed by a replace, the new card
 * active) is reported as a change so the caller can send the signed `card_status` event.
 *
 * @see specs/mercuryo-spend.yaml (tag Card)
 */
import { kycProblem } from "./kyc.js";
import { type Problem, toProblem } from "./problem.js";
import type { User } from "./user.js";

/** Card states: only `active` is documented; the spec adds `locked` and `closed`. */
export type CardStatus = "active" | "locked" | "closed";

/** One Spend card; replaced cards stay as `closed`. */
export interface Card {
  readonly id: string;
  readonly userId: string;
  readonly status: CardStatus;
  /** Last four digits of the PAN (the mock never holds a full PAN). */
  readonly last4: string;
  readonly expirationMonth: string;
  readonly expirationYear: string;
  readonly createdAt: number;
  /** Available balance in euro cents. */
  readonly balanceCents: number;
}

/** A card status the partner is told about (`card_status` event), at the mock time it changed. */
export interface CardStatusChange {
  readonly cardId: string;
  readonly userId: string;
  readonly status: CardStatus;
  readonly at: number;
}

/** What a caller wants to do with an active card; each has its documented refusal. */
export type CardUse = "balance" | "pin" | "top-up" | "iframe";

/** What can happen to a card besides replacement. */
export type CardEvent =
  | { readonly type: "lock" }
  | { readonly type: "unlock"; readonly user: User }
  | { readonly type: "credit"; readonly cents: number };

const REFUSALS: Readonly<Record<CardUse, Problem>> = {
  balance: toProblem("INVALID_CARD_STATUS"),
  pin: toProblem("INVALID_CARD_STATUS"),
  "top-up": toProblem("CARD_NOT_AVAILABLE"),
  iframe: toProblem("BAD_REQUEST"),
};

/** A new active card with an empty balance. */
export const createCard = (input: Omit<Card, "status" | "balanceCents">): Card => ({
  ...input,
  status: "active",
  balanceCents: 0,
});

/** The user's card or 404000 when there is none. */
export const requireCard = (card: Card | undefined): Card | Problem => card ?? toProblem("NO_OPEN_CARD");

/** The answer without a card: the iframe page words 404000 its own way. */
const NO_CARD: Readonly<Record<CardUse, Problem>> = {
  balance: toProblem("NO_OPEN_CARD"),
  pin: toProblem("NO_OPEN_CARD"),
  "top-up": toProblem("NO_OPEN_CARD"),
  iframe: toProblem("NO_OPEN_CARDS"),
};

/** The card, if it is active; otherwise the refusal documented for that use. */
export function checkCardUse(card: Card | undefined, use: CardUse): Card | Problem {
  if (card === undefined) return NO_CARD[use];
  return card.status === "active" ? card : REFUSALS[use];
}

/** Locks, unlocks or credits a card. */
export function stepCard(card: Card | undefined, event: CardEvent): Card | Problem {
  if (card === undefined) return toProblem("NO_OPEN_CARD");
  switch (event.type) {
    case "lock":
      return card.status === "active" ? { ...card, status: "locked" } : toProblem("CARD_LOCK_FAILED");
    case "unlock":
      if (card.status !== "locked") return toProblem("CARD_UNLOCK_FAILED");
      return event.user.kyc.card === "complete" ? { ...card, status: "active" } : kycProblem(event.user);
    case "credit":
      return { ...card, balanceCents: card.balanceCents + event.cents };
  }
}

/** May this card be replaced (locked first, KYC still complete)? */
export function checkReplaceable(card: Card | undefined, user: User): Card | Problem {
  if (card === undefined || card.status !== "locked") return toProblem("CARD_NOT_LOCKED");
  return user.kyc.card === "complete" ? card : kycProblem(user);
}

/** Replaces a replaceable card: the old one closes, the new one is active and carries the balance. */
export function replaceCard(
  card: Card,
  fresh: Omit<Card, "status" | "balanceCents" | "userId">,
): { readonly closed: Card; readonly replacement: Card } {
  const last4 = fresh.last4 === card.last4 ? String((Number(card.last4) + 1) % 10_000).padStart(4, "0") : fresh.last4;
  return {
    closed: { ...card, status: "closed", balanceCents: 0 },
    replacement: { ...fresh, last4, userId: card.userId, status: "active", balanceCents: card.balanceCents },
  };
}

/** The status change from one version of a card to the next (none if the status stayed; a new card has no `before`). */
export const cardStatusChanges = (before: Card | undefined, after: Card, at: number): readonly CardStatusChange[] =>
  before?.status === after.status ? [] : [{ cardId: after.id, userId: after.userId, status: after.status, at }];
