/**
 * The engine's session parts as tables: the LRU of sessions, the session clock, fault rules,
 * journal matching and Prefer parsing.
 */
import { Writable } from "node:stream";
import { pino } from "pino";
import { describe, expect, expectTypeOf, it } from "vitest";
import { createClock, type OutboxMessage } from "../../mocks/context.js";
import type {
  ClockState as WireClockState,
  FaultRule as WireFaultRule,
  JournalEntry as WireJournalEntry,
  OutboxMessage as WireOutboxMessage,
} from "../../mocks/engine/admin-client.js";
import { checkFaultSpec, createFaultList, type FaultRule } from "../../mocks/engine/faults.js";
import { containsDeep, createJournal, type JournalEntry } from "../../mocks/engine/journal.js";
import { readPrefer } from "../../mocks/engine/prefer.js";
import { type ClockState, createSessionClock } from "../../mocks/engine/session-clock.js";
import { createSessionRegistry, isSessionId } from "../../mocks/engine/session-registry.js";
import { createMockServer } from "../../mocks/server.js";

describe("session ids", () => {
  it.each([
    ["a", true],
    ["worker-1.test_A", true],
    ["x".repeat(64), true],
    ["x".repeat(65), false],
    ["", false],
    ["has space", false],
    ["ünï", false],
  ])("%s -> %s", (id, valid) => expect(isSessionId(id)).toBe(valid));
});

describe("session registry", () => {
  it("creates lazily, evicts the least recently used past the bound, never the default", () => {
    const evicted: string[] = [];
    const registry = createSessionRegistry({ max: 3, create: (id) => ({ id }), onEvict: (id) => evicted.push(id) });
    registry.get("default");
    registry.get("a");
    registry.get("b");
    registry.get("a");
    registry.get("c");
    expect(evicted).toEqual(["b"]);
    expect([...registry.values()].map((s) => s.id)).toEqual(["default", "a", "c"]);
    expect(registry.peek("b")).toBeUndefined();
  });

  it("is bounded by maxSessions on the server and logs each eviction", async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: "info" },
      new Writable({
        write(chunk, _e, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    const mock = await createMockServer({ apis: ["nbcgate"], maxSessions: 2 }, { logger });
    // A write creates a session (a read of an unknown one does not: test/engine/session-scope.test.ts).
    for (const session of ["s1", "s2", "s3"]) {
      await mock.request("nbcgate", {
        method: "POST",
        path: "/__mock/reset",
        headers: { "x-paymock-session": session },
      });
    }
    expect([...mock.store.sessions()].map((s) => s.id)).toEqual(["default", "s3"]);
    expect(lines.filter((l) => l.includes("evicted")).map((l) => JSON.parse(l).session)).toEqual(["s1", "s2"]);
  });
});

describe("session clock", () => {
  const base = () => createClock(new Date("2026-01-01T00:00:00Z"));
  it.each([
    [{ advanceSeconds: 60 }, undefined, "2026-01-01T00:01:00.000Z"],
    [{ advanceSeconds: -86_400 }, undefined, "2025-12-31T00:00:00.000Z"],
    [{ now: "2099-12-31T23:59:59Z" }, undefined, "2099-12-31T23:59:59.000Z"],
    [{ now: "2101-01-01T00:00:00Z" }, /2000-2100/, "2026-01-01T00:00:00.000Z"],
    [{ advanceSeconds: Number.POSITIVE_INFINITY }, /integer/, "2026-01-01T00:00:00.000Z"],
    [{ advanceSeconds: 1e13 }, /integer/, "2026-01-01T00:00:00.000Z"],
    [{ advanceSeconds: -10 * 366 * 24 * 3600 - 1 }, /integer/, "2026-01-01T00:00:00.000Z"],
    [null, /Send one of/, "2026-01-01T00:00:00.000Z"],
    [{ rewind: true }, /rewind/, "2026-01-01T00:00:00.000Z"],
  ])("%j -> %s, now %s", (body, error, now) => {
    const clock = createSessionClock(base());
    const refused = clock.apply(body);
    if (error === undefined) expect(refused).toBeUndefined();
    else expect(refused).toMatch(error);
    expect(clock.state().now).toBe(now);
  });

  it("stands still while frozen, goes on from there when unfrozen, and resets to the base clock", () => {
    const b = base();
    const clock = createSessionClock(b);
    clock.apply({ advanceSeconds: 10 });
    clock.apply({ freeze: true });
    b.advance(100);
    expect(clock.state()).toEqual({ now: "2026-01-01T00:00:10.000Z", offsetSeconds: -90, frozen: true });
    clock.apply({ advanceSeconds: 5 });
    clock.apply({ freeze: false });
    b.advance(1);
    expect(clock.state()).toEqual({ now: "2026-01-01T00:00:16.000Z", offsetSeconds: -85, frozen: false });
    clock.reset();
    expect(clock.state()).toEqual({ now: "2026-01-01T00:01:41.000Z", offsetSeconds: 0, frozen: false });
  });
});

describe("fault specs", () => {
  it.each([
    [{ operationId: "x", status: 503 }, []],
    [{ method: "GET", path: "/a/{id}", delayMs: 0 }, []],
    [{ operationId: "x", fault: "timeout", times: 2 }, []],
    [{ operationId: "x", status: 200, body: {}, unchecked: true }, []],
    [{ status: 503 }, ['give either "operationId" or both "method" and "path"']],
    [
      { operationId: "x", method: "GET", path: "/", status: 500 },
      ['give either "operationId" or both "method" and "path"'],
    ],
    [{ operationId: "x", delayMs: 60_001 }, ["delayMs must be an integer from 0 to 60000"]],
    [{ operationId: "x", status: 99 }, ["status must be an integer from 200 to 599"]],
    [{ operationId: "x", body: {} }, ['a stub ("body" or "headers") needs a "status"']],
    [{ operationId: "x", fault: "timeout", status: 500 }, ['"fault" cannot be combined with "status" or "body"']],
    [{ operationId: "x", status: 500, probability: -0.1 }, ["probability must be a number from 0 to 1"]],
    [{ operationId: "x", status: 500, times: 0 }, ["times must be an integer from 1 to 1000000"]],
  ])("%j -> %j", (spec, problems) => {
    expect(checkFaultSpec(spec).problems).toEqual(problems);
  });

  it("applies the newest matching rule, counts `times` down and drops it at zero", () => {
    const faults = createFaultList("f");
    faults.add({ operationId: "op", status: 500 }, "op");
    faults.add({ operationId: "op", status: 503, times: 2 }, "op");
    expect([1, 2, 3].map(() => faults.take("op")?.status)).toEqual([503, 503, 500]);
    expect(faults.take("other")).toBeUndefined();
    expect(faults.list().map((r) => [r.id, r.hits])).toEqual([["f1", 1]]);
  });
});

describe("journal", () => {
  it.each([
    [{ a: 1, b: { c: [1, 2], d: "x" } }, { b: { c: [1, 2] } }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [{ a: [1, 2] }, { a: [1] }, false],
    [{ a: null }, { a: null }, true],
    ["text", "text", true],
    [{ a: 1 }, {}, true],
    [undefined, { a: 1 }, false],
  ])("containsDeep(%j, %j) = %s", (actual, expected, want) => expect(containsDeep(actual, expected)).toBe(want));

  it("keeps the newest entries with increasing ids and redacts when read", () => {
    const journal = createJournal(2);
    for (const path of ["/a", "/b", "/c"]) {
      journal.record({
        time: "t",
        method: "POST",
        path,
        template: path,
        query: { token: "q" },
        headers: { authorization: "secret-token" },
        body: { nested: { refresh_token: "r" } },
        status: 200,
        response: { accessToken: "a" },
        operationId: undefined,
        durationMs: 1,
        source: "example",
      });
    }
    const entries = journal.list();
    expect(entries.map((e) => [e.id, e.path])).toEqual([
      [2, "/b"],
      [3, "/c"],
    ]);
    expect(entries[0]).toMatchObject({
      query: { token: "[redacted]" },
      headers: { authorization: "[redacted]" },
      body: { nested: { refresh_token: "[redacted]" } },
      response: { accessToken: "[redacted]" },
      operationId: null,
    });
  });
});

describe("Prefer", () => {
  it.each([
    ["code=404", { code: 404 }],
    ['example="notFound", code=404', { code: 404, example: "notFound" }],
    ["delay=250", { delayMs: 250 }],
    ["delay=60001", { badDelay: "60001" }],
    ["delay=-1", { badDelay: "-1" }],
    ["dynamic=true", {}],
  ])("%s -> %j", (header, want) => expect(readPrefer(header)).toEqual(want));
});

describe("failures", () => {
  it("answers a mock failure with a 500 in the vendor's envelope and logs it with its stack", async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: "info" },
      new Writable({
        write(chunk, _e, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    const mock = await createMockServer({ apis: ["softline-checkout"] }, { logger });
    mock.store.slot("softline-checkout").state = null;
    const response = await mock.request("softline-checkout", { method: "GET", path: "/v1/product" });
    expect(response.status).toBe(500);
    expect(response.body).toMatchObject({ errors: [{ error: 100 }] });
    const logged = lines.map((l) => JSON.parse(l) as { level: number; msg: string; err?: string });
    const failure = logged.find((l) => l.level === 50);
    expect(failure?.msg).toContain("GET /v1/product: mock failed");
    expect(failure?.err).toMatch(/\n\s+at /);
  });
});

/** true when A is assignable to B (a plain check: expect-type's mishandles index signatures). */
type Fits<A, B> = [A] extends [B] ? true : false;

describe("admin helper types", () => {
  it("are the engine's own shapes (checked against specs/admin.yaml)", () => {
    // The same fields, and what the spec promises fits what the engine produces (the engine's are readonly).
    expectTypeOf<keyof JournalEntry>().toEqualTypeOf<keyof WireJournalEntry>();
    expectTypeOf<keyof OutboxMessage>().toEqualTypeOf<keyof WireOutboxMessage>();
    expectTypeOf<keyof ClockState>().toEqualTypeOf<keyof WireClockState>();
    expectTypeOf<keyof FaultRule>().toEqualTypeOf<keyof WireFaultRule>();
    const fits: [
      Fits<WireJournalEntry, JournalEntry>,
      Fits<WireOutboxMessage, OutboxMessage>,
      Fits<WireClockState, ClockState>,
      Fits<JournalEntry["source"], WireJournalEntry["source"]>,
    ] = [true, true, true, true];
    expect(fits).toEqual([true, true, true, true]);
  });
});
