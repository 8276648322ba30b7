/**
 * Runs the Playwright recipe (recipes/playwright) with Playwright's own test runner in a child
 * process: `webServer` starts `paymock start --port-base 0 --ports-file ...`, two workers drive
 * Debian's /usr/bin/chromium, and the worker fixture gives each worker its own session.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "paymock-playwright-recipe-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every `{type, description}` annotation anywhere in Playwright's JSON report. */
function annotationsOf(node: unknown, type: string): string[] {
  if (Array.isArray(node)) return node.flatMap((child) => annotationsOf(child, type));
  if (typeof node !== "object" || node === null) return [];
  const record = node as Record<string, unknown>;
  const own = record.type === type && typeof record.description === "string" ? [record.description] : [];
  return [...own, ...Object.values(record).flatMap((child) => annotationsOf(child, type))];
}

it("the Playwright webServer + worker-session recipe passes in Chromium, one session per worker", async () => {
  const report = join(dir, "report.json");
  const portsFile = join(dir, "ports.json");
  const cli = join(root, "node_modules/@playwright/test/cli.js");
  const run = await promisify(execFile)(
    process.execPath,
    [cli, "test", "--config", "recipes/playwright/playwright.config.ts", "--reporter=json"],
    {
      cwd: root,
      env: { ...process.env, CI: "", PLAYWRIGHT_JSON_OUTPUT_NAME: report, PAYMOCK_PORTS_FILE: portsFile },
      timeout: 230_000,
    },
  ).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(`playwright failed: ${error.message}\n${error.stdout ?? ""}\n${error.stderr ?? ""}`);
  });
  expect(run.stderr).not.toContain("Error");
  const result = JSON.parse(readFileSync(report, "utf8")) as { stats: { expected: number; unexpected: number } };
  expect(result.stats).toMatchObject({ expected: 5, unexpected: 0 });

  // "<workerIndex> <session>" per test: one session per worker, never shared between workers.
  const seen = [...new Set(annotationsOf(result, "paymock-session"))].map((d) => d.split(" ") as [string, string]);
  expect(seen.length).toBeGreaterThanOrEqual(1);
  const workers = new Set(seen.map(([worker]) => worker));
  const sessions = new Set(seen.map(([, session]) => session));
  expect(sessions.size).toBe(workers.size);
  expect(seen.length).toBe(workers.size);
  for (const session of sessions) expect(session).toMatch(/^pw-\d+-[0-9a-f]{8}$/);

  // webServer stopped paymock with SIGTERM, and paymock removed its ports file.
  expect(existsSync(portsFile)).toBe(false);
}, 240_000);
