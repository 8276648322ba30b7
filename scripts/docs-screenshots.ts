/**
 * `npm run docs:screenshots`: runs the dashboard's browser tests with their screenshots written to
 * `docs/images/` (test runs alone write them to a temporary folder and leave the tree clean).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "docs", "images");
const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
const run = spawnSync(process.execPath, [vitest, "run", "test/dashboard/dashboard.browser.test.ts"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, PAYMOCK_SCREENSHOT_DIR: out },
});
if (run.status !== 0) process.exit(run.status ?? 1);
for (const name of readdirSync(out)
  .filter((n) => n.endsWith(".png"))
  .sort()) {
  process.stdout.write(`docs/images/${name}  ${Math.round(statSync(join(out, name)).size / 1024)} KiB\n`);
}
