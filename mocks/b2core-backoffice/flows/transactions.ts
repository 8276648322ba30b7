/**
 * Transaction list and lookup over the mock's transactions (`GET /api/v2/transactions[...]`).
 * The list never shows status `new` (documented); a lookup by id still finds such a transaction.
 *
 *   transactions ──▶ drop status new ──▶ filter[accountId|creditAccountNumber|debitAccountNumber|status|type]
 *                ──▶ sort_by=createTime|creditAmount|debitAmount ──▶ page
 *
 * @see specs/b2core-backoffice.yaml (listTransactions, getTransaction)
 * @see https://docs.b2core.b2broker.com/en/rest-api-reference-back-transactions.html
 */
import type { components } from "../../../src/generated/b2core-backoffice.js";
import type { Account } from "./accounts.js";
import { byAnyOf, byEnum, byInteger, type FilterDefs, type ListOutcome, listItems, toListQuery } from "./list-query.js";

/** A money movement, as the spec defines it. */
export type Transaction = components["schemas"]["Transaction"];
type TransactionStatus = components["schemas"]["TransactionStatus"];
type TransactionType = components["schemas"]["TransactionType"];

const SORT_KEYS = ["createTime", "creditAmount", "debitAmount"] as const;

const STATUSES: readonly TransactionStatus[] = [
  "cancelled",
  "done",
  "failed",
  "hold",
  "holdFailed",
  "inProgress",
  "new",
  "partial",
  "pending",
  "rejected",
  "refund",
  "refundFailed",
  "trade",
];
const TYPES: readonly TransactionType[] = ["deposit", "exchange", "external", "partner", "transfer", "withdrawal"];

const toAmount = (value: string | null | undefined) => (value == null ? null : Number(value));

/** Filters; `accountId` matches either side through the account's number. */
const filtersFor = (accounts: readonly Account[]): FilterDefs<Transaction> => ({
  accountId: (raw) => {
    const parsed = byInteger<Account>((a) => a.accountId)(raw);
    if (typeof parsed !== "function") return parsed;
    const numbers = new Set(accounts.filter(parsed).map((a) => a.accountNumber));
    return (t) =>
      (t.creditAccountNumber != null && numbers.has(t.creditAccountNumber)) ||
      (t.debitAccountNumber != null && numbers.has(t.debitAccountNumber));
  },
  creditAccountNumber: byAnyOf((t) => t.creditAccountNumber),
  debitAccountNumber: byAnyOf((t) => t.debitAccountNumber),
  status: byEnum(STATUSES, (t) => t.status),
  type: byEnum(TYPES, (t) => t.type),
});

/** One page of listed transactions (status `new` excluded) for the request's query. */
export const listTransactions = (
  transactions: readonly Transaction[],
  accounts: readonly Account[],
  query: Readonly<Record<string, string | readonly string[]>>,
): ListOutcome<Transaction> =>
  listItems(
    transactions.filter((t) => t.status !== "new"),
    toListQuery(query, SORT_KEYS, "createTime"),
    {
      filters: filtersFor(accounts),
      sortKeys: {
        createTime: (t) => Date.parse(t.createTime),
        creditAmount: (t) => toAmount(t.creditAmount),
        debitAmount: (t) => toAmount(t.debitAmount),
      },
      id: (t) => t.transactionId,
    },
  );

/** The transaction with this id, if any. */
export const findTransaction = (transactions: readonly Transaction[], transactionId: number): Transaction | undefined =>
  transactions.find((t) => t.transactionId === transactionId);
