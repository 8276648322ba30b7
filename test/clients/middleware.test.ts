/**
 * The shared middleware pieces on their own: single-flight sharing, JSON peeking without consuming
 * the body, and re-serialising a parsed error answer.
 */
import { describe, expect, it } from "vitest";
import { peekJson } from "../../src/clients/middleware/peek-json.js";
import { createSingleFlight } from "../../src/clients/middleware/single-flight.js";
import { toResponse } from "../../src/clients/middleware/to-response.js";

describe("single flight", () => {
  it("shares one run between concurrent callers and starts a new one afterwards", async () => {
    let runs = 0;
    let release: (value: number) => void = () => {};
    const flight = createSingleFlight(() => {
      runs += 1;
      return new Promise<number>((resolve) => {
        release = resolve;
      });
    });
    const callers = Array.from({ length: 10 }, () => flight.run());
    expect(flight.isRunning()).toBe(true);
    release(42);
    expect(await Promise.all(callers)).toEqual(Array(10).fill(42));
    expect(runs).toBe(1);
    expect(flight.isRunning()).toBe(false);
    const next = flight.run();
    release(43);
    expect(await next).toBe(43);
    expect(runs).toBe(2);
  });

  it("lets every caller see a failure and recovers for the next run", async () => {
    let runs = 0;
    const flight = createSingleFlight(async () => {
      runs += 1;
      if (runs === 1) throw new Error("network down");
      return "ok";
    });
    const results = await Promise.allSettled([flight.run(), flight.run()]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(await flight.run()).toBe("ok");
  });
});

describe("peekJson", () => {
  it("reads the body as JSON and leaves the response readable", async () => {
    const response = new Response(JSON.stringify({ code: 401000 }), { status: 401 });
    expect(await peekJson(response)).toEqual({ code: 401000 });
    expect(await response.json()).toEqual({ code: 401000 });
  });

  it("gives undefined for empty or non-JSON bodies", async () => {
    expect(await peekJson(new Response(null, { status: 401 }))).toBeUndefined();
    expect(await peekJson(new Response("<html>", { status: 502 }))).toBeUndefined();
  });
});

describe("toResponse", () => {
  it("re-serialises the parsed body with the original status and headers", async () => {
    const original = new Response("ignored", {
      status: 401,
      statusText: "Unauthorized",
      headers: { "content-type": "application/json", "content-length": "7", "retry-after": "600" },
    });
    const rebuilt = toResponse({ code: "refreshTokenInvalid", message: "x" }, original);
    expect(rebuilt.status).toBe(401);
    expect(rebuilt.statusText).toBe("Unauthorized");
    expect(rebuilt.headers.get("retry-after")).toBe("600");
    expect(rebuilt.headers.get("content-length")).toBeNull();
    expect(await rebuilt.json()).toEqual({ code: "refreshTokenInvalid", message: "x" });
  });
});
