/**
 * Renders smoke rows as a plain-text table for the terminal (and CI logs), plus a summary line.
 */
import type { SmokeRow, Verdict } from "./recorder.js";

const pad = (text: string, width: number) => text.padEnd(width);

/** Counts rows per verdict. */
export function countVerdicts(rows: readonly SmokeRow[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { ok: 0, drift: 0, unexpected: 0, skipped: 0 };
  for (const row of rows) counts[row.verdict] += 1;
  return counts;
}

/** The table lines: a header, one line per row (notes indented below), and a summary. */
export function toTableLines(rows: readonly SmokeRow[]): string[] {
  const cells = rows.map((row, i) => [
    String(i + 1),
    row.operation,
    row.request,
    row.status === undefined ? "-" : String(row.status),
    row.verdict,
  ]);
  const header = ["#", "operation", "request", "status", "result"];
  const widths = header.map((h, col) => Math.max(h.length, ...cells.map((c) => c[col]?.length ?? 0)));
  const line = (c: readonly string[]) =>
    c
      .map((text, col) => pad(text, widths[col] ?? 0))
      .join("  ")
      .trimEnd();
  const lines = [line(header), line(widths.map((w) => "-".repeat(w)))];
  rows.forEach((row, i) => {
    lines.push(line(cells[i] ?? []));
    for (const note of row.notes) lines.push(`${" ".repeat((widths[0] ?? 1) + 2)}  ${note}`);
  });
  const counts = countVerdicts(rows);
  lines.push(
    "",
    `${counts.ok} passed, ${counts.drift} drifted from the spec, ${counts.unexpected} unexpected, ${counts.skipped} skipped`,
  );
  return lines;
}
