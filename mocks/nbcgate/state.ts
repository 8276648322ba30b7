/**
 * Everything the NBC Gate mock remembers, in maps keyed the way requests look things up (token,
 * e-mail, id), so the guard and sign-in are single lookups. Flows compute new records; handlers
 * store them here.
 * @see specs/nbcgate.yaml
 */

import type { InviteRecord } from "./flows/invites.js";
import type { Invoice } from "./flows/invoice.js";
import type { Holding } from "./flows/ledger.js";
import type { Challenge, OtpPurpose } from "./flows/otp-challenge.js";
import type { Grant } from "./flows/otp-grant.js";
import type { AccessToken, Session } from "./flows/session.js";
import type { SignUp } from "./flows/sign-up.js";
import {
  FIRST_IDS,
  type OwnerRecord,
  type PayLinkRecord,
  SANDBOX_EXTERNAL_KEY,
  SEED_HOLDINGS,
  SEED_OWNERS,
  SEED_PAY_LINKS,
  SEED_USERS,
  type UserRecord,
} from "./seed-data.js";

/** A transfer or exchange, kept under its caller-chosen `order_id`. */
export interface OrderRecord {
  readonly kind: "transfer" | "exchange";
  readonly orderId: string;
  readonly userId: number;
  readonly amount: number;
  readonly commission: number;
  readonly fromBalanceId: number;
  readonly toBalanceId: number | undefined;
  readonly toOwnerId: number;
  readonly createdAt: number;
}

/** The whole mock state of one NBC Gate server (replaced by `seed` on reset). */
export interface NbcgateState {
  readonly users: Map<number, UserRecord>;
  /** Lower-cased e-mail -> user id. */
  readonly userIdsByEmail: Map<string, number>;
  readonly owners: Map<number, OwnerRecord>;
  readonly holdings: Map<number, Holding>;
  readonly payLinks: Map<number, PayLinkRecord>;
  readonly invoices: Map<number, Invoice>;
  /** Invoices waiting for their payment confirmation, oldest first (the confirm delay is fixed). */
  readonly confirmations: { invoiceId: number; dueAt: number }[];
  /** `${ownerId}:${order_id}` -> transfer or exchange. */
  readonly orders: Map<string, OrderRecord>;
  readonly sessions: Map<string, Session>;
  /** Access token string -> token; insertion order is issue order (pruned from the front). */
  readonly accessTokens: Map<string, AccessToken>;
  /** Refresh token string -> session id. */
  readonly refreshTokens: Map<string, string>;
  /** `${purpose}:${subject}` -> the current one-time code. */
  readonly challenges: Map<string, Challenge>;
  /** `${purpose}:${subject}` -> what a checked code unlocks. */
  readonly grants: Map<string, Grant>;
  /** Lower-cased e-mail -> sign-up progress. */
  readonly signUps: Map<string, SignUp>;
  /** Account (user id or sign-up e-mail) -> when its recent codes were sent (brute-force bound). */
  readonly codeSends: Map<string, readonly number[]>;
  readonly apiKeys: Set<string>;
  /** Open (and expired, unlisted) invitations by the invited user's id. */
  readonly invites: Map<number, InviteRecord>;
  readonly next: { user: number; owner: number; holding: number; invoice: number; sessionSeq: number };
  /** When the token maps are next swept for long-dead entries. */
  nextPruneAt: number;
}

/** The key of a challenge or grant: purpose plus user id (or e-mail before an account exists). */
export const otpKey = (purpose: OtpPurpose, subject: number | string): string => `${purpose}:${subject}`;

/** The key of an order: order ids are unique per company account. */
export const orderKey = (ownerId: number, orderId: string): string => `${ownerId}:${orderId}`;

/** A fresh state holding the seed accounts (new maps every time: reset never shares state). */
export function seed(now: number): NbcgateState {
  return {
    users: new Map(SEED_USERS.map((u) => [u.id, u])),
    userIdsByEmail: new Map(SEED_USERS.map((u) => [u.email.toLowerCase(), u.id])),
    owners: new Map(SEED_OWNERS.map((o) => [o.id, { ...o, balancesUpdatedAt: now }])),
    holdings: new Map(SEED_HOLDINGS.map((h) => [h.id, h])),
    payLinks: new Map(SEED_PAY_LINKS.map((p) => [p.id, p])),
    invoices: new Map(),
    confirmations: [],
    orders: new Map(),
    sessions: new Map(),
    accessTokens: new Map(),
    refreshTokens: new Map(),
    challenges: new Map(),
    grants: new Map(),
    signUps: new Map(),
    codeSends: new Map(),
    apiKeys: new Set([SANDBOX_EXTERNAL_KEY]),
    invites: new Map(),
    next: { ...FIRST_IDS, sessionSeq: 1 },
    nextPruneAt: 0,
  };
}

/** The user with this e-mail (case-insensitive). */
export const findUserByEmail = (state: NbcgateState, email: string): UserRecord | undefined => {
  const id = state.userIdsByEmail.get(email.trim().toLowerCase());
  return id === undefined ? undefined : state.users.get(id);
};
