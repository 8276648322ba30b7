/**
 * Log lines are capped: long strings in objects and messages end with a marker, stacks keep more.
 * @see mocks/engine/log-limits.ts
 */
import { Writable } from "node:stream";
import { type Logger, pino } from "pino";
import { describe, expect, it } from "vitest";
import { capLogValue, capString, LOG_LIMITS, LOG_STACK_LIMIT, LOG_VALUE_LIMIT } from "../../mocks/engine/log-limits.js";
import { createMockServer } from "../../mocks/server.js";

/** A pino logger with the limits that writes its lines into `lines`. */
function capture(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: pino({ level: "info", base: undefined, ...LOG_LIMITS }, stream), lines };
}

describe("capString and capLogValue", () => {
  it.each([
    ["short", "short"],
    ["x".repeat(LOG_VALUE_LIMIT), "x".repeat(LOG_VALUE_LIMIT)],
    ["x".repeat(LOG_VALUE_LIMIT + 5), `${"x".repeat(LOG_VALUE_LIMIT)}…[+5 chars]`],
  ])("caps %#", (given, want) => {
    expect(capString(given)).toBe(want);
  });

  it("caps nested strings, long arrays and deep objects, keeps other values", () => {
    const long = "e".repeat(1_000);
    const capped = capLogValue({
      to: long,
      n: 5,
      ok: true,
      list: Array.from({ length: 30 }, (_, i) => i),
      deep: { a: { b: { c: { d: { e: 1 } } } } },
      err: "s".repeat(LOG_STACK_LIMIT + 1),
    }) as Record<string, unknown>;
    expect(capped.to).toBe(capString(long));
    expect(capped.n).toBe(5);
    expect(capped.ok).toBe(true);
    expect(capped.list).toHaveLength(21);
    expect((capped.list as unknown[])[20]).toBe("…[+10 items]");
    expect(JSON.stringify(capped.deep)).toContain("[object]");
    expect(String(capped.err)).toHaveLength(LOG_STACK_LIMIT + "…[+1 chars]".length);
  });
});

describe("a logger made with LOG_LIMITS", () => {
  it("writes a 500 KiB e-mail as a short line, in the object and in the message", () => {
    const { logger, lines } = capture();
    const email = `${"a".repeat(500 * 1024)}@example.com`;
    logger.info({ to: email, code: "123456" }, `code sent to ${email}: 123456`);
    expect(lines).toHaveLength(1);
    const line = lines[0] ?? "";
    expect(line.length).toBeLessThan(1_000);
    const parsed = JSON.parse(line) as { to: string; msg: string; code: string };
    expect(parsed.to).toMatch(/…\[\+\d+ chars\]$/);
    expect(parsed.msg).toMatch(/^code sent to a+…\[\+\d+ chars\]$/);
    expect(parsed.code).toBe("123456");
  });

  it("keeps the request log line of a 100 KiB path short", async () => {
    const { logger, lines } = capture();
    const mock = await createMockServer({ apis: ["nbcgate"] }, { logger });
    await mock.request("nbcgate", { method: "GET", path: `/${"p".repeat(100 * 1024)}` });
    const requestLine = lines.find((l) => l.includes("GET /ppp"));
    expect(requestLine).toBeDefined();
    expect(requestLine?.length ?? 0).toBeLessThan(1_000);
  });
});
