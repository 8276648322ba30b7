/**
 * The mock's records as the API shows them: each `to*` returns exactly the spec's schema.
 * @see specs/nbcgate.yaml (components.schemas User, Balance, BalanceState, Transfer, Invoice, TokenInfo)
 */
import type { components } from "../../src/generated/nbcgate.js";
import { type Invoice, statusAt } from "./flows/invoice.js";
import { availableOf, type Holding } from "./flows/ledger.js";
import type { AccessToken } from "./flows/session.js";
import type { UserRecord } from "./seed-data.js";
import type { NbcgateState, OrderRecord } from "./state.js";

type Schemas = components["schemas"];

/** ISO date-time without milliseconds, like the vendor's examples (`2025-01-15T10:30:00Z`). */
export const toIsoTime = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/** `User`: the profile the `/api/user*` and `/api/personal` reads show. */
export const toUser = (u: UserRecord): Schemas["User"] => ({
  id: u.id,
  email: u.email,
  name: u.name,
  surname: u.surname,
  language: u.language,
  role_id: u.roleId,
  owner_id: u.ownerId,
  timezone: u.timezone,
  avatar: null,
  tfa_enabled: u.twoFactor,
});

/** `SignUpUser`: the personal data entered during sign-up. */
export const toSignUpUser = (u: UserRecord): Schemas["SignUpUser"] => ({
  email: u.email,
  name: u.name,
  surname: u.surname,
  language: u.language,
  phone: u.phone ?? null,
  country_id: u.countryId ?? null,
});

/** `TfaStatus`: the mock's only second factor is the e-mailed code. */
export const toTfaStatus = (u: UserRecord): Schemas["TfaStatus"] => ({
  enabled: u.twoFactor,
  type: u.twoFactor ? "email" : null,
});

/** `TokenInfo`: who the token belongs to and when it expires. */
export const toTokenInfo = (u: UserRecord, access: AccessToken): Schemas["TokenInfo"] => ({
  user_id: u.id,
  email: u.email,
  issued_at: toIsoTime(access.issuedAt),
  expires_at: toIsoTime(access.expiresAt),
});

/** `Balance`: `available` is the amount minus what is held. */
export const toBalance = (h: Holding): Schemas["Balance"] => ({
  id: h.id,
  coin_id: h.coinId,
  code: h.code,
  type: h.type,
  amount: h.amount,
  available: availableOf(h),
  hold: h.hold,
  is_default: h.isDefault,
  enabled: h.enabled,
});

/** `BalanceState`: balances with pending incoming invoice payments. */
export const toBalanceState = (
  user: UserRecord,
  holdings: readonly Holding[],
  updatedAt: number,
): Schemas["BalanceState"] => ({
  user_id: user.id,
  updated_at: toIsoTime(updatedAt),
  balances: holdings.map((h) => ({
    balance_id: h.id,
    code: h.code,
    available: availableOf(h),
    hold: h.hold,
    pending_in: h.pendingIn,
    pending_out: h.pendingOut,
  })),
});

/** `Transfer`: an order as `GET /api/transfer/{order_id}/{user_id}` shows it. */
export function toTransfer(state: NbcgateState, order: OrderRecord): Schemas["Transfer"] {
  const author = state.users.get(order.userId);
  const from = state.holdings.get(order.fromBalanceId);
  const transfer: Schemas["Transfer"] = {
    amount: order.amount,
    author: author === undefined ? "" : `${author.name} ${author.surname}`.trim(),
    commission: order.commission,
    date: toIsoTime(order.createdAt),
    from_balance_id: order.fromBalanceId,
    from_iso_string: from?.code ?? "",
    order_id: order.orderId,
    to_owner_id: order.toOwnerId,
    to_owner_name: state.owners.get(order.toOwnerId)?.name ?? "",
  };
  return order.toBalanceId === undefined ? transfer : { ...transfer, to_balance_id: order.toBalanceId };
}

/** `Invoice`: the status as of `now` (an unpaid invoice expires by time). */
export const toInvoice = (invoice: Invoice, now: number): Schemas["Invoice"] => ({
  invoice_id: invoice.id,
  amount: invoice.amount,
  coin_id: invoice.coinId,
  status: statusAt(invoice, now),
  paid_at: invoice.paidAt === undefined ? null : toIsoTime(invoice.paidAt),
});
