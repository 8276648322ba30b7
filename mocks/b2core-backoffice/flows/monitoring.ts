/**
 * Transaction types, transaction checks and their monitoring records, and account preferences:
 * the Transactions and Accounts pages list these methods and paths only, so every object here is
 * inferred (and marked so in the spec).
 *
 *   transaction --check--> monitoring record: `flagged` for rejected/failed/cancelled, else `passed`
 *   type        --patch/put--> caption and `enabled` changed
 *
 * @see specs/b2core-backoffice.yaml (checkTransaction, listMonitoredTransactions, listTransactionTypes)
 */
import type { components } from "../../../src/generated/b2core-backoffice.js";
import type { Account } from "./accounts.js";
import { MAX_ITEMS, nextId, toTimestamp } from "./catalog.js";
import type { Transaction } from "./transactions.js";
import type { WriteOutcome } from "./writes.js";

type Schemas = components["schemas"];
export type TransactionTypeInfo = Schemas["TransactionTypeInfo"];
export type MonitoringRecord = Schemas["MonitoringRecord"];
export type AccountPreferences = Schemas["AccountPreferences"];

/** The six documented transaction types, numbered by paymock. */
export const SEED_TRANSACTION_TYPES: readonly TransactionTypeInfo[] = [
  { typeId: 1, name: "deposit", caption: "Deposit", enabled: true },
  { typeId: 2, name: "exchange", caption: "Exchange", enabled: true },
  { typeId: 3, name: "external", caption: "External", enabled: true },
  { typeId: 4, name: "partner", caption: "Partner", enabled: true },
  { typeId: 5, name: "transfer", caption: "Transfer", enabled: true },
  { typeId: 6, name: "withdrawal", caption: "Withdrawal", enabled: true },
];

/** Changes a type's caption or switch. */
export function updateTransactionType(
  types: readonly TransactionTypeInfo[],
  typeId: number,
  body: Schemas["TransactionTypeUpdateRequest"],
): WriteOutcome<TransactionTypeInfo[], TransactionTypeInfo> {
  const current = types.find((t) => t.typeId === typeId);
  if (current === undefined) return { kind: "not-found" };
  const item: TransactionTypeInfo = {
    ...current,
    ...(body.caption === undefined ? {} : { caption: body.caption }),
    ...(body.enabled === undefined ? {} : { enabled: body.enabled }),
  };
  return { kind: "written", next: types.map((t) => (t.typeId === typeId ? item : t)), item };
}

const FLAGGED: ReadonlySet<Transaction["status"]> = new Set(["rejected", "failed", "cancelled"]);

/** Checks a transaction and records the result. */
export function checkTransaction(
  records: readonly MonitoringRecord[],
  transactions: readonly Transaction[],
  transactionId: number,
  now: number,
): WriteOutcome<MonitoringRecord[], MonitoringRecord> {
  const transaction = transactions.find((t) => t.transactionId === transactionId);
  if (transaction === undefined) return { kind: "not-found" };
  const item: MonitoringRecord = {
    monitoringId: nextId(
      records.map((r) => r.monitoringId),
      0,
    ),
    transactionId,
    status: FLAGGED.has(transaction.status) ? "flagged" : "passed",
    createTime: toTimestamp(now),
  };
  // The oldest records go first once the list is full.
  return { kind: "written", next: [...records, item].slice(-MAX_ITEMS), item };
}

/** One page of monitoring records, newest first. */
export const pageOfRecords = (
  records: readonly MonitoringRecord[],
  limit: number,
  offset: number,
): MonitoringRecord[] => [...records].reverse().slice(offset, offset + limit);

/** The preferences of an account (derived: leverage 1:100 for trading accounts). */
export const toPreferences = (account: Account): AccountPreferences => ({
  accountId: account.accountId,
  leverage: account.type === "trade" || account.type === "demo" ? 100 : null,
  dailyReports: account.type === "trade",
  notifications: account.archiveTime == null,
});
