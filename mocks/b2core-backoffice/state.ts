/**
 * Everything the B2Core mock remembers between requests, and `seed()` that starts it over with the
 * seed administrators, clients, accounts and transactions.
 * @see specs/b2core-backoffice.yaml
 */
import type { Account } from "./flows/accounts.js";
import type { Client } from "./flows/clients.js";
import { type MonitoringRecord, SEED_TRANSACTION_TYPES, type TransactionTypeInfo } from "./flows/monitoring.js";
import type { Limiter } from "./flows/rate-limit.js";
import type { Session } from "./flows/session.js";
import type { Admin } from "./flows/sign-in.js";
import type { Transaction } from "./flows/transactions.js";
import type { Challenge } from "./flows/two-factor.js";
import { SEED_ACCOUNTS, SEED_ADMINS, SEED_CLIENTS, SEED_TRANSACTIONS } from "./seed-data.js";

/** The three attempt limiters, keyed by e-mail, 2FA token and refresh token. */
export interface Limiters {
  readonly signIn: Map<string, Limiter>;
  readonly confirm: Map<string, Limiter>;
  readonly refresh: Map<string, Limiter>;
}

/** The mock's memory: auth records (maps, mutated by auth.ts) and the seed data. */
export interface B2coreState {
  readonly admins: readonly Admin[];
  /** 2FA challenges by 2FA token. */
  readonly challenges: Map<string, Challenge>;
  /** Sessions by id. */
  readonly sessions: Map<string, Session>;
  /** Session id of every access token issued (the session decides whether it still works). */
  readonly accessIndex: Map<string, string>;
  /** Session id of every refresh token issued. */
  readonly refreshIndex: Map<string, string>;
  readonly limits: Limiters;
  /** Replaced (not mutated) by each write: flows compute the next list, handlers store it. */
  clients: readonly Client[];
  accounts: readonly Account[];
  transactions: readonly Transaction[];
  transactionTypes: readonly TransactionTypeInfo[];
  /** Results of transaction checks, oldest first. */
  monitoring: readonly MonitoringRecord[];
  /** When expired challenges, sessions and idle limiters were last dropped (mock time, ms). */
  prunedAt: number;
}

/** A fresh state holding only the seed data. */
export function seed(): B2coreState {
  return {
    admins: SEED_ADMINS,
    challenges: new Map(),
    sessions: new Map(),
    accessIndex: new Map(),
    refreshIndex: new Map(),
    limits: { signIn: new Map(), confirm: new Map(), refresh: new Map() },
    clients: structuredClone(SEED_CLIENTS),
    accounts: structuredClone(SEED_ACCOUNTS),
    transactions: structuredClone(SEED_TRANSACTIONS),
    transactionTypes: structuredClone(SEED_TRANSACTION_TYPES),
    monitoring: [],
    prunedAt: 0,
  };
}
