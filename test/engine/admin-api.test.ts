/**
 * The admin API in-process on all four APIs (issue #12, #10 items 1, 5, 11, 13): clock, journal,
 * outbox, faults and stubs, Prefer, callbacks, health and snapshots. Every admin answer is
 * validated against specs/admin.yaml.
 */
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it } from "vitest";
import type { MockResponse } from "../../mocks/api.js";
import { createClock, createCounterIds, createSequenceOtp } from "../../mocks/context.js";
import { loadSpecEngine } from "../../mocks/prism.js";
import { createMockServer, type MockServer } from "../../mocks/server.js";
import type { ApiId } from "../../src/apis.js";

type Json = Record<string, unknown>;
const T0 = new Date("2026-01-01T00:00:00Z");
const adminSpec = await loadSpecEngine(fileURLToPath(new URL("../../specs/admin.yaml", import.meta.url)));

let mock: MockServer;
let sent: { url: string; body: string }[];

beforeEach(async () => {
  sent = [];
  mock = await createMockServer(
    { logLevel: "silent" },
    {
      clock: createClock(T0),
      otp: createSequenceOtp(["123456"]),
      ids: createCounterIds(),
      fetch: (async (url: string | URL | Request, init?: RequestInit) => {
        sent.push({ url: String(url), body: String(init?.body) });
        if (String(url).includes("unreachable")) throw new TypeError("fetch failed");
        return new Response(null, { status: 202 });
      }) as typeof fetch,
    },
  );
});

/** Violations of an admin answer against specs/admin.yaml. */
function adminViolations(method: string, path: string, response: MockResponse) {
  const routed = adminSpec.route(method, path.split("?")[0] ?? path);
  if (routed.kind !== "found") return [`${method} ${path} is not in specs/admin.yaml`];
  if (!routed.operation.responseCodes.includes(String(response.status))) {
    return [`${routed.operation.id} does not declare ${response.status}`];
  }
  return adminSpec
    .validateResponse(routed.operation, {
      status: response.status,
      headers: response.headers ?? {},
      body: response.body,
    })
    .map((v) => `${v.location.join(".")}: ${v.message}`);
}

/** Calls the admin API and checks the answer against specs/admin.yaml. */
async function admin(api: ApiId, method: string, path: string, body?: unknown, session?: string) {
  const response = await mock.request(api, {
    method,
    path: `/__mock${path}`,
    headers: session === undefined ? {} : { "x-paymock-session": session },
    ...(body === undefined ? {} : { body: body as object }),
  });
  expect(adminViolations(method, `/__mock${path}`, response)).toEqual([]);
  return response;
}

const send = (api: ApiId, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  mock.request(api, { method, path, headers, ...(body === undefined ? {} : { body: body as object }) });

describe("specs/admin.yaml validation", () => {
  it("reports an admin answer that violates the spec", () => {
    const headers = { "content-type": "application/json" };
    expect(adminViolations("GET", "/__mock/clock", { status: 200, headers, body: { now: 1 } })).not.toEqual([]);
    expect(adminViolations("GET", "/__mock/clock", { status: 418, headers, body: {} })).not.toEqual([]);
  });
});

describe("clock", () => {
  it("advances, sets, freezes and rewinds on reset; bad input is refused and changes nothing", async () => {
    expect((await admin("nbcgate", "GET", "/clock")).body).toEqual({
      now: "2026-01-01T00:00:00.000Z",
      offsetSeconds: 0,
      frozen: false,
    });
    for (const bad of [
      { advanceSeconds: 1e13 },
      { advanceSeconds: 1.5 },
      { advanceSeconds: "10" },
      { advanceSeconds: 11 * 366 * 24 * 3600 },
      { now: "1999-12-31T23:59:59Z" },
      { now: "tomorrow" },
      { freeze: "yes" },
      { advanceSeconds: 1, freeze: true },
      {},
    ]) {
      const refused = await admin("nbcgate", "POST", "/clock", bad);
      expect(refused.status, JSON.stringify(bad)).toBe(400);
      expect((refused.body as { error: string }).error).toMatch(/\S/);
    }
    expect((await admin("nbcgate", "GET", "/clock")).body).toMatchObject({ offsetSeconds: 0 });
    // Vendor routes and health still work after every refused move (issue #10 item 1).
    expect((await send("nbcgate", "POST", "/auth/sign-in", { email: "x@y.test", password: "p" })).status).toBeLessThan(
      500,
    );
    expect((await admin("nbcgate", "GET", "/health")).body).toEqual({ api: "nbcgate", status: "ok" });

    expect((await admin("nbcgate", "POST", "/clock", { advanceSeconds: -3600 })).body).toEqual({
      now: "2025-12-31T23:00:00.000Z",
      offsetSeconds: -3600,
      frozen: false,
    });
    expect((await admin("b2core-backoffice", "POST", "/clock", { now: "2030-06-01T12:00:00Z" })).body).toMatchObject({
      now: "2030-06-01T12:00:00.000Z",
    });
    // One clock per session, shared by its APIs.
    expect((await admin("mercuryo-spend", "GET", "/clock")).body).toMatchObject({ now: "2030-06-01T12:00:00.000Z" });
    expect((await admin("nbcgate", "POST", "/clock", { freeze: true })).body).toMatchObject({ frozen: true });
    mock.clock.advance(60);
    expect((await admin("nbcgate", "GET", "/clock")).body).toMatchObject({ now: "2030-06-01T12:00:00.000Z" });
    expect((await admin("nbcgate", "POST", "/clock", { freeze: false })).body).toMatchObject({ frozen: false });
    mock.clock.advance(60);
    expect((await admin("nbcgate", "GET", "/clock")).body).toMatchObject({ now: "2030-06-01T12:01:00.000Z" });
    // Other sessions keep their own clock.
    expect((await admin("nbcgate", "GET", "/clock", undefined, "other")).body).toMatchObject({
      now: "2026-01-01T00:02:00.000Z",
      offsetSeconds: 0,
    });
    expect((await admin("nbcgate", "POST", "/reset")).status).toBe(204);
    expect((await admin("nbcgate", "GET", "/clock")).body).toEqual({
      now: "2026-01-01T00:02:00.000Z",
      offsetSeconds: 0,
      frozen: false,
    });
  });

  it("stays within 2000-2100 however often it is moved", async () => {
    let last: MockResponse | undefined;
    for (let i = 0; i < 12; i += 1) last = await admin("nbcgate", "POST", "/clock", { advanceSeconds: 316_224_000 });
    expect(last?.status).toBe(400);
    expect((await admin("nbcgate", "GET", "/clock")).body).toMatchObject({ now: expect.stringMatching(/^20[89]\d-/) });
    expect((await admin("nbcgate", "GET", "/health")).status).toBe(200);
  });
});

describe("journal", () => {
  it("records query, redacted headers and bodies, status, response, operation and source", async () => {
    await send("nbcgate", "POST", "/auth/sign-in?lang=en", { email: "demo@nbcgate.test", password: "Password123" });
    const [entry] = (await admin("nbcgate", "GET", "/requests")).body as Json[];
    expect(entry).toMatchObject({
      id: 1,
      time: "2026-01-01T00:00:00.000Z",
      method: "POST",
      path: "/auth/sign-in",
      query: { lang: "en" },
      headers: { "content-type": "application/json" },
      body: { email: "demo@nbcgate.test", password: "[redacted]" },
      status: 200,
      response: { token: "[redacted]", refreshToken: "[redacted]" },
      operationId: "signIn",
      durationMs: expect.any(Number),
      source: "scripted",
    });
    expect(JSON.stringify(entry)).not.toContain("Password123");
  });

  it("filters by method, exact path, path template, operation, status, since and limit; counts with a body match; clears", async () => {
    const login = await send("softline-checkout", "POST", "/v1/login_check", {
      username: "merchant",
      password: "merchant-secret",
    });
    const auth = { authorizationjwt: `Bearer ${(login.body as { token: string }).token}` };
    await send("softline-checkout", "GET", "/v1/order/5555555", undefined, auth);
    await send("softline-checkout", "GET", "/v1/order/1", undefined, auth);
    await send("softline-checkout", "GET", "/v1/nothing-here");
    const list = async (q: string) => (await admin("softline-checkout", "GET", `/requests${q}`)).body as Json[];
    expect((await list("?path=/v1/order/{order_id}")).map((e) => e.path)).toEqual(["/v1/order/5555555", "/v1/order/1"]);
    expect((await list("?path=/v1/order/1")).map((e) => e.status)).toEqual([404]);
    expect((await list("?operationId=getOrder&status=200")).map((e) => e.path)).toEqual(["/v1/order/5555555"]);
    expect((await list("?method=post")).map((e) => e.operationId)).toEqual(["loginCheck"]);
    expect((await list("?since=2")).map((e) => e.id)).toEqual([3, 4]);
    expect((await list("?limit=1")).map((e) => e.path)).toEqual(["/v1/nothing-here"]);
    expect((await list("?limit=1"))[0]).toMatchObject({ source: "error", operationId: null });
    expect((await admin("softline-checkout", "GET", "/requests?limit=x")).status).toBe(400);

    const count = async (filter: unknown) =>
      ((await admin("softline-checkout", "POST", "/requests/count", filter)).body as { count: number }).count;
    expect(await count({ body: { username: "merchant" } })).toBe(1);
    expect(await count({ body: { username: "someone" } })).toBe(0);
    expect(await count({ operationId: "getOrder" })).toBe(2);
    expect(await count({ path: "/v1/order/{order_id}", status: 404 })).toBe(1);
    // The refused `?limit=x` above is journaled too (admin-refused).
    expect(await count({})).toBe(5);
    expect((await admin("softline-checkout", "POST", "/requests/count", { colour: "red" })).status).toBe(400);

    expect((await admin("softline-checkout", "DELETE", "/requests")).status).toBe(204);
    expect(await list("")).toEqual([]);
  });

  it("journals /__mockx and refused admin calls, not successful admin calls (#10.11)", async () => {
    await admin("nbcgate", "GET", "/clock");
    expect((await send("nbcgate", "GET", "/__mockx")).status).toBe(404);
    await mock.request("nbcgate", { method: "POST", path: "/__mock/clock", body: { advanceSeconds: "x" } });
    const entries = (await admin("nbcgate", "GET", "/requests")).body as Json[];
    expect(entries.map((e) => [e.path, e.status, e.source])).toEqual([
      ["/__mockx", 404, "error"],
      ["/__mock/clock", 400, "admin-refused"],
    ]);
  });
});

describe("outbox", () => {
  it("filters on every repeated ?to= and keeps the newest ?limit= (#10.5, #10.11)", async () => {
    for (const email of ["a@b2core.test", "admin@b2core.test", "admin@b2core.test"]) {
      await send("b2core-backoffice", "POST", "/api/v2/signin", { email, password: "Secret123" });
    }
    await send("nbcgate", "POST", "/auth/sign-in", { email: "otp@nbcgate.test", password: "Password123" });
    const all = (await admin("b2core-backoffice", "GET", "/outbox?to=admin@b2core.test&to=nobody@x.test"))
      .body as Json[];
    expect(all.map((m) => m.to)).toEqual(["admin@b2core.test", "admin@b2core.test"]);
    const newest = (await admin("b2core-backoffice", "GET", "/outbox?limit=1")).body as Json[];
    expect(newest).toEqual([all[1]]);
    expect((await admin("b2core-backoffice", "GET", "/outbox?to=otp@nbcgate.test")).body).toEqual([]);
  });
});

describe("faults and stubs", () => {
  it("answers a status in the vendor's envelope, for `times` requests, journaled as fault", async () => {
    const added = await admin("nbcgate", "POST", "/faults", { operationId: "listBalances", status: 503, times: 1 });
    expect(added.status).toBe(201);
    const faulted = await send("nbcgate", "GET", "/api/balance");
    expect(faulted.status).toBe(503);
    expect(faulted.body).toMatchObject({ statusCode: 503, errors: [{ code: "INTERNAL_ERROR" }] });
    expect((await send("nbcgate", "GET", "/api/balance")).status).toBe(401);
    expect((await admin("nbcgate", "GET", "/faults")).body).toEqual([]);
    const entries = (await admin("nbcgate", "GET", "/requests")).body as Json[];
    expect(entries.map((e) => e.source)).toEqual(["fault", "scripted"]);
  });

  it("uses the vendor's documented code for a status where one exists", async () => {
    await admin("nbcgate", "POST", "/faults", { operationId: "listBalances", status: 429 });
    expect((await send("nbcgate", "GET", "/api/balance")).body).toMatchObject({
      statusCode: 429,
      errors: [{ code: "RATE_LIMITED" }],
    });
    await admin("b2core-backoffice", "POST", "/faults", { operationId: "listClients", status: 403 });
    expect(await send("b2core-backoffice", "GET", "/api/v2/clients")).toMatchObject({
      status: 403,
      body: { code: "forbidden" },
    });
    await admin("mercuryo-spend", "POST", "/faults", {
      method: "GET",
      path: "/v1.6/sdk-partner/spend/cards/status",
      status: 502,
    });
    expect(await send("mercuryo-spend", "GET", "/v1.6/sdk-partner/spend/cards/status")).toMatchObject({
      status: 502,
      body: { status: "502", code: 500001 },
    });
  });

  it("uses the operation's declared response for a status it declares, by method and path template", async () => {
    await admin("softline-checkout", "POST", "/faults", { method: "GET", path: "/v1/order/{order_id}", status: 404 });
    const response = await send("softline-checkout", "GET", "/v1/order/5555555");
    expect(response.status).toBe(404);
    expect(JSON.stringify(response.body)).toContain("2001");
  });

  it("delays, then answers normally", async () => {
    await admin("nbcgate", "POST", "/faults", { operationId: "listBalances", delayMs: 120 });
    const started = performance.now();
    const response = await send("nbcgate", "GET", "/api/balance");
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    expect(response.status).toBe(401);
  });

  it("draws `probability` from its seed, so two sessions with one seed fault the same requests", async () => {
    const pattern = async (session: string) => {
      await admin(
        "nbcgate",
        "POST",
        "/faults",
        { operationId: "listBalances", status: 500, probability: 0.5, seed: 7 },
        session,
      );
      const statuses: number[] = [];
      for (let i = 0; i < 24; i += 1) {
        statuses.push(
          (await send("nbcgate", "GET", "/api/balance", undefined, { "x-paymock-session": session })).status,
        );
      }
      return statuses;
    };
    const a = await pattern("a");
    expect(await pattern("b")).toEqual(a);
    expect(a).toContain(500);
    expect(a).toContain(401);
  });

  it("serves stubs checked against the declared response, or unchecked on request", async () => {
    const refused = await admin("softline-checkout", "POST", "/faults", {
      operationId: "getOrder",
      status: 200,
      body: { order_id: "not a number" },
    });
    expect(refused.status).toBe(400);
    expect((refused.body as { error: string }).error).toMatch(/does not match the 200 response getOrder declares/);
    expect((await admin("softline-checkout", "GET", "/faults")).body).toEqual([]);

    await admin("softline-checkout", "POST", "/faults", {
      operationId: "getOrder",
      status: 200,
      body: { stubbed: true },
      headers: { "x-extra": "1" },
      unchecked: true,
    });
    const stubbed = await send("softline-checkout", "GET", "/v1/order/1");
    expect(stubbed).toMatchObject({ status: 200, body: { stubbed: true }, headers: { "x-extra": "1" } });
  });

  it("sends malformed JSON, and leaves socket faults to the HTTP layer", async () => {
    await admin("nbcgate", "POST", "/faults", { operationId: "listBalances", fault: "malformed-json", times: 1 });
    const malformed = await send("nbcgate", "GET", "/api/balance");
    expect(() => JSON.parse(String(malformed.body))).toThrow();
    await admin("nbcgate", "POST", "/faults", { operationId: "listBalances", fault: "connection-reset" });
    expect(await send("nbcgate", "GET", "/api/balance")).toMatchObject({ status: 0, fault: "connection-reset" });
  });

  it("refuses unknown operations and out-of-range values, and removes one or all", async () => {
    for (const bad of [
      { operationId: "nope", status: 500 },
      { method: "GET", path: "/nowhere", status: 500 },
      { operationId: "listBalances", delayMs: 60_001 },
      { operationId: "listBalances", fault: "explode" },
      { operationId: "listBalances", status: 503, probability: 2 },
      { operationId: "listBalances" },
      { operationId: "listBalances", status: 503, colour: "red" },
    ]) {
      expect((await admin("nbcgate", "POST", "/faults", bad)).status, JSON.stringify(bad)).toBe(400);
    }
    const { id } = (await admin("nbcgate", "POST", "/faults", { operationId: "listBalances", status: 502 })).body as {
      id: string;
    };
    await admin("nbcgate", "POST", "/faults", { operationId: "signIn", status: 502 });
    expect((await admin("nbcgate", "DELETE", `/faults/${id}`)).status).toBe(204);
    expect((await admin("nbcgate", "DELETE", `/faults/${id}`)).status).toBe(404);
    expect(((await admin("nbcgate", "GET", "/faults")).body as Json[]).map((f) => f.operationId)).toEqual(["signIn"]);
    expect((await admin("nbcgate", "DELETE", "/faults")).status).toBe(204);
    expect((await admin("nbcgate", "GET", "/faults")).body).toEqual([]);
  });
});

describe("Prefer", () => {
  it("answers a declared code on a scripted operation, in the vendor's envelope, without running the handler", async () => {
    const response = await send(
      "nbcgate",
      "POST",
      "/auth/sign-in",
      { email: "demo@nbcgate.test", password: "Password123" },
      {
        prefer: "code=404",
      },
    );
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ statusCode: 404 });
    expect((await admin("nbcgate", "GET", "/requests")).body).toMatchObject([{ source: "example", status: 404 }]);
  });

  it("refuses an undeclared code, an unknown example and an out-of-range delay with 400 listing what exists", async () => {
    const undeclared = await send("nbcgate", "POST", "/auth/sign-in", {}, { prefer: "code=503" });
    expect(undeclared.status).toBe(400);
    expect(JSON.stringify(undeclared.body)).toMatch(/declares 200, 400, 404, 500/);
    const example = await send("softline-checkout", "GET", "/v1/product", undefined, { prefer: "example=nope" });
    expect(example.status).toBe(400);
    expect(JSON.stringify(example.body)).toContain("example=nope");
    const delay = await send("mercuryo-spend", "GET", "/sdk-partner/spend/cards/status", undefined, {
      prefer: "delay=999999",
    });
    expect(delay.status).toBe(400);
    expect(delay.body).toMatchObject({ status: "400" });
  });

  it("delays any request with Prefer: delay=<ms>", async () => {
    const started = performance.now();
    await send("b2core-backoffice", "GET", "/api/v2/clients", undefined, { prefer: "delay=100" });
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
  });
});

describe("callbacks", () => {
  it("sends a session's callbacks to its own target and lists them with their delivery", async () => {
    const target = await admin(
      "softline-checkout",
      "POST",
      "/callbacks/target",
      { url: "http://127.0.0.1:9/hooks" },
      "s1",
    );
    expect(target.body).toEqual({ url: "http://127.0.0.1:9/hooks" });
    expect((await admin("softline-checkout", "POST", "/callbacks/target", { url: "ftp://x" }, "s1")).status).toBe(400);
    const login = await send(
      "softline-checkout",
      "POST",
      "/v1/login_check",
      { username: "merchant", password: "merchant-secret" },
      {
        "x-paymock-session": "s1",
      },
    );
    const headers = {
      "x-paymock-session": "s1",
      authorizationjwt: `Bearer ${(login.body as { token: string }).token}`,
    };
    const states = await admin("softline-checkout", "GET", "/states");
    expect(states.status).toBe(200);
    await send(
      "softline-checkout",
      "POST",
      "/v1/payment",
      { currency: "EUR", amount: "1.00", return_success_url: "https://m.example/ok", payment_method: "CreditCard" },
      headers,
    );
    await mock.close();
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((s) => s.url === "http://127.0.0.1:9/hooks")).toBe(true);
    const listed = (await admin("softline-checkout", "GET", "/callbacks", undefined, "s1")).body as Json[];
    expect(listed).toHaveLength(sent.length);
    expect(listed[0]).toMatchObject({
      id: 1,
      url: "http://127.0.0.1:9/hooks",
      headers: { "content-type": "application/json" },
      event: expect.any(String),
      status: "delivered",
      httpStatus: 202,
      time: "2026-01-01T00:00:00.000Z",
    });
    // The default session has no target and no --callback-url: nothing is sent or listed.
    expect((await admin("softline-checkout", "GET", "/callbacks")).body).toEqual([]);
  });

  it("lists a failed delivery with its reason", async () => {
    await admin("softline-checkout", "POST", "/callbacks/target", { url: "http://unreachable.test/hooks" });
    const login = await send("softline-checkout", "POST", "/v1/login_check", {
      username: "merchant",
      password: "merchant-secret",
    });
    await send(
      "softline-checkout",
      "POST",
      "/v1/payment",
      { currency: "EUR", amount: "1.00", return_success_url: "https://m.example/ok", payment_method: "CreditCard" },
      { authorizationjwt: `Bearer ${(login.body as { token: string }).token}` },
    );
    await mock.close();
    const [first] = (await admin("softline-checkout", "GET", "/callbacks")).body as Json[];
    expect(first).toMatchObject({ status: "failed", reason: "fetch failed" });
  });
});

describe("health", () => {
  it("answers 503 degraded with a reason when the API cannot serve, until reset repairs it", async () => {
    mock.store.slot("softline-checkout").state = null;
    const degraded = await admin("softline-checkout", "GET", "/health");
    expect(degraded.status).toBe(503);
    expect(degraded.body).toMatchObject({ api: "softline-checkout", status: "degraded", reason: expect.any(String) });
    await admin("softline-checkout", "POST", "/reset");
    expect((await admin("softline-checkout", "GET", "/health")).body).toEqual({
      api: "softline-checkout",
      status: "ok",
    });
  });

  it("answers HEAD on admin GET routes like GET", async () => {
    const head = await mock.request("nbcgate", { method: "HEAD", path: "/__mock/health" });
    expect(head.status).toBe(200);
    expect((await mock.request("nbcgate", { method: "HEAD", path: "/__mock/clock" })).status).toBe(200);
  });
});
