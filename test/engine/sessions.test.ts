/**
 * Sessions on one shared server (issue #12): 20 sessions run full sign-in flows on all four APIs
 * at once, each resetting, moving its clock and injecting a fault, and none sees another's codes,
 * tokens, orders, journal entries, clock or faults. After the flows no secret appears in any
 * journal, callbacks list or log line.
 */
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningMock, startMock } from "../../mocks/start-mock.js";
import { API_IDS } from "../../src/apis.js";
import { type FlowResult, runFullFlows } from "../support/flows.js";

const SESSIONS = Array.from({ length: 20 }, (_, i) => `worker-${i}`);
const logLines: string[] = [];
let mock: RunningMock;

beforeAll(async () => {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  mock = await startMock({}, { logger: pino({ level: "info" }, stream) });
});
afterAll(() => mock?.stop());

describe("20 parallel sessions", () => {
  const results = new Map<string, FlowResult>();

  beforeAll(async () => {
    await Promise.all(
      SESSIONS.map(async (session, i) => {
        const b2core = mock.admin("b2core-backoffice", { session });
        await b2core.reset();
        await mock.admin("nbcgate", { session }).clock.advance((i + 1) * 60);
        await b2core.fault({ operationId: "listAccounts", status: 503 });
        results.set(session, await runFullFlows(mock, session));
      }),
    );
  }, 120_000);

  it("keeps each session's clock, faults, outbox and journal to itself", async () => {
    for (const [i, session] of SESSIONS.entries()) {
      const nbc = mock.admin("nbcgate", { session });
      expect((await nbc.clock.get()).offsetSeconds).toBe((i + 1) * 60);
      const faults = (await (
        await fetch(`${mock.url("b2core-backoffice")}/__mock/faults`, { headers: { "x-paymock-session": session } })
      ).json()) as { operationId: string }[];
      expect(faults.map((f) => f.operationId)).toEqual(["listAccounts"]);
      for (const api of API_IDS) {
        const admin = mock.admin(api, { session });
        const journal = await admin.requests();
        expect(journal.length).toBeGreaterThan(0);
        // Every journaled request carried this session's header, and only this one.
        expect(new Set(journal.map((e) => e.headers["x-paymock-session"]))).toEqual(new Set([session]));
        const outbox = await admin.outbox();
        expect(outbox.length).toBe(api === "softline-checkout" ? 0 : 1);
        expect(outbox.map((m) => m.code)).toEqual(
          api === "softline-checkout" ? [] : [results.get(session)?.codes[api]],
        );
      }
    }
    expect(await mock.admin("nbcgate").requests()).toEqual([]);
  });

  it("answers a session's fault only in that session", async () => {
    const faulted = await fetch(`${mock.url("b2core-backoffice")}/api/v2/accounts`, {
      headers: { "x-paymock-session": "worker-3" },
    });
    expect(faulted.status).toBe(503);
    const elsewhere = await fetch(`${mock.url("b2core-backoffice")}/api/v2/accounts`, {
      headers: { "x-paymock-session": "fresh" },
    });
    expect(elsewhere.status).toBe(401);
  });

  it("does not accept one session's token, code or order in another", async () => {
    const a = results.get("worker-0");
    expect(a).toBeDefined();
    const softlineTokens = [...(a?.secrets ?? [])].filter((s) => s.split(".").length === 3);
    expect(softlineTokens.length).toBeGreaterThan(0);
    for (const token of softlineTokens) {
      const other = await fetch(`${mock.url("softline-checkout")}/v1/order/${a?.orderId}`, {
        headers: { "x-paymock-session": "fresh", authorizationjwt: `Bearer ${token}` },
      });
      expect(other.status).toBe(401);
    }
    const own = await fetch(`${mock.url("nbcgate")}/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-paymock-session": "fresh" },
      body: JSON.stringify({ email: "otp@nbcgate.test", password: "Password123", otp: a?.codes.nbcgate }),
    });
    // The code was issued in worker-0; the fresh session never issued one, so it asks for one.
    expect(own.status).toBe(400);
    expect(JSON.stringify(await own.json())).not.toContain('"token"');
  });

  it("never shows a token, password, partner token or API key in a journal, callbacks list or log", async () => {
    const secrets = new Set<string>();
    for (const r of results.values()) for (const s of r.secrets) secrets.add(s);
    expect(secrets.size).toBeGreaterThan(20 * 4);
    const shown: string[] = [...logLines];
    for (const session of SESSIONS) {
      for (const api of API_IDS) {
        const admin = mock.admin(api, { session });
        shown.push(JSON.stringify(await admin.requests()), JSON.stringify(await admin.callbacks()));
      }
    }
    const text = shown.join("\n");
    for (const secret of secrets) expect(text.includes(secret), `secret ${secret.slice(0, 12)}... shown`).toBe(false);
    // The journal still says that a credential was sent.
    expect(text).toContain('"authorization":"[redacted]"');
    expect(text).toContain('"password":"[redacted]"');
  });
});

describe("session ids", () => {
  it("refuses an invalid X-Paymock-Session with 400, in the vendor envelope on vendor routes", async () => {
    const vendor = await fetch(`${mock.url("nbcgate")}/api/balance`, { headers: { "x-paymock-session": "bad id!" } });
    expect(vendor.status).toBe(400);
    expect(await vendor.json()).toMatchObject({ statusCode: 400, errors: [{ code: "VALIDATION_ERROR" }] });
    const admin = await fetch(`${mock.url("nbcgate")}/__mock/clock`, {
      headers: { "x-paymock-session": "x".repeat(65) },
    });
    expect(admin.status).toBe(400);
    expect(((await admin.json()) as { error: string }).error).toMatch(/1-64 characters/);
  });
});
