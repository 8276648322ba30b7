/**
 * Card transactions and their cursor pagination (newest first). A transaction appears only once
 * funds are credited. The cursor is opaque to clients; like the seed's it is base64url JSON of
 * the last item shown (`seekId`, `seekTimestamp`).
 *
 *   page 1 (no cursor) --next_cursor--> page 2 --next_cursor--> ... --> last page (next_cursor null)
 *   a cursor that does not decode: 400001 {cursor: [...]}
 *
 * @see specs/mercuryo-spend.yaml (operation listCardTransactions)
 */
import { fieldProblem, type Problem } from "./problem.js";

/** One credited movement on a user's card, as the mock keeps it. */
export interface CardTransactionRecord {
  /** Increasing per mock; orders the list and seeds the cursor. */
  readonly seq: number;
  readonly userId: string;
  readonly cardId: string;
  readonly amountCents: number;
  readonly type: "TOP_UP";
  readonly status: "CLEARED";
  readonly counterpartyName: string | null;
  readonly at: number;
}

/** One page of the list, with the cursor of the next one. */
export interface TransactionPage {
  readonly items: readonly CardTransactionRecord[];
  readonly limit: number;
  readonly nextCursor: string | null;
}

/** Choice: 20 per page unless `limit` says otherwise, at most 100. */
export const PAGE_RULES = { defaultLimit: 20, maxLimit: 100 } as const;

const encodeCursor = (record: CardTransactionRecord): string =>
  Buffer.from(
    JSON.stringify({ seekId: record.seq, seekTimestamp: new Date(record.at).toISOString().replace(/\.\d{3}Z$/, "Z") }),
  ).toString("base64url");

function decodeCursor(cursor: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    // JSON `null` throws here and lands in the catch like any other bad cursor.
    const seekId = (parsed as { seekId?: unknown }).seekId;
    return Number.isInteger(seekId) ? (seekId as number) : undefined;
  } catch {
    return undefined;
  }
}

/** One page of a user's transactions (any order in, newest first out). */
export function pageTransactions(
  records: readonly CardTransactionRecord[],
  query: { readonly limit?: number | undefined; readonly cursor?: string | undefined },
): TransactionPage | Problem {
  const limit = Math.min(query.limit ?? PAGE_RULES.defaultLimit, PAGE_RULES.maxLimit);
  let seekId = Number.POSITIVE_INFINITY;
  if (query.cursor !== undefined) {
    const decoded = decodeCursor(query.cursor);
    if (decoded === undefined) return fieldProblem("cursor", "This value is not valid.");
    seekId = decoded;
  }
  const newestFirst = records.filter((r) => r.seq < seekId).sort((a, b) => b.seq - a.seq);
  const items = newestFirst.slice(0, limit);
  // The cursor points at the last item shown, when more follow.
  const last = newestFirst.length > limit ? items.at(-1) : undefined;
  const nextCursor = last === undefined ? null : encodeCursor(last);
  return { items, limit, nextCursor };
}
