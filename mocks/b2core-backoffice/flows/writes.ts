/**
 * Back Office writes that stick: pure steps from the current collections and a validated body to
 * the next collections (or field errors). Handlers store the result, so later reads show it.
 *
 *   clients      --create--> + client (201)   --update--> changed fields   --delete--> - client (204)
 *   accounts     --create--> + empty account   --update--> caption/name/group/permissions
 *                --balance--> statement +/- amount, and a `done` deposit/withdrawal transaction
 *                --archive--> archiveTime set, permissions [visible]
 *   transactions --update--> status/comment, updateTime
 *
 * @see specs/b2core-backoffice.yaml (createClient ... updateTransaction; all bodies inferred)
 */
import type { components } from "../../../src/generated/b2core-backoffice.js";
import type { Account, Statement } from "./accounts.js";
import {
  CLIENT_STATUSES,
  CLIENT_TYPES,
  CURRENCIES,
  type FieldErrors,
  fullErrors,
  GROUPS,
  lookup,
  MANAGERS,
  MAX_ITEMS,
  nextId,
  PRODUCTS,
  RISK_LEVELS,
  toTimestamp,
  VERIFICATION_LEVELS,
} from "./catalog.js";
import type { Client } from "./clients.js";
import type { Transaction } from "./transactions.js";

type Schemas = components["schemas"];

/** A write's result: the next collection and the written item, or why it was refused. */
export type WriteOutcome<C, T> =
  | { readonly kind: "written"; readonly next: C; readonly item: T }
  | { readonly kind: "not-found" }
  | { readonly kind: "invalid"; readonly errors: FieldErrors };

const invalid = (errors: FieldErrors) => ({ kind: "invalid" as const, errors });
const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;
const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] => list.map((x, i) => (i === index ? item : x));
const emailTaken = (clients: readonly Client[], email: string, except?: number) =>
  clients.some((c) => c.clientId !== except && c.email.toLowerCase() === email.toLowerCase());

/** Creates a client: status New, not verified, no risk level yet (inferred defaults). */
export function createClient(
  clients: readonly Client[],
  body: Schemas["ClientCreateRequest"],
  now: number,
): WriteOutcome<Client[], Client> {
  if (clients.length >= MAX_ITEMS) return invalid(fullErrors("clients"));
  const errors: FieldErrors = {};
  if (emailTaken(clients, body.email)) errors.email = ["The email has already been taken."];
  const type = lookup(CLIENT_TYPES, "typeId", body.typeId ?? 1, errors);
  const manager = lookup(MANAGERS, "managerId", body.managerId, errors);
  if (hasErrors(errors) || type == null) return invalid(errors);
  const client: Client = {
    clientId: nextId(
      clients.map((c) => c.clientId),
      1000,
    ),
    email: body.email,
    name: body.name,
    nickname: body.nickname ?? null,
    type,
    status: { id: 1, name: "New" },
    internalType: { id: 1, name: "Real" },
    riskLevel: null,
    verificationLevel: { id: 1, name: "Not verified" },
    manager: manager ?? null,
    countryCode: body.countryCode ?? null,
    city: body.city ?? null,
    companyShortName: body.companyShortName ?? null,
    companyFullName: body.companyFullName ?? null,
    createTime: toTimestamp(now),
  };
  return { kind: "written", next: [...clients, client], item: client };
}

/** Changes the given client fields; `null` clears a nullable one. */
export function updateClient(
  clients: readonly Client[],
  clientId: number,
  body: Schemas["ClientUpdateRequest"],
): WriteOutcome<Client[], Client> {
  const index = clients.findIndex((c) => c.clientId === clientId);
  const current = clients[index];
  if (current === undefined) return { kind: "not-found" };
  const errors: FieldErrors = {};
  if (body.email !== undefined && emailTaken(clients, body.email, clientId)) {
    errors.email = ["The email has already been taken."];
  }
  const type = lookup(CLIENT_TYPES, "typeId", body.typeId, errors);
  const status = lookup(CLIENT_STATUSES, "statusId", body.statusId, errors);
  const riskLevel = lookup(RISK_LEVELS, "riskLevelId", body.riskLevelId, errors);
  const verificationLevel = lookup(VERIFICATION_LEVELS, "verificationLevelId", body.verificationLevelId, errors);
  const manager = lookup(MANAGERS, "managerId", body.managerId, errors);
  if (hasErrors(errors)) return invalid(errors);
  const client: Client = {
    ...current,
    ...(body.email === undefined ? {} : { email: body.email }),
    ...(body.name === undefined ? {} : { name: body.name }),
    ...(body.nickname === undefined ? {} : { nickname: body.nickname }),
    ...(type == null ? {} : { type }),
    ...(status == null ? {} : { status }),
    ...(riskLevel === undefined ? {} : { riskLevel }),
    ...(verificationLevel === undefined ? {} : { verificationLevel }),
    ...(manager === undefined ? {} : { manager }),
    ...(body.countryCode === undefined ? {} : { countryCode: body.countryCode }),
    ...(body.city === undefined ? {} : { city: body.city }),
    ...(body.companyShortName === undefined ? {} : { companyShortName: body.companyShortName }),
    ...(body.companyFullName === undefined ? {} : { companyFullName: body.companyFullName }),
  };
  return { kind: "written", next: replaceAt(clients, index, client), item: client };
}

/** Removes a client (its accounts and transactions stay: inferred). */
export function deleteClient(clients: readonly Client[], clientId: number): WriteOutcome<Client[], Client> {
  const current = clients.find((c) => c.clientId === clientId);
  if (current === undefined) return { kind: "not-found" };
  return { kind: "written", next: clients.filter((c) => c.clientId !== clientId), item: current };
}

const zeroStatement = (updateTime: string): Statement => ({
  availableBalance: "0.00",
  currentBalance: "0.00",
  credit: "0.00",
  equity: "0.00",
  freeMargin: "0.00",
  hold: "0.00",
  margin: "0.00",
  marginLevel: "0.00",
  pnl: "0.00",
  updateTime,
});

/** Opens an empty account for an existing client under a known product and currency. */
export function createAccount(
  accounts: readonly Account[],
  clients: readonly Client[],
  body: Schemas["AccountCreateRequest"],
  now: number,
): WriteOutcome<Account[], Account> {
  if (accounts.length >= MAX_ITEMS) return invalid(fullErrors("accounts"));
  const errors: FieldErrors = {};
  if (!clients.some((c) => c.clientId === body.clientId)) errors.clientId = ["The selected clientId is invalid."];
  const product = lookup(PRODUCTS, "productId", body.productId, errors);
  const currency = lookup(CURRENCIES, "currencyCode", body.currencyCode.toUpperCase(), errors);
  if (hasErrors(errors) || product == null || currency == null) return invalid(errors);
  const accountId = nextId(
    accounts.map((a) => a.accountId),
    5000,
  );
  const createTime = toTimestamp(now);
  const account: Account = {
    accountId,
    accountNumber:
      product.platform.id === 1 ? String(1_000_000_000 + accountId) : String(700_000 + (accountId % 100_000)),
    clientId: body.clientId,
    caption: body.caption ?? product.product.name,
    name: `${product.product.name} ${currency.alphabeticCode}`,
    currency,
    group: product.group,
    platform: product.platform,
    product: product.product,
    statement: zeroStatement(createTime),
    permissions: product.permissions,
    type: product.type,
    archiveTime: null,
    createTime,
  };
  return { kind: "written", next: [...accounts, account], item: account };
}

/** Changes caption, name, group or permissions of an account. */
export function updateAccount(
  accounts: readonly Account[],
  accountId: number,
  body: Schemas["AccountUpdateRequest"],
): WriteOutcome<Account[], Account> {
  const index = accounts.findIndex((a) => a.accountId === accountId);
  const current = accounts[index];
  if (current === undefined) return { kind: "not-found" };
  const errors: FieldErrors = {};
  const group = lookup(GROUPS, "groupId", body.groupId, errors);
  if (hasErrors(errors)) return invalid(errors);
  const account: Account = {
    ...current,
    ...(body.caption === undefined ? {} : { caption: body.caption }),
    ...(body.name === undefined ? {} : { name: body.name }),
    ...(group == null ? {} : { group }),
    ...(body.permissions === undefined ? {} : { permissions: [...new Set(body.permissions)] }),
  };
  return { kind: "written", next: replaceAt(accounts, index, account), item: account };
}

/** Archives an account: `archiveTime` set, only `visible` left (an archived one stays as it is). */
export function archiveAccount(
  accounts: readonly Account[],
  accountId: number,
  now: number,
): WriteOutcome<Account[], Account> {
  const index = accounts.findIndex((a) => a.accountId === accountId);
  const current = accounts[index];
  if (current === undefined) return { kind: "not-found" };
  if (current.archiveTime != null) return { kind: "written", next: [...accounts], item: current };
  const account: Account = { ...current, archiveTime: toTimestamp(now), permissions: ["visible"] };
  return { kind: "written", next: replaceAt(accounts, index, account), item: account };
}

/** A decimal string in minor units (`"12.5"` with 2 digits -> 1250); undefined when it has more digits. */
export function toMinor(value: string, digits: number): number | undefined {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (match === null) return undefined;
  const fraction = match[3] ?? "";
  if (fraction.replace(/0+$/, "").length > digits) return undefined;
  // With 0 digits the fraction part is "" here, and Number("") is 0.
  const units = Number(match[2]) * 10 ** digits + Number(fraction.padEnd(digits, "0").slice(0, digits));
  return match[1] === "-" ? -units : units;
}

/** Minor units back to a decimal string with `digits` places. */
export function toDecimalString(units: number, digits: number): string {
  const sign = units < 0 ? "-" : "";
  const abs = Math.abs(units);
  if (digits === 0) return `${sign}${abs}`;
  const scale = 10 ** digits;
  return `${sign}${Math.floor(abs / scale)}.${String(abs % scale).padStart(digits, "0")}`;
}

/** The new balance and the transaction that records it. */
export interface BalanceChange {
  readonly accounts: Account[];
  readonly transactions: Transaction[];
  readonly statement: Statement;
}

/**
 * Credits (positive) or debits (negative) an account and records a `done` deposit or withdrawal.
 * Refused: an archived account, a zero amount, more decimals than the currency has, or a debit
 * beyond the available balance (all inferred).
 */
export function changeBalance(
  accounts: readonly Account[],
  transactions: readonly Transaction[],
  accountId: number,
  body: Schemas["BalanceChangeRequest"],
  now: number,
): WriteOutcome<BalanceChange, Statement> {
  const index = accounts.findIndex((a) => a.accountId === accountId);
  const current = accounts[index];
  if (current === undefined) return { kind: "not-found" };
  const digits = current.currency.minorUnit;
  const amount = toMinor(body.amount, digits);
  if (current.archiveTime != null) return invalid({ accountId: ["The account is archived."] });
  if (transactions.length >= MAX_ITEMS) return invalid(fullErrors("transactions"));
  if (amount === undefined || amount === 0) {
    return invalid({ amount: [`The amount must be a non-zero number with at most ${digits} decimals.`] });
  }
  const updateTime = toTimestamp(now);
  const before = current.statement ?? zeroStatement(current.createTime);
  const shift = (value: string | undefined) => toDecimalString((toMinor(value ?? "0", digits) ?? 0) + amount, digits);
  const available = (toMinor(before.availableBalance, digits) ?? 0) + amount;
  if (available < 0) return invalid({ amount: ["The available balance is too low for this debit."] });
  const statement: Statement = {
    ...before,
    availableBalance: toDecimalString(available, digits),
    currentBalance: shift(before.currentBalance),
    ...(before.equity === undefined ? {} : { equity: shift(before.equity) }),
    ...(before.freeMargin === undefined ? {} : { freeMargin: shift(before.freeMargin) }),
    updateTime,
  };
  const magnitude = toDecimalString(Math.abs(amount), digits);
  const code = current.currency.alphabeticCode;
  const side =
    amount > 0
      ? { creditAccountNumber: current.accountNumber, creditAmount: magnitude, creditCurrency: code }
      : { debitAccountNumber: current.accountNumber, debitAmount: magnitude, debitCurrency: code };
  const transaction: Transaction = {
    transactionId: nextId(
      transactions.map((t) => t.transactionId),
      90_000,
    ),
    type: amount > 0 ? "deposit" : "withdrawal",
    status: "done",
    clientId: current.clientId,
    creditAccountNumber: null,
    creditAmount: null,
    creditCurrency: null,
    debitAccountNumber: null,
    debitAmount: null,
    debitCurrency: null,
    ...side,
    comment: body.comment ?? null,
    createTime: updateTime,
    updateTime,
  };
  return {
    kind: "written",
    next: {
      accounts: replaceAt(accounts, index, { ...current, statement }),
      transactions: [...transactions, transaction],
      statement,
    },
    item: statement,
  };
}

/** Changes status and/or comment of a transaction. */
export function updateTransaction(
  transactions: readonly Transaction[],
  transactionId: number,
  body: Schemas["TransactionUpdateRequest"],
  now: number,
): WriteOutcome<Transaction[], Transaction> {
  const index = transactions.findIndex((t) => t.transactionId === transactionId);
  const current = transactions[index];
  if (current === undefined) return { kind: "not-found" };
  const transaction: Transaction = {
    ...current,
    ...(body.status === undefined ? {} : { status: body.status }),
    ...(body.comment === undefined ? {} : { comment: body.comment }),
    updateTime: toTimestamp(now),
  };
  return { kind: "written", next: replaceAt(transactions, index, transaction), item: transaction };
}
