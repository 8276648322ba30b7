/**
 * `npm run spec:diff -- --base <git-ref> [--json]`: compares each spec in `specs/` with its
 * version at the ref (e.g. `origin/main` in CI) and checks the committed pacts against the
 * breaking changes. Exit 0 when nothing is breaking, 1 when something is, 2 when the ref or a
 * spec cannot be read.
 * @see ../docs/contracts.md ("Breaking-change check")
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { API_IDS } from "../src/apis.js";
import { reportDiffs } from "../src/diff/diff-command.js";
import { diffSpecs, type SpecDiff } from "../src/diff/diff-specs.js";
import { readPacts } from "../src/diff/pact-impact.js";

const PACKAGE_ROOT = fileURLToPath(new URL("../", import.meta.url));

/** The spec at `ref`, or `undefined` when the ref has no such file (a new API). */
function readAtRef(root: string, ref: string, api: string): string | undefined {
  try {
    return execFileSync("git", ["show", `${ref}:specs/${api}.yaml`], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? "");
    if (/does not exist in|exists on disk, but not in/.test(stderr)) return undefined;
    throw new Error(`git show ${ref}:specs/${api}.yaml failed: ${stderr.trim() || (error as Error).message}`);
  }
}

const program = new Command()
  .name("spec:diff")
  .description("Breaking-change check of every spec against its version at a git ref.")
  .requiredOption("--base <ref>", "the git ref clients were built on (e.g. origin/main)")
  .option("--json", "print the changes as JSON")
  .option("--repo <dir>", "the git work tree whose specs/ are compared", PACKAGE_ROOT)
  .option("--pacts <dir>", "pact files checked against breaking changes (default: <repo>/contracts/pacts)")
  .action((flags: { base: string; json?: boolean; repo: string; pacts?: string }) => {
    const root = resolve(flags.repo);
    try {
      execFileSync("git", ["rev-parse", "--verify", "--quiet", `${flags.base}^{commit}`], {
        cwd: root,
        stdio: "ignore",
      });
    } catch {
      console.error(`spec:diff: "${flags.base}" is not a git ref here (fetch it first, e.g. git fetch origin main).`);
      process.exitCode = 2;
      return;
    }
    const pacts = readPacts(flags.pacts ?? join(root, "contracts/pacts"));
    const diffs: SpecDiff[] = [];
    try {
      for (const api of API_IDS) {
        const oldText = readAtRef(root, flags.base, api);
        const path = join(root, "specs", `${api}.yaml`);
        if (oldText === undefined || !existsSync(path)) continue;
        const newText = readFileSync(path, "utf8");
        diffs.push(
          diffSpecs({
            name: api,
            oldText,
            newText,
            oldSource: `${flags.base}:specs/${api}.yaml`,
            newSource: `specs/${api}.yaml`,
            pacts,
            provider: api,
          }),
        );
      }
    } catch (error) {
      console.error(`spec:diff: ${(error as Error).message}`);
      process.exitCode = 2;
      return;
    }
    reportDiffs(diffs, flags.json === true, {
      write: (text) => console.log(text),
      error: (text) => console.error(text),
      exit: (code) => {
        process.exitCode = code;
      },
    });
  });

await program.parseAsync(process.argv);
