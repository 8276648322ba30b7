/**
 * The mock inside a test suite (issue #12): startMock on free ports with its typed admin helper,
 * socket-level faults over real HTTP, HEAD on admin routes, createMockFetch serving every typed
 * client without a socket, and snapshots that restore all four APIs exactly.
 */
import { describe, expect, it, vi } from "vitest";
import { createClock, createCounterIds, createSequenceOtp } from "../../mocks/context.js";
import { createMockFetch, type MockFetch, startMock } from "../../mocks/start-mock.js";
import { API_IDS } from "../../src/apis.js";
import { runFullFlows } from "../support/flows.js";

const T0 = new Date("2026-01-01T00:00:00Z");

describe("startMock", () => {
  it("puts every API on its own free port, with an admin helper per API, and stops cleanly", async () => {
    const servers = () => process.getActiveResourcesInfo().filter((r) => r === "TCPServerWrap").length;
    const before = { servers: servers() };
    const mock = await startMock({ otpCode: "654321" });
    let held: Promise<unknown> = Promise.resolve();
    try {
      expect(Object.keys(mock.urls).sort()).toEqual([...API_IDS].sort());
      const ports = new Set(API_IDS.map((api) => new URL(mock.url(api)).port));
      expect(ports.size).toBe(4);
      const health = await fetch(`${mock.url("mercuryo-spend")}/__mock/health`);
      expect(await health.json()).toEqual({ api: "mercuryo-spend", status: "ok" });

      const nbc = mock.admin("nbcgate", { session: "t1" });
      await expect(nbc.latestCode("otp@nbcgate.test")).rejects.toThrow(
        /no code was sent to otp@nbcgate.test in session t1/,
      );
      await fetch(`${mock.url("nbcgate")}/auth/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-paymock-session": "t1" },
        body: JSON.stringify({ email: "otp@nbcgate.test", password: "Password123" }),
      });
      expect(await nbc.latestCode("otp@nbcgate.test")).toBe("654321");
      expect(await nbc.count({ operationId: "signIn", body: { email: "otp@nbcgate.test" } })).toBe(1);
      expect((await nbc.requests({ operationId: "signIn" }))[0]?.body).toEqual({
        email: "otp@nbcgate.test",
        password: "[redacted]",
      });
      expect((await nbc.clock.advance(90)).offsetSeconds).toBe(90);
      expect((await nbc.clock.freeze()).frozen).toBe(true);
      expect((await nbc.clock.set(new Date("2031-02-03T04:05:06Z"))).now).toBe("2031-02-03T04:05:06.000Z");
      await expect(nbc.clock.advance(1e13)).rejects.toThrow(/answered 400: advanceSeconds must be an integer/);
      expect(await nbc.state("demo-signed-in").catch((e: Error) => e.message)).toMatch(/./);
      await nbc.clearRequests();
      expect(await nbc.requests()).toEqual([]);
      await nbc.reset();
      expect(await nbc.clock.get()).toMatchObject({ offsetSeconds: 0, frozen: false });
      expect(await mock.admin("nbcgate").outbox()).toEqual([]);
      // A request held by a 60 s delay does not keep stop() waiting.
      await mock.admin("nbcgate").fault({ operationId: "listBalances", delayMs: 60_000 });
      held = fetch(`${mock.url("nbcgate")}/api/balance`).then(
        (r) => r.status,
        () => "closed",
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      const started = performance.now();
      await mock.stop();
      expect(performance.now() - started).toBeLessThan(5_000);
    }
    expect([401, "closed"]).toContain(await held);
    // Handles are released on a later turn of the event loop.
    await vi.waitFor(() => {
      expect(servers()).toBe(before.servers);
    });
  });

  it("answers HEAD on admin GET routes like GET without a body (#10.13)", async () => {
    const mock = await startMock({ apis: ["softline-checkout"] });
    try {
      for (const route of ["health", "clock", "requests", "outbox", "faults", "callbacks", "snapshot"]) {
        const head = await fetch(`${mock.url("softline-checkout")}/__mock/${route}`, { method: "HEAD" });
        expect(head.status, route).toBe(200);
        expect(await head.text()).toBe("");
        expect(Number(head.headers.get("content-length"))).toBeGreaterThan(0);
      }
      const preflight = await fetch(`${mock.url("softline-checkout")}/v1/order/1`, {
        method: "OPTIONS",
        headers: {
          origin: "http://localhost:5173",
          "access-control-request-method": "GET",
          "access-control-request-headers": "authorizationjwt, x-paymock-session",
        },
      });
      expect(preflight.headers.get("access-control-allow-headers")).toContain("x-paymock-session");
    } finally {
      await mock.stop();
    }
  });

  it("applies socket-level faults: connection reset, empty response, and a timeout the client gives up on", async () => {
    const mock = await startMock({ apis: ["b2core-backoffice"] });
    try {
      const admin = mock.admin("b2core-backoffice");
      const url = `${mock.url("b2core-backoffice")}/api/v2/clients`;
      await admin.fault({ operationId: "listClients", fault: "connection-reset", times: 1 });
      await expect(fetch(url)).rejects.toThrow(/fetch failed/);
      await admin.fault({ operationId: "listClients", fault: "empty-response", times: 1 });
      await expect(fetch(url)).rejects.toThrow(/fetch failed/);
      await admin.fault({ operationId: "listClients", fault: "timeout", times: 1 });
      const started = performance.now();
      await expect(fetch(url, { signal: AbortSignal.timeout(300) })).rejects.toThrow(/abort|timeout/i);
      expect(performance.now() - started).toBeGreaterThanOrEqual(250);
      expect((await fetch(url)).status).toBe(401);
      const journal = await admin.requests({ operationId: "listClients" });
      expect(journal.map((e) => [e.source, e.status])).toEqual([
        ["fault", 0],
        ["fault", 0],
        ["fault", 0],
        ["scripted", 401],
      ]);
    } finally {
      await mock.stop();
    }
  });
});

describe("createMockFetch", () => {
  it("serves every typed client in-process with sessions, journal and admin semantics", async () => {
    const mockFetch = createMockFetch();
    try {
      const result = await runFullFlows({ url: mockFetch.url, admin: mockFetch.admin, fetch: mockFetch }, "jsdom-1");
      expect(Object.keys(result.codes).sort()).toEqual(["b2core-backoffice", "mercuryo-spend", "nbcgate"]);
      for (const api of API_IDS) {
        const journal = await mockFetch.admin(api, { session: "jsdom-1" }).requests();
        expect(journal.length, api).toBeGreaterThan(0);
        expect(await mockFetch.admin(api).requests()).toEqual([]);
      }
      await expect(mockFetch("http://elsewhere.test/api/balance")).rejects.toThrow(/cannot tell which API/);
      await mockFetch.admin("nbcgate").fault({ operationId: "listBalances", fault: "connection-reset", times: 1 });
      await expect(mockFetch(`${mockFetch.url("nbcgate")}/api/balance`)).rejects.toThrow(/fetch failed/);
    } finally {
      await mockFetch.close();
    }
  });
});

/** Reads that must come back the same after a restore: authenticated GETs on all four APIs, outboxes, clock. */
async function readAll(mf: MockFetch, tokens: Record<string, string>, orderId: number) {
  const get = async (url: string, headers: Record<string, string>) => {
    const response = await mf(url, { headers });
    return { status: response.status, body: await response.json() };
  };
  return {
    nbcgate: await get(`${mf.url("nbcgate")}/api/balance`, { authorization: tokens.nbcgate ?? "" }),
    softline: await get(`${mf.url("softline-checkout")}/v1/order/${orderId}`, {
      authorizationjwt: `Bearer ${tokens.softline}`,
    }),
    b2core: await get(`${mf.url("b2core-backoffice")}/api/v2/clients?limit=3`, {
      authorization: `Bearer ${tokens.b2core}`,
    }),
    outboxes: await Promise.all(API_IDS.map((api) => mf.admin(api).outbox())),
    clock: await mf.admin("nbcgate").clock.get(),
  };
}

describe("snapshots", () => {
  it("restore all four APIs exactly: snapshot, change things, restore, every read equals the first", async () => {
    const mf = createMockFetch(
      {},
      { clock: createClock(T0), otp: createSequenceOtp(["123456"]), ids: createCounterIds() },
    );
    const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
      const init = {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      };
      const text = await (await mf(url, init)).text();
      return (text === "" ? {} : JSON.parse(text)) as Record<string, unknown>;
    };
    try {
      const nbc = await post(`${mf.url("nbcgate")}/auth/sign-in`, {
        email: "demo@nbcgate.test",
        password: "Password123",
      });
      const softline = await post(`${mf.url("softline-checkout")}/v1/login_check`, {
        username: "merchant",
        password: "merchant-secret",
      });
      const payment = {
        currency: "EUR",
        amount: "5.00",
        return_success_url: "https://m.example/ok",
        payment_method: "CreditCard",
      };
      const softlineAuth = { authorizationjwt: `Bearer ${softline.token}` };
      const created = await post(`${mf.url("softline-checkout")}/v1/payment`, payment, softlineAuth);
      const challenge = await post(`${mf.url("b2core-backoffice")}/api/v2/signin`, {
        email: "admin@b2core.test",
        password: "Secret123",
      });
      const pair = await post(`${mf.url("b2core-backoffice")}/api/v2/2fa/confirm`, {
        token: (challenge["2faDetails"] as { token: string }).token,
        code: "123456",
      });
      await post(
        `${mf.url("mercuryo-spend")}/sdk-partner/user/sign-in`,
        { email: "kyc-complete@mercuryo.test" },
        { "sdk-partner-token": "sandbox-partner-token" },
      );
      await mf.admin("nbcgate").clock.advance(120);
      const tokens = {
        nbcgate: String(nbc.token),
        softline: String(softline.token),
        b2core: (pair.accessToken as { token: string }).token,
      };
      const orderId = Number(created.order_id);
      const first = await readAll(mf, tokens, orderId);
      expect(first.nbcgate.status).toBe(200);
      expect(first.softline.status).toBe(200);
      expect(first.b2core.status).toBe(200);
      const snapshot = JSON.parse(JSON.stringify(await mf.admin("softline-checkout").snapshot()));

      await post(`${mf.url("nbcgate")}/auth/log-out`, {}, { authorization: tokens.nbcgate });
      await post(`${mf.url("b2core-backoffice")}/api/v2/signout`, {}, { authorization: `Bearer ${tokens.b2core}` });
      await post(`${mf.url("softline-checkout")}/v1/payment`, payment, softlineAuth);
      await post(`${mf.url("b2core-backoffice")}/api/v2/signin`, { email: "admin@b2core.test", password: "Secret123" });
      await mf.admin("nbcgate").clock.advance(48 * 3600);
      const changed = await readAll(mf, tokens, orderId);
      expect(changed.nbcgate.status).toBe(401);
      expect(changed).not.toEqual(first);

      await expect(mf.admin("nbcgate").restore({ format: "something else" })).rejects.toThrow(/answered 400/);
      await mf.admin("b2core-backoffice").restore(snapshot);
      expect(await readAll(mf, tokens, orderId)).toEqual(first);
      expect(JSON.parse(JSON.stringify(await mf.admin("nbcgate").snapshot()))).toEqual(snapshot);
    } finally {
      await mf.close();
    }
  });
});
