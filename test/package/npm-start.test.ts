/**
 * `npm start &` then `kill $PID`, as CI scripts do: npm 11 forwards SIGINT and SIGTERM to its
 * script, which is `exec node bin/paymock.js start` (one node process, no shell in between), so
 * the mock gets the signal and frees its four ports; a mock that outlives npm exits as well.
 * `npx paymock start` is checked in ./installed-package.test.ts, from an installed tarball.
 */
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/consumer-project.js";
import { startThenKill } from "./support/process-check.js";

describe("npm start in the background, then kill <PID>", () => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "%s frees all four ports within 3 s and leaves no process",
    async (signal) => {
      const outcome = await startThenKill({ command: "npm", args: ["start"], cwd: ROOT, signal });
      expect(outcome.leftovers, outcome.output).toEqual([]);
      expect(outcome.freedMs, outcome.output).toBeLessThanOrEqual(3_000);
    },
  );
});
