/**
 * The dashboard in a real browser (headless Debian Chromium through playwright-core), against a
 * mock on ephemeral ports. Each test works in its own session, as a developer would choose one in
 * the header. Screenshots go to a temporary folder (see ./support/browser.ts).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSequenceOtp } from "../../mocks/context.js";
import { listen, type RunningServer } from "../../mocks/http.js";
import { createMockServer, type MockServer } from "../../mocks/server.js";
import { launchBrowser, type OpenedPage, openPage, screenshot } from "./support/browser.js";

const CODE = "482913";
const OTP_USER = { email: "otp@nbcgate.test", password: "Password123" };

let mock: MockServer;
let running: RunningServer;
let browser: Browser;

beforeAll(async () => {
  mock = await createMockServer({ logLevel: "silent" }, { otp: createSequenceOtp([CODE]) });
  running = await listen(mock, { ephemeralPorts: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
  await mock?.close();
});

const post = (base: string, path: string, body: unknown, session: string) =>
  fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-paymock-session": session },
    body: JSON.stringify(body),
  });

/** Opens the dashboard on one API's port and chooses a session in the header form. */
async function openDashboard(session: string, viewport?: { width: number; height: number }): Promise<OpenedPage> {
  const opened = await openPage(browser, viewport);
  await opened.page.goto(`${running.url("nbcgate")}/__mock/ui`);
  await opened.page.fill("#session-input", session);
  await opened.page.click("#session-form button[type=submit]");
  await opened.page.waitForSelector("#live-text:has-text('live')");
  await expectText(opened.page, "#status", `Viewing session ${session}`);
  return opened;
}

const expectText = (page: Page, selector: string, text: string) =>
  page.waitForSelector(`${selector}:has-text(${JSON.stringify(text)})`, { timeout: 10_000 });

async function finish(opened: OpenedPage): Promise<void> {
  expect(opened.errors).toEqual([]);
  await opened.context.close();
}

describe("dashboard in Chromium", () => {
  it("shows a one-time code live, without a reload, when a client signs in through the API", async () => {
    const opened = await openDashboard("codes-live");
    const { page } = opened;
    await page.evaluate('window.marker = "same page"');
    expect(await page.locator("[data-testid=code]").count()).toBe(0);

    const answer = await post(running.url("nbcgate"), "/auth/sign-in", OTP_USER, "codes-live");
    expect(answer.status).toBe(400); // OTP_REQUIRED: the code was mailed
    const started = Date.now();
    await page.waitForSelector(`[data-testid=code]:has-text("${CODE}")`, { timeout: 10_000 });
    const waited = Date.now() - started;

    expect(await page.evaluate("window.marker")).toBe("same page");
    const row = page.locator("[data-testid=code-row]").first();
    expect(await row.textContent()).toContain(OTP_USER.email);
    expect(await row.textContent()).toContain("nbcgate");
    await screenshot(page, "codes");
    // Live, not instant: the event stream checks four times a second. Logged for the docs' claim.
    console.info(`code appeared ${waited} ms after the sign-in answer`);
    await finish(opened);
  });

  it("shows a token expire against the mock clock after advancing it from the controls", async () => {
    const opened = await openDashboard("clock-expiry");
    const { page } = opened;
    const login = await post(
      running.url("softline-checkout"),
      "/v1/login_check",
      { username: "merchant", password: "merchant-secret" },
      "clock-expiry",
    );
    expect(login.status).toBe(200);

    await page.click("#tab-state");
    await page.click("button:has-text('softline-checkout')");
    const tokens = page.locator('[data-testid="state-Tokens"]');
    await tokens.locator("time.future").first().waitFor();
    expect(await tokens.locator("time.expired").count()).toBe(0);
    expect(await tokens.textContent()).toContain("merchant");
    await screenshot(page, "state");

    await page.click("#tab-controls");
    await page.click("button:has-text('+1 day')");
    await expectText(page, "#status", "Advance clock 86400s: done");
    const clock = (await (
      await fetch(`${running.url("nbcgate")}/__mock/clock`, {
        headers: { "x-paymock-session": "clock-expiry" },
      })
    ).json()) as { offsetSeconds: number };
    expect(clock.offsetSeconds).toBe(86_400);
    await screenshot(page, "controls");

    await page.click("#tab-state");
    await page.click("button:has-text('softline-checkout')");
    await tokens.locator("time.expired").first().waitFor();
    expect(await tokens.locator("time.future").count()).toBe(0);

    // The token really is expired for the API too (code 1009), in this session only.
    const list = await fetch(`${running.url("softline-checkout")}/v1/order/search`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-paymock-session": "clock-expiry",
        authorizationjwt: `Bearer ${((await login.json()) as { token: string }).token}`,
      },
      body: "{}",
    });
    expect(list.status).toBe(401);
    expect(JSON.stringify(await list.json())).toContain("1009");
    await finish(opened);
  });

  it("injects a fault from the UI, and the next call to that operation fails with it", async () => {
    const opened = await openDashboard("fault-ui");
    const { page } = opened;
    await page.click("#tab-controls");
    await page.selectOption("#controls-api", "nbcgate");
    await page.selectOption("#fault-op", "signIn");
    await page.fill("#fault-status", "503");
    await page.fill("#fault-times", "1");
    await page.click("button:has-text('Add fault')");
    await page.locator("[data-testid=fault-row]").first().waitFor();
    expect(await page.locator("[data-testid=fault-row]").first().textContent()).toContain("signIn");

    const faulted = await post(running.url("nbcgate"), "/auth/sign-in", OTP_USER, "fault-ui");
    expect(faulted.status).toBe(503);
    // Other sessions are untouched, and `times: 1` used the fault up.
    expect((await post(running.url("nbcgate"), "/auth/sign-in", OTP_USER, "fault-other")).status).toBe(400);
    expect((await post(running.url("nbcgate"), "/auth/sign-in", OTP_USER, "fault-ui")).status).toBe(400);
    await page.waitForSelector("[data-testid=fault-row]", { state: "detached" });
    await finish(opened);
  });

  it("resets one API of the session from the controls: its codes go, the other API's stay, the clock stays", async () => {
    const session = "reset-ui";
    expect((await post(running.url("nbcgate"), "/auth/sign-in", OTP_USER, session)).status).toBe(400);
    const mercuryo = await fetch(`${running.url("mercuryo-spend")}/sdk-partner/user/sign-in`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "sdk-partner-token": "sandbox-partner-token",
        "x-paymock-session": session,
      },
      body: JSON.stringify({ email: "reset-ui@example.test", accept: true }),
    });
    expect(mercuryo.status).toBe(200);
    await post(running.url("nbcgate"), "/__mock/clock", { advanceSeconds: 120 }, session);
    const admin = (api: "nbcgate" | "mercuryo-spend", route: string) =>
      fetch(`${running.url(api)}/__mock/${route}`, { headers: { "x-paymock-session": session } }).then((r) => r.json());

    const opened = await openDashboard(session);
    const { page } = opened;
    await page.click("#tab-controls");
    await page.selectOption("#controls-api", "mercuryo-spend");
    await page.click("[data-testid=reset-api]");
    await expectText(page, "#status", "Reset mercuryo-spend: done");
    expect(await admin("mercuryo-spend", "outbox")).toEqual([]);
    expect(await admin("nbcgate", "outbox")).toHaveLength(1);
    expect(await admin("nbcgate", "clock")).toMatchObject({ offsetSeconds: 120 });
    await finish(opened);
  });

  it("opens a journal row with the redacted request body and a link to the operation in the spec", async () => {
    const opened = await openDashboard("journal-row");
    const { page } = opened;
    await post(running.url("nbcgate"), "/auth/sign-in", OTP_USER, "journal-row");
    await page.click("#tab-requests");
    const row = page.locator("[data-testid=request-row]").first();
    await row.waitFor();
    expect(await row.textContent()).toContain("/auth/sign-in");
    await screenshot(page, "requests");
    await row.click();

    const body = page.locator("#detail [data-testid=request-body]");
    await body.waitFor();
    const text = (await body.textContent()) ?? "";
    expect(text).toContain(OTP_USER.email);
    expect(text).toContain("[redacted]");
    expect(text).not.toContain(OTP_USER.password);
    expect(await page.locator("#detail [data-testid=response-body]").textContent()).toContain("OTP_REQUIRED");
    await screenshot(page, "request-detail");

    await page.click("#detail a:has-text('signIn')");
    const where = page.locator("[data-testid=spec-operation]");
    await where.waitFor();
    const line = Number(/line (\d+)/.exec((await where.textContent()) ?? "")?.[1]);
    expect(await page.locator(`#L${line}`).textContent()).toContain("operationId: signIn");
    await screenshot(page, "spec");
    await finish(opened);
  });

  it("sets up a provider state from the controls, shows its values, and lists the webhooks it sent", async () => {
    const received: string[] = [];
    const receiver = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => {
        body += c.toString();
      });
      req.on("end", () => {
        received.push(body);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
    const target = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    try {
      const session = "webhooks";
      const softline = running.url("softline-checkout");
      expect((await post(softline, "/__mock/callbacks/target", { url: target }, session)).status).toBe(200);
      const login = await post(
        softline,
        "/v1/login_check",
        { username: "merchant", password: "merchant-secret" },
        session,
      );
      const { token } = (await login.json()) as { token: string };
      const created = await fetch(`${softline}/v1/payment`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-paymock-session": session,
          authorizationjwt: `Bearer ${token}`,
        },
        body: JSON.stringify({
          currency: "EUR",
          amount: "1.00",
          return_success_url: "https://m.example/ok",
          payment_method: "CreditCard",
        }),
      });
      const { order_id: orderId } = (await created.json()) as { order_id: number };

      const opened = await openDashboard(session);
      const { page } = opened;
      await page.click("#tab-controls");
      await page.selectOption("#controls-api", "softline-checkout");
      await page.selectOption("#state-name", "the customer paid an order");
      await page.fill("#state-params", JSON.stringify({ orderId }));
      await page.click("button:has-text('Set up')");
      const values = page.locator("[data-testid=state-values]");
      await values.waitFor();
      expect(await values.textContent()).toContain(`"orderId": ${orderId}`);

      await page.click("#tab-callbacks");
      const row = page.locator("[data-testid=callback-row]").first();
      await page.waitForSelector("[data-testid=callback-row]:has-text('delivered 204')");
      const text = (await row.textContent()) ?? "";
      expect(text).toContain(target);
      expect(text).toContain("body.signature: ");
      expect(received.length).toBeGreaterThan(0);
      expect(received.some((b) => b.includes(String(orderId)))).toBe(true);
      await screenshot(page, "callbacks");
      await finish(opened);
    } finally {
      await new Promise((r) => receiver.close(r));
    }
  });

  it("can be used with the keyboard alone: tabs with arrow keys, rows with Enter, the dialog with Escape", async () => {
    const opened = await openDashboard("keyboard");
    const { page } = opened;
    await post(running.url("nbcgate"), "/auth/sign-in", OTP_USER, "keyboard");
    await page.focus("#tab-codes");
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction('location.hash === "#requests"');
    expect(await page.evaluate("document.activeElement?.id")).toBe("tab-requests");
    await page.locator("[data-testid=request-row]").first().waitFor();

    let onRow = false;
    for (let i = 0; i < 12 && !onRow; i++) {
      await page.keyboard.press("Tab");
      onRow = await page.evaluate('document.activeElement?.getAttribute("data-testid") === "request-row"');
    }
    expect(onRow).toBe(true);
    await page.keyboard.press("Enter");
    await page.locator("#detail[open]").waitFor();
    expect(await page.evaluate("document.activeElement?.id")).toBe("detail-close");
    await page.keyboard.press("Escape");
    await page.locator("#detail[open]").waitFor({ state: "detached" });
    expect(await page.evaluate('document.activeElement?.getAttribute("data-testid")')).toBe("request-row");
    await finish(opened);
  });

  it("stays readable in a narrow window: no sideways scrolling of the page", async () => {
    const opened = await openDashboard("narrow", { width: 375, height: 740 });
    const { page } = opened;
    await post(running.url("nbcgate"), "/auth/sign-in", OTP_USER, "narrow");
    await page.waitForSelector(`[data-testid=code]:has-text("${CODE}")`);
    for (const view of ["codes", "requests", "state", "controls", "specs"]) {
      await page.click(`#tab-${view}`);
      await page.waitForFunction(`location.hash === "#${view}"`);
      const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
      expect(overflow, `${view} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    }
    await page.click("#tab-codes");
    await screenshot(page, "narrow");
    await finish(opened);
  });
});
