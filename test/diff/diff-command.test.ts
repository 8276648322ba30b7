/**
 * `paymock diff OLD NEW` and `npm run spec:diff -- --base <ref>` as a team runs them: a table or
 * JSON, exit 1 on a breaking change, 2 on unreadable input; the committed pacts are part of the
 * check, so a spec change that breaks a recorded interaction names it.
 */
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { afterAll, describe, expect, it } from "vitest";
import { specPath } from "../../src/apis.js";
import { addDiffCommand } from "../../src/diff/diff-command.js";
import { diffSpecs } from "../../src/diff/diff-specs.js";
import { readPacts } from "../../src/diff/pact-impact.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));

async function runDiff(args: readonly string[]) {
  const out: string[] = [];
  const err: string[] = [];
  let code: number | undefined;
  const program = addDiffCommand(new Command("paymock").exitOverride(), {
    write: (t) => out.push(t),
    error: (t) => err.push(t),
    exit: (c) => {
      code = c;
    },
  });
  await program.parseAsync(["node", "paymock", "diff", ...args]);
  return { out, err, code };
}

const fixtureArgs = (rule: string, ...extra: string[]) => [
  `${FIXTURES}base.yaml`,
  `${FIXTURES}${rule}.yaml`,
  "--pacts",
  `${FIXTURES}pacts`,
  "--provider",
  "fixture-shop",
  ...extra,
];

describe("paymock diff", () => {
  it("prints the table and exits 1 on a breaking change", async () => {
    const run = await runDiff(fixtureArgs("response-status-removed"));
    expect(run.code).toBe(1);
    expect(run.out).toContain('            breaks pact interaction "a missing order"');
    expect(run.out.at(-1)).toBe("1 breaking change(s): clients built on the old spec may fail.");
  });

  it("exits 0 when nothing is breaking", async () => {
    const run = await runDiff(fixtureArgs("compatible"));
    expect(run.code).toBe(0);
    expect(run.out.at(-1)).toBe("No breaking changes.");
  });

  it("prints JSON with --json", async () => {
    const run = await runDiff(fixtureArgs("request-field-required", "--json"));
    const report = JSON.parse(run.out.join("\n")) as {
      breaking: boolean;
      specs: { name: string; changes: { kind: string; breaking: boolean; interactions: string[] }[] }[];
    };
    expect(report.breaking).toBe(true);
    expect(report.specs[0]?.name).toBe("fixture-shop");
    expect(report.specs[0]?.changes.filter((c) => c.breaking)).toMatchObject([
      { kind: "field-became-required", interactions: ["a new order"] },
    ]);
    expect(run.code).toBe(1);
  });

  it("exits 2 naming the file it cannot read, or that is not OpenAPI", async () => {
    const missing = await runDiff([`${FIXTURES}base.yaml`, `${FIXTURES}no-such.yaml`]);
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toMatch(/^paymock diff: ENOENT: no such file or directory, open '.*no-such\.yaml'$/);
    const notOpenApi = await runDiff([`${FIXTURES}base.yaml`, `${FIXTURES}pacts/frontend-fixture-shop.json`]);
    expect(notOpenApi.code).toBe(2);
    expect(notOpenApi.err[0]).toMatch(/is not an OpenAPI 3 document/);
  });
});

describe("the committed specs and pacts", () => {
  const pacts = readPacts(`${ROOT}contracts/pacts`);
  const edit = (api: "nbcgate" | "mercuryo-spend", from: string, to: string) => {
    const text = readFileSync(specPath(api), "utf8");
    expect(text).toContain(from);
    return diffSpecs({ name: api, oldText: text, newText: text.replace(from, to), pacts, provider: api });
  };

  it("flags renaming Chain.testnet to is_testnet as breaking", () => {
    const diff = edit(
      "nbcgate",
      "required: [id, code, name, testnet]\n      properties:\n        id: {type: integer}\n        code: {type: string}\n        name: {type: string}\n        testnet: {type: boolean}",
      "required: [id, code, name, is_testnet]\n      properties:\n        id: {type: integer}\n        code: {type: string}\n        name: {type: string}\n        is_testnet: {type: boolean}",
    );
    expect(diff.changes.filter((c) => c.breaking).map((c) => [c.operation, c.field])).toContainEqual([
      "GET /currency/chain",
      "[].testnet",
    ]);
  });

  it("names the Mercuryo pact interaction that a new KYC status breaks", () => {
    const diff = edit(
      "mercuryo-spend",
      "enum: [complete, incomplete, failed_attempt, failed, under_review]",
      "enum: [complete, incomplete, failed_attempt, failed, under_review, suspended]",
    );
    const kyc = diff.changes.filter((c) => c.breaking && c.operation === "GET /sdk-partner/user/kyc-status");
    expect(kyc.map((c) => [c.where, c.field, c.interactions])).toEqual([
      ["response 200 body", "data.features[].status", ["a request for the KYC status"]],
    ]);
  });
});

describe("npm run spec:diff -- --base <ref>", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  const run = (cwd: string, args: readonly string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "scripts/spec-diff.ts"), ...args],
        { cwd, timeout: 60_000 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });

  it("compares the working tree with the ref, names broken interactions and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "paymock-spec-diff-"));
    dirs.push(dir);
    mkdirSync(join(dir, "specs"));
    copyFileSync(`${FIXTURES}base.yaml`, join(dir, "specs/nbcgate.yaml"));
    const git = (...args: string[]) =>
      new Promise<void>((resolve, reject) =>
        execFile("git", ["-c", "user.email=t@t", "-c", "user.name=t", ...args], { cwd: dir }, (e) =>
          e ? reject(e) : resolve(),
        ),
      );
    await git("init", "-q");
    await git("add", ".");
    await git("commit", "-qm", "base");
    writeFileSync(join(dir, "specs/nbcgate.yaml"), readFileSync(`${FIXTURES}response-field-removed.yaml`));
    mkdirSync(join(dir, "pacts"));
    const pact = JSON.parse(readFileSync(`${FIXTURES}pacts/frontend-fixture-shop.json`, "utf8")) as {
      provider: { name: string };
    };
    pact.provider.name = "nbcgate";
    writeFileSync(join(dir, "pacts/p.json"), JSON.stringify(pact));
    const result = await run(dir, ["--base", "HEAD", "--repo", dir, "--pacts", join(dir, "pacts")]);
    expect(result.stdout.split("\n")).toEqual(
      expect.arrayContaining([
        "nbcgate: 2 change(s), 2 breaking",
        '            breaks pact interaction "an order"',
        '            breaks pact interaction "a new order"',
        "2 breaking change(s): clients built on the old spec may fail.",
      ]),
    );
    expect(result.code).toBe(1);
  });

  it("exits 2 when the ref does not exist", async () => {
    const result = await run(ROOT, ["--base", "no-such-ref-for-paymock"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'spec:diff: "no-such-ref-for-paymock" is not a git ref here (fetch it first, e.g. git fetch origin main).',
    );
  });
});
