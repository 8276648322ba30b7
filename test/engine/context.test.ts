import { describe, expect, it } from "vitest";
import {
  createClock,
  createCounterIds,
  createOtpGenerator,
  createOutbox,
  createSequenceOtp,
} from "../../mocks/context.js";
import { resolveOptions } from "../../mocks/options.js";

describe("clock", () => {
  it("is frozen at its start until advanced", () => {
    const clock = createClock(new Date("2026-01-01T00:00:00Z"));
    expect(new Date(clock.now()).toISOString()).toBe("2026-01-01T00:00:00.000Z");
    clock.advance(90);
    expect(new Date(clock.now()).toISOString()).toBe("2026-01-01T00:01:30.000Z");
  });
});

describe("otp generators", () => {
  it("fixed code is cut or padded to the requested length", () => {
    const otp = createOtpGenerator("123456");
    expect(otp(5)).toBe("12345");
    expect(otp(8)).toBe("12345600");
  });
  it("random codes have the requested number of digits", () => {
    expect(createOtpGenerator()(6)).toMatch(/^\d{6}$/);
  });
  it("sequence repeats its last code", () => {
    const otp = createSequenceOtp(["11111", "22222"]);
    expect([otp(5), otp(5), otp(5)]).toEqual(["11111", "22222", "22222"]);
  });
  it("counter ids count per kind", () => {
    const ids = createCounterIds();
    expect([ids("card"), ids("card"), ids("token")]).toEqual(["card-1", "card-2", "token-1"]);
  });
});

describe("outbox", () => {
  it("lists oldest first, filters by address case-insensitively, finds the latest", () => {
    const clock = createClock(new Date("2026-01-01T00:00:00Z"));
    const outbox = createOutbox(clock);
    outbox.send({ to: "a@x.test", channel: "email", purpose: "sign-in", code: "1" });
    clock.advance(1);
    outbox.send({ to: "b@x.test", channel: "email", purpose: "sign-in", code: "2" });
    outbox.send({ to: "A@x.test", channel: "email", purpose: "recovery", code: "3" });
    expect(outbox.list("a@x.test").map((m) => m.code)).toEqual(["1", "3"]);
    expect(outbox.latest("a@x.test", "sign-in")?.code).toBe("1");
    expect(outbox.list()[1]).toEqual({
      id: 2,
      to: "b@x.test",
      channel: "email",
      purpose: "sign-in",
      code: "2",
      sentAt: "2026-01-01T00:00:01.000Z",
    });
    outbox.clear();
    expect(outbox.list()).toEqual([]);
  });
  it("filters on every given recipient, after `since`, and keeps the newest `limit`", () => {
    const outbox = createOutbox(createClock(0));
    for (const [i, to] of ["a@x.test", "b@x.test", "c@x.test", "a@x.test"].entries()) {
      outbox.send({ to, channel: "email", purpose: "p", code: String(i) });
    }
    expect(outbox.list({ to: ["a@x.test", "C@x.test"] }).map((m) => m.code)).toEqual(["0", "2", "3"]);
    expect(outbox.list({ since: 2 }).map((m) => m.id)).toEqual([3, 4]);
    expect(outbox.list({ limit: 1 }).map((m) => m.code)).toEqual(["3"]);
  });
  it("keeps the newest messages per recipient and in total", () => {
    const outbox = createOutbox(createClock(0), () => {}, { perRecipient: 2, total: 3 });
    for (const code of ["1", "2", "3"]) outbox.send({ to: "a@x.test", channel: "email", purpose: "p", code });
    outbox.send({ to: "b@x.test", channel: "email", purpose: "p", code: "4" });
    outbox.send({ to: "c@x.test", channel: "email", purpose: "p", code: "5" });
    expect(outbox.list("a@x.test").map((m) => m.code)).toEqual(["3"]);
    expect(outbox.list().map((m) => m.code)).toEqual(["3", "4", "5"]);
    expect(outbox.list().map((m) => m.id)).toEqual([3, 4, 5]);
  });
});

describe("resolveOptions", () => {
  it("defaults to all four APIs on 127.0.0.1 from port 4010, sandbox profile", () => {
    const o = resolveOptions();
    expect(o).toMatchObject({ host: "127.0.0.1", portBase: 4010, profile: "sandbox", maxBodyBytes: 1048576 });
    expect(o.apis).toHaveLength(4);
    expect(Object.isFrozen(o.b2core)).toBe(true);
  });
  it("merges nested input without touching the caller's object", () => {
    const input = { b2core: { blockSeconds: 60 } };
    const o = resolveOptions(input);
    expect(o.b2core).toMatchObject({ blockSeconds: 60, accessTokenTtlSeconds: 36000 });
    expect(input).toEqual({ b2core: { blockSeconds: 60 } });
  });
  it("refuses an OTP code that is not 4-8 digits", () => {
    expect(() => resolveOptions({ otpCode: "12a" })).toThrow(/4 to 8 digits/);
  });
});
