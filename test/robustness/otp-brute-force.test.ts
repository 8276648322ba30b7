/**
 * One-time codes cannot be brute-forced: per account, each code takes a bounded number of wrong
 * guesses, and only `otpMaxCodes` codes are sent per `otpWindowSeconds` (default 5 per 10 minutes),
 * answered with the vendor's too-many-attempts code and `Retry-After`. Mercuryo's resend waits the
 * `timeout` its sign-in answer announces (`resendCooldownSeconds`, 20 s by default).
 * @see mocks/engine/issue-window.ts
 */
import { describe, expect, it } from "vitest";
import type { MockResponse } from "../../mocks/api.js";
import { createClock, createSequenceOtp } from "../../mocks/context.js";
import { pruneIssueWindows, stepIssueWindow } from "../../mocks/engine/issue-window.js";
import { OTP_EMAIL, SEED_PASSWORD } from "../../mocks/nbcgate/seed-data.js";
import type { MockOptionsInput } from "../../mocks/options.js";
import { createMockServer } from "../../mocks/server.js";
import type { ApiId } from "../../src/apis.js";

const START = new Date("2026-04-01T08:00:00Z");

async function start(api: ApiId, options: MockOptionsInput = {}) {
  const clock = createClock(START);
  const mock = await createMockServer(
    { apis: [api], logLevel: "silent", ...options },
    { clock, otp: createSequenceOtp(["111111", "222222", "333333", "444444", "555555", "666666", "777777"]) },
  );
  return { mock, clock, sent: (to: string) => mock.store.slot(api).ctx.outbox.list(to).length };
}

const codeOf = (res: MockResponse): unknown => {
  const body = res.body as { errors?: { code?: unknown }[]; code?: unknown };
  return body.errors?.[0]?.code ?? body.code;
};

describe("stepIssueWindow", () => {
  const rules = { max: 2, windowMs: 10_000 };
  it.each([
    // given send times, now, want kind, want retry-after
    [[], 0, "allowed", undefined],
    [[0], 1_000, "allowed", undefined],
    [[0, 1_000], 2_000, "limited", 8],
    [[0, 1_000], 10_000, "allowed", undefined],
    [[0, 9_999], 9_999.5, "limited", 1],
  ] as const)("%j at %d -> %s", (times, now, kind, retry) => {
    const outcome = stepIssueWindow(times, now, rules);
    expect(outcome.kind).toBe(kind);
    if (outcome.kind === "limited") expect(outcome.retryAfterSeconds).toBe(retry);
  });

  it("prunes accounts whose last send left the window", () => {
    const windows = new Map<string, readonly number[]>([
      ["old", [0]],
      ["recent", [0, 9_000]],
    ]);
    pruneIssueWindows(windows, 10_000, 10_000);
    expect([...windows.keys()]).toEqual(["recent"]);
  });
});

describe("NBC Gate", () => {
  const signIn = (mock: Awaited<ReturnType<typeof start>>["mock"], otp?: string) =>
    mock.request("nbcgate", {
      method: "POST",
      path: "/auth/sign-in",
      body: { email: OTP_EMAIL, password: SEED_PASSWORD, ...(otp === undefined ? {} : { otp }) },
    });

  it("sends at most 5 codes per 10 minutes, then OTP_ATTEMPTS_EXCEEDED with Retry-After and no code", async () => {
    const { mock, clock, sent } = await start("nbcgate");
    for (let i = 0; i < 5; i += 1) {
      clock.advance(30);
      expect(codeOf(await signIn(mock))).toBe("OTP_REQUIRED");
    }
    const refused = await signIn(mock);
    expect(refused.status).toBe(400);
    expect(codeOf(refused)).toBe("OTP_ATTEMPTS_EXCEEDED");
    expect(refused.headers?.["retry-after"]).toBe(String(30 + 600 - 5 * 30)); // the first code leaves the window
    expect(sent(OTP_EMAIL)).toBe(5);
    const resend = await mock.request("nbcgate", {
      method: "POST",
      path: "/auth/tfa/otp/email",
      body: { email: OTP_EMAIL },
    });
    expect(codeOf(resend)).toBe("OTP_ATTEMPTS_EXCEEDED");
    expect(sent(OTP_EMAIL)).toBe(5);
    clock.advance(600);
    expect(codeOf(await signIn(mock))).toBe("OTP_REQUIRED");
    expect(sent(OTP_EMAIL)).toBe(6);
  });

  it("voids a code after 5 wrong guesses, even when the next guess is right", async () => {
    const { mock } = await start("nbcgate");
    await signIn(mock);
    for (let i = 0; i < 4; i += 1) expect(codeOf(await signIn(mock, "000000"))).toBe("OTP_INVALID");
    expect(codeOf(await signIn(mock, "000000"))).toBe("OTP_ATTEMPTS_EXCEEDED");
    expect(codeOf(await signIn(mock, "111111"))).toBe("OTP_ATTEMPTS_EXCEEDED");
  });

  it("takes the limit from the options", async () => {
    const { mock } = await start("nbcgate", { nbcgate: { otpMaxCodes: 2, otpWindowSeconds: 60 } });
    expect(codeOf(await signIn(mock))).toBe("OTP_REQUIRED");
    expect(codeOf(await signIn(mock))).toBe("OTP_REQUIRED");
    const refused = await signIn(mock);
    expect(codeOf(refused)).toBe("OTP_ATTEMPTS_EXCEEDED");
    expect(refused.headers?.["retry-after"]).toBe("60");
  });
});

describe("Mercuryo", () => {
  const PARTNER = { "sdk-partner-token": "sandbox-partner-token" };
  const post = (mock: Awaited<ReturnType<typeof start>>["mock"], path: string, body: object) =>
    mock.request("mercuryo-spend", { method: "POST", path: `/v1.6${path}`, headers: PARTNER, body });
  const EMAIL = "guesser@example.test";

  it("refuses a resend before the announced timeout with 403042 and Retry-After, allows it after", async () => {
    const { mock, clock, sent } = await start("mercuryo-spend");
    const challenge = await post(mock, "/sdk-partner/user/sign-in", { email: EMAIL, accept: true });
    const { key, timeout } = (challenge.body as { data: { key: string; timeout: number } }).data;
    expect(challenge.status).toBe(200);
    expect(timeout).toBe(20);
    clock.advance(5);
    const early = await post(mock, "/sdk-partner/user/sign-in/verify/resend", { key });
    expect(early.status).toBe(403);
    expect(codeOf(early)).toBe(403042);
    expect(early.headers?.["retry-after"]).toBe("15");
    expect(sent(EMAIL)).toBe(1);
    clock.advance(15);
    expect((await post(mock, "/sdk-partner/user/sign-in/verify/resend", { key })).status).toBe(200);
    expect(sent(EMAIL)).toBe(2);
  });

  it("announces and applies a configured cooldown", async () => {
    const { mock, clock } = await start("mercuryo-spend", { mercuryo: { resendCooldownSeconds: 3 } });
    const challenge = await post(mock, "/sdk-partner/user/sign-in", { email: EMAIL, accept: true });
    const { key, timeout } = (challenge.body as { data: { key: string; timeout: number } }).data;
    expect(challenge.status).toBe(200);
    expect(timeout).toBe(3);
    clock.advance(2);
    expect((await post(mock, "/sdk-partner/user/sign-in/verify/resend", { key })).status).toBe(403);
    clock.advance(1);
    expect((await post(mock, "/sdk-partner/user/sign-in/verify/resend", { key })).status).toBe(200);
  });

  it("sends at most 5 codes per 10 minutes across sign-ins and resends", async () => {
    const { mock, clock, sent } = await start("mercuryo-spend");
    const first = await post(mock, "/sdk-partner/user/sign-in", { email: EMAIL, accept: true });
    const { key } = (first.body as { data: { key: string } }).data;
    for (let i = 0; i < 2; i += 1) {
      clock.advance(20);
      expect((await post(mock, "/sdk-partner/user/sign-in/verify/resend", { key })).status).toBe(200);
    }
    for (let i = 0; i < 2; i += 1)
      expect((await post(mock, "/sdk-partner/user/sign-in", { email: EMAIL, accept: true })).status).toBe(200);
    const refused = await post(mock, "/sdk-partner/user/sign-in", { email: EMAIL, accept: true });
    expect(codeOf(refused)).toBe(403042);
    expect(refused.headers?.["retry-after"]).toBe(String(600 - 40));
    clock.advance(20);
    expect(codeOf(await post(mock, "/sdk-partner/user/sign-in/verify/resend", { key }))).toBe(403042);
    expect(sent(EMAIL)).toBe(5);
    clock.advance(600);
    expect((await post(mock, "/sdk-partner/user/sign-in", { email: EMAIL, accept: true })).status).toBe(200);
  });
});
