/**
 * Recipe: a Playwright worker fixture that gives every worker its own `X-Paymock-Session`, sent
 * on every request of its pages and API contexts, so parallel workers never share mock state, and
 * an automatic fixture that resets that session before each test, so tests never share it either.
 * @see docs/test-suites.md
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { test as base } from "@playwright/test";
import type { ApiId } from "../../src/apis.js";

export interface Paymock {
  /** Base URL of each mocked API, from the ports file paymock wrote. */
  readonly urls: Readonly<Record<ApiId, string>>;
  /** This worker's session id. */
  readonly session: string;
  /** Calls this session's admin API of one API (`/__mock/...`). */
  admin(api: ApiId, path: string, init?: { method?: string; body?: unknown }): Promise<Response>;
}

export const test = base.extend<{ paymockReset: undefined }, { paymock: Paymock }>({
  paymock: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a function asks for from its first parameter.
    async ({}, use, workerInfo) => {
      const file = process.env.PAYMOCK_PORTS_FILE;
      if (file === undefined) throw new Error("PAYMOCK_PORTS_FILE is not set; see playwright.config.ts.");
      const urls = JSON.parse(readFileSync(file, "utf8")) as Record<ApiId, string>;
      const session = `pw-${workerInfo.workerIndex}-${randomUUID().slice(0, 8)}`;
      await use({
        urls,
        session,
        admin: (api, path, init = {}) =>
          fetch(`${urls[api]}/__mock${path}`, {
            method: init.method ?? "GET",
            headers: { "x-paymock-session": session, "content-type": "application/json" },
            ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
          }),
      });
    },
    { scope: "worker" },
  ],
  // Before each test: this worker's session back to the seed (the other workers' sessions are untouched).
  paymockReset: [
    async ({ paymock }, use) => {
      const reset = await paymock.admin("nbcgate", "/reset", { method: "POST" });
      if (reset.status !== 204) throw new Error(`paymock reset answered ${reset.status}: ${await reset.text()}`);
      await use(undefined);
    },
    { auto: true },
  ],
  // Every page and `request` of the worker carries its session header.
  extraHTTPHeaders: async ({ paymock }, use) => {
    await use({ "X-Paymock-Session": paymock.session });
  },
});

export { expect } from "@playwright/test";
