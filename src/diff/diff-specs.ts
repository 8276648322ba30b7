/**
 * One breaking-change check: two spec texts in, the classified changes out, each breaking one
 * with the pact interactions it breaks, and the report as a table or JSON.
 * @see ./compare.ts (the rules) and ./pact-impact.ts (the pacts)
 */
import { compareOperations, type SpecChange } from "./compare.js";
import { findBrokenInteractions, type PactLike } from "./pact-impact.js";
import { parseSpec, walkOperations } from "./spec-walker.js";

/** A change with the pact interactions it breaks. */
export interface ReportedChange extends SpecChange {
  readonly interactions: readonly string[];
}

/** The changes of one spec; `name` is the API id or the file compared. */
export interface SpecDiff {
  readonly name: string;
  readonly changes: readonly ReportedChange[];
}

/** What to compare and which pacts to check. */
export interface DiffInput {
  readonly name: string;
  readonly oldText: string;
  readonly newText: string;
  readonly oldSource?: string;
  readonly newSource?: string;
  /** Pacts whose interactions are checked; only those with `provider` as their provider. */
  readonly pacts?: readonly PactLike[];
  readonly provider?: string;
}

/** Compares two versions of a spec. */
export function diffSpecs(input: DiffInput): SpecDiff {
  const old = walkOperations(parseSpec(input.oldText, input.oldSource ?? "the old spec"));
  const next = walkOperations(parseSpec(input.newText, input.newSource ?? "the new spec"));
  const changes = compareOperations(old, next).map((change) => ({
    ...change,
    interactions: findBrokenInteractions(change, input.pacts ?? [], input.provider ?? input.name),
  }));
  return { name: input.name, changes };
}

/** Whether any change in the diffs is breaking. */
export const hasBreakingChange = (diffs: readonly SpecDiff[]): boolean =>
  diffs.some((d) => d.changes.some((c) => c.breaking));

/** The report as text: per spec a table (breaking first), broken interactions under their change. */
export function toDiffTable(diffs: readonly SpecDiff[]): string[] {
  const lines: string[] = [];
  for (const diff of diffs) {
    const breaking = diff.changes.filter((c) => c.breaking).length;
    lines.push(`${diff.name}: ${diff.changes.length} change(s), ${breaking} breaking`);
    if (diff.changes.length === 0) continue;
    const sorted = [...diff.changes].sort((a, b) => Number(b.breaking) - Number(a.breaking));
    const rows = sorted.map((c) => [c.breaking ? "BREAKING" : "ok", c.operation, c.where, c.message]);
    const widths = [0, 1, 2].map((i) =>
      Math.max(...rows.map((r) => (r[i] ?? "").length), ["", "operation", "where"][i]?.length ?? 0),
    );
    const pad = (cells: readonly string[]) =>
      `  ${cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell)).join("  ")}`.trimEnd();
    lines.push(pad(["", "operation", "where", "change"]));
    sorted.forEach((change, i) => {
      lines.push(pad(rows[i] ?? []));
      for (const interaction of change.interactions)
        lines.push(`${" ".repeat((widths[0] ?? 0) + 4)}breaks pact interaction "${interaction}"`);
    });
  }
  const total = diffs.reduce((n, d) => n + d.changes.filter((c) => c.breaking).length, 0);
  lines.push(
    total === 0 ? "No breaking changes." : `${total} breaking change(s): clients built on the old spec may fail.`,
  );
  return lines;
}
