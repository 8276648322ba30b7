/**
 * Everything the Mercuryo mock remembers, and the seed it starts from (and returns to on reset):
 * `kyc-complete@mercuryo.test` with KYC complete and a phone; any other e-mail signs up on first use.
 * @see specs/mercuryo-spend.yaml
 */
import type { MockContext } from "../api.js";
import type { Card } from "./flows/card.js";
import type { Challenge } from "./flows/otp-challenge.js";
import type { Quote } from "./flows/quote.js";
import type { SellRequest } from "./flows/sell-request.js";
import type { Session } from "./flows/session.js";
import type { CardTransactionRecord } from "./flows/transactions.js";
import { createUser, type User } from "./flows/user.js";
import { toUuid } from "./ids.js";

/** The whole mock state; flows return new entities, handlers store them here. */
export interface MercuryoState {
  /** By user uuid. */
  readonly users: Map<string, User>;
  /** Lower-cased e-mail -> user uuid (one e-mail per person). */
  readonly userIdsByEmail: Map<string, string>;
  /** By SHA-256 of the user token. */
  readonly sessions: Map<string, Session>;
  /** By SHA-256 of the OTP key. */
  readonly challenges: Map<string, Challenge>;
  /** By card id; closed (replaced) cards stay. */
  readonly cards: Map<string, Card>;
  /** By SHA-256 of the trx_token. */
  readonly quotes: Map<string, Quote>;
  /** By sell_request_id. */
  readonly sellRequests: Map<string, SellRequest>;
  readonly transactions: CardTransactionRecord[];
  /** User uuid -> when its recent sign-in codes were sent (brute-force bound). */
  readonly codeSends: Map<string, readonly number[]>;
  /** When the maps are next swept for dead entries (see ./tick.ts). */
  nextPruneAt: number;
  /** Next transaction sequence number. */
  nextSeq: number;
}

/** The seed user who can open a card straight away. */
export const SEED_EMAIL = "kyc-complete@mercuryo.test";
/** The seed user's phone (the seed contacts example). */
export const SEED_PHONE = "+35799339993";

/** Lines printed at startup. */
export const SEED_ACCOUNTS: readonly string[] = [
  "Sdk-Partner-Token: sandbox-partner-token; user calls send Sdk-User-Token and B2B-User-Ip",
  `${SEED_EMAIL}: KYC complete, phone ${SEED_PHONE}, no card yet`,
  "any other e-mail signs up on sign-in (KYC incomplete, no phone); the 5-digit code is in the outbox",
];

/** An empty store. */
export const createState = (): MercuryoState => ({
  users: new Map(),
  userIdsByEmail: new Map(),
  sessions: new Map(),
  challenges: new Map(),
  cards: new Map(),
  quotes: new Map(),
  sellRequests: new Map(),
  transactions: [],
  codeSends: new Map(),
  nextPruneAt: 0,
  nextSeq: 1,
});

/** A fresh state with the seed user. */
export function seed(ctx: MockContext): MercuryoState {
  const state = createState();
  const id = toUuid(ctx.ids("user"));
  const user: User = {
    ...createUser(id, SEED_EMAIL),
    kyc: { crypto: "complete", card: "complete" },
    phone: SEED_PHONE,
  };
  state.users.set(id, user);
  state.userIdsByEmail.set(SEED_EMAIL, id);
  return state;
}
