import { beforeAll, describe, expect, it } from "vitest";
import { loadSpecEngine, type SpecEngine } from "../../mocks/prism.js";
import { createRouter } from "../../mocks/router.js";
import { specPath } from "../../src/apis.js";

describe("spec engine routing (b2core-backoffice spec)", () => {
  let engine: SpecEngine;
  beforeAll(async () => {
    engine = await loadSpecEngine(specPath("b2core-backoffice"));
  });

  it.each([
    ["POST", "/api/v2/signin", "signIn", {}],
    ["GET", "/api/v2/clients", "listClients", {}],
    ["GET", "/api/v2/clients/", "listClients", {}],
    ["GET", "/api/v2/clients/42", "getClient", { clientId: "42" }],
    ["GET", "/api/v2/accounts/7/balance", "getAccountBalance", { accountId: "7" }],
    ["GET", "/api/v2/clients/a%20b", "getClient", { clientId: "a b" }],
  ])("%s %s -> %s", (method, path, id, params) => {
    const r = engine.route(method, path);
    expect(r.kind).toBe("found");
    if (r.kind === "found") {
      expect(r.operation.id).toBe(id);
      expect(r.params).toEqual(params);
    }
  });

  it("routes a path that carries a server's base path and reports the spec path", async () => {
    const mercuryo = await loadSpecEngine(specPath("mercuryo-spend"));
    const r = mercuryo.route("GET", "/v1.6/sdk-partner/spend/cards/sell-request/abc/status");
    expect(r).toMatchObject({
      kind: "found",
      params: { id: "abc" },
      path: "/sdk-partner/spend/cards/sell-request/abc/status",
    });
  });

  it("tells an unknown path from a known path with another method", () => {
    expect(engine.route("GET", "/nope")).toEqual({ kind: "no-path" });
    expect(engine.route("DELETE", "/api/v2/signin")).toEqual({ kind: "no-method", allowed: ["POST"] });
    expect(engine.route("POST", "/api/v2/clients/1")).toMatchObject({ kind: "no-method" });
  });

  it("validates requests and responses against the spec", () => {
    const r = engine.route("POST", "/api/v2/signin");
    if (r.kind !== "found") throw new Error("route");
    const bad = engine.validateRequest(r.operation, {
      method: "POST",
      path: "/api/v2/signin",
      query: {},
      headers: { "content-type": "application/json" },
      body: { email: 1 },
    });
    expect(bad.length).toBeGreaterThan(0);
    expect(
      engine.validateResponse(r.operation, { status: 200, headers: {}, body: { nope: true } }).length,
    ).toBeGreaterThan(0);
  });

  it("mocks a response from the spec's examples and honours Prefer code", async () => {
    const r = engine.route("GET", "/api/v2/clients");
    if (r.kind !== "found") throw new Error("route");
    const req = { method: "GET", path: "/api/v2/clients", query: {}, headers: { authorization: "Bearer t" } };
    const ok = await engine.mock(r.operation, req);
    expect(ok).toMatchObject({ kind: "response", response: { status: 200 }, violations: [] });
    const unauthorized = await engine.mock(r.operation, req, { code: 401 });
    expect(unauthorized).toMatchObject({ kind: "response", response: { status: 401 } });
    // Any other code is served from the operation's `default` (vendor error) response.
    const fromDefault = await engine.mock(r.operation, req, { code: 418 });
    expect(fromDefault).toMatchObject({ kind: "response", response: { status: 418 } });
  });
});

describe("createRouter (pure)", () => {
  const ops = [
    { method: "get", path: "/a/{id}" },
    { method: "get", path: "/a/me" },
    { method: "post", path: "/a/{id}/x{n}" },
  ];
  const route = createRouter(ops, ["/v2"]);
  it.each([
    ["GET", "/a/me", "/a/me", {}],
    ["GET", "/a/42", "/a/{id}", { id: "42" }],
    ["GET", "/v2/a/42/", "/a/{id}", { id: "42" }],
    ["POST", "/a/1/x7", "/a/{id}/x{n}", { id: "1", n: "7" }],
    ["GET", "/a/%zz", "/a/{id}", { id: "%zz" }],
  ])("%s %s -> %s", (method, path, template, params) => {
    const r = route(method, path);
    expect(r.kind === "found" && r.operation.path).toBe(template);
    expect(r.kind === "found" && r.params).toEqual(params);
  });
  it("prefers a static path over a template and reports other methods", () => {
    expect(route("DELETE", "/a/me")).toEqual({ kind: "no-method", allowed: ["GET"] });
    expect(route("GET", "/b")).toEqual({ kind: "no-path" });
  });
});
