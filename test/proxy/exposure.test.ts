/**
 * The proxy guards itself as the mock does (conventions #4, mocks/engine/exposure.ts): a foreign
 * `Host` gets 403 on admin routes and on proxied traffic (DNS rebinding), a page on a foreign
 * origin cannot reach `/__mock/*`, the admin token guards it, and that token never reaches the
 * target. Real HTTP against a real proxy in front of a paymock sandbox.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen, type RunningServer } from "../../mocks/http.js";
import { type RunningProxy, startProxy } from "../../mocks/proxy/start-proxy.js";
import { createMockServer } from "../../mocks/server.js";
import { agent, sendRaw, toJson } from "../robustness/support/raw-http.js";
import { errorEnvelopeProblems } from "./support.js";

let sandbox: RunningServer;
let open: RunningProxy;
let guarded: RunningProxy;
const TOKEN = "proxy-admin-secret-42";

/** The requests the sandbox received, by path (its own journal). */
const sandboxPaths = async (): Promise<{ path: string; headers: Record<string, string> }[]> =>
  (await fetch(`${sandbox.url("nbcgate")}/__mock/requests`)).json() as Promise<
    { path: string; headers: Record<string, string> }[]
  >;

beforeAll(async () => {
  sandbox = await listen(await createMockServer({ apis: ["nbcgate"], logLevel: "silent" }), { ephemeralPorts: true });
  const base = { api: "nbcgate", target: sandbox.url("nbcgate"), port: 0, logLevel: "silent" } as const;
  open = await startProxy({ ...base, allowedHosts: ["proxy.test"], adminOrigins: ["https://dash.example"] });
  guarded = await startProxy({ ...base, adminToken: TOKEN });
});

afterAll(async () => {
  agent.destroy();
  await Promise.all([open?.stop(), guarded?.stop()]);
  await sandbox?.close();
});

describe("the Host allow-list on the proxy", () => {
  const port = () => new URL(open.url).port;

  it("refuses a rebinding Host on admin routes with 403 in plain JSON", async () => {
    const res = await sendRaw(open.url, { method: "GET", path: "/__mock/requests", headers: { host: "evil.example" } });
    expect(res.status).toBe(403);
    expect(toJson(res.text)).toEqual({ error: expect.stringContaining('Host "evil.example" is not allowed') });
  });

  it("refuses a rebinding Host on proxied traffic in the vendor's envelope, and sends nothing on", async () => {
    const before = (await sandboxPaths()).length;
    const res = await sendRaw(open.url, { method: "GET", path: "/currency/coin", headers: { host: "evil.example" } });
    expect(res.status).toBe(403);
    expect(errorEnvelopeProblems("nbcgate", toJson(res.text))).toEqual([]);
    expect(res.text).toContain("evil.example");
    expect((await sandboxPaths()).length).toBe(before);
  });

  it.each(["localhost", "127.0.0.1", "proxy.test"])("answers Host %s (loopback and --allowed-hosts)", async (name) => {
    const host = `${name}:${port()}`;
    expect((await sendRaw(open.url, { method: "GET", path: "/__mock/health", headers: { host } })).status).toBe(200);
    expect((await sendRaw(open.url, { method: "GET", path: "/currency/coin", headers: { host } })).status).toBe(200);
  });
});

describe("admin origins on the proxy", () => {
  it.each(["https://evil.example", "null", "http://localhost.evil.example"])(
    "refuses an admin call from a page on %s with 403 and no Access-Control-Allow-*",
    async (origin) => {
      for (const [method, path] of [
        ["GET", "/__mock/requests"],
        ["POST", "/__mock/reset"],
        ["GET", "/__mock/drift"],
      ] as const) {
        const res = await sendRaw(open.url, { method, path, headers: { origin } });
        expect(res.status, `${method} ${path}`).toBe(403);
        expect(res.headers["access-control-allow-origin"]).toBeUndefined();
        expect(toJson(res.text)).toEqual({ error: expect.stringContaining("may not call the admin API") });
      }
    },
  );

  it("answers loopback pages and --admin-origins, echoing the origin", async () => {
    for (const origin of ["http://localhost:5173", "https://dash.example"]) {
      const res = await sendRaw(open.url, { method: "GET", path: "/__mock/drift", headers: { origin } });
      expect(res.status).toBe(200);
      expect(res.headers["access-control-allow-origin"]).toBe(origin);
    }
  });

  it("answers an allowed page's preflight, and refuses a foreign one's", async () => {
    const preflight = (origin: string) =>
      sendRaw(open.url, {
        method: "OPTIONS",
        path: "/__mock/reset",
        headers: { origin, "access-control-request-method": "POST" },
      });
    const allowed = await preflight("http://127.0.0.1:3000");
    expect(allowed.status).toBe(204);
    expect(allowed.headers["access-control-allow-methods"]).toContain("POST");
    expect((await preflight("https://evil.example")).status).toBe(403);
  });

  it("leaves proxied traffic from any origin to the target (vendor routes are for frontends anywhere)", async () => {
    const res = await sendRaw(open.url, {
      method: "GET",
      path: "/currency/coin",
      headers: { origin: "https://shop.example" },
    });
    expect(res.status).toBe(200);
    expect(res.headers["access-control-allow-origin"]).toBe("https://shop.example");
  });
});

describe("the proxy and the mock refuse alike", () => {
  it.each([
    ["GET", "/__mock/requests", { host: "evil.example" }],
    ["GET", "/currency/coin", { host: "evil.example" }],
    ["POST", "/__mock/reset", { origin: "https://evil.example" }],
  ] as const)("%s %s with %j: the same status and body as the mock", async (method, path, headers) => {
    const fromProxy = await sendRaw(open.url, { method, path, headers });
    const fromMock = await sendRaw(sandbox.url("nbcgate"), { method, path, headers });
    expect(fromProxy.status).toBe(403);
    expect([fromProxy.status, toJson(fromProxy.text)]).toEqual([fromMock.status, toJson(fromMock.text)]);
  });
});

describe("the admin token on the proxy", () => {
  it("refuses admin routes without the token with 401, and without acting", async () => {
    await fetch(`${guarded.url}/currency/coin`);
    for (const headers of [{}, { "x-paymock-admin-token": "wrong" }] as Record<string, string>[]) {
      const res = await sendRaw(guarded.url, { method: "POST", path: "/__mock/reset", headers });
      expect(res.status).toBe(401);
      expect(toJson(res.text)).toEqual({ error: expect.stringContaining("X-Paymock-Admin-Token") });
    }
    const list = await sendRaw(guarded.url, {
      method: "GET",
      path: "/__mock/requests",
      headers: { "x-paymock-admin-token": TOKEN },
    });
    expect(list.status).toBe(200);
    expect((toJson(list.text) as unknown[]).length).toBe(1);
  });

  it("answers with the token in the header, or once in ?admin-token= which it keeps in a SameSite=Strict cookie", async () => {
    const header = await sendRaw(guarded.url, {
      method: "GET",
      path: "/__mock/health",
      headers: { "x-paymock-admin-token": TOKEN },
    });
    expect(header.status).toBe(200);
    expect(toJson(header.text)).toMatchObject({ mode: "proxy" });
    const query = await sendRaw(guarded.url, {
      method: "GET",
      path: `/__mock/drift?admin-token=${TOKEN}`,
      headers: {},
    });
    expect(query.status).toBe(200);
    const cookie = String(query.headers["set-cookie"]);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const withCookie = await sendRaw(guarded.url, {
      method: "GET",
      path: "/__mock/drift",
      headers: { cookie: cookie.split(";")[0] ?? "" },
    });
    expect(withCookie.status).toBe(200);
  });

  it("does not guard proxied traffic with it, and never sends it to the target", async () => {
    const res = await sendRaw(guarded.url, {
      method: "GET",
      path: "/currency/coin?from=token-test",
      headers: { "x-paymock-admin-token": TOKEN },
    });
    expect(res.status).toBe(200);
    const received = (await sandboxPaths()).filter((e) => e.path === "/currency/coin");
    expect(received.length).toBeGreaterThan(0);
    for (const entry of received) expect(Object.keys(entry.headers)).not.toContain("x-paymock-admin-token");
  });

  it("will not listen off loopback without a token (or insecureAdmin)", async () => {
    await expect(
      startProxy({ api: "nbcgate", target: sandbox.url("nbcgate"), port: 0, host: "0.0.0.0", logLevel: "silent" }),
    ).rejects.toThrow(/--admin-token/);
  });
});
