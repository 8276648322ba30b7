/**
 * Balances of a company account (owner) and the operations that move them: transfers to another
 * owner, exchanges between own balances, and incoming invoice payments.
 *
 *   transfer / exchange:  from.available >= amount + commission ?
 *        ├─ no  ──▶ INSUFFICIENT_FUNDS (nothing moves)
 *        └─ yes ──▶ from.amount -= amount + commission
 *                   to.amount   += amount            (transfer: the recipient's balance of the coin)
 *                   to.amount   += amount × rate     (exchange: another own balance)
 *
 *   invoice pay:      owner's balance of the invoice coin: pending_in += amount
 *   invoice confirm:  pending_in -= amount; amount += amount
 *
 * Amounts are rounded to 8 decimals so sums stay readable.
 *
 * @see specs/nbcgate.yaml (createTransfer, createExchange, checkTransfer, components.schemas.Balance)
 */

export interface Holding {
  readonly id: number;
  readonly ownerId: number;
  readonly coinId: number;
  readonly code: string;
  readonly type: "coin" | "fiat";
  /** Total amount. */
  readonly amount: number;
  /** Reserved by pending operations (not spendable). */
  readonly hold: number;
  /** Incoming payments not confirmed yet. */
  readonly pendingIn: number;
  readonly pendingOut: number;
  readonly isDefault: boolean;
  readonly enabled: boolean;
}

/** Rounds to 8 decimals (BTC precision), dropping float noise such as 0.30000000000000004. */
export const round8 = (n: number): number => Math.round(n * 1e8) / 1e8;

/**
 * Whether `n` is a finite amount with at most 8 decimals (the spec bounds range and sign; this
 * bounds precision, so 0.30000000000000004 or 1e-12 cannot sneak float noise into balances).
 */
export const isMoneyPrecise = (n: number): boolean => Number.isFinite(n) && round8(n) === n;

/** What can be spent now. */
export const availableOf = (h: Holding): number => round8(h.amount - h.hold);

/** Choice: 1 % when the caller names no commission (the spec's example: 40 -> 0.4). */
export const commissionOf = (amount: number, given?: number): number => given ?? round8(amount * 0.01);

export type LedgerOutcome =
  | { readonly kind: "moved"; readonly from: Holding; readonly to: Holding | undefined }
  | { readonly kind: "problem"; readonly code: "INSUFFICIENT_FUNDS" };

/** Whether `from` covers amount plus commission. */
export const covers = (from: Holding, amount: number, commission: number): boolean =>
  availableOf(from) >= round8(amount + commission);

/** Moves `amount` (+ commission, kept by NBC Gate) from `from`; `to` receives `amount × rate`. */
export function stepMove(
  from: Holding,
  to: Holding | undefined,
  move: { readonly amount: number; readonly commission: number; readonly rate?: number },
): LedgerOutcome {
  if (!covers(from, move.amount, move.commission)) return { kind: "problem", code: "INSUFFICIENT_FUNDS" };
  const debited = { ...from, amount: round8(from.amount - move.amount - move.commission) };
  if (to === undefined) return { kind: "moved", from: debited, to };
  // Same balance on both sides (a transfer to oneself): only the commission leaves.
  const target = to.id === from.id ? debited : to;
  const credited = { ...target, amount: round8(target.amount + move.amount * (move.rate ?? 1)) };
  return { kind: "moved", from: to.id === from.id ? credited : debited, to: credited };
}

/** An invoice payment announced: shows up as pending. */
export const addPending = (h: Holding, amount: number): Holding => ({ ...h, pendingIn: round8(h.pendingIn + amount) });

/** An invoice payment confirmed: pending becomes balance. */
export const settlePending = (h: Holding, amount: number): Holding => ({
  ...h,
  pendingIn: round8(Math.max(0, h.pendingIn - amount)),
  amount: round8(h.amount + amount),
});
