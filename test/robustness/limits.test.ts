/**
 * Request limits on the wire, for each API: a body over `maxBodyBytes` is refused with 413 in the
 * vendor's error envelope before it is buffered whole (a declared content-length is refused before
 * any body byte; a chunked body without content-length is cut off as it grows past the limit), a
 * body that stalls gets 408 after `requestTimeoutMs`, and the server keeps serving afterwards.
 * @see mocks/http.ts
 */
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS } from "../../mocks/options.js";
import { API_IDS } from "../../src/apis.js";
import { listenForTests, JSON_TARGET as TARGET } from "./support/listening-mock.js";
import { agent, openStreaming, sendRaw, toJson } from "./support/raw-http.js";
import { loadSpecModel } from "./support/spec-model.js";

const LIMIT = 4096;
const TIMEOUT_MS = 150;

afterAll(() => {
  agent.destroy();
});

describe.each(API_IDS)("limits of %s", (api) => {
  const model = loadSpecModel(api);
  let base: string;
  listenForTests(api, { maxBodyBytes: LIMIT, requestTimeoutMs: TIMEOUT_MS }, (url) => {
    base = url;
  });

  const expectVendorError = (status: number, text: string, want: number) => {
    expect(status).toBe(want);
    expect(model.errorEnvelopeProblems(toJson(text))).toEqual([]);
  };

  it("refuses a declared content-length over the limit with 413 before any body byte arrives", async () => {
    const stream = openStreaming(base, {
      method: "POST",
      path: TARGET[api],
      headers: { "content-type": "application/json", "content-length": String(10 * 1024 * 1024) },
    });
    const res = await stream.response;
    expectVendorError(res.status, res.text, 413);
    expect(res.headers.connection).toBe("close");
    stream.destroy();
  });

  it("cuts off a chunked body without content-length once it grows past the limit", async () => {
    const stream = openStreaming(base, {
      method: "POST",
      path: TARGET[api],
      headers: { "content-type": "application/json" },
    });
    const chunk = Buffer.alloc(1024, "a");
    const maxChunks = 1024; // 1 MiB: far more than the server should accept
    let written = 0;
    while (written < maxChunks && (await stream.write(chunk))) {
      written += 1;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const res = await stream.response;
    expectVendorError(res.status, res.text, 413);
    expect(written).toBeGreaterThanOrEqual(LIMIT / chunk.length);
    expect(written).toBeLessThan(maxChunks);
    stream.destroy();
  });

  it("accepts a body of exactly the limit (not 413)", async () => {
    const padding = " ".repeat(LIMIT - 2);
    const res = await sendRaw(base, {
      method: "POST",
      path: TARGET[api],
      headers: { "content-type": "application/json" },
      body: `{${padding}}`,
    });
    expect(res.status).not.toBe(413);
    expect(res.status).toBeLessThan(500);
  });

  it("answers 408 when the body stalls, and 408 when it never starts", async () => {
    const partial = openStreaming(base, {
      method: "POST",
      path: TARGET[api],
      headers: { "content-type": "application/json", "content-length": "100" },
    });
    await partial.write('{"email":');
    const silent = openStreaming(base, {
      method: "POST",
      path: TARGET[api],
      headers: { "content-type": "application/json", "content-length": "50" },
    });
    const [a, b] = await Promise.all([partial.response, silent.response]);
    expectVendorError(a.status, a.text, 408);
    expectVendorError(b.status, b.text, 408);
    partial.destroy();
    silent.destroy();
  });

  it("keeps serving after refusals", async () => {
    const health = await sendRaw(base, { method: "GET", path: "/__mock/health", headers: {} });
    expect(health.status).toBe(200);
    const small = await sendRaw(base, {
      method: "POST",
      path: TARGET[api],
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(small.status).toBeGreaterThanOrEqual(400);
    expect(small.status).toBeLessThan(500);
    expect(model.errorEnvelopeProblems(toJson(small.text))).toEqual([]);
  });
});

describe("the default body limit", () => {
  let base: string;
  listenForTests("nbcgate", {}, (url) => {
    base = url;
  });

  it("is 1 MiB: one byte more is 413, exactly 1 MiB is read", async () => {
    expect(DEFAULT_OPTIONS.maxBodyBytes).toBe(1024 * 1024);
    const body = (size: number) => `{"email":"${"x".repeat(size - 18)}","p":1}`;
    expect(body(1024 * 1024).length).toBe(1024 * 1024);
    const over = await sendRaw(base, {
      method: "POST",
      path: "/auth/sign-in",
      headers: { "content-type": "application/json" },
      body: body(1024 * 1024 + 1),
    });
    expect(over.status).toBe(413);
    const at = await sendRaw(base, {
      method: "POST",
      path: "/auth/sign-in",
      headers: { "content-type": "application/json" },
      body: body(1024 * 1024),
    });
    expect(at.status).toBe(400);
  });
});
