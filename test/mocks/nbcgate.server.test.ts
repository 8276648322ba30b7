/**
 * NBC Gate mock end to end, in-process: every scripted flow step by step, with each response
 * checked against the spec, plus bad input, the guard on Prism-served operations, the external
 * API key, and the admin API (reset, outbox, clock, provider states).
 */

import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { MockResponse } from "../../mocks/api.js";
import { createClock, createCounterIds, createSequenceOtp } from "../../mocks/context.js";
import { createMockServer, type MockServer } from "../../mocks/server.js";
import type { components } from "../../src/generated/nbcgate.js";
import { expectConforms as expectResponseConforms } from "../support/conformance.js";

type Schemas = components["schemas"];
const API = "nbcgate";
const DEMO = "demo@nbcgate.test";
const OTP = "otp@nbcgate.test";
const PASSWORD = "Password123";
const KEY = "sandbox-external-key";
/** 300 distinct six-digit codes, so a new code never equals the previous one. */
const CODES = Array.from({ length: 300 }, (_, i) => String(100000 + ((i * 7919) % 900000)));

interface SendOptions {
  readonly body?: string | object;
  readonly token?: string;
  readonly headers?: Record<string, string>;
}

let mock: MockServer;

const createMock = (input: Parameters<typeof createMockServer>[0] = {}) =>
  createMockServer(
    { apis: [API], logLevel: "silent", ...input },
    { clock: createClock(new Date("2026-01-01T00:00:00Z")), otp: createSequenceOtp(CODES), ids: createCounterIds() },
  );

/** Asserts that a response is what the spec allows for the operation the request routes to. */
function expectConforms(server: MockServer, method: string, path: string, res: MockResponse): void {
  expectResponseConforms(server, API, method, path, res);
  if (res.status >= 400) {
    expect(res.body).toMatchObject({ statusCode: res.status, message: expect.any(String), errors: expect.any(Array) });
  }
}

/** One request to the mock, checked against the spec. */
async function send(method: string, path: string, options: SendOptions = {}, server = mock): Promise<MockResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = options.token;
  const res = await server.request(API, {
    method,
    path,
    headers,
    ...(options.body === undefined ? {} : { body: options.body }),
  });
  expectConforms(server, method, path, res);
  return res;
}

/** Asserts the vendor envelope with one error of this code (and field). */
function expectError(res: MockResponse, status: number, code: string | number, field?: string): void {
  expect(res.status).toBe(status);
  expect(res.headers?.["content-type"]).toBe("application/json");
  expect((res.body as Schemas["Error"]).errors).toEqual([field === undefined ? { code } : { code, field }]);
}

const admin = (method: string, path: string, body?: object, server = mock) =>
  server.request(API, { method, path: `/__mock${path}`, ...(body === undefined ? {} : { body }) });

/** The newest code sent to an address, read through the admin outbox. */
async function lastCode(to: string, purpose?: string, server = mock): Promise<string> {
  const res = await admin("GET", `/outbox?to=${encodeURIComponent(to)}`, undefined, server);
  expect(res.status).toBe(200);
  const messages = (res.body as { code: string; purpose: string }[]).filter(
    (m) => purpose === undefined || m.purpose === purpose,
  );
  const code = messages.at(-1)?.code;
  if (code === undefined) throw new Error(`no code sent to ${to}`);
  return code;
}

const outboxSize = async (to: string) => ((await admin("GET", `/outbox?to=${to}`)).body as unknown[]).length;

/** The mock's time `offsetSeconds` from now, as the vendor prints it (the clock is shared by all tests). */
async function isoFromNow(offsetSeconds = 0): Promise<string> {
  const now = Date.parse(((await admin("GET", "/clock")).body as { now: string }).now);
  return new Date(now + offsetSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

async function advance(seconds: number): Promise<void> {
  const res = await admin("POST", "/clock", { advanceSeconds: seconds });
  expect(res.status).toBe(200);
}

async function signIn(email = DEMO, password = PASSWORD): Promise<Schemas["SignInResponse"]> {
  const res = await send("POST", "/auth/sign-in", { body: { email, password } });
  expect(res.status).toBe(200);
  return res.body as Schemas["SignInResponse"];
}

async function signInWithCode(email = OTP): Promise<Schemas["SignInResponse"]> {
  expectError(await send("POST", "/auth/sign-in", { body: { email, password: PASSWORD } }), 400, "OTP_REQUIRED", "otp");
  const otp = await lastCode(email, "sign-in");
  const res = await send("POST", "/auth/sign-in", { body: { email, password: PASSWORD, otp } });
  expect(res.status).toBe(200);
  return res.body as Schemas["SignInResponse"];
}

const balances = async (token: string) => (await send("GET", "/api/balance", { token })).body as Schemas["Balance"][];
const balance = async (token: string, id: number) => (await balances(token)).find((b) => b.id === id);

beforeAll(async () => {
  mock = await createMock();
});

beforeEach(async () => {
  expect((await admin("POST", "/reset")).status).toBe(204);
});

describe("sign-in", () => {
  it("signs the password-only account in, also on the docs' doubled-slash path", async () => {
    for (const path of ["/auth/sign-in", "//auth/sign-in"]) {
      const res = await send("POST", path, { body: { email: DEMO, password: PASSWORD } });
      expect(res.status).toBe(200);
      const { token, refreshToken } = res.body as Schemas["SignInResponse"];
      expect(token).toMatch(/^eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\.[\w-]+\.[\w-]+$/);
      expect(refreshToken).toMatch(/^[\w-]{16,}$/);
    }
  });

  it("accepts the token raw and after Bearer, on single and doubled slashes", async () => {
    const { token } = await signIn();
    for (const [path, auth] of [
      ["/api/user", token],
      ["//api/user", `Bearer ${token}`],
      ["/api/user/info", `bearer ${token}`],
    ] as const) {
      const res = await send("GET", path, { token: auth });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: 1024, email: DEMO, owner_id: 512, tfa_enabled: false });
    }
  });

  it("asks the two-factor account for a code, e-mails it and signs in with it once", async () => {
    const first = await send("POST", "/auth/sign-in", { body: { email: OTP, password: PASSWORD } });
    expectError(first, 400, "OTP_REQUIRED", "otp");
    const outbox = (await admin("GET", `/outbox?to=${OTP}`)).body as Record<string, unknown>[];
    expect(outbox).toEqual([
      {
        id: expect.any(Number),
        to: OTP,
        channel: "email",
        purpose: "sign-in",
        code: expect.stringMatching(/^\d{6}$/),
        sentAt: expect.any(String),
      },
    ]);
    const otp = await lastCode(OTP);
    const wrong = await send("POST", "/auth/sign-in", { body: { email: OTP, password: PASSWORD, otp: "000000" } });
    expectError(wrong, 400, "OTP_INVALID", "otp");
    const ok = await send("POST", "/auth/sign-in", { body: { email: OTP, password: PASSWORD, otp } });
    expect(ok.status).toBe(200);
    const user = await send("GET", "/api/personal", { token: (ok.body as Schemas["SignInResponse"]).token });
    expect(user.body).toMatchObject({ id: 1025, email: OTP, tfa_enabled: true });
    const again = await send("POST", "/auth/sign-in", { body: { email: OTP, password: PASSWORD, otp } });
    expectError(again, 400, "OTP_EXPIRED", "otp");
  });

  it("expires a code after 5 minutes", async () => {
    await send("POST", "/auth/sign-in", { body: { email: OTP, password: PASSWORD } });
    const otp = await lastCode(OTP);
    await advance(300);
    expectError(
      await send("POST", "/auth/sign-in", { body: { email: OTP, password: PASSWORD, otp } }),
      400,
      "OTP_EXPIRED",
      "otp",
    );
  });

  it("voids a code at the 5th wrong attempt; a new sign-in sends a new code", async () => {
    await send("POST", "/auth/sign-in", { body: { email: OTP, password: PASSWORD } });
    const otp = await lastCode(OTP);
    for (let i = 0; i < 4; i++) {
      const res = await send("POST", "/auth/sign-in", { body: { email: OTP, password: PASSWORD, otp: "000000" } });
      expectError(res, 400, "OTP_INVALID", "otp");
    }
    const fifth = await send("POST", "/auth/sign-in", { body: { email: OTP, password: PASSWORD, otp: "000000" } });
    expectError(fifth, 400, "OTP_ATTEMPTS_EXCEEDED", "otp");
    const right = await send("POST", "/auth/sign-in", { body: { email: OTP, password: PASSWORD, otp } });
    expectError(right, 400, "OTP_ATTEMPTS_EXCEEDED", "otp");
    await signInWithCode();
    expect(await outboxSize(OTP)).toBe(2);
  });

  it("refuses a wrong password without sending a code, and an unknown e-mail with 404", async () => {
    const wrong = await send("POST", "/auth/sign-in", { body: { email: OTP, password: "wrong-password" } });
    expectError(wrong, 400, "INVALID_CREDENTIALS");
    expect(await outboxSize(OTP)).toBe(0);
    const unknown = await send("POST", "/auth/sign-in", { body: { email: "nobody@nbcgate.test", password: PASSWORD } });
    expectError(unknown, 404, "USER_NOT_FOUND", "email");
  });

  it("matches e-mails case-insensitively", async () => {
    const res = await send("POST", "/auth/sign-in", { body: { email: "Demo@NBCGate.test", password: PASSWORD } });
    expect(res.status).toBe(200);
  });

  it("tells before sign-in whether a code is needed, sends it by e-mail and checks it without using it", async () => {
    const tfa = await send("POST", "/auth/tfa", { body: { email: OTP } });
    expect(tfa.body).toEqual({ enabled: true, type: "email" });
    expect((await send("POST", "/auth/tfa", { body: { email: DEMO } })).body).toEqual({ enabled: false, type: null });
    expectError(await send("POST", "/auth/tfa", { body: { email: "x@nbcgate.test" } }), 404, "USER_NOT_FOUND", "email");

    const check = await send("POST", "/auth/sign-in/psw/check", { body: { email: OTP, password: PASSWORD } });
    expect(check.body).toEqual({ otpRequired: true, tfaType: "email" });
    const plain = await send("POST", "/auth/sign-in/psw/check", { body: { email: DEMO, password: PASSWORD } });
    expect(plain.body).toEqual({ otpRequired: false });
    const bad = await send("POST", "/auth/sign-in/psw/check", { body: { email: DEMO, password: "not-the-password" } });
    expectError(bad, 400, "INVALID_CREDENTIALS");

    expect((await send("POST", "/auth/tfa/otp/email", { body: { email: OTP } })).status).toBe(204);
    expect((await send("POST", "/auth/tfa/otp/email", { body: { email: DEMO } })).status).toBe(204);
    expect(await outboxSize(DEMO)).toBe(0);
    const otp = await lastCode(OTP, "sign-in");
    expectError(
      await send("POST", "/auth/tfa/otp", { body: { email: OTP, otp: "000000" } }),
      400,
      "OTP_INVALID",
      "otp",
    );
    expect((await send("POST", "/auth/tfa/otp", { body: { email: OTP, otp } })).status).toBe(204);
    const res = await send("POST", "/auth/sign-in", { body: { email: OTP, password: PASSWORD, otp } });
    expect(res.status).toBe(200);
  });
});

describe("tokens: guard, refresh, log-out", () => {
  it("guards /api/* operations, also those served from Prism's examples", async () => {
    expectError(await send("GET", "/api/balance"), 401, "UNAUTHORIZED");
    expectError(await send("GET", "/api/country"), 401, "UNAUTHORIZED");
    expectError(await send("GET", "/api/country", { token: "not-a-token" }), 401, "TOKEN_INVALID");
    expectError(await send("GET", "/api/country", { token: "Bearer " }), 401, "TOKEN_INVALID");
    const { token } = await signIn();
    const res = await send("GET", "/api/country", { token });
    expect(res.status).toBe(200);
    expect(res.headers?.["x-paymock-source"]).toBe("example");
  });

  it("expires access tokens after an hour", async () => {
    const { token } = await signIn();
    await advance(3599);
    expect((await send("GET", "/auth/token/check", { token })).status).toBe(204);
    await advance(1);
    expectError(await send("GET", "/auth/token/check", { token }), 401, "TOKEN_EXPIRED");
    expectError(await send("GET", "/api/balance", { token }), 401, "TOKEN_EXPIRED");
  });

  it("describes the current token", async () => {
    const { token } = await signIn();
    const res = await send("GET", "/auth/token", { token });
    expect(res.body).toEqual({
      user_id: 1024,
      email: DEMO,
      issued_at: expect.stringMatching(/Z$/),
      expires_at: expect.stringMatching(/Z$/),
    });
    const info = res.body as Schemas["TokenInfo"];
    expect(Date.parse(info.expires_at) - Date.parse(info.issued_at)).toBe(3_600_000);
  });

  it("rotates the refresh token: single use, new access token works, old one lives until it expires", async () => {
    const first = await signIn();
    const res = await send("POST", "/auth/token/refresh", { body: { refreshToken: first.refreshToken } });
    expect(res.status).toBe(200);
    const second = res.body as Schemas["SignInResponse"];
    expect(second.token).not.toBe(first.token);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await send("GET", "/auth/token/check", { token: second.token })).status).toBe(204);
    expect((await send("GET", "/auth/token/check", { token: first.token })).status).toBe(204);
    const reuse = await send("POST", "/auth/token/refresh", { body: { refreshToken: first.refreshToken } });
    expectError(reuse, 401, "REFRESH_TOKEN_INVALID", "refreshToken");
    const unknown = await send("POST", "/auth/token/refresh", { body: { refreshToken: "nope" } });
    expectError(unknown, 401, "REFRESH_TOKEN_INVALID", "refreshToken");
  });

  it("refuses a refresh token after 30 days", async () => {
    const { refreshToken } = await signIn();
    await advance(30 * 24 * 3600);
    expectError(
      await send("POST", "/auth/token/refresh", { body: { refreshToken } }),
      401,
      "REFRESH_TOKEN_INVALID",
      "refreshToken",
    );
  });

  it("log-out revokes the access token and its refresh token, not other sessions", async () => {
    const pair = await signIn();
    const other = await signIn();
    expect((await send("POST", "/auth/log-out", { token: pair.token })).status).toBe(204);
    expectError(await send("GET", "/api/balance", { token: pair.token }), 401, "TOKEN_REVOKED");
    expectError(await send("POST", "/auth/log-out", { token: pair.token }), 401, "TOKEN_REVOKED");
    const refresh = await send("POST", "/auth/token/refresh", { body: { refreshToken: pair.refreshToken } });
    expectError(refresh, 401, "REFRESH_TOKEN_INVALID", "refreshToken");
    expect((await send("GET", "/api/balance", { token: other.token })).status).toBe(200);
  });
});

describe("password change with a code", () => {
  it("sends, checks (204) and changes; the check is used once", async () => {
    const { token } = await signIn();
    const early = await send("POST", "/api/personal/psw", { token, body: { password: "n3w-Passw0rd" } });
    expectError(early, 400, "OTP_NOT_VERIFIED");
    expect((await send("POST", "/api/personal/psw/otp", { token })).status).toBe(204);
    const otp = await lastCode(DEMO, "password-change");
    expectError(
      await send("POST", "/api/personal/psw/otp/check", { token, body: { otp: "000000" } }),
      400,
      "OTP_INVALID",
      "otp",
    );
    expectError(
      await send("POST", "/api/personal/psw/otp/check", { token, body: { otp: "12" } }),
      400,
      "VALIDATION_ERROR",
      "otp",
    );
    const checked = await send("POST", "/api/personal/psw/otp/check", { token, body: { otp } });
    expect(checked).toMatchObject({ status: 204 });
    expect(checked.body).toBeUndefined();
    const wrongOld = await send("POST", "/api/personal/psw", {
      token,
      body: { old_password: "nope", password: "n3w-Passw0rd" },
    });
    expectError(wrongOld, 400, "INVALID_CREDENTIALS", "old_password");
    const short = await send("POST", "/api/personal/psw", { token, body: { password: "short" } });
    expectError(short, 400, "VALIDATION_ERROR", "password");
    const changed = await send("POST", "/api/personal/psw", {
      token,
      body: { old_password: PASSWORD, password: "n3w-Passw0rd" },
    });
    expect(changed.status).toBe(204);
    expectError(
      await send("POST", "/api/personal/psw", { token, body: { password: "another-1" } }),
      400,
      "OTP_NOT_VERIFIED",
    );
    expectError(
      await send("POST", "/auth/sign-in", { body: { email: DEMO, password: PASSWORD } }),
      400,
      "INVALID_CREDENTIALS",
    );
    await signIn(DEMO, "n3w-Passw0rd");
    expect((await send("GET", "/auth/token/check", { token })).status).toBe(204);
  });

  it("a checked code unlocks the change for 10 minutes only", async () => {
    const { token } = await signIn();
    await send("POST", "/api/personal/psw/otp", { token });
    await send("POST", "/api/personal/psw/otp/check", { token, body: { otp: await lastCode(DEMO) } });
    await advance(600);
    const { token: fresh } = await signIn();
    expectError(
      await send("POST", "/api/personal/psw", { token: fresh, body: { password: "n3w-Passw0rd" } }),
      400,
      "OTP_NOT_VERIFIED",
    );
  });
});

describe("e-mail change with a code", () => {
  it("changes the e-mail after a checked code; a taken e-mail is refused", async () => {
    const { token } = await signIn();
    expect((await send("POST", "/api/personal/email/otp", { token })).status).toBe(204);
    const otp = await lastCode(DEMO, "email-change");
    expect((await send("POST", "/api/personal/email/otp/check", { token, body: { otp } })).status).toBe(204);
    expectError(
      await send("POST", "/api/personal/email", { token, body: { email: OTP } }),
      400,
      "EMAIL_TAKEN",
      "email",
    );
    expect(
      (await send("POST", "/api/personal/email", { token, body: { email: "jana@example-trade.cz" } })).status,
    ).toBe(204);
    expect((await send("GET", "/api/personal", { token })).body).toMatchObject({ email: "jana@example-trade.cz" });
    await signIn("jana@example-trade.cz");
    expectError(
      await send("POST", "/auth/sign-in", { body: { email: DEMO, password: PASSWORD } }),
      404,
      "USER_NOT_FOUND",
      "email",
    );
  });

  it("refuses the change without a check", async () => {
    const { token } = await signIn();
    expectError(
      await send("POST", "/api/personal/email", { token, body: { email: "x@example.test" } }),
      400,
      "OTP_NOT_VERIFIED",
    );
  });
});

describe("password recovery", () => {
  it("opens, sends, checks, resets, and revokes every session of the user", async () => {
    const old = await signIn();
    expectError(
      await send("POST", "/auth/recovery", { body: { email: "x@nbcgate.test" } }),
      404,
      "USER_NOT_FOUND",
      "email",
    );
    expect((await send("POST", "/auth/recovery", { body: { email: DEMO } })).status).toBe(204);
    expect((await send("POST", "/auth/recovery/psw/otp", { body: { email: DEMO } })).status).toBe(204);
    const otp = await lastCode(DEMO, "recovery");
    const early = await send("POST", "/auth/recovery/psw", { body: { email: DEMO, otp, password: "n3w-Passw0rd" } });
    expectError(early, 400, "OTP_NOT_VERIFIED", "otp");
    const wrong = await send("POST", "/auth/recovery/psw/otp/check", { body: { email: DEMO, otp: "000000" } });
    expectError(wrong, 400, "OTP_INVALID", "otp");
    expect((await send("POST", "/auth/recovery/psw/otp/check", { body: { email: DEMO, otp } })).status).toBe(204);
    const other = await send("POST", "/auth/recovery/psw", {
      body: { email: DEMO, otp: "000000", password: "n3w-Passw0rd" },
    });
    expectError(other, 400, "OTP_NOT_VERIFIED", "otp");
    expect(
      (await send("POST", "/auth/recovery/psw", { body: { email: DEMO, otp, password: "n3w-Passw0rd" } })).status,
    ).toBe(204);
    expectError(await send("GET", "/api/balance", { token: old.token }), 401, "TOKEN_REVOKED");
    expectError(
      await send("POST", "/auth/token/refresh", { body: { refreshToken: old.refreshToken } }),
      401,
      "REFRESH_TOKEN_INVALID",
      "refreshToken",
    );
    const fresh = await signIn(DEMO, "n3w-Passw0rd");
    expect((await send("GET", "/api/balance", { token: fresh.token })).status).toBe(200);
  });

  it("answers unknown e-mails on every step with 404", async () => {
    const email = "x@nbcgate.test";
    expectError(await send("POST", "/auth/recovery/psw/otp", { body: { email } }), 404, "USER_NOT_FOUND", "email");
    expectError(
      await send("POST", "/auth/recovery/psw/otp/check", { body: { email, otp: "123456" } }),
      404,
      "USER_NOT_FOUND",
      "email",
    );
    const reset = await send("POST", "/auth/recovery/psw", {
      body: { email, otp: "123456", password: "n3w-Passw0rd" },
    });
    expectError(reset, 404, "USER_NOT_FOUND", "email");
  });
});

describe("sign-up with an e-mail code", () => {
  const email = "new.merchant@example.com";

  it("checks, sends a code, confirms it, registers (signed in), sets password and data, then signs in", async () => {
    expect((await send("POST", "/auth/sign-up/check", { body: { email } })).body).toEqual({ email, available: true });
    expect((await send("POST", "/auth/sign-up/check", { body: { email: DEMO } })).body).toEqual({
      email: DEMO,
      available: false,
    });
    expectError(
      await send("POST", "/auth/sign-up/email/get-code", { body: { email: DEMO } }),
      400,
      "EMAIL_TAKEN",
      "email",
    );
    expectError(await send("POST", "/auth/sign-up", { body: { email } }), 400, "EMAIL_NOT_VERIFIED", "email");
    expect((await send("POST", "/auth/sign-up/email/get-code", { body: { email } })).status).toBe(204);
    const code = await lastCode(email, "sign-up");
    expect((await send("GET", `/auth/sign-up/email?email=${email}`)).body).toEqual({ email, verified: false });
    const wrong = await send("POST", "/auth/sign-up/email/check-code", { body: { email, code: "000000" } });
    expectError(wrong, 400, "OTP_INVALID", "code");
    expect((await send("POST", "/auth/sign-up/email/check-code", { body: { email, code } })).status).toBe(204);
    expect((await send("GET", `/auth/sign-up/email?email=${email}`)).body).toEqual({ email, verified: true });

    const created = await send("POST", "/auth/sign-up", { body: { email, language: "en" } });
    expect(created.status).toBe(200);
    const { token } = created.body as Schemas["SignInResponse"];
    const fresh = await balances(token);
    expect(fresh.map((b) => [b.code, b.amount])).toEqual([
      ["USD", 0],
      ["EUR", 0],
      ["USDT", 0],
      ["BTC", 0],
    ]);
    expectError(
      await send("POST", "/auth/sign-in", { body: { email, password: "n3w-Passw0rd" } }),
      400,
      "INVALID_CREDENTIALS",
    );
    expect((await send("POST", "/auth/sign-up/pss/set", { token, body: { password: "n3w-Passw0rd" } })).status).toBe(
      204,
    );
    const update = { name: "Alex", surname: "Turner", language: "en", phone: "+420777123456", country_id: 203 };
    expect((await send("POST", "/auth/sign-up/user/update", { token, body: update })).status).toBe(204);
    expect((await send("GET", "/auth/sign-up/user", { token })).body).toEqual({ email, ...update });
    await signIn(email, "n3w-Passw0rd");
    expectError(await send("POST", "/auth/sign-up", { body: { email } }), 400, "EMAIL_TAKEN", "email");
  });
});

describe("invoices", () => {
  it("creates, pays, confirms after 20 s and credits the merchant's balance", async () => {
    const { token } = await signIn();
    const usdBefore = await balance(token, 4);
    const created = await send("POST", "/invoice/create", {
      body: { amount: 100, coin_id: 1, id: 12345, product_id: 67890 },
    });
    expect(created.body).toEqual({ success: true, invoice_id: 12345, message: "Invoice created successfully" });
    expect((await send("GET", "/invoice/receive?idInvoice=12345")).body).toMatchObject({
      status: "created",
      paid_at: null,
    });

    const paidAt = await isoFromNow(20);
    const paid = await send("POST", "/invoice/pay", { body: { idInvoice: 12345 } });
    expect(paid.body).toEqual({
      address: "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf",
      amount: "412.371134",
      rate: 0.2425,
      name: "Tron Shasta Testnet",
      code: "TRX",
      transferCommissionWeis: 1.1,
    });
    expect((await send("POST", "/invoice/pay", { body: { idInvoice: 12345 } })).body).toEqual(paid.body);
    expect((await send("GET", "/invoice/receive?idInvoice=12345")).body).toMatchObject({ status: "awaiting_payment" });
    const state = (await send("GET", "/api/balance/state", { token })).body as Schemas["BalanceState"];
    expect(state.balances.find((b) => b.balance_id === 4)).toMatchObject({ pending_in: 100 });

    await advance(20);
    expect((await send("GET", "/invoice/receive?idInvoice=12345")).body).toEqual({
      invoice_id: 12345,
      amount: 100,
      coin_id: 1,
      status: "paid",
      paid_at: paidAt,
    });
    expect(await balance(token, 4)).toMatchObject({ amount: (usdBefore?.amount ?? 0) + 100 });
    const after = (await send("GET", "/api/balance/state", { token })).body as Schemas["BalanceState"];
    expect(after.balances.find((b) => b.balance_id === 4)).toMatchObject({ pending_in: 0 });
    const fiat = (await send("GET", "/api/balance/fiat", { token })).body as Schemas["Balance"][];
    expect(fiat.find((b) => b.id === 4)?.amount).toBe(640.1);
    const again = await send("POST", "/invoice/pay", { body: { idInvoice: 12345 } });
    expectError(again, 400, "INVOICE_NOT_PAYABLE", "idInvoice");
  });

  it("expires an unpaid invoice after 30 minutes", async () => {
    await send("POST", "/invoice/create", { body: { amount: 50, coin_id: 3, id: 12346, product_id: 67890 } });
    await advance(1800);
    expect((await send("GET", "/invoice/receive?idInvoice=12345")).body).toMatchObject({ status: "expired" });
    expectError(
      await send("POST", "/invoice/pay", { body: { idInvoice: 12345 } }),
      400,
      "INVOICE_NOT_PAYABLE",
      "idInvoice",
    );
  });

  it("refuses unknown invoices, pay links and coins, and missing fields", async () => {
    expectError(
      await send("POST", "/invoice/pay", { body: { idInvoice: 999 } }),
      404,
      "INVOICE_NOT_FOUND",
      "idInvoice",
    );
    expectError(await send("GET", "/invoice/receive?idInvoice=999"), 404, "INVOICE_NOT_FOUND", "idInvoice");
    expectError(await send("POST", "/invoice/pay", { body: {} }), 400, "VALIDATION_ERROR", "idInvoice");
    expectError(await send("GET", "/invoice/receive"), 400, "VALIDATION_ERROR", "idInvoice");
    const link = await send("POST", "/invoice/create", { body: { amount: 100, coin_id: 1, id: 1, product_id: 67890 } });
    expectError(link, 404, "NOT_FOUND", "id");
    const coin = await send("POST", "/invoice/create", {
      body: { amount: 100, coin_id: 99, id: 12345, product_id: 67890 },
    });
    expectError(coin, 400, "VALIDATION_ERROR", "coin_id");
    const amount = await send("POST", "/invoice/create", {
      body: { amount: 0, coin_id: 1, id: 12345, product_id: 67890 },
    });
    expectError(amount, 400, "VALIDATION_ERROR", "amount");
  });
});

describe("balances, transfers and exchanges", () => {
  it("lists the seed balances, by type, the default one and their state", async () => {
    const { token } = await signIn();
    expect((await balances(token)).map((b) => [b.id, b.code, b.amount, b.available])).toEqual([
      [1, "USDT", 1520.75, 1480.75],
      [2, "BTC", 0.0425, 0.0425],
      [3, "EUR", 2300, 2150],
      [4, "USD", 540.1, 540.1],
    ]);
    const coins = (await send("GET", "/api/balance/coin", { token })).body as Schemas["Balance"][];
    expect(coins.map((b) => b.code)).toEqual(["USDT", "BTC"]);
    expect((await send("GET", "/api/balance/default", { token })).body).toMatchObject({ id: 1, is_default: true });
    expect((await send("GET", "/api/balance/available", { token })).body).toHaveLength(4);
    const state = await send("GET", "/api/balance/state", { token });
    // Reset seeds the balances as of the mock's current time.
    expect(state.body).toMatchObject({ user_id: 1024, updated_at: await isoFromNow() });
  });

  it("a transfer moves funds to the recipient's balance and can be read back by order_id", async () => {
    const { token } = await signIn();
    const other = await signInWithCode();
    const transfer = { amount: 40, from_balance_id: 1, order_id: "order-1", product_id: 67891, to_owner_id: 733 };
    expect((await send("POST", "/api/transfer/check/recipient", { token, body: { to_owner_id: 733 } })).body).toEqual({
      to_owner_id: 733,
      to_owner_name: "Blue Harbor LLC",
    });
    const check = await send("POST", "/api/transfer/check", {
      token,
      body: { amount: 40, from_balance_id: 1, to_owner_id: 733 },
    });
    expect(check.body).toEqual({ possible: true, amount: 40, commission: 0.4, total: 40.4 });
    await advance(5);
    const at = await isoFromNow();
    expect((await send("POST", "/api/transfer", { token, body: transfer })).status).toBe(204);
    expect(await balance(token, 1)).toMatchObject({ amount: 1480.35, available: 1440.35 });
    expect(await balance(other.token, 77)).toMatchObject({ amount: 840 });
    expect(((await send("GET", "/api/balance/state", { token })).body as Schemas["BalanceState"]).updated_at).toBe(at);
    const read = await send("GET", "/api/transfer/order-1/1024", { token });
    expect(read.body).toEqual({
      amount: 40,
      author: "Jana Novakova",
      commission: 0.4,
      date: at,
      from_balance_id: 1,
      from_iso_string: "USDT",
      order_id: "order-1",
      to_balance_id: 77,
      to_owner_id: 733,
      to_owner_name: "Blue Harbor LLC",
    });
    expectError(await send("GET", "/api/transfer/order-1/1025", { token }), 404, "NOT_FOUND");
    // `user_id` is optional on the page: the path form without it reads the same record.
    expect((await send("GET", "/api/transfer/order-1", { token })).body).toEqual(read.body);
    expectError(await send("GET", "/api/transfer/order-404", { token }), 404, "NOT_FOUND");
    expectError(await send("POST", "/api/transfer", { token, body: transfer }), 400, "DUPLICATE_ORDER_ID", "order_id");
  });

  it("refuses transfers that the balance does not cover, or with unknown balances and recipients", async () => {
    const { token } = await signIn();
    const base = { from_balance_id: 1, product_id: 67891, to_owner_id: 733 };
    const tooMuch = await send("POST", "/api/transfer", { token, body: { ...base, amount: 1470, order_id: "a" } });
    expectError(tooMuch, 400, "INSUFFICIENT_FUNDS", "amount");
    const notMine = await send("POST", "/api/transfer", {
      token,
      body: { ...base, from_balance_id: 77, amount: 1, order_id: "b" },
    });
    expectError(notMine, 404, "NOT_FOUND", "from_balance_id");
    const nobody = await send("POST", "/api/transfer", {
      token,
      body: { ...base, to_owner_id: 1, amount: 1, order_id: "c" },
    });
    expectError(nobody, 404, "NOT_FOUND", "to_owner_id");
    const zero = await send("POST", "/api/transfer", { token, body: { ...base, amount: 0, order_id: "d" } });
    expectError(zero, 400, "VALIDATION_ERROR", "amount");
    const missing = await send("POST", "/api/transfer", { token, body: { amount: 1, from_balance_id: 1 } });
    expect(missing.status).toBe(400);
    expect((missing.body as Schemas["Error"]).errors.map((e) => e.field).sort()).toEqual([
      "order_id",
      "product_id",
      "to_owner_id",
    ]);
    expectError(
      await send("POST", "/api/transfer/check/recipient", { token, body: { to_owner_id: 1 } }),
      404,
      "NOT_FOUND",
      "to_owner_id",
    );
    expect(await balance(token, 1)).toMatchObject({ amount: 1520.75 });
  });

  it("an exchange converts between own balances at the given rate", async () => {
    const { token } = await signIn();
    const body = {
      amount: 100,
      from_balance_id: 1,
      to_balance_id: 3,
      order_id: "exch-1",
      product_id: 67891,
      rate: 0.9612,
      commission: 0,
    };
    // The page's leaked `binding:"required"` makes commission required.
    const { commission: _, ...withoutCommission } = body;
    expectError(
      await send("POST", "/api/transfer/exchange", { token, body: withoutCommission }),
      400,
      "VALIDATION_ERROR",
      "commission",
    );
    expect((await send("POST", "/api/transfer/exchange", { token, body })).status).toBe(204);
    expect(await balance(token, 1)).toMatchObject({ amount: 1420.75 });
    expect(await balance(token, 3)).toMatchObject({ amount: 2396.12 });
    expectError(await send("POST", "/api/transfer/exchange", { token, body }), 400, "DUPLICATE_ORDER_ID", "order_id");
    const foreign = await send("POST", "/api/transfer/exchange", {
      token,
      body: { ...body, order_id: "x", to_balance_id: 77 },
    });
    expectError(foreign, 404, "NOT_FOUND", "to_balance_id");
    const same = await send("POST", "/api/transfer/exchange", {
      token,
      body: { ...body, order_id: "y", to_balance_id: 1 },
    });
    expectError(same, 400, "VALIDATION_ERROR", "to_balance_id");
    const poor = await send("POST", "/api/transfer/exchange", {
      token,
      body: { ...body, order_id: "z", amount: 5000 },
    });
    expectError(poor, 400, "INSUFFICIENT_FUNDS", "amount");
  });
});

describe("bad input in the vendor envelope", () => {
  it("malformed JSON, wrong content type, wrong types, missing body", async () => {
    const json = { "content-type": "application/json" };
    expectError(await send("POST", "/auth/sign-in", { body: "{oops", headers: json }), 400, "INVALID_JSON");
    const text = await send("POST", "/auth/sign-in", { body: "email=x", headers: { "content-type": "text/plain" } });
    expectError(text, 415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type");
    const types = await send("POST", "/auth/sign-in", { body: { email: 1, password: true } });
    expect(types.status).toBe(400);
    expect(types.body).toEqual({
      statusCode: 400,
      message: "Validation failed: email must be string; password must be string",
      errors: [
        { code: "VALIDATION_ERROR", field: "email" },
        { code: "VALIDATION_ERROR", field: "password" },
      ],
    });
    expectError(await send("POST", "/auth/sign-in"), 400, "VALIDATION_ERROR");
    expectError(await send("POST", "/auth/sign-in", { body: { email: DEMO } }), 400, "VALIDATION_ERROR", "password");
    expectError(
      await send("POST", "/auth/recovery", { body: { email: "not-an-email" } }),
      400,
      "VALIDATION_ERROR",
      "email",
    );
    const { token } = await signIn();
    const query = await send("GET", "/api/notification?limit=0", { token });
    expectError(query, 400, "VALIDATION_ERROR", "limit");
    expectError(await send("GET", "/api/country/id/abc", { token }), 400, "VALIDATION_ERROR", "id");
  });

  it("unknown paths and methods", async () => {
    const missing = await send("GET", "/api/nothing-here");
    expectError(missing, 404, "NOT_FOUND");
    const method = await send("DELETE", "/auth/sign-in");
    expectError(method, 405, "METHOD_NOT_ALLOWED");
    expect(method.headers?.allow).toBe("POST");
  });
});

describe("external API (X-API-Key)", () => {
  const body = { amount: 150, currency: "USDT", order_id: "ext-1", to_owner_id: 733 };

  it("answers 4016 without a key, 4017 for an unknown key and serves the example for the sandbox key", async () => {
    expectError(await send("POST", "/external/transfer", { body }), 401, 4016, "X-API-Key");
    expectError(
      await send("POST", "/external/transfer", { body, headers: { "x-api-key": "nope" } }),
      401,
      4017,
      "X-API-Key",
    );
    const ok = await send("POST", "/external/transfer", { body, headers: { "x-api-key": KEY } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ order_id: "ext-2025-0001", status: "completed" });
    // A client token is no integration key.
    const { token } = await signIn();
    expectError(
      await send("POST", "/notify/compliance", { token, body: { owner_id: 512, status: "approved" } }),
      401,
      4016,
      "X-API-Key",
    );
  });

  it("answers bad input with 4000 and unknown paths with 4004, in the external envelope", async () => {
    const headers = { "x-api-key": KEY };
    const invalid = await send("POST", "/external/transfer", { body: { amount: -1 }, headers });
    expect(invalid.status).toBe(400);
    expect((invalid.body as Schemas["ExternalError"]).errors).toEqual([
      { code: 4000, field: "currency" },
      { code: 4000, field: "order_id" },
      { code: 4000, field: "to_owner_id" },
      { code: 4000, field: "amount" },
    ]);
    const malformed = await send("POST", "/external/transfer", {
      body: "{",
      headers: { ...headers, "content-type": "application/json" },
    });
    expectError(malformed, 400, 4000);
    const text = await send("POST", "/external/transfer", {
      body: "x",
      headers: { ...headers, "content-type": "text/plain" },
    });
    expectError(text, 415, 4000, "Content-Type");
    expectError(await send("POST", "/external/nothing"), 404, 4004);
    expectError(await send("GET", "/external/transfer"), 405, 4000);
  });
});

describe("Prism examples for the other operations", () => {
  it("serves an example, and the status asked for with Prefer", async () => {
    const coins = await send("GET", "/currency/coin");
    expect(coins.status).toBe(200);
    expect(coins.headers?.["x-paymock-source"]).toBe("example");
    expect((coins.body as Schemas["Coin"][]).map((c) => c.code)).toEqual(["USD", "EUR", "USDT", "BTC"]);
    const { token } = await signIn();
    const notFound = await send("GET", "/api/pay/pay-link/info?id=1", { token, headers: { prefer: "code=404" } });
    expectError(notFound, 404, "NOT_FOUND");
    const failed = await send("GET", "/api/owner", { token, headers: { prefer: "code=500" } });
    expectError(failed, 500, "INTERNAL_ERROR");
    const link = await send("POST", "/api/pay/pay-link/temporary", {
      token,
      body: { name: "Order 1001", amount: 100, coin_id: 1, ttl: 24 },
      headers: { prefer: "example=temporary" },
    });
    expect(link.body).toMatchObject({ id: 12345, type: "temporary" });
  });
});

describe("admin API", () => {
  it("reset forgets tokens, codes, invoices and moved funds", async () => {
    const { token } = await signIn();
    await send("POST", "/api/transfer", {
      token,
      body: { amount: 40, from_balance_id: 1, order_id: "o", product_id: 1, to_owner_id: 733 },
    });
    await send("POST", "/invoice/create", { body: { amount: 100, coin_id: 1, id: 12345, product_id: 67890 } });
    await send("POST", "/auth/sign-in", { body: { email: OTP, password: PASSWORD } });
    expect((await admin("POST", "/reset")).status).toBe(204);
    expectError(await send("GET", "/api/balance", { token }), 401, "TOKEN_INVALID");
    expect((await admin("GET", "/outbox")).body).toEqual([]);
    expectError(await send("GET", "/invoice/receive?idInvoice=12345"), 404, "INVOICE_NOT_FOUND", "idInvoice");
    expect(await balance((await signIn()).token, 1)).toMatchObject({ amount: 1520.75 });
  });

  it("filters the outbox by address", async () => {
    await send("POST", "/auth/sign-in", { body: { email: OTP, password: PASSWORD } });
    const { token } = await signIn();
    await send("POST", "/api/personal/psw/otp", { token });
    expect(((await admin("GET", `/outbox?to=${OTP}`)).body as unknown[]).length).toBe(1);
    expect(((await admin("GET", `/outbox?to=${DEMO}`)).body as unknown[]).length).toBe(1);
    expect(((await admin("GET", "/outbox")).body as unknown[]).length).toBe(2);
  });

  it("lists the provider states", async () => {
    const res = await admin("GET", "/states");
    const names = (res.body as { name: string }[]).map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "a user without OTP",
        "a user who needs a one-time code",
        "a signed-in user",
        "an expired token",
        "a revoked token",
        "an unpaid invoice",
      ]),
    );
  });

  const setUp = async (state: string, params: object = {}) => {
    const res = await admin("POST", "/states", { state, params });
    expect(res.status).toBe(200);
    return (res.body as { values: Record<string, unknown> }).values;
  };

  it("a user without OTP / a user who needs a one-time code", async () => {
    const plain = await setUp("a user without OTP");
    const res = await send("POST", "/auth/sign-in", { body: { email: plain.email, password: plain.password } });
    expect(res.status).toBe(200);
    const pinned = await setUp("a user who needs a one-time code", { otp: "123456" });
    expect(pinned).toMatchObject({ email: OTP, password: PASSWORD, otp: "123456" });
    const withoutCode = await send("POST", "/auth/sign-in", { body: { email: OTP, password: PASSWORD } });
    expectError(withoutCode, 400, "OTP_REQUIRED", "otp");
    const generated = await setUp("a user who needs a one-time code");
    expect(generated.otp).toMatch(/^\d{6}$/);
    const ok = await send("POST", "/auth/sign-in", { body: { email: OTP, password: PASSWORD, otp: generated.otp } });
    expect(ok.status).toBe(200);
  });

  it("a signed-in user / an expired token / a revoked token / a used refresh token", async () => {
    const signedIn = await setUp("a signed-in user");
    expect((await send("GET", "/api/user", { token: String(signedIn.token) })).body).toMatchObject({ email: DEMO });
    const otpUser = await setUp("a signed-in user", { email: OTP });
    expect((await send("GET", "/api/user", { token: String(otpUser.token) })).body).toMatchObject({ email: OTP });
    const expired = await setUp("an expired token");
    expectError(await send("GET", "/api/balance", { token: String(expired.token) }), 401, "TOKEN_EXPIRED");
    const revoked = await setUp("a revoked token");
    expectError(await send("GET", "/api/balance", { token: String(revoked.token) }), 401, "TOKEN_REVOKED");
    const refresh = await send("POST", "/auth/token/refresh", { body: { refreshToken: revoked.refreshToken } });
    expectError(refresh, 401, "REFRESH_TOKEN_INVALID", "refreshToken");
    const used = await setUp("a used refresh token");
    expectError(
      await send("POST", "/auth/token/refresh", { body: { refreshToken: used.refreshToken } }),
      401,
      "REFRESH_TOKEN_INVALID",
      "refreshToken",
    );
    expect((await send("GET", "/auth/token/check", { token: String(used.token) })).status).toBe(204);
    const unknown = await admin("POST", "/states", { state: "no such state" });
    expect(unknown.status).toBe(404);
  });

  it("checked password-change and recovery codes", async () => {
    const change = await setUp("a user with a checked password-change code");
    const res = await send("POST", "/api/personal/psw", {
      token: String(change.token),
      body: { old_password: change.oldPassword, password: "n3w-Passw0rd" },
    });
    expect(res.status).toBe(204);
    const recovery = await setUp("a user with a checked recovery code", { otp: "654321" });
    expect(recovery.otp).toBe("654321");
    const reset = await send("POST", "/auth/recovery/psw", {
      body: { email: recovery.email, otp: recovery.otp, password: "an0ther-Passw0rd" },
    });
    expect(reset.status).toBe(204);
    await signIn(DEMO, "an0ther-Passw0rd");
  });

  it("an unpaid invoice / a paid invoice / a transfer / an external integration key", async () => {
    const unpaid = await setUp("an unpaid invoice", { invoiceId: 777 });
    expect(unpaid).toMatchObject({ invoiceId: 777, idInvoice: 777, amount: 100, coinId: 1, payLinkId: 12345 });
    expect((await send("POST", "/invoice/pay", { body: { idInvoice: unpaid.idInvoice } })).status).toBe(200);
    expect((await send("GET", "/api/balance/state", { token: String(unpaid.token) })).status).toBe(200);
    // A pinned id below the counter leaves the counter alone: the next invoice is the guide's 12345.
    const next = await setUp("an unpaid invoice");
    expect(next.invoiceId).toBe(12345);
    const high = await setUp("an unpaid invoice", { invoiceId: 20000 });
    expect(high.invoiceId).toBe(20000);
    expect((await setUp("an unpaid invoice")).invoiceId).toBe(20001);
    const paid = await setUp("a paid invoice");
    expectError(
      await send("POST", "/invoice/pay", { body: { idInvoice: paid.idInvoice } }),
      400,
      "INVOICE_NOT_PAYABLE",
      "idInvoice",
    );
    expect((await send("GET", `/invoice/receive?idInvoice=${paid.idInvoice}`)).body).toMatchObject({ status: "paid" });
    const transfer = await setUp("a transfer");
    const read = await send("GET", `/api/transfer/${transfer.orderId}/${transfer.userId}`, {
      token: String(transfer.token),
    });
    expect(read.body).toMatchObject({ order_id: "order-2025-0001", to_owner_name: "Blue Harbor LLC" });
    const key = await setUp("an external integration key");
    const external = await send("POST", "/notify/compliance", {
      body: { owner_id: 512, status: "approved" },
      headers: { "x-api-key": String(key.apiKey) },
    });
    expect(external.status).toBe(200);
  });

  it("moves the clock", async () => {
    const before = Date.parse(((await admin("GET", "/clock")).body as { now: string }).now);
    await advance(90);
    const after = Date.parse(((await admin("GET", "/clock")).body as { now: string }).now);
    expect(after - before).toBe(90_000);
  });
});

describe("configurable lifetimes", () => {
  let short: MockServer;
  beforeAll(async () => {
    short = await createMock({ nbcgate: { tokenTtlSeconds: 60, otpTtlSeconds: 30 } });
  });

  it("uses options.nbcgate.tokenTtlSeconds and otpTtlSeconds", async () => {
    const signedIn = await send("POST", "/auth/sign-in", { body: { email: DEMO, password: PASSWORD } }, short);
    const { token } = signedIn.body as Schemas["SignInResponse"];
    short.clock.advance(60);
    short.tickAll();
    expectError(await send("GET", "/auth/token/check", { token }, short), 401, "TOKEN_EXPIRED");
    await send("POST", "/auth/sign-in", { body: { email: OTP, password: PASSWORD } }, short);
    const otp = await lastCode(OTP, "sign-in", short);
    short.clock.advance(30);
    const late = await send("POST", "/auth/sign-in", { body: { email: OTP, password: PASSWORD, otp } }, short);
    expectError(late, 400, "OTP_EXPIRED", "otp");
  });
});

describe("passwords and team invitations", () => {
  it.each([
    { path: "/auth/sign-in", body: { email: DEMO, password: "Short12" } },
    { path: "/auth/sign-in/psw/check", body: { email: DEMO, password: "1234567" } },
  ])("answers a password shorter than 8 characters on $path with VALIDATION_ERROR", async ({ path, body }) => {
    expectError(await send("POST", path, { body }), 400, "VALIDATION_ERROR", "password");
  });

  it("an invitation shows in the invite list and the user list; PUT changes its ttl; DELETE removes both", async () => {
    let { token } = await signIn();
    const listed = async () =>
      ((await send("GET", "/api/user/invite/list", { token })).body as Schemas["InvitePage"]).items;
    const users = async () => ((await send("GET", "/api/user/list", { token })).body as Schemas["UserPage"]).items;
    expect(await listed()).toEqual([]);
    expect((await users()).map((u) => u.id)).toEqual([1024]);
    const body = { email: "petr.svoboda@example-trade.cz", language: "cs", name: "Petr", surname: "Svoboda", ttl: 72 };
    const invited = await send("POST", "/api/user/invite", { token, body });
    expect(invited.status).toBe(200);
    const invite = invited.body as Schemas["Invite"];
    expect(invite).toMatchObject({ ...body, owner: 512, roleId: 3 });
    expect(await listed()).toEqual([invite]);
    expect(await users()).toMatchObject([{ id: 1024 }, { id: invite.user, email: body.email, owner_id: 512 }]);
    expectError(await send("POST", "/api/user/invite", { token, body }), 400, "EMAIL_TAKEN", "email");
    expect((await send("PUT", "/api/user/invite", { token, body: { user: invite.user, ttl: 1 } })).status).toBe(204);
    expect(await listed()).toMatchObject([{ user: invite.user, ttl: 1 }]);
    await advance(3600);
    ({ token } = await signIn()); // the access token lived 1 hour too
    expect(await listed()).toEqual([]);
    expect((await send("PUT", "/api/user/invite", { token, body: { user: invite.user, ttl: 24 } })).status).toBe(204);
    expect(await listed()).toMatchObject([{ user: invite.user, ttl: 24 }]);
    expect((await send("DELETE", "/api/user/invite", { token, body: { user: invite.user } })).status).toBe(204);
    expect(await listed()).toEqual([]);
    expect((await users()).map((u) => u.id)).toEqual([1024]);
    expectError(
      await send("DELETE", "/api/user/invite", { token, body: { user: invite.user } }),
      404,
      "NOT_FOUND",
      "user",
    );
    const other = await signInWithCode();
    expectError(
      await send("PUT", "/api/user/invite", { token: other.token, body: { user: 1024, ttl: 5 } }),
      404,
      "NOT_FOUND",
      "user",
    );
  });
});
