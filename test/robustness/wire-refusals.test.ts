/**
 * What Node refuses before the mock sees a request, and how bodies are timed, on each API's port:
 * bad request lines, bad Content-Length, oversized headers and unmet `Expect` are answered in the
 * vendor's envelope (Node's own answers are empty); `Expect: 100-continue` over the body limit gets
 * 413 without `100 Continue`; a body that trickles in steadily is read (idle timeout) but not
 * forever (absolute deadline); the stall timeout is the option's value, not a multiple of it.
 * @see mocks/http.ts
 */
import { connect } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { API_IDS } from "../../src/apis.js";
import { listenForTests, JSON_TARGET as TARGET } from "./support/listening-mock.js";
import { agent, openStreaming } from "./support/raw-http.js";
import { loadSpecModel } from "./support/spec-model.js";

const LIMIT = 4096;
const IDLE_MS = 400;
const DEADLINE_MS = 2_500;

afterAll(() => {
  agent.destroy();
});

interface WireAnswer {
  /** Everything the server wrote, as text. */
  readonly raw: string;
  readonly status: number;
  readonly body: unknown;
}

/** Writes `head` (and later `rest`) on a fresh socket and collects everything until the server closes. */
function exchange(base: string, head: string, opts: { rest?: string; restAfterMs?: number } = {}): Promise<WireAnswer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error("no answer within 5 s"));
    }, 5_000);
    socket.on("data", (c: Buffer) => chunks.push(c));
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      const raw = Buffer.concat(chunks).toString("utf8");
      const final = raw.replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/, "");
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(final)?.[1] ?? 0);
      const text = final.split("\r\n\r\n").slice(1).join("\r\n\r\n");
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
      resolve({ raw, status, body });
    });
    socket.write(head);
    if (opts.rest !== undefined) {
      const rest = opts.rest;
      setTimeout(() => socket.writable && socket.write(rest), opts.restAfterMs ?? 0);
    }
  });
}

describe.each(API_IDS)("refusals on the wire for %s", (api) => {
  const model = loadSpecModel(api);
  let base: string;
  let host: string;
  listenForTests(api, { maxBodyBytes: LIMIT, requestTimeoutMs: IDLE_MS, bodyDeadlineMs: DEADLINE_MS }, (url) => {
    base = url;
    host = new URL(base).host;
  });

  const expectVendor = (answer: WireAnswer, status: number) => {
    expect(answer.status).toBe(status);
    expect(model.errorEnvelopeProblems(answer.body)).toEqual([]);
  };

  it("answers a malformed request line with 400 in the vendor envelope", async () => {
    expectVendor(await exchange(base, "GARBAGE\r\n\r\n"), 400);
  });

  it("answers a bad Content-Length with 400 in the vendor envelope", async () => {
    const head = `POST ${TARGET[api]} HTTP/1.1\r\nHost: ${host}\r\nContent-Length: abc\r\n\r\n`;
    expectVendor(await exchange(base, head), 400);
  });

  it("answers oversized headers with 431 in the vendor envelope", async () => {
    const head = `GET ${TARGET[api]} HTTP/1.1\r\nHost: ${host}\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`;
    expectVendor(await exchange(base, head), 431);
  });

  it("answers an expectation it cannot meet with 417 in the vendor envelope", async () => {
    const head = `POST ${TARGET[api]} HTTP/1.1\r\nHost: ${host}\r\nExpect: teapot\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`;
    expectVendor(await exchange(base, head), 417);
  });

  it("answers Expect: 100-continue over the limit with 413 and never 100", async () => {
    const head = `POST ${TARGET[api]} HTTP/1.1\r\nHost: ${host}\r\nExpect: 100-continue\r\nContent-Type: application/json\r\nContent-Length: ${LIMIT + 1}\r\nConnection: close\r\n\r\n`;
    const answer = await exchange(base, head);
    expect(answer.raw).not.toContain("100 Continue");
    expectVendor(answer, 413);
  });

  it("answers Expect: 100-continue within the limit with 100, then reads the body", async () => {
    const head = `POST ${TARGET[api]} HTTP/1.1\r\nHost: ${host}\r\nExpect: 100-continue\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n`;
    const answer = await exchange(base, head, { rest: "{}", restAfterMs: 50 });
    expect(answer.raw.startsWith("HTTP/1.1 100 Continue\r\n")).toBe(true);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(answer.status).not.toBe(408);
    expect(model.errorEnvelopeProblems(answer.body)).toEqual([]);
  });
});

describe("body timing", () => {
  let base: string;
  listenForTests("nbcgate", { requestTimeoutMs: IDLE_MS, bodyDeadlineMs: DEADLINE_MS }, (url) => {
    base = url;
  });

  const open = (length: number) =>
    openStreaming(base, {
      method: "POST",
      path: "/auth/sign-in",
      headers: { "content-type": "application/json", "content-length": String(length) },
    });
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it("reads a body that trickles in for longer than the idle timeout, one byte at a time", async () => {
    const body = '{"email":"a@b.c"}';
    const stream = open(body.length);
    const started = performance.now();
    for (const byte of body.slice(0, 6)) {
      await stream.write(byte);
      await sleep(IDLE_MS / 4);
    }
    expect(performance.now() - started).toBeGreaterThan(IDLE_MS);
    expect(stream.answered()).toBe(false);
    await stream.write(body.slice(6));
    const res = await stream.response;
    expect(res.status).toBe(400); // read and validated: no password
    stream.destroy();
  });

  it("answers 408 once the idle timeout passes without a byte: the option's value, not a multiple", async () => {
    const stream = open(100);
    await stream.write("{");
    const started = performance.now();
    const res = await stream.response;
    const waited = performance.now() - started;
    expect(res.status).toBe(408);
    expect(waited).toBeGreaterThanOrEqual(IDLE_MS - 30);
    expect(waited).toBeLessThan(IDLE_MS * 2.5);
    stream.destroy();
  });

  it("answers 408 at the absolute deadline even while bytes keep coming", async () => {
    const stream = open(10_000);
    const started = performance.now();
    while (!stream.answered() && performance.now() - started < DEADLINE_MS * 2) {
      if (!(await stream.write(" "))) break;
      await sleep(IDLE_MS / 4);
    }
    const res = await stream.response;
    const waited = performance.now() - started;
    expect(res.status).toBe(408);
    expect(waited).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
    expect(waited).toBeLessThan(DEADLINE_MS * 1.8);
    stream.destroy();
  });
});
