/**
 * Exact decimal strings <-> integer minor units, so amounts never pass through floating point.
 * Mercuryo sends every amount as a decimal string (`"90.00"`, `"0.02000000"`).
 * @see specs/mercuryo-spend.yaml (components.schemas.DecimalString)
 */

/** Parses `"432.5"` into minor units at `places` decimals (extra digits are cut); undefined if not a decimal. */
export function toMinorUnits(decimal: string, places: number): bigint | undefined {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (match === null) return undefined;
  const [, sign = "", whole = "0", fraction = ""] = match;
  const value = BigInt(whole) * 10n ** BigInt(places) + BigInt(fraction.slice(0, places).padEnd(places, "0") || "0");
  return sign === "-" ? -value : value;
}

/** Formats minor units as a decimal string with exactly `places` decimals. */
export function toDecimal(units: bigint | number, places: number): string {
  const value = BigInt(units);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(places + 1, "0");
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  return `${negative ? "-" : ""}${whole}${places > 0 ? `.${fraction}` : ""}`;
}

/** Euro cents as Mercuryo prints them (`"90.00"`). */
export const centsToDecimal = (cents: number): string => toDecimal(cents, 2);

/** Integer division rounding half up (both operands non-negative). */
export const divRound = (a: bigint, b: bigint): bigint => (a * 2n + b) / (b * 2n);

/** Integer division rounding up (both operands non-negative). */
export const divCeil = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;
