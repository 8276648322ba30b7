/**
 * The reference data the Back Office mock resolves ids against when a body names them (`typeId`,
 * `managerId`, `productId`, `currencyCode`, ...). All of it is inferred: the vendor pages give the
 * objects' `{id, name}` shape, not the lists.
 * @see specs/b2core-backoffice.yaml (ClientCreateRequest, ClientUpdateRequest, AccountCreateRequest)
 */
import type { Account } from "./accounts.js";
import type { Client } from "./clients.js";

type IdName = { readonly id: number; readonly name: string };
type Currency = Account["currency"];

const byId = (list: readonly IdName[]): ReadonlyMap<number, IdName> => new Map(list.map((x) => [x.id, x]));

export const CLIENT_TYPES = byId([
  { id: 1, name: "Individual" },
  { id: 2, name: "Corporate" },
]);
export const CLIENT_STATUSES = byId([
  { id: 1, name: "New" },
  { id: 2, name: "Active" },
  { id: 3, name: "Blocked" },
]);
export const RISK_LEVELS = byId([
  { id: 1, name: "Low" },
  { id: 2, name: "Medium" },
  { id: 3, name: "High" },
]);
export const VERIFICATION_LEVELS = byId([
  { id: 1, name: "Not verified" },
  { id: 2, name: "Verified" },
]);
export const MANAGERS = byId([
  { id: 7, name: "Oliver Smith" },
  { id: 9, name: "Amelia Jones" },
]);
export const GROUPS = byId([
  { id: 3, name: "Retail" },
  { id: 8, name: "real\\standard" },
  { id: 9, name: "demo\\standard" },
]);

/** A product an account is opened under, with what it implies for the new account. */
export interface Product {
  readonly product: IdName;
  readonly platform: IdName;
  readonly group: IdName;
  readonly type: Account["type"];
  readonly permissions: Account["permissions"];
}

const b2core = { id: 1, name: "B2Core" };
const mt5 = { id: 4, name: "MetaTrader 5" };
export const PRODUCTS: ReadonlyMap<number, Product> = new Map([
  [
    2,
    {
      product: { id: 2, name: "Wallet" },
      platform: b2core,
      group: { id: 3, name: "Retail" },
      type: "personal",
      permissions: ["enabled", "visible", "deposit", "withdrawal", "exchange", "transferDeposit", "transferWithdrawal"],
    },
  ],
  [
    5,
    {
      product: { id: 5, name: "MT5 Standard" },
      platform: mt5,
      group: { id: 8, name: "real\\standard" },
      type: "trade",
      permissions: ["enabled", "visible", "trade", "transferDeposit", "transferWithdrawal"],
    },
  ],
  [
    6,
    {
      product: { id: 6, name: "MT5 Demo" },
      platform: mt5,
      group: { id: 9, name: "demo\\standard" },
      type: "demo",
      permissions: ["enabled", "visible", "trade"],
    },
  ],
]);

export const CURRENCIES: ReadonlyMap<string, Currency> = new Map([
  ["USD", { alphabeticCode: "USD", minorUnit: 2, name: "US Dollar", numericCode: 840 }],
  ["EUR", { alphabeticCode: "EUR", minorUnit: 2, name: "Euro", numericCode: 978 }],
]);

/** Field errors, as `validationFailed` carries them. */
export type FieldErrors = Record<string, string[]>;

/** Resolves an optional id against a list, adding a field error when it is unknown. */
export function lookup<T>(
  list: ReadonlyMap<number | string, T>,
  field: string,
  id: number | string | null | undefined,
  errors: FieldErrors,
): T | null | undefined {
  if (id === undefined) return undefined;
  if (id === null) return null;
  const found = list.get(id);
  if (found === undefined) errors[field] = [`The selected ${field} is invalid.`];
  return found;
}

/** The mock's timestamps: ISO 8601 with `+00:00`, as the vendor prints them. */
export const toTimestamp = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "+00:00");

/** Upper bound on every collection the mock keeps (conventions: every list has a cap); reset to start over. */
export const MAX_ITEMS = 10_000;

/** Field errors for a create once a collection is full. */
export const fullErrors = (what: string): FieldErrors => ({
  [what]: [`The mock keeps at most ${MAX_ITEMS} ${what}; reset it (POST /__mock/reset) to start over.`],
});

/** The next free id of a collection (ids only grow; a deleted id is not reused). */
export const nextId = (ids: Iterable<number>, floor: number): number => Math.max(floor, ...ids) + 1;

export type { Client };
