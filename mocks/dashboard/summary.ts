/**
 * The dashboard's state view: each vendor's state as plain tables. Summarisers
 * (`./summaries/<api>.ts`) read the vendor state objects and never change them.
 */

/** A point in mock time, shown against the mock clock ("in 59 min", "expired"). */
export interface TimeCell {
  readonly kind: "time";
  readonly at: string;
  /** Whether it lies in the past of the session's clock. */
  readonly past: boolean;
  /** An expiry ("expired 3m ago" in red once past) rather than an event ("3m ago"). */
  readonly expiry: boolean;
}

export type Cell = string | number | boolean | null | TimeCell;

export interface SummarySection {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Rows not shown because the table is capped. */
  readonly more?: number;
}

export interface Summary {
  readonly sections: readonly SummarySection[];
}

/** Rows shown per table; the rest is counted in `more`. */
export const ROW_LIMIT = 50;

/** A table of at most ROW_LIMIT rows. */
export function toSection(
  title: string,
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
): SummarySection {
  return rows.length > ROW_LIMIT
    ? { title, columns, rows: rows.slice(0, ROW_LIMIT), more: rows.length - ROW_LIMIT }
    : { title, columns, rows };
}

/** When something happened (issued, created, paid). */
export const timeCell = (at: number, now: number): Cell => ({
  kind: "time",
  at: new Date(at).toISOString(),
  past: at <= now,
  expiry: false,
});

/** When something expires; `undefined` (never) is shown as "never". */
export const expiryCell = (at: number | undefined, now: number): Cell =>
  at === undefined ? "never" : { kind: "time", at: new Date(at).toISOString(), past: at <= now, expiry: true };

/** Secrets are shown by their first characters only, enough to tell two apart. */
export const shortSecret = (value: string): string => (value.length <= 8 ? "…" : `${value.slice(0, 6)}…`);

/** A summariser reads one vendor's state at the session's `now`. */
export type Summariser<S> = (state: S, now: number) => Summary;
