/**
 * Table tests of the NBC Gate mock's pure flows: sessions, one-time codes and their grants,
 * sign-in, sign-up, invoices, the ledger, the error envelope and the token strings.
 */
import { describe, expect, it } from "vitest";
import {
  createInvoice,
  type Invoice,
  type InvoiceEvent,
  quotePayment,
  statusAt,
  stepInvoice,
} from "../../mocks/nbcgate/flows/invoice.js";
import {
  addPending,
  availableOf,
  commissionOf,
  type Holding,
  type LedgerOutcome,
  settlePending,
  stepMove,
} from "../../mocks/nbcgate/flows/ledger.js";
import {
  type Challenge,
  type ChallengeEvent,
  type ChallengeOutcome,
  createChallenge,
  stepChallenge,
} from "../../mocks/nbcgate/flows/otp-challenge.js";
import { consumeGrant, type Grant, type GrantOutcome, openGrant } from "../../mocks/nbcgate/flows/otp-grant.js";
import {
  type AccessProblem,
  type AccessToken,
  checkAccess,
  type Session,
  type SessionEvent,
  type SessionOutcome,
  startSession,
  stepSession,
  type TokenPair,
} from "../../mocks/nbcgate/flows/session.js";
import { type Credentials, checkPassword, type SignInOutcome, stepSignIn } from "../../mocks/nbcgate/flows/sign-in.js";
import { type SignUp, type SignUpEvent, type SignUpOutcome, stepSignUp } from "../../mocks/nbcgate/flows/sign-up.js";
import { nbcgateProblems, type Problem, renderProblem, toValidationProblem } from "../../mocks/nbcgate/problems.js";
import { toRules } from "../../mocks/nbcgate/rules.js";
import { createJwt, createRefreshToken, readJwtClaims, toAccessToken } from "../../mocks/nbcgate/tokens.js";
import { resolveOptions } from "../../mocks/options.js";
import type { Operation, Violation } from "../../mocks/prism.js";
import { toMockRequest } from "../../mocks/request.js";

const T0 = Date.parse("2026-01-01T00:00:00Z");
const sec = (s: number) => T0 + s * 1000;
const rules = toRules(resolveOptions());

describe("rules", () => {
  it("reads token and code lifetimes from the options and keeps the spec's other numbers", () => {
    expect(rules).toMatchObject({
      tokenTtlMs: 3_600_000,
      refreshTtlMs: 30 * 24 * 3_600_000,
      otpTtlMs: 300_000,
      otpLength: 6,
      otpMaxAttempts: 5,
      grantTtlMs: 600_000,
    });
    const custom = toRules(resolveOptions({ nbcgate: { tokenTtlSeconds: 60, otpTtlSeconds: 30 } }));
    expect(custom).toMatchObject({ tokenTtlMs: 60_000, otpTtlMs: 30_000 });
  });
});

describe("session (access check, refresh, log-out)", () => {
  const pair = (n: number, at: number): TokenPair => ({
    access: { token: `access-${n}`, issuedAt: at, expiresAt: at + rules.tokenTtlMs },
    refresh: { token: `refresh-${n}`, issuedAt: at, expiresAt: at + rules.refreshTtlMs },
  });
  const session = startSession("s1", 1024, 5, pair(1, T0));
  const access: AccessToken = { ...pair(1, T0).access, sessionId: "s1", userId: 1024 };
  const revoked: Session = { ...session, status: "revoked" };

  const accessCases: {
    name: string;
    given: [AccessToken | undefined, Session | undefined, number];
    when: number;
    want: AccessProblem | undefined;
  }[] = [
    { name: "a live token passes", given: [access, session, 0], when: sec(10), want: undefined },
    { name: "an unknown token is invalid", given: [undefined, undefined, 0], when: sec(10), want: "TOKEN_INVALID" },
    { name: "a logged-out session is revoked", given: [access, revoked, 0], when: sec(10), want: "TOKEN_REVOKED" },
    { name: "a recovery cuts off older sessions", given: [access, session, 6], when: sec(10), want: "TOKEN_REVOKED" },
    { name: "expiry is exclusive", given: [access, session, 0], when: sec(3600), want: "TOKEN_EXPIRED" },
    { name: "revoked wins over expired", given: [access, revoked, 0], when: sec(4000), want: "TOKEN_REVOKED" },
  ];
  it.each(accessCases)("checkAccess: $name", ({ given, when, want }) => {
    expect(checkAccess(given[0], given[1], given[2], when)).toBe(want);
  });

  const stepCases: { name: string; given: Session | undefined; when: SessionEvent; want: SessionOutcome }[] = [
    {
      name: "refresh with the current token rotates it",
      given: session,
      when: { kind: "refresh", token: "refresh-1", now: sec(60), pair: pair(2, sec(60)) },
      want: { kind: "ok", session: { ...session, refresh: pair(2, sec(60)).refresh } },
    },
    {
      name: "refresh with an old token fails",
      given: { ...session, refresh: pair(2, sec(60)).refresh },
      when: { kind: "refresh", token: "refresh-1", now: sec(61), pair: pair(3, sec(61)) },
      want: { kind: "problem", code: "REFRESH_TOKEN_INVALID" },
    },
    {
      name: "refresh after 30 days fails",
      given: session,
      when: { kind: "refresh", token: "refresh-1", now: sec(30 * 24 * 3600), pair: pair(2, 0) },
      want: { kind: "problem", code: "REFRESH_TOKEN_INVALID" },
    },
    {
      name: "refresh of a logged-out session fails",
      given: revoked,
      when: { kind: "refresh", token: "refresh-1", now: sec(1), pair: pair(2, sec(1)) },
      want: { kind: "problem", code: "REFRESH_TOKEN_INVALID" },
    },
    {
      name: "refresh of an unknown session fails",
      given: undefined,
      when: { kind: "refresh", token: "refresh-1", now: sec(1), pair: pair(2, sec(1)) },
      want: { kind: "problem", code: "REFRESH_TOKEN_INVALID" },
    },
    { name: "log-out revokes", given: session, when: { kind: "log-out" }, want: { kind: "ok", session: revoked } },
  ];
  it.each(stepCases)("stepSession: $name", ({ given, when, want }) => {
    expect(stepSession(given, when, 0)).toEqual(want);
  });

  it("stepSession: refresh is refused once a recovery revoked the session", () => {
    const event: SessionEvent = { kind: "refresh", token: "refresh-1", now: sec(1), pair: pair(2, sec(1)) };
    expect(stepSession(session, event, 6)).toEqual({ kind: "problem", code: "REFRESH_TOKEN_INVALID" });
  });
});

describe("one-time code challenge (6 digits, 5 minutes, 5 attempts)", () => {
  const fresh = createChallenge({ purpose: "sign-in", to: "a@b.test", code: "123456", now: T0 }, rules);
  const check = (code: string, at: number): ChallengeEvent => ({ kind: "check", code, now: sec(at) });
  const cases: { name: string; given: Challenge | undefined; when: ChallengeEvent; want: ChallengeOutcome }[] = [
    {
      name: "the right code in time is accepted and used up",
      given: fresh,
      when: check("123456", 299),
      want: { kind: "accepted", challenge: { ...fresh, status: "used" } },
    },
    {
      name: "a peek accepts without using the code",
      given: fresh,
      when: { kind: "peek", code: "123456", now: sec(1) },
      want: { kind: "accepted", challenge: fresh },
    },
    {
      name: "a wrong code counts one failure",
      given: fresh,
      when: check("000000", 1),
      want: { kind: "rejected", code: "OTP_INVALID", challenge: { ...fresh, failures: 1 } },
    },
    {
      name: "the 5th wrong code voids the code",
      given: { ...fresh, failures: 4 },
      when: check("000000", 1),
      want: { kind: "rejected", code: "OTP_ATTEMPTS_EXCEEDED", challenge: { ...fresh, failures: 5, status: "void" } },
    },
    {
      name: "a void code refuses even the right code",
      given: { ...fresh, failures: 5, status: "void" },
      when: check("123456", 1),
      want: { kind: "rejected", code: "OTP_ATTEMPTS_EXCEEDED", challenge: { ...fresh, failures: 5, status: "void" } },
    },
    {
      name: "after 5 minutes the code is expired",
      given: fresh,
      when: check("123456", 300),
      want: { kind: "rejected", code: "OTP_EXPIRED", challenge: fresh },
    },
    {
      name: "a used code is expired",
      given: { ...fresh, status: "used" },
      when: check("123456", 1),
      want: { kind: "rejected", code: "OTP_EXPIRED", challenge: { ...fresh, status: "used" } },
    },
    {
      name: "no code sent: invalid",
      given: undefined,
      when: check("123456", 1),
      want: { kind: "rejected", code: "OTP_INVALID", challenge: undefined },
    },
  ];
  it.each(cases)("$name", ({ given, when, want }) => {
    expect(stepChallenge(given, when, rules)).toEqual(want);
  });
});

describe("otp grant (a checked code unlocks one change for 10 minutes)", () => {
  const open = openGrant("123456", T0, rules);
  const cases: { name: string; given: Grant | undefined; when: { now: number; code?: string }; want: GrantOutcome }[] =
    [
      {
        name: "an open grant is consumed",
        given: open,
        when: { now: sec(599) },
        want: { kind: "granted", grant: { ...open, status: "consumed" } },
      },
      {
        name: "with the same code it is consumed",
        given: open,
        when: { now: sec(1), code: "123456" },
        want: { kind: "granted", grant: { ...open, status: "consumed" } },
      },
      {
        name: "with another code it is not",
        given: open,
        when: { now: sec(1), code: "654321" },
        want: { kind: "problem", code: "OTP_NOT_VERIFIED" },
      },
      {
        name: "no check: not verified",
        given: undefined,
        when: { now: sec(1) },
        want: { kind: "problem", code: "OTP_NOT_VERIFIED" },
      },
      {
        name: "after 10 minutes",
        given: open,
        when: { now: sec(600) },
        want: { kind: "problem", code: "OTP_NOT_VERIFIED" },
      },
      {
        name: "only once",
        given: { ...open, status: "consumed" },
        when: { now: sec(1) },
        want: { kind: "problem", code: "OTP_NOT_VERIFIED" },
      },
    ];
  it.each(cases)("$name", ({ given, when, want }) => {
    expect(consumeGrant(given, when)).toEqual(want);
  });
});

describe("sign-in", () => {
  const plain: Credentials = { password: "Password123", twoFactor: false };
  const twoFactor: Credentials = { password: "Password123", twoFactor: true };
  const pending = createChallenge({ purpose: "sign-in", to: "otp@nbcgate.test", code: "111111", now: T0 }, rules);
  const cases: {
    name: string;
    given: [Credentials | undefined, Challenge | undefined];
    when: { password: string; otp?: string };
    want: SignInOutcome;
  }[] = [
    {
      name: "unknown e-mail",
      given: [undefined, undefined],
      when: { password: "x" },
      want: { kind: "problem", code: "USER_NOT_FOUND" },
    },
    {
      name: "wrong password (no code is asked for)",
      given: [twoFactor, undefined],
      when: { password: "nope" },
      want: { kind: "problem", code: "INVALID_CREDENTIALS" },
    },
    {
      name: "no password set yet",
      given: [{ password: undefined, twoFactor: false }, undefined],
      when: { password: "" },
      want: { kind: "problem", code: "INVALID_CREDENTIALS" },
    },
    {
      name: "password alone",
      given: [plain, undefined],
      when: { password: "Password123" },
      want: { kind: "signed-in", challenge: undefined },
    },
    {
      name: "an otp sent to a password-only account is ignored",
      given: [plain, undefined],
      when: { password: "Password123", otp: "999999" },
      want: { kind: "signed-in", challenge: undefined },
    },
    {
      name: "two-factor without otp",
      given: [twoFactor, undefined],
      when: { password: "Password123" },
      want: { kind: "otp-required" },
    },
    {
      name: "two-factor with an empty otp",
      given: [twoFactor, pending],
      when: { password: "Password123", otp: "" },
      want: { kind: "otp-required" },
    },
    {
      name: "two-factor with a wrong code",
      given: [twoFactor, pending],
      when: { password: "Password123", otp: "000000" },
      want: { kind: "otp-rejected", code: "OTP_INVALID", challenge: { ...pending, failures: 1 } },
    },
    {
      name: "two-factor with the right code",
      given: [twoFactor, pending],
      when: { password: "Password123", otp: "111111" },
      want: { kind: "signed-in", challenge: { ...pending, status: "used" } },
    },
  ];
  it.each(cases)("$name", ({ given, when, want }) => {
    expect(stepSignIn(given[0], given[1], { password: when.password, otp: when.otp, now: sec(1) }, rules)).toEqual(
      want,
    );
  });

  it("checkPassword answers the same problems without a code", () => {
    expect(checkPassword(undefined, "x")).toBe("USER_NOT_FOUND");
    expect(checkPassword(twoFactor, "x")).toBe("INVALID_CREDENTIALS");
    expect(checkPassword(twoFactor, "Password123")).toBeUndefined();
  });
});

describe("sign-up", () => {
  const email = "new@example.test";
  const cases: { name: string; given: SignUp | undefined; when: SignUpEvent; want: SignUpOutcome }[] = [
    {
      name: "a code for a free e-mail",
      given: undefined,
      when: { kind: "send-code", taken: false },
      want: { kind: "ok", signUp: { email, status: "code-sent" } },
    },
    {
      name: "a code for a registered e-mail",
      given: undefined,
      when: { kind: "send-code", taken: true },
      want: { kind: "problem", code: "EMAIL_TAKEN" },
    },
    {
      name: "another code keeps a confirmed e-mail confirmed",
      given: { email, status: "verified" },
      when: { kind: "send-code", taken: false },
      want: { kind: "ok", signUp: { email, status: "verified" } },
    },
    {
      name: "the code confirms the e-mail",
      given: { email, status: "code-sent" },
      when: { kind: "code-accepted" },
      want: { kind: "ok", signUp: { email, status: "verified" } },
    },
    {
      name: "registering a confirmed e-mail",
      given: { email, status: "verified" },
      when: { kind: "register", taken: false },
      want: { kind: "ok", signUp: { email, status: "registered" } },
    },
    {
      name: "registering before the code",
      given: { email, status: "code-sent" },
      when: { kind: "register", taken: false },
      want: { kind: "problem", code: "EMAIL_NOT_VERIFIED" },
    },
    {
      name: "registering an e-mail that has an account",
      given: { email, status: "verified" },
      when: { kind: "register", taken: true },
      want: { kind: "problem", code: "EMAIL_TAKEN" },
    },
  ];
  it.each(cases)("$name", ({ given, when, want }) => {
    expect(stepSignUp(email, given, when)).toEqual(want);
  });
});

describe("invoice", () => {
  const created = createInvoice(
    { id: 12345, payLinkId: 12345, ownerId: 512, productId: 67890, coinId: 1, amount: 100, now: T0 },
    rules,
  );
  const awaiting: Invoice = { ...created, status: "awaiting_payment", confirmAt: sec(20) };
  const paid: Invoice = { ...awaiting, status: "paid", paidAt: sec(20) };
  const cases: { name: string; given: Invoice; when: InvoiceEvent; want: ReturnType<typeof stepInvoice> }[] = [
    {
      name: "pay a new invoice",
      given: created,
      when: { kind: "pay", now: sec(0) },
      want: { kind: "ok", invoice: awaiting },
    },
    {
      name: "pay again while waiting",
      given: awaiting,
      when: { kind: "pay", now: sec(5) },
      want: { kind: "ok", invoice: awaiting },
    },
    {
      name: "pay a paid invoice",
      given: paid,
      when: { kind: "pay", now: sec(30) },
      want: { kind: "problem", code: "INVOICE_NOT_PAYABLE" },
    },
    {
      name: "pay after 30 minutes",
      given: created,
      when: { kind: "pay", now: sec(1800) },
      want: { kind: "problem", code: "INVOICE_NOT_PAYABLE" },
    },
    {
      name: "confirm too early",
      given: awaiting,
      when: { kind: "confirm", now: sec(19) },
      want: { kind: "ok", invoice: awaiting },
    },
    {
      name: "confirm when due",
      given: awaiting,
      when: { kind: "confirm", now: sec(25) },
      want: { kind: "ok", invoice: paid },
    },
    {
      name: "confirm an unpaid invoice",
      given: created,
      when: { kind: "confirm", now: sec(25) },
      want: { kind: "ok", invoice: created },
    },
  ];
  it.each(cases)("$name", ({ given, when, want }) => {
    expect(stepInvoice(given, when, rules)).toEqual(want);
  });

  it.each([
    [created, 1799, "created"],
    [created, 1800, "expired"],
    [awaiting, 5000, "awaiting_payment"],
    [paid, 5000, "paid"],
  ] as const)("statusAt(%#) at +%is is %s", (invoice, at, want) => {
    expect(statusAt(invoice, sec(at))).toBe(want);
  });

  it("quotes the guide's TRX payment for 100 USD", () => {
    expect(quotePayment(created)).toEqual({
      address: "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf",
      amount: "412.371134",
      rate: 0.2425,
      name: "Tron Shasta Testnet",
      code: "TRX",
      transferCommissionWeis: 1.1,
    });
  });
});

describe("ledger", () => {
  const usdt = (id: number, ownerId: number, amount: number, hold = 0): Holding => ({
    id,
    ownerId,
    coinId: 3,
    code: "USDT",
    type: "coin",
    amount,
    hold,
    pendingIn: 0,
    pendingOut: 0,
    isDefault: false,
    enabled: true,
  });
  const from = usdt(1, 512, 100, 10);
  const to = usdt(77, 733, 5);
  const cases: {
    name: string;
    given: [Holding, Holding | undefined];
    when: { amount: number; commission: number; rate?: number };
    want: LedgerOutcome;
  }[] = [
    {
      name: "a transfer moves the amount and keeps the commission",
      given: [from, to],
      when: { amount: 40, commission: 0.4 },
      want: { kind: "moved", from: { ...from, amount: 59.6 }, to: { ...to, amount: 45 } },
    },
    {
      name: "exactly the available amount",
      given: [from, to],
      when: { amount: 89, commission: 1 },
      want: { kind: "moved", from: { ...from, amount: 10 }, to: { ...to, amount: 94 } },
    },
    {
      name: "held funds cannot be spent",
      given: [from, to],
      when: { amount: 89.5, commission: 1 },
      want: { kind: "problem", code: "INSUFFICIENT_FUNDS" },
    },
    {
      name: "an exchange credits amount x rate",
      given: [from, { ...to, id: 3, ownerId: 512, coinId: 2, code: "EUR", type: "fiat", amount: 0 }],
      when: { amount: 10, commission: 0, rate: 0.9612 },
      want: {
        kind: "moved",
        from: { ...from, amount: 90 },
        to: { ...to, id: 3, ownerId: 512, coinId: 2, code: "EUR", type: "fiat", amount: 9.612 },
      },
    },
    {
      name: "a recipient without that coin: funds only leave",
      given: [from, undefined],
      when: { amount: 10, commission: 0.1 },
      want: { kind: "moved", from: { ...from, amount: 89.9 }, to: undefined },
    },
    {
      name: "to oneself only the commission leaves",
      given: [from, from],
      when: { amount: 10, commission: 0.1 },
      want: { kind: "moved", from: { ...from, amount: 99.9 }, to: { ...from, amount: 99.9 } },
    },
  ];
  it.each(cases)("$name", ({ given, when, want }) => {
    expect(stepMove(given[0], given[1], when)).toEqual(want);
  });

  it("rounds away float noise and defaults the commission to 1 %", () => {
    expect(availableOf(usdt(1, 1, 0.3, 0.1))).toBe(0.2);
    expect(commissionOf(40)).toBe(0.4);
    expect(commissionOf(40, 0)).toBe(0);
  });

  it("an invoice payment is pending, then settled", () => {
    const pending = addPending(to, 100);
    expect(pending).toMatchObject({ amount: 5, pendingIn: 100 });
    expect(settlePending(pending, 100)).toMatchObject({ amount: 105, pendingIn: 0 });
  });
});

describe("error envelope", () => {
  const cases: { name: string; given: Problem; want: { status: number; body: unknown; allow?: string } }[] = [
    {
      name: "a client code with its field",
      given: { code: "OTP_REQUIRED", field: "otp" },
      want: {
        status: 400,
        body: {
          statusCode: 400,
          message: "OTP required: a one-time code was sent to the account's e-mail",
          errors: [{ code: "OTP_REQUIRED", field: "otp" }],
        },
      },
    },
    {
      name: "a client code without a field",
      given: { code: "TOKEN_EXPIRED" },
      want: { status: 401, body: { statusCode: 401, message: "Token expired", errors: [{ code: "TOKEN_EXPIRED" }] } },
    },
    {
      name: "an external code",
      given: { code: 4016, field: "X-API-Key" },
      want: {
        status: 401,
        body: {
          statusCode: 401,
          message: "Unauthorized: X-API-Key header is required",
          errors: [{ code: 4016, field: "X-API-Key" }],
        },
      },
    },
    {
      name: "a status override and Allow",
      given: { code: "METHOD_NOT_ALLOWED", message: "no", allow: ["POST"] },
      want: {
        status: 405,
        body: { statusCode: 405, message: "no", errors: [{ code: "METHOD_NOT_ALLOWED" }] },
        allow: "POST",
      },
    },
  ];
  it.each(cases)("$name", ({ given, want }) => {
    const response = renderProblem(given);
    expect(response.status).toBe(want.status);
    expect(response.body).toEqual(want.body);
    expect(response.headers?.allow).toBe(want.allow);
  });

  it("turns spec violations into one detail per field, under the declared names", () => {
    const operation = {
      path: "/invoice/receive",
      raw: { request: { query: [{ name: "idInvoice" }] } },
    } as unknown as Operation;
    const violations: Violation[] = [
      { location: ["query"], message: "Request query must have required property 'idinvoice'", severity: "error" },
    ];
    expect(toValidationProblem(violations, operation)).toEqual({
      code: "VALIDATION_ERROR",
      field: "idInvoice",
      message: "Validation failed: idInvoice is required",
      more: [],
    });
    const external = { path: "/external/transfer", raw: { request: {} } } as unknown as Operation;
    const bodyViolations: Violation[] = [
      { location: ["body", "amount"], message: "Request body property amount must be > 0", severity: "error" },
      { location: ["body"], message: "Request body must have required property 'currency'", severity: "error" },
    ];
    expect(toValidationProblem(bodyViolations, external)).toEqual({
      code: 4000,
      field: "amount",
      message: "Validation failed: amount must be > 0; currency is required",
      more: [{ code: 4000, field: "currency" }],
    });
  });
});

describe("engine-level problems pick the envelope by path", () => {
  const client = toMockRequest({ method: "POST", path: "/auth/sign-in" });
  const external = toMockRequest({ method: "POST", path: "/external/transfer" });
  it.each([
    ["timeout", nbcgateProblems.timeout(client), 408, "INVALID_JSON"],
    ["timeout", nbcgateProblems.timeout(external), 408, 4000],
    ["internal", nbcgateProblems.internal(client, "boom"), 500, "INTERNAL_ERROR"],
    ["internal", nbcgateProblems.internal(external, "boom"), 500, 5000],
    ["payloadTooLarge", nbcgateProblems.payloadTooLarge(client), 413, "PAYLOAD_TOO_LARGE"],
    ["payloadTooLarge", nbcgateProblems.payloadTooLarge(external), 413, 4013],
    ["malformedBody", nbcgateProblems.malformedBody(client), 400, "INVALID_JSON"],
    ["malformedBody", nbcgateProblems.malformedBody(external), 400, 4000],
    ["notFound", nbcgateProblems.notFound(external), 404, 4004],
  ] as const)("%s -> %i %s", (_name, response, status, code) => {
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ statusCode: status, errors: [{ code }] });
  });
});

describe("tokens", () => {
  it("makes an HS256 JWT whose claims read back", () => {
    const token = createJwt({ sub: "1024", email: "demo@nbcgate.test", iat: 1, exp: 3601, jti: "token-1" });
    const [header] = token.split(".");
    expect(JSON.parse(Buffer.from(header ?? "", "base64url").toString())).toEqual({ alg: "HS256", typ: "JWT" });
    expect(readJwtClaims(token)).toEqual({
      sub: "1024",
      email: "demo@nbcgate.test",
      iat: 1,
      exp: 3601,
      jti: "token-1",
    });
    expect(readJwtClaims("not-a-jwt")).toBeUndefined();
  });

  it("makes distinct opaque refresh tokens", () => {
    expect(createRefreshToken("a")).not.toBe(createRefreshToken("b"));
    expect(createRefreshToken("a")).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    [undefined, undefined],
    ["", undefined],
    ["abc", "abc"],
    ["Bearer abc", "abc"],
    ["bearer  abc ", "abc"],
  ])("Authorization %j -> %j", (header, want) => {
    expect(toAccessToken(header)).toBe(want);
  });
});
