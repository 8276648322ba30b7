/**
 * Local exposure, as Vite and webpack-dev-server guard it: a foreign `Host` (DNS rebinding) gets
 * 403, a web page on another origin cannot read or change the admin API, the admin token guards it
 * off loopback, and vendor routes keep permissive CORS for frontends on any port.
 * @see mocks/engine/exposure.ts, mocks/http.ts, docs/security.md
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkExposure } from "../../mocks/engine/exposure.js";
import { CORS_METHODS, listen, type RunningServer } from "../../mocks/http.js";
import { type MockOptionsInput, resolveOptions } from "../../mocks/options.js";
import { createMockServer } from "../../mocks/server.js";
import { API_IDS, type ApiId } from "../../src/apis.js";
import { agent, sendRaw, toJson } from "./support/raw-http.js";
import { loadSpecModel } from "./support/spec-model.js";

afterAll(() => {
  agent.destroy();
});

async function serve(options: MockOptionsInput): Promise<{ running: RunningServer; base: string; port: string }> {
  const mock = await createMockServer({ apis: ["nbcgate"], logLevel: "silent", ...options });
  const running = await listen(mock, { ephemeralPorts: true });
  const base = running.url("nbcgate");
  return { running, base, port: new URL(base).port };
}

describe("the Host allow-list", () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve({ allowedHosts: ["mock.test", ".dev.test"] });
  });
  afterAll(() => server.running.close());

  const get = (path: string, host: string) => sendRaw(server.base, { method: "GET", path, headers: { host } });

  it.each(["localhost", "127.0.0.1", "[::1]", "LOCALHOST", "mock.test", "api.dev.test"])(
    "answers Host %s",
    async (name) => {
      const res = await get("/__mock/health", `${name}:${server.port}`);
      expect(res.status).toBe(200);
    },
  );

  it("refuses a rebinding Host on admin routes with 403 in plain JSON, before acting", async () => {
    const res = await get("/__mock/outbox", `evil.example:${server.port}`);
    expect(res.status).toBe(403);
    expect(toJson(res.text)).toEqual({ error: expect.stringContaining("evil.example") });
    const reset = await sendRaw(server.base, {
      method: "POST",
      path: "/__mock/reset",
      headers: { host: "evil.example" },
    });
    expect(reset.status).toBe(403);
  });

  it("refuses a rebinding Host on vendor routes with 403 in the vendor's envelope", async () => {
    const res = await get("/api/balance", "evil.example");
    expect(res.status).toBe(403);
    expect(loadSpecModel("nbcgate").errorEnvelopeProblems(toJson(res.text))).toEqual([]);
    expect(res.text).toContain("evil.example");
  });

  it("does not treat a suffix without the dot as a subdomain", async () => {
    expect((await get("/__mock/health", "evildev.test")).status).toBe(403);
  });
});

describe("CORS", () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve({ adminOrigins: ["https://dash.example"] });
  });
  afterAll(() => server.running.close());

  const withOrigin = (path: string, origin: string) =>
    sendRaw(server.base, { method: "GET", path, headers: { origin } });

  it.each(["https://evil.example", "null", "file://", "http://localhost.evil.example"])(
    "gives an admin call from %s no Access-Control-Allow-* and 403",
    async (origin) => {
      const res = await withOrigin("/__mock/outbox", origin);
      expect(res.status).toBe(403);
      expect(Object.keys(res.headers).filter((h) => h.startsWith("access-control-allow"))).toEqual([]);
    },
  );

  it("refuses an admin preflight from a foreign origin", async () => {
    const res = await sendRaw(server.base, {
      method: "OPTIONS",
      path: "/__mock/reset",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    expect(res.headers["access-control-allow-methods"]).toBeUndefined();
  });

  it.each(["http://localhost:5173", "http://127.0.0.1:3000", "http://[::1]:8080", "https://dash.example"])(
    "answers an admin call from %s with CORS",
    async (origin) => {
      const res = await withOrigin("/__mock/health", origin);
      expect(res.status).toBe(200);
      expect(res.headers["access-control-allow-origin"]).toBe(origin);
    },
  );

  it("answers a dashboard on the mock's own origin", async () => {
    const lan = await serve({ allowedHosts: ["mock.lan"] });
    try {
      const res = await sendRaw(lan.base, {
        method: "GET",
        path: "/__mock/health",
        headers: { host: `mock.lan:${lan.port}`, origin: `http://mock.lan:${lan.port}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers["access-control-allow-origin"]).toBe(`http://mock.lan:${lan.port}`);
      const other = await sendRaw(lan.base, {
        method: "GET",
        path: "/__mock/health",
        headers: { host: `mock.lan:${lan.port}`, origin: "http://mock.lan:1" },
      });
      expect(other.status).toBe(403);
    } finally {
      await lan.running.close();
    }
  });

  it("keeps vendor routes permissive: any origin is echoed with credentials", async () => {
    const res = await withOrigin("/api/balance", "https://app.example");
    expect(res.status).toBe(401);
    expect(res.headers["access-control-allow-origin"]).toBe("https://app.example");
    expect(res.headers["access-control-allow-credentials"]).toBe("true");
  });

  it("allows in a preflight every method the four specs use, PATCH included", async () => {
    const used = new Set(API_IDS.flatMap((api: ApiId) => loadSpecModel(api).operations.map((o) => o.method)));
    expect(used.has("PATCH")).toBe(true);
    const res = await sendRaw(server.base, {
      method: "OPTIONS",
      path: "/api/balance",
      headers: { origin: "http://localhost:5173", "access-control-request-method": "PATCH" },
    });
    expect(res.status).toBe(204);
    const allowed = String(res.headers["access-control-allow-methods"]).split(/,\s*/);
    expect(allowed).toEqual(CORS_METHODS.split(", "));
    for (const method of used) expect(allowed).toContain(method);
  });

  it("allows the session header in a preflight that names no headers, and echoes named ones", async () => {
    const bare = await sendRaw(server.base, {
      method: "OPTIONS",
      path: "/api/balance",
      headers: { origin: "http://localhost:5173", "access-control-request-method": "GET" },
    });
    expect(String(bare.headers["access-control-allow-headers"])).toContain("x-paymock-session");
    const named = await sendRaw(server.base, {
      method: "OPTIONS",
      path: "/__mock/health",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-method": "GET",
        "access-control-request-headers": "x-paymock-session",
      },
    });
    expect(named.headers["access-control-allow-headers"]).toBe("x-paymock-session");
  });
});

describe("the admin token", () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve({ adminToken: "s3cret-admin" });
  });
  afterAll(() => server.running.close());

  const health = (headers: Record<string, string>, path = "/__mock/health") =>
    sendRaw(server.base, { method: "GET", path, headers });

  it("is required on admin routes once set: none or a wrong one gets 401", async () => {
    expect((await health({})).status).toBe(401);
    expect((await health({ "x-paymock-admin-token": "s3cret-admin-not" })).status).toBe(401);
    expect(toJson((await health({})).text)).toEqual({ error: expect.stringContaining("X-Paymock-Admin-Token") });
  });

  it("lets the right token through", async () => {
    expect((await health({ "x-paymock-admin-token": "s3cret-admin" })).status).toBe(200);
  });

  it("is taken once from ?admin-token= and kept in a SameSite=Strict, HttpOnly cookie", async () => {
    const wrong = await health({}, "/__mock/health?admin-token=nope");
    expect(wrong.status).toBe(401);
    expect(wrong.headers["set-cookie"]).toBeUndefined();
    const first = await health({}, "/__mock/health?admin-token=s3cret-admin");
    expect(first.status).toBe(200);
    const cookie = String(first.headers["set-cookie"]);
    expect(cookie).toMatch(/^paymock_admin_token=s3cret-admin;/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    expect(cookie).toContain("Path=/__mock");
    const again = await health({ cookie: cookie.split(";")[0] ?? "" });
    expect(again.status).toBe(200);
    expect((await health({ cookie: "paymock_admin_token=forged" })).status).toBe(401);
  });

  it("is not asked for on vendor routes", async () => {
    const res = await sendRaw(server.base, { method: "GET", path: "/api/balance", headers: {} });
    expect(res.status).toBe(401);
    expect(loadSpecModel("nbcgate").errorEnvelopeProblems(toJson(res.text))).toEqual([]);
    expect(res.text).not.toContain("Admin-Token");
  });
});

describe("checkExposure (called by listen before it binds)", () => {
  it("says nothing on loopback", () => {
    expect(checkExposure(resolveOptions({ host: "127.0.0.1" }))).toEqual([]);
    expect(checkExposure(resolveOptions({ host: "localhost" }))).toEqual([]);
    expect(checkExposure(resolveOptions({ host: "::1" }))).toEqual([]);
  });

  it("refuses a non-loopback host without an admin token or --insecure-admin", () => {
    expect(() => checkExposure(resolveOptions({ host: "0.0.0.0" }))).toThrow(/--admin-token/);
  });

  it("warns when a non-loopback host has a token, or runs insecure on purpose", () => {
    const withToken = checkExposure(resolveOptions({ host: "0.0.0.0", adminToken: "t" }));
    expect(withToken.join("\n")).toMatch(/exposes the mock beyond this machine/);
    expect(withToken.join("\n")).toMatch(/X-Paymock-Admin-Token/);
    const insecure = checkExposure(resolveOptions({ host: "0.0.0.0", insecureAdmin: true }));
    expect(insecure.join("\n")).toMatch(/--insecure-admin/);
  });

  it("stops listen from binding a non-loopback host without a token", async () => {
    const mock = await createMockServer({ apis: ["nbcgate"], logLevel: "silent", host: "0.0.0.0" });
    await expect(listen(mock, { ephemeralPorts: true })).rejects.toThrow(/--admin-token/);
  });
});
