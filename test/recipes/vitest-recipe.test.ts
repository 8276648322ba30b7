/**
 * Runs the vitest recipe (recipes/vitest: globalSetup + a test using it) as its own vitest
 * project in a child process, exactly as a consumer's `vitest run` would, and checks its report.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "paymock-vitest-recipe-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { assertionResults: { title: string; status: string }[] }[];
}

it("the vitest globalSetup recipe starts the mock on free ports, its tests pass, and the run exits", async () => {
  const report = join(dir, "report.json");
  const vitest = join(root, "node_modules/vitest/vitest.mjs");
  await promisify(execFile)(
    process.execPath,
    [vitest, "run", "--config", "recipes/vitest/vitest.config.ts", "--reporter=json", `--outputFile=${report}`],
    { cwd: root, env: { ...process.env, CI: "" }, timeout: 170_000 },
  );
  const result = JSON.parse(readFileSync(report, "utf8")) as Report;
  expect(result.numFailedTests).toBe(0);
  expect(result.numPassedTests).toBe(2);
  const titles = result.testResults.flatMap((f) => f.assertionResults.map((a) => `${a.status}: ${a.title}`));
  expect(titles).toEqual(
    expect.arrayContaining([
      "passed: signs in with the one-time code from the mock's outbox and reads the balance",
      "passed: verifies what the app called, from the request journal",
    ]),
  );
}, 180_000);
