/**
 * The drift log of a proxy run: per operation, how many calls went through, how many violations of
 * each kind were seen, and the last example of each kind; printed as a table when the proxy stops.
 * @see ../../contracts/smoke/table.ts (the smoke runs' table, which this one resembles)
 */
import { DRIFT_KINDS, type DriftKind, type ProxyViolation } from "./violations.js";

/** The last time one kind of drift was seen on an operation. */
export interface DriftExample {
  readonly request: string;
  readonly status: number;
  readonly message: string;
  readonly time: string;
}

/** What `GET /__mock/drift` answers for one operation. */
export interface OperationDrift {
  readonly operation: string;
  readonly calls: number;
  readonly violations: Readonly<Record<DriftKind, number>>;
  readonly last: Readonly<Partial<Record<DriftKind, DriftExample>>>;
}

export interface DriftLog {
  /** Counts one exchange and its violations (several of one kind count once per exchange). */
  add(operation: string, exchange: Omit<DriftExample, "message">, violations: readonly ProxyViolation[]): void;
  /** Operations in the order they were first called. */
  summary(): OperationDrift[];
  clear(): void;
}

/** Operations tracked at most (unknown routes share one `?` entry, so this bounds nothing real). */
const MAX_OPERATIONS = 1_000;

const zeroCounts = (): Record<DriftKind, number> =>
  Object.fromEntries(DRIFT_KINDS.map((k) => [k, 0])) as Record<DriftKind, number>;

export function createDriftLog(): DriftLog {
  let rows = new Map<
    string,
    { calls: number; violations: Record<DriftKind, number>; last: Partial<Record<DriftKind, DriftExample>> }
  >();
  return {
    add(operation, exchange, violations) {
      let row = rows.get(operation);
      if (row === undefined) {
        if (rows.size >= MAX_OPERATIONS) return;
        row = { calls: 0, violations: zeroCounts(), last: {} };
        rows.set(operation, row);
      }
      row.calls += 1;
      const seen = new Set<DriftKind>();
      for (const v of violations) {
        if (!seen.has(v.kind)) row.violations[v.kind] += 1;
        seen.add(v.kind);
        row.last[v.kind] = { ...exchange, message: v.message };
      }
    },
    summary: () =>
      [...rows].map(([operation, row]) => ({
        operation,
        calls: row.calls,
        violations: { ...row.violations },
        last: { ...row.last },
      })),
    clear() {
      rows = new Map();
    },
  };
}

const COLUMNS: readonly [DriftKind, string][] = [
  ["status-not-declared", "status not declared"],
  ["body-schema", "body schema"],
  ["header", "header"],
  ["request", "request"],
  ["no-operation", "no operation"],
];

/** The summary as table lines: one row per operation, the last example of each kind below it, a total. */
export function toDriftTable(summary: readonly OperationDrift[]): string[] {
  const header = ["operation", "calls", ...COLUMNS.map(([, title]) => title)];
  const cells = summary.map((row) => [
    row.operation,
    String(row.calls),
    ...COLUMNS.map(([k]) => String(row.violations[k])),
  ]);
  const widths = header.map((h, col) => Math.max(h.length, ...cells.map((c) => c[col]?.length ?? 0)));
  const line = (c: readonly string[]) =>
    c
      .map((text, col) => (col === 0 ? text.padEnd(widths[col] ?? 0) : text.padStart(widths[col] ?? 0)))
      .join("  ")
      .trimEnd();
  const lines = [line(header), line(widths.map((w) => "-".repeat(w)))];
  summary.forEach((row, i) => {
    lines.push(line(cells[i] ?? []));
    for (const [kind, title] of COLUMNS) {
      const last = row.last[kind];
      if (last !== undefined) lines.push(`    ${title}: ${last.request} -> ${last.status}: ${last.message}`);
    }
  });
  const calls = summary.reduce((n, row) => n + row.calls, 0);
  const drifted = summary.filter((row) => COLUMNS.some(([k]) => row.violations[k] > 0)).length;
  lines.push("", `${calls} calls, ${summary.length} operations, ${drifted} with drift from the spec`);
  return lines;
}
