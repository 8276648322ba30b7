/**
 * The proxy in front of a deliberately drifting upstream (a small node:http server): a body the
 * spec forbids, an undeclared status and a malformed header are reported per operation, in the
 * `x-paymock-violations` header and the exit table; `--strict` refuses both directions; recorded
 * drift is not imported. Also what goes over the wire: hop-by-hop headers, Host, streaming.
 */
import { once } from "node:events";
import { rmSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toDriftTable } from "../../mocks/proxy/drift.js";
import { importExamples } from "../../mocks/proxy/import-examples.js";
import { type RunningProxy, startProxy } from "../../mocks/proxy/start-proxy.js";
import { readTree, tempDir } from "./support.js";

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const seen: Seen[] = [];
let releaseStream: () => void = () => {};
let upstream: Server;
let upstreamUrl: string;
const recordDir = tempDir("drift-record");
const proxies: RunningProxy[] = [];

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  [status, { "content-type": "application/json", ...headers }, JSON.stringify(body)] as const;

/** Answers that break the specs on purpose, and an echo for the wire checks. */
function drifting(method: string, path: string) {
  if (method === "GET" && path === "/v1/product") return json(200, { ids: "not a list" });
  if (method === "GET" && path === "/v1/product/123456")
    return json(418, { errors: [{ error: 100, message: "teapot" }] });
  if (method === "POST" && path === "/api/v2/signin") {
    return json(429, { code: "tooManyAttempts", message: "Too many attempts." }, { "retry-after": "soon" });
  }
  return json(200, { ids: [1, 2] });
}

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      seen.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      if (path === "/v1/product/777") {
        res.writeHead(418, { "content-type": "text/plain" });
        res.end("I'm a teapot");
        return;
      }
      if (path === "/v1/product/999") {
        // A chunked JSON answer (no content-length) bigger than the proxy validates.
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"id": 999, "description": "');
        res.end(`${"x".repeat(4_000)}"}`);
        return;
      }
      if (path === "/stream") {
        res.writeHead(200, {
          "content-type": "text/plain",
          "x-upstream": "yes",
          "proxy-authenticate": "Basic",
          connection: "keep-alive, x-hop",
          "x-hop": "1",
        });
        res.write("first chunk;");
        releaseStream = () => res.end("second chunk");
        return;
      }
      const [status, headers, body] = drifting(req.method ?? "GET", path);
      res.writeHead(status, headers);
      res.end(body);
    });
  });
  upstream.listen(0, "127.0.0.1");
  await once(upstream, "listening");
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await Promise.all(proxies.map((p) => p.stop()));
  upstream.closeAllConnections();
  await new Promise((r) => upstream.close(r));
  rmSync(recordDir, { recursive: true, force: true });
});

async function proxyFor(
  api: "softline-checkout" | "b2core-backoffice",
  extra: { strict?: boolean; record?: string; maxValidatedBytes?: number } = {},
) {
  const proxy = await startProxy({ api, target: upstreamUrl, port: 0, logLevel: "silent", ...extra });
  proxies.push(proxy);
  return proxy;
}

const jwt = { authorizationjwt: "Bearer upstream-jwt" };
const violationsOf = (response: Response) =>
  JSON.parse(response.headers.get("x-paymock-violations") ?? "[]") as { kind: string; message: string }[];

describe("a drifting upstream", () => {
  it("passes every answer through and reports body schema, undeclared status and header drift", async () => {
    const softline = await proxyFor("softline-checkout", { record: recordDir });
    const b2core = await proxyFor("b2core-backoffice");

    const list = await fetch(`${softline.url}/v1/product`, { headers: jwt });
    expect(list.status).toBe(200);
    expect(await list.json()).toEqual({ ids: "not a list" });
    expect(violationsOf(list)).toEqual([
      { side: "response", kind: "body-schema", message: expect.stringContaining("ids") },
    ]);

    const product = await fetch(`${softline.url}/v1/product/123456`, { headers: jwt });
    expect(product.status).toBe(418);
    expect(violationsOf(product)).toEqual([
      {
        side: "response",
        kind: "status-not-declared",
        message: expect.stringMatching(/^status 418 is not declared for getProduct/),
      },
    ]);

    const signIn = await fetch(`${b2core.url}/api/v2/signin`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@b2core.test", password: "Secret123" }),
    });
    expect(signIn.status).toBe(429);
    expect(signIn.headers.get("retry-after")).toBe("soon");
    expect(violationsOf(signIn).map((v) => v.kind)).toEqual(["header"]);

    const drift = (await (await fetch(`${softline.url}/__mock/drift`)).json()) as { operations: unknown[] };
    expect(drift.operations).toEqual([
      expect.objectContaining({
        operation: "listProducts",
        calls: 1,
        violations: expect.objectContaining({ "body-schema": 1, "status-not-declared": 0 }),
        last: { "body-schema": expect.objectContaining({ request: "GET /v1/product", status: 200 }) },
      }),
      expect.objectContaining({
        operation: "getProduct",
        calls: 1,
        violations: expect.objectContaining({ "status-not-declared": 1, "body-schema": 0 }),
      }),
    ]);
    const table = toDriftTable(softline.drift()).join("\n");
    expect(table).toMatch(/listProducts\s+1\s+0\s+1\s+0/);
    expect(table).toContain("status not declared: GET /v1/product/123456 -> 418: status 418 is not declared");
    expect(table).toContain("2 calls, 2 operations, 2 with drift from the spec");
    expect(b2core.drift()[0]?.violations.header).toBe(1);
  });

  it("does not import recorded drift as examples, and says why", async () => {
    expect(readTree(recordDir).map((f) => f.file.split("/").slice(-2).join("/"))).toEqual([
      "softline-checkout/getProduct.418.json",
      "softline-checkout/listProducts.200.json",
    ]);
    const result = await importExamples({ dir: recordDir });
    expect(result.patch).toBe("");
    expect(result.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/^status 418 is not declared for getProduct: drift, fix the spec first/),
      expect.stringMatching(/^the answer does not match the spec/),
    ]);
  });

  it("forwards an invalid request by default and lists its violations", async () => {
    const softline = await proxyFor("softline-checkout");
    const before = seen.length;
    const response = await fetch(`${softline.url}/v1/product?limit=0`, { headers: jwt });
    expect(seen.length).toBe(before + 1);
    expect(violationsOf(response)).toContainEqual({
      side: "request",
      kind: "request",
      message: expect.stringContaining("limit"),
    });
  });
});

describe("--strict", () => {
  it("refuses an invalid request with the vendor's 400 and does not send it", async () => {
    const softline = await proxyFor("softline-checkout", { strict: true });
    const before = seen.length;
    const response = await fetch(`${softline.url}/v1/product?limit=0`, { headers: jwt });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ error: 1005, message: expect.stringMatching(/limit/) }],
    });
    expect(seen.length).toBe(before);
  });

  it("answers 502 with the violation when the upstream's answer breaks the spec", async () => {
    const b2core = await proxyFor("b2core-backoffice", { strict: true });
    const response = await fetch(`${b2core.url}/api/v2/signin`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@b2core.test", password: "Secret123" }),
    });
    expect(response.status).toBe(502);
    const body = (await response.json()) as { code: string; message: string };
    expect(body.code).toBe("internalError");
    expect(body.message).toMatch(/HTTP 429\) does not match the spec: header/);
  });
});

describe("streamed answers", () => {
  it("are checked by status and headers: reported by default, a 502 with --strict", async () => {
    const lenient = await proxyFor("softline-checkout");
    const passed = await fetch(`${lenient.url}/v1/product/777`, { headers: jwt });
    expect(passed.status).toBe(418);
    expect(await passed.text()).toBe("I'm a teapot");
    expect(violationsOf(passed).map((v) => v.kind)).toEqual(["status-not-declared"]);

    const strict = await proxyFor("softline-checkout", { strict: true });
    const refused = await fetch(`${strict.url}/v1/product/777`, { headers: jwt });
    expect(refused.status).toBe(502);
    expect(await refused.json()).toEqual({ errors: [{ error: 100, message: expect.any(String) }] });
    // Softline's internal-error envelope has no room for details: the violation travels in the header.
    expect(violationsOf(refused).map((v) => v.kind)).toEqual(["status-not-declared"]);
  });
});

describe("on the wire", () => {
  it("keeps method, path, query, body and end-to-end headers, drops hop-by-hop ones, rewrites Host and streams", async () => {
    const softline = await proxyFor("softline-checkout");
    const response = await fetch(`${softline.url}/stream?a=1&b=two`, {
      method: "POST",
      headers: { "content-type": "text/plain", "x-custom": "kept", te: "trailers", "x-paymock-session": "s1" },
      body: "raw body",
    });
    const got = seen.at(-1);
    expect(got).toMatchObject({ method: "POST", url: "/stream?a=1&b=two", body: "raw body" });
    expect(got?.headers.host).toBe(new URL(upstreamUrl).host);
    expect(got?.headers["x-custom"]).toBe("kept");
    expect(got?.headers["x-paymock-session"]).toBe("s1");
    expect(got?.headers.te).toBeUndefined();

    expect(response.status).toBe(200);
    expect(response.headers.get("x-upstream")).toBe("yes");
    expect(response.headers.get("proxy-authenticate")).toBeNull();
    expect(response.headers.get("x-hop")).toBeNull();
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    // The first chunk arrives while the upstream still holds the answer open: it is streamed.
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("first chunk;");
    releaseStream();
    let rest = "";
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value);
    expect(rest).toBe("second chunk");
  });

  it("streams a JSON answer too large to validate through whole, checking only its status and headers", async () => {
    const softline = await proxyFor("softline-checkout", { maxValidatedBytes: 1_024 });
    const response = await fetch(`${softline.url}/v1/product/999`, { headers: jwt });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-paymock-violations")).toBeNull();
    const body = (await response.json()) as { id: number; description: string };
    expect(body.id).toBe(999);
    expect(body.description).toHaveLength(4_000);
  });
});
