/**
 * Hot reload (`watch: true`) and a user's own spec (`specs: {api: file}`): a copy of the Softline
 * spec in a temporary folder is edited while the mock serves it. Sessions, tokens and the journal
 * survive a swap; a broken edit keeps the previous version serving and is reported with file and line.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SpecStatus } from "../../mocks/engine/spec-watch.js";
import { listen, type RunningServer } from "../../mocks/http.js";
import { createMockServer, type MockServer } from "../../mocks/server.js";
import { specPath } from "../../src/apis.js";
import { launchBrowser } from "../dashboard/support/browser.js";

const API = "softline-checkout";
const original = readFileSync(specPath(API), "utf8");

/** The spec with a new operation right after `paths:`; `extra` goes into its 200 response. */
function withHello(extra = "", example = '{ hello: "world" }'): string {
  const hello = [
    "  /v1/paymock-hello:",
    "    get:",
    "      operationId: paymockHello",
    "      summary: Added while the mock runs",
    "      responses:",
    '        "200":',
    "          description: Hello",
    "          content:",
    "            application/json:",
    "              schema:",
    "                type: object",
    "                required: [hello]",
    "                properties:",
    "                  hello: { type: string }",
    `              example: ${example}`,
    ...(extra === "" ? [] : [extra]),
  ].join("\n");
  return original.replace(/^paths:\n/m, `paths:\n${hello}\n`);
}

/** 1-based line of the first line containing `needle`. */
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

const lines: string[] = [];
const logger = pino({ level: "info", base: undefined }, { write: (line: string) => lines.push(line) });
const messages = () => lines.map((l) => (JSON.parse(l) as { msg: string }).msg);

let dir: string;
let file: string;
let mock: MockServer;
let running: RunningServer;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "paymock-watch-"));
  file = join(dir, "softline-checkout.yaml");
  copyFileSync(specPath(API), file);
  mock = await createMockServer({ apis: [API], watch: true, specs: { [API]: file } }, { logger });
  running = await listen(mock, { ephemeralPorts: true });
  base = running.url(API);
  await mock.specWatcher?.ready;
});

afterAll(async () => {
  await running?.close();
  await mock?.close();
});

const status = (): SpecStatus => {
  const found = mock.specWatcher?.status()[0];
  if (found === undefined) throw new Error("not watching");
  return found;
};

/** Writes the file and waits until the watcher has dealt with it (a new version or an error). */
async function edit(text: string, until: (s: SpecStatus) => boolean): Promise<number> {
  const started = Date.now();
  writeFileSync(file, text);
  while (!until(status())) {
    if (Date.now() - started > 20_000) throw new Error(`no reload: ${JSON.stringify(status())}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return Date.now() - started;
}

const login = async () => {
  const res = await fetch(`${base}/v1/login_check`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-paymock-session": "watch" },
    body: JSON.stringify({ username: "merchant", password: "merchant-secret" }),
  });
  return ((await res.json()) as { token: string }).token;
};
const hello = (token: string) =>
  fetch(`${base}/v1/paymock-hello`, {
    headers: { authorizationjwt: `Bearer ${token}`, "x-paymock-session": "watch" },
  });

// A reload parses the spec twice (check, then Prism): seconds on a loaded CI machine, so the budget is generous.
describe("hot reload of a served spec", { timeout: 60_000 }, () => {
  let token: string;

  it("swaps in an added operation without losing the session's token or journal", async () => {
    token = await login();
    expect((await hello(token)).status).toBe(404);
    const took = await edit(withHello(), (s) => s.version === 2);
    console.info(`reloaded ${took} ms after the write`);

    const answer = await hello(token);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ hello: "world" });
    expect(status()).toMatchObject({
      state: "serving",
      lastChange: { added: ["paymockHello"], removed: [], changed: [] },
    });
    expect(messages()).toContain("spec reloaded (version 2): +1 added (paymockHello)");
    const journal = (await (
      await fetch(`${base}/__mock/requests`, { headers: { "x-paymock-session": "watch" } })
    ).json()) as {
      path: string;
    }[];
    expect(journal.map((e) => e.path)).toEqual(["/v1/login_check", "/v1/paymock-hello", "/v1/paymock-hello"]);
  });

  it("reports a changed operation by its operationId", async () => {
    await edit(withHello("", '{ hello: "again" }'), (s) => s.version === 3);
    expect(status().lastChange).toEqual({ added: [], removed: [], changed: ["paymockHello"] });
    expect(await (await hello(token)).json()).toEqual({ hello: "again" });
  });

  it.each([
    [
      "a broken $ref",
      withHello("          links: { self: { $ref: '#/components/links/Nowhere' } }"),
      "Nowhere",
      "points to nothing",
    ],
    ["an invalid example", withHello("", "{ hello: 42 }"), "hello: 42", "example does not match its schema"],
    ["a YAML error (a duplicate key)", withHello('          description: "Twice"'), "Twice", "unique"],
  ])("keeps serving the previous version after %s, and says where", async (_what, text, needle, message) => {
    const before = status();
    await edit(text, (s) => s.state === "error" && s.checks > before.checks);
    const [problem] = status().problems;
    expect(problem?.file).toBe(file);
    expect(problem?.line).toBe(lineOf(text, needle));
    expect(problem?.message).toContain(message);
    expect(status().version).toBe(before.version);
    expect(messages().some((m) => m.includes(`${file}:${problem?.line}`))).toBe(true);
    // The previous version still answers, token and all.
    expect(await (await hello(token)).json()).toEqual({ hello: "again" });
  });

  it("shows the refused edit in the dashboard, with file and line", async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${base}/__mock/ui#specs`);
      const alert = page.locator("[data-testid=spec-alert]");
      await alert.waitFor();
      expect(await alert.textContent()).toContain(`${file}:${status().problems[0]?.line}`);
      expect(await page.locator(`[data-testid=spec-${API}] [data-testid=spec-problems]`).textContent()).toContain(file);
    } finally {
      await browser.close();
    }
  });

  it("recovers on the next good edit and reports the removed operation", async () => {
    await edit(original, (s) => s.state === "serving" && s.lastChange?.removed.length === 1);
    expect(status().lastChange?.removed).toEqual(["paymockHello"]);
    expect(status().problems).toEqual([]);
    const gone = await hello(token);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ errors: [{ error: 104 }] });
  });
});

describe("serving a user's own copy of a spec", () => {
  it("reports at start the operations the flows script but the spec lacks", async () => {
    const copy = join(mkdtempSync(join(tmpdir(), "paymock-spec-")), "softline.yaml");
    writeFileSync(copy, original.replace("operationId: searchOrders", "operationId: searchOrdersRenamed"));
    const seen: string[] = [];
    const own = await createMockServer(
      { apis: [API], specs: { [API]: copy } },
      { logger: pino({ level: "info", base: undefined }, { write: (line: string) => seen.push(line) }) },
    );
    try {
      const warning = seen.map((l) => JSON.parse(l) as { msg: string; missing?: string[] }).find((l) => l.missing);
      expect(warning?.missing).toEqual(["searchOrders"]);
      expect(warning?.msg).toContain(copy);
      // The renamed operation is served from the user's file (an example answer, not the script).
      expect(own.engine(API).operations.some((op) => op.id === "searchOrdersRenamed")).toBe(true);
    } finally {
      await own.close();
    }
  });

  it("refuses a spec for an API it does not know", async () => {
    await expect(createMockServer({ specs: { nope: "x.yaml" } as never })).rejects.toThrow(/unknown API "nope"/);
  });
});
