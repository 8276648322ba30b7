/**
 * Softline's date formats. The docs print every date in Moscow time (`+03:00`), so the mock does too.
 * @see https://docs.noventiq.com/en-en/payment/orders-api-get-order
 */

const MOSCOW_OFFSET_MS = 3 * 3600 * 1000;

/** `YYYY-MM-DDThh:mm:ss+03:00`, the format of orders, refunds, subscriptions and webhooks. */
export const toSoftlineDate = (ms: number): string =>
  `${new Date(ms + MOSCOW_OFFSET_MS).toISOString().slice(0, 19)}+03:00`;

/** `YYYY-MM-DD HH:MI:SS` in UTC+3, the format of a product's `update_date`. */
export const toProductDate = (ms: number): string =>
  new Date(ms + MOSCOW_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ");

/** Milliseconds of a date-time string, or undefined when it does not parse. */
export function parseDate(value: string): number | undefined {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Drops the milliseconds: Softline dates have whole seconds, so comparisons do too. */
export const toWholeSeconds = (ms: number): number => Math.floor(ms / 1000) * 1000;
