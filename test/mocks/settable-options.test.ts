/**
 * The numbers that used to be constants and that the docs name are options now, and the mock
 * follows them: B2Core attempt limits, Mercuryo OTP lifetime and attempts, NBC Gate invoice
 * times, Softline auto-charge and refund step.
 */
import { describe, expect, it } from "vitest";
import { toRules as b2coreRules } from "../../mocks/b2core-backoffice/rules.js";
import { createClock, createCounterIds, createSequenceOtp } from "../../mocks/context.js";
import { toRules as nbcgateRules } from "../../mocks/nbcgate/rules.js";
import { type MockOptionsInput, resolveOptions } from "../../mocks/options.js";
import { createMockServer } from "../../mocks/server.js";
import { toRules as softlineRules } from "../../mocks/softline-checkout/rules.js";
import type { ApiId } from "../../src/apis.js";

const serve = (api: ApiId, options: MockOptionsInput) =>
  createMockServer(
    { apis: [api], logLevel: "silent", ...options },
    {
      clock: createClock(new Date("2026-01-01T00:00:00Z")),
      otp: createSequenceOtp(["11111", "22222", "33333"]),
      ids: createCounterIds(),
    },
  );

describe("B2Core attempt limits", () => {
  it("b2core.signInAttemptsPerMinute: 2 blocks the third sign-in of the minute", async () => {
    const mock = await serve("b2core-backoffice", { b2core: { signInAttemptsPerMinute: 2, blockSeconds: 42 } });
    const signIn = () =>
      mock.request("b2core-backoffice", {
        method: "POST",
        path: "/api/v2/signin",
        body: { email: "no2fa@b2core.test", password: "wrong-password" },
      });
    expect((await signIn()).status).toBe(401);
    expect((await signIn()).status).toBe(401);
    const blocked = await signIn();
    expect(blocked.status).toBe(429);
    expect(blocked.headers?.["retry-after"]).toBe("42");
  });

  it("the 2FA and refresh limits reach the rules the flows run on", () => {
    const rules = b2coreRules(resolveOptions({ b2core: { twoFaAttemptsPerMinute: 7, refreshAttemptsPerMinute: 9 } }));
    expect(rules.limits.confirm.max).toBe(7);
    expect(rules.limits.refresh.max).toBe(9);
    expect(b2coreRules(resolveOptions()).limits).toMatchObject({
      signIn: { max: 5 },
      confirm: { max: 3 },
      refresh: { max: 5 },
    });
  });
});

describe("Mercuryo sign-in code", () => {
  const PARTNER = { "sdk-partner-token": "sandbox-partner-token" };
  async function startSignIn(options: MockOptionsInput) {
    const mock = await serve("mercuryo-spend", options);
    const started = await mock.request("mercuryo-spend", {
      method: "POST",
      path: "/sdk-partner/user/sign-in",
      headers: PARTNER,
      body: { email: "opt@example.test", accept: true },
    });
    const { key } = (started.body as { data: { key: string } }).data;
    const verify = (code: string) =>
      mock.request("mercuryo-spend", {
        method: "POST",
        path: "/sdk-partner/user/sign-in/verify",
        headers: PARTNER,
        body: { key, code },
      });
    return { mock, verify };
  }

  it("mercuryo.otpMaxAttempts: 1 locks the challenge after one wrong code", async () => {
    const { verify } = await startSignIn({ mercuryo: { otpMaxAttempts: 1 } });
    expect((await verify("99999")).body).toMatchObject({
      code: 403042,
      message: "Verification failed. Code is invalid",
    });
    expect((await verify("11111")).body).toMatchObject({
      code: 403042,
      message: "Verification failed. Too many attempts",
    });
  });

  it("mercuryo.otpTtlSeconds: 60 expires the key after a minute", async () => {
    const { mock, verify } = await startSignIn({ mercuryo: { otpTtlSeconds: 60 } });
    await mock.request("mercuryo-spend", { method: "POST", path: "/__mock/clock", body: { advanceSeconds: 60 } });
    expect((await verify("11111")).body).toMatchObject({
      code: 401004,
      message: "Verification key is invalid. Key is expired",
    });
  });
});

describe("NBC Gate and Softline timings", () => {
  it("nbcgate.invoiceTtlSeconds and invoiceConfirmSeconds reach the rules", () => {
    const rules = nbcgateRules(resolveOptions({ nbcgate: { invoiceTtlSeconds: 120, invoiceConfirmSeconds: 3 } }));
    expect(rules).toMatchObject({ invoiceTtlMs: 120_000, invoiceConfirmMs: 3_000 });
    expect(nbcgateRules(resolveOptions())).toMatchObject({ invoiceTtlMs: 1_800_000, invoiceConfirmMs: 20_000 });
  });

  it("softline.autoChargeSeconds and refundStepSeconds reach the rules", () => {
    const rules = softlineRules(resolveOptions({ softline: { autoChargeSeconds: 1, refundStepSeconds: 5 } }));
    expect(rules).toMatchObject({ autoChargeMs: 1_000, refundStepMs: 5_000 });
    expect(softlineRules(resolveOptions())).toMatchObject({ autoChargeMs: 10_000, refundStepMs: 60_000 });
  });
});
