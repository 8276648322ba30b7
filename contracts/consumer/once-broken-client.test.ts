/**
 * Consumer pact tests are not retried: a client bug that breaks only the first call still fails
 * the run. A child vitest runs `fixtures/once-broken.fixture.ts` with the suite's consumer
 * contract; the interaction sent by a client that drops `B2B-User-Ip` once must fail (and keep
 * the pact unpublished), the one sent by a correct client must pass.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

interface JsonReport {
  readonly testResults: readonly {
    readonly assertionResults: readonly {
      readonly title: string;
      readonly status: string;
      readonly failureMessages: readonly string[];
    }[];
  }[];
}

function runFixture(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, "node_modules/vitest/vitest.mjs"), "run", "--config", "contracts/consumer/fixtures/vitest.config.ts"],
      { cwd: ROOT, env: { ...process.env, ...env, CI: "" }, timeout: 90_000 },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number | null) : 0, output: stdout + stderr }),
    );
  });
}

describe("consumer pact tests without retries", () => {
  it("a client bug that fails only the first call fails the run, and nothing is published", async () => {
    const dir = mkdtempSync(join(tmpdir(), "paymock-once-broken-"));
    try {
      const report = join(dir, "report.json");
      const pactsDir = join(dir, "pacts");
      const run = await runFixture({
        PAYMOCK_FIXTURE_PACTS_DIR: pactsDir,
        VITEST_JSON_REPORT: report,
      });
      expect(run.code, run.output).toBe(1);
      expect(run.output).not.toMatch(/retry/i);
      const json = JSON.parse(readFileSync(report, "utf8")) as JsonReport;
      const results = json.testResults.flatMap((r) => r.assertionResults);
      expect(results.map((r) => [r.title, r.status])).toEqual([
        ["once-broken client", "failed"],
        ["correct client", "passed"],
      ]);
      // The client saw the Pact mock server's 500, and the mock server said which header was missing.
      expect(results[0]?.failureMessages.join("\n")).toContain("expected 500 to be 200");
      expect(run.output).toMatch(/b2b-user-ip/i);
      expect(run.output).toContain("pact not published; these interactions failed:");
      expect(existsSync(pactsDir) && readdirSync(pactsDir).length > 0).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("no consumer test file and no vitest config asks for retries", () => {
    const files = [
      "vitest.config.ts",
      ...readdirSync(join(ROOT, "contracts/consumer"))
        .filter((f) => f.endsWith(".ts"))
        .map((f) => `contracts/consumer/${f}`),
    ].filter((f) => !f.endsWith("once-broken-client.test.ts"));
    const asking = files.filter((f) => /\bretry\s*:/.test(readFileSync(join(ROOT, f), "utf8")));
    expect(asking).toEqual([]);
  });
});
