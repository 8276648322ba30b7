/**
 * Timestamps as B2Core writes them: ISO 8601 with an offset, e.g. `2022-01-01T00:00:00+00:00`.
 * @see specs/b2core-backoffice.yaml (info.description: "Timestamps are ISO 8601 with an offset")
 */

/** Formats epoch milliseconds as `YYYY-MM-DDTHH:mm:ss+00:00` (whole seconds, UTC). */
export const toVendorTime = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "+00:00");
