/**
 * Amounts are kept as whole cents; the wire shows them as decimal strings with two places (`"100.00"`),
 * except auto-payments, which send a JSON number.
 * @see https://docs.noventiq.com/en-en/payment/payment-api-create-payment
 */

/** Cents of a decimal string (already checked against the spec's pattern) or a number; undefined past 2 places. */
export function toCents(amount: string | number): number | undefined {
  if (typeof amount === "number") {
    const cents = Math.round(amount * 100);
    return Number.isFinite(amount) && Math.abs(amount * 100 - cents) < 1e-6 ? cents : undefined;
  }
  const m = /^([0-9]+)(?:\.([0-9]{1,2}))?$/.exec(amount);
  if (m === null) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** `"100.00"` for 10000 cents. */
export const toDecimalString = (cents: number): string =>
  `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
