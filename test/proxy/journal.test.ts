/**
 * One journal: the proxy writes the engine's session journal and answers its journal routes with
 * the mock's own admin code, so the same traffic gives the same answers on both — here the
 * sandbox (a paymock mock, which journaled what the proxy sent it) and the proxy in front of it:
 * same entry shape (plus the proxy's three fields), same redaction, same list semantics (bare
 * array, oldest first, increasing ids, `since` exclusive, `limit` newest N), same filters, count,
 * clear and refusals, same sessions. Both answers validate against specs/admin.yaml.
 */
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdminClient } from "../../mocks/engine/admin-client.js";
import { listen, type RunningServer } from "../../mocks/http.js";
import { loadSpecEngine } from "../../mocks/prism.js";
import { type RunningProxy, startProxy } from "../../mocks/proxy/start-proxy.js";
import { createMockServer } from "../../mocks/server.js";

type Entry = Record<string, unknown> & { id: number; headers: Record<string, string> };

const adminSpec = await loadSpecEngine(fileURLToPath(new URL("../../specs/admin.yaml", import.meta.url)));
let sandbox: RunningServer;
let proxy: RunningProxy;
const sandboxUrl = () => sandbox.url("softline-checkout");

const getJson = async (url: string, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { headers });
  return { status: res.status, body: (await res.json()) as unknown };
};
const both = async (query: string, headers: Record<string, string> = {}) => ({
  mock: await getJson(`${sandboxUrl()}/__mock/requests${query}`, headers),
  proxy: await getJson(`${proxy.url}/__mock/requests${query}`, headers),
});

/** Violations of a `GET /__mock/requests` answer against specs/admin.yaml. */
function listViolations(body: unknown): string[] {
  const routed = adminSpec.route("GET", "/__mock/requests");
  if (routed.kind !== "found") return ["GET /__mock/requests is not in specs/admin.yaml"];
  return adminSpec
    .validateResponse(routed.operation, { status: 200, headers: { "content-type": "application/json" }, body })
    .map((v) => `${v.location.join(".")}: ${v.message}`);
}

/** The same traffic the proxy sent on: what the sandbox saw and what the proxy kept must agree. */
const PROXY_ONLY = ["responseHeaders", "violations", "upstreamError"];
const CONNECTION = new Set(["host", "connection"]);
const withoutConnection = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).filter(([k]) => !CONNECTION.has(k)));

beforeAll(async () => {
  sandbox = await listen(await createMockServer({ apis: ["softline-checkout"], logLevel: "silent" }), {
    ephemeralPorts: true,
  });
  proxy = await startProxy({ api: "softline-checkout", target: sandboxUrl(), port: 0, logLevel: "silent" });
  const login = await fetch(`${proxy.url}/v1/login_check`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "merchant", password: "merchant-secret" }),
  });
  const { token } = (await login.json()) as { token: string };
  const auth = { authorizationjwt: `Bearer ${token}` };
  await fetch(`${proxy.url}/v1/product?page=1`, { headers: auth });
  await fetch(`${proxy.url}/v1/product/999999`, { headers: auth });
  await fetch(`${proxy.url}/v1/product`);
});

afterAll(async () => {
  await proxy?.stop();
  await sandbox?.close();
});

describe("the proxy's journal is the mock's journal", () => {
  it("lists the same entries as the mock that received the traffic, in the same shape plus the proxy's fields", async () => {
    const { mock, proxy: viaProxy } = await both("");
    expect(mock.status).toBe(200);
    expect(viaProxy.status).toBe(200);
    const seen = mock.body as Entry[];
    const kept = viaProxy.body as Entry[];
    expect(kept.map((e) => e.id)).toEqual([1, 2, 3, 4]);
    expect(seen.map((e) => e.id)).toEqual([1, 2, 3, 4]);
    for (const [i, entry] of kept.entries()) {
      const other = seen[i] as Entry;
      expect(
        Object.keys(entry)
          .filter((k) => !PROXY_ONLY.includes(k))
          .sort(),
      ).toEqual(Object.keys(other).sort());
      for (const field of ["method", "path", "query", "body", "status", "response", "operationId"]) {
        expect(entry[field], `${entry.method} ${entry.path} ${field}`).toEqual(other[field]);
      }
      // The same header names (values may differ: the sandbox reads some its own way, e.g. Accept).
      expect(Object.keys(withoutConnection(entry.headers)).sort()).toEqual(
        Object.keys(withoutConnection(other.headers)).sort(),
      );
      expect(entry.source).toBe("proxy");
      expect(entry.violations).toEqual([]);
      expect(entry.responseHeaders).toMatchObject({ "content-type": expect.stringContaining("json") });
    }
    // Redaction: the same rule on both sides.
    expect(kept[0]?.body).toEqual({ username: "merchant", password: "[redacted]" });
    expect(kept[0]?.response).toMatchObject({ token: "[redacted]" });
    expect(kept[1]?.headers.authorizationjwt).toBe("[redacted]");
    expect(listViolations(seen)).toEqual([]);
    expect(listViolations(kept)).toEqual([]);
  });

  it.each([
    "?since=2",
    "?limit=2",
    "?since=1&limit=1",
    "?method=get",
    "?path=/v1/product/{id}",
    "?path=/v1/product",
    "?operationId=loginCheck",
    "?status=401",
    "?since=99",
  ])("selects the same entries for %s", async (query) => {
    const { mock, proxy: viaProxy } = await both(query);
    const pick = (body: unknown) => (body as Entry[]).map((e) => [e.id, e.method, e.path, e.status]);
    expect(pick(viaProxy.body)).toEqual(pick(mock.body));
    expect((viaProxy.body as Entry[]).length, query).toBeLessThan(4);
  });

  it.each(["?since=x", "?limit=-1", "?status=2xx"])("refuses %s in the same words", async (query) => {
    const { mock, proxy: viaProxy } = await both(query);
    expect(viaProxy).toEqual(mock);
    expect(viaProxy.status).toBe(400);
  });

  it("journals a refused admin call as the mock does (source admin-refused)", async () => {
    await both("?limit=many");
    const { mock, proxy: viaProxy } = await both("?since=4");
    const pick = (body: unknown) =>
      (body as Entry[]).map((e) => [e.id, e.method, e.path, e.query, e.status, e.response, e.source]);
    expect(pick(viaProxy.body)).toEqual(pick(mock.body));
    expect(pick(viaProxy.body).at(-1)).toEqual([
      expect.any(Number),
      "GET",
      "/__mock/requests",
      { limit: "many" },
      400,
      { error: expect.stringContaining("limit must be a non-negative integer") },
      "admin-refused",
    ]);
  });

  it("counts with the mock's filters, the body matched after redaction", async () => {
    for (const filter of [
      {},
      { operationId: "listProducts" },
      { body: { username: "merchant" } },
      { body: { password: "[redacted]" } },
      { body: { password: "merchant-secret" } },
      { frobnicate: 1 },
    ]) {
      const count = async (base: string) => {
        const res = await fetch(`${base}/__mock/requests/count`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(filter),
        });
        return { status: res.status, body: (await res.json()) as unknown };
      };
      expect(await count(proxy.url), JSON.stringify(filter)).toEqual(await count(sandboxUrl()));
    }
    expect(await createAdminClient(proxy.url).count({ body: { password: "merchant-secret" } })).toBe(0);
    expect(await createAdminClient(proxy.url).count({ operationId: "listProducts" })).toBe(2);
  });

  it("works with the typed admin helper and keeps sessions apart, as the mock does", async () => {
    const session = "journal-test";
    const inDefault = (await createAdminClient(proxy.url).requests()).length;
    await fetch(`${proxy.url}/v1/product`, { headers: { "x-paymock-session": session } });
    const inSession = createAdminClient(proxy.url, { session });
    const entries = await inSession.requests();
    expect(entries.map((e) => [e.id, e.path, e.source])).toEqual([[1, "/v1/product", "proxy"]]);
    expect((await createAdminClient(proxy.url).requests()).length).toBe(inDefault);
    // The header travelled on: the sandbox journaled it in the same session.
    expect((await createAdminClient(sandboxUrl(), { session }).requests()).map((e) => e.path)).toEqual(["/v1/product"]);
    const bad = await getJson(`${proxy.url}/__mock/requests`, { "x-paymock-session": "bad session!" });
    expect(bad.status).toBe(400);
    await inSession.clearRequests();
    expect(await inSession.requests()).toEqual([]);
    expect((await createAdminClient(proxy.url).requests()).length).toBe(inDefault);
  });

  it("empties the journal with DELETE /__mock/requests and does not reuse ids", async () => {
    const last = ((await getJson(`${proxy.url}/__mock/requests?limit=1`)).body as Entry[])[0]?.id ?? 0;
    expect(last).toBeGreaterThan(4);
    const res = await fetch(`${proxy.url}/__mock/requests`, { method: "DELETE" });
    expect(res.status).toBe(204);
    expect((await getJson(`${proxy.url}/__mock/requests`)).body).toEqual([]);
    await fetch(`${proxy.url}/v1/product`);
    expect(((await getJson(`${proxy.url}/__mock/requests`)).body as Entry[]).map((e) => e.id)).toEqual([last + 1]);
  });
});
