/**
 * The two date formats Mercuryo prints: `YYYY-MM-DD hh:mm:ss` (card, callbacks) and ISO 8601 UTC
 * without milliseconds (transactions).
 * @see specs/mercuryo-spend.yaml (components.schemas.MaskedCard, CardTransaction)
 */

/** `2023-09-10 16:14:26` (UTC). */
export const toVendorDateTime = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace("T", " ");

/** `2024-02-27T13:37:15Z`. */
export const toIsoSeconds = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}Z`;

/** Unix seconds. */
export const toUnixSeconds = (ms: number): number => Math.floor(ms / 1000);
