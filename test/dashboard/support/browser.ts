/**
 * Headless Chromium for the dashboard tests (Debian's `chromium` through playwright-core): one
 * browser per file, a fresh context per test, console errors collected, screenshots written to a
 * temporary folder (or to `PAYMOCK_SCREENSHOT_DIR`, which `npm run docs:screenshots` sets).
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM = process.env.PAYMOCK_CHROMIUM ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught page errors seen so far. */
  readonly errors: string[];
}

/** A new page in its own context (own storage), 1280×800 unless told otherwise. */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, colorScheme: "light" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  return { context, page, errors };
}

let dir: string | undefined;
/** Where this run's screenshots go: never inside the work tree unless the docs script asks for it. */
export function screenshotDir(): string {
  if (dir === undefined) {
    const wanted = process.env.PAYMOCK_SCREENSHOT_DIR;
    if (wanted !== undefined && wanted !== "") {
      mkdirSync(wanted, { recursive: true });
      dir = wanted;
    } else dir = mkdtempSync(join(tmpdir(), "paymock-dashboard-"));
  }
  return dir;
}

/** Saves a PNG of the page (viewport only, to keep files small) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(screenshotDir(), `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
