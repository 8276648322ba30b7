/**
 * Account list, lookup and balance over the mock's accounts (`GET /api/v2/accounts[...]`).
 *
 *   accounts ──▶ filter[clientId|platformId|productId] ──▶ sort_by=createTime ──▶ page
 *   account  ──▶ statement (balance)
 *
 * @see specs/b2core-backoffice.yaml (listAccounts, getAccount, getAccountBalance)
 * @see https://docs.b2core.b2broker.com/en/rest-api-reference-back-accounts.html
 */
import type { components } from "../../../src/generated/b2core-backoffice.js";
import { byInteger, type FilterDefs, type ListOutcome, listItems, toListQuery } from "./list-query.js";

/** A Back Office account, as the spec defines it. */
export type Account = components["schemas"]["Account"];
/** An account's balance statement (decimal strings). */
export type Statement = components["schemas"]["Statement"];

const SORT_KEYS = ["createTime"] as const;

const FILTERS: FilterDefs<Account> = {
  clientId: byInteger((a) => a.clientId),
  platformId: byInteger((a) => a.platform.id),
  productId: byInteger((a) => a.product.id),
};

/** One page of accounts for the request's query. */
export const listAccounts = (
  accounts: readonly Account[],
  query: Readonly<Record<string, string | readonly string[]>>,
): ListOutcome<Account> =>
  listItems(accounts, toListQuery(query, SORT_KEYS, "createTime"), {
    filters: FILTERS,
    sortKeys: { createTime: (a) => Date.parse(a.createTime) },
    id: (a) => a.accountId,
  });

/** The account with this id, if any. */
export const findAccount = (accounts: readonly Account[], accountId: number): Account | undefined =>
  accounts.find((a) => a.accountId === accountId);

/** The balance statement of an account (all zero, as of its creation, when it has none). */
export const toStatement = (account: Account): Statement =>
  account.statement ?? {
    availableBalance: "0.00",
    currentBalance: "0.00",
    updateTime: account.createTime,
  };
