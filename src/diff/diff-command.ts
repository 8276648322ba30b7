/**
 * `paymock diff OLD.yaml NEW.yaml [--json] [--pacts DIR] [--provider ID]`: the breaking-change
 * check between two spec files. Exit 0 when nothing is breaking, 1 when something is, 2 when the
 * files cannot be read or are not OpenAPI documents.
 * @see ../../docs/contracts.md ("Breaking-change check")
 */
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { Command } from "commander";
import { diffSpecs, hasBreakingChange, type SpecDiff, toDiffTable } from "./diff-specs.js";
import { readPacts } from "./pact-impact.js";

/** Where the command writes and how it ends (a test's stand-in for the process). */
export interface DiffIo {
  readonly write: (text: string) => void;
  readonly error: (text: string) => void;
  readonly exit: (code: number) => void;
}

const processIo: DiffIo = {
  write: (text) => process.stdout.write(`${text}\n`),
  error: (text) => process.stderr.write(`${text}\n`),
  exit: (code) => {
    process.exitCode = code;
  },
};

/** Prints the diffs as a table or JSON and exits 1 when any change is breaking. */
export function reportDiffs(diffs: readonly SpecDiff[], json: boolean, io: DiffIo): void {
  if (json) io.write(JSON.stringify({ breaking: hasBreakingChange(diffs), specs: diffs }, null, 2));
  else for (const line of toDiffTable(diffs)) io.write(line);
  io.exit(hasBreakingChange(diffs) ? 1 : 0);
}

/** Adds `diff OLD NEW` to the paymock CLI. */
export function addDiffCommand(program: Command, io: DiffIo = processIo): Command {
  program
    .command("diff")
    .description(
      "List the changes between two versions of an OpenAPI spec; exit 1 if any breaks clients of the old one.",
    )
    .argument("<old>", "the spec clients were built on")
    .argument("<new>", "the changed spec")
    .option("--json", "print the changes as JSON")
    .option("--pacts <dir>", "pact files whose interactions are checked against breaking changes", "contracts/pacts")
    .option("--provider <name>", "the provider name in the pacts (default: the new file's name without .yaml)")
    .action((oldPath: string, newPath: string, flags: { json?: boolean; pacts: string; provider?: string }) => {
      let oldText: string;
      let newText: string;
      try {
        oldText = readFileSync(oldPath, "utf8");
        newText = readFileSync(newPath, "utf8");
      } catch (error) {
        io.error(`paymock diff: ${(error as Error).message}`);
        io.exit(2);
        return;
      }
      const provider = flags.provider ?? basename(newPath).replace(/\.(ya?ml|json)$/i, "");
      try {
        const diff = diffSpecs({
          name: provider,
          oldText,
          newText,
          oldSource: oldPath,
          newSource: newPath,
          pacts: readPacts(resolve(flags.pacts)),
          provider,
        });
        reportDiffs([diff], flags.json === true, io);
      } catch (error) {
        io.error(`paymock diff: ${(error as Error).message}`);
        io.exit(2);
      }
    });
  return program;
}
