/**
 * Recipe: Playwright starts paymock through `webServer` on free ports; the worker fixture in
 * ./fixtures.ts reads the URLs from the ports file. In your project the command is
 * `npx paymock start --port-base 0 --ports-file ...`.
 * @see docs/test-suites.md
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";

// Set once in the runner; the workers it starts inherit it, so they all read the same file.
process.env.PAYMOCK_PORTS_FILE ??= join(tmpdir(), `paymock-ports-${process.pid}.json`);
const paymock = fileURLToPath(new URL("../../bin/paymock.js", import.meta.url));

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  fullyParallel: true,
  workers: 2,
  outputDir: `${process.env.PAYMOCK_PORTS_FILE}.results`,
  reporter: "list",
  webServer: {
    command: `node ${paymock} start --port-base 0 --ports-file ${process.env.PAYMOCK_PORTS_FILE} --otp-code 424242 --log-level warn`,
    // The banner's last line is printed after the ports file is written.
    wait: { stdout: /Admin API on every port/ },
    stdout: "pipe",
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    timeout: 120_000,
  },
  use: {
    browserName: "chromium",
    headless: true,
    launchOptions: {
      // Debian's chromium (no browser download); PAYMOCK_CHROMIUM points elsewhere.
      executablePath: process.env.PAYMOCK_CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
});
