/**
 * Table tests of the B2Core mock's pure flows: attempt limits, sessions, 2FA challenges,
 * credentials, list queries, token shapes and the error envelope.
 */
import { describe, expect, it } from "vitest";
import { listAccounts, toStatement } from "../../mocks/b2core-backoffice/flows/accounts.js";
import { listClients } from "../../mocks/b2core-backoffice/flows/clients.js";
import {
  isLimiterIdle,
  type Limiter,
  type LimitOutcome,
  type LimitRule,
  stepLimiter,
} from "../../mocks/b2core-backoffice/flows/rate-limit.js";
import {
  type Session,
  type SessionEvent,
  type SessionOutcome,
  type SessionRules,
  startSession,
  stepSession,
  type TokenPair,
} from "../../mocks/b2core-backoffice/flows/session.js";
import { checkCredentials, type SignInOutcome } from "../../mocks/b2core-backoffice/flows/sign-in.js";
import { listTransactions } from "../../mocks/b2core-backoffice/flows/transactions.js";
import {
  type Challenge,
  type ChallengeOutcome,
  createChallenge,
  stepChallenge,
} from "../../mocks/b2core-backoffice/flows/two-factor.js";
import { renderProblem, toFieldErrors } from "../../mocks/b2core-backoffice/problems.js";
import { toRules } from "../../mocks/b2core-backoffice/rules.js";
import {
  SEED_ACCOUNTS,
  SEED_ADMINS,
  SEED_CLIENTS,
  SEED_TRANSACTIONS,
} from "../../mocks/b2core-backoffice/seed-data.js";
import { toVendorTime } from "../../mocks/b2core-backoffice/time.js";
import { createJwt, createTokenPair, readJwtClaims, toUuid } from "../../mocks/b2core-backoffice/tokens.js";
import { createCounterIds } from "../../mocks/context.js";
import { resolveOptions } from "../../mocks/options.js";

const T0 = Date.parse("2026-01-01T00:00:00Z");
const sec = (s: number) => T0 + s * 1000;

describe("rate limit (sliding window, then block)", () => {
  const rule: LimitRule = { max: 3, windowSeconds: 60, blockSeconds: 600 };
  const open = (...hits: number[]): Limiter => ({ kind: "open", hits: hits.map(sec) });
  const cases: { name: string; given: Limiter | undefined; when: number; want: LimitOutcome }[] = [
    {
      name: "first attempt is allowed and counted",
      given: undefined,
      when: 0,
      want: { kind: "allowed", next: open(0) },
    },
    {
      name: "the max-th attempt in the window is allowed",
      given: open(0, 10),
      when: 20,
      want: { kind: "allowed", next: open(0, 10, 20) },
    },
    {
      name: "one over the max in the window blocks for the block period",
      given: open(0, 10, 20),
      when: 30,
      want: { kind: "refused", next: { kind: "blocked", until: sec(630) }, retryAfterSeconds: 600 },
    },
    {
      name: "hits older than the window slide out",
      given: open(0, 10, 20),
      when: 61,
      want: { kind: "allowed", next: open(10, 20, 61) },
    },
    {
      name: "a running block refuses with the remaining seconds (rounded up)",
      given: { kind: "blocked", until: sec(630) },
      when: 329.5,
      want: { kind: "refused", next: { kind: "blocked", until: sec(630) }, retryAfterSeconds: 301 },
    },
    {
      name: "after the block the attempt counts as the first of a new window",
      given: { kind: "blocked", until: sec(630) },
      when: 630,
      want: { kind: "allowed", next: open(630) },
    },
  ];
  it.each(cases)("$name", ({ given, when, want }) => {
    expect(stepLimiter(given, { kind: "attempt", now: sec(when) }, rule)).toEqual(want);
  });

  it.each([
    { given: open(0), now: 30, want: false },
    { given: open(0), now: 60, want: true },
    { given: { kind: "blocked", until: sec(600) } as Limiter, now: 599, want: false },
    { given: { kind: "blocked", until: sec(600) } as Limiter, now: 600, want: true },
  ])("idle check: $given.kind at +$now s -> $want", ({ given, now, want }) => {
    expect(isLimiterIdle(given, sec(now), rule)).toBe(want);
  });

  it("the documented limits: sign-in 5, confirm 3, refresh 5 per minute, blocked for blockSeconds", () => {
    const rules = toRules(resolveOptions({ b2core: { blockSeconds: 42 } }));
    expect(rules.limits).toEqual({
      signIn: { max: 5, windowSeconds: 60, blockSeconds: 42 },
      confirm: { max: 3, windowSeconds: 60, blockSeconds: 42 },
      refresh: { max: 5, windowSeconds: 60, blockSeconds: 42 },
    });
  });
});

describe("session (token pairs, refresh, sign-out)", () => {
  const token = (name: string, expiresAtSec: number) => ({ token: name, createdAt: T0, expiresAt: sec(expiresAtSec) });
  const pair1: TokenPair = { access: token("a1", 100), refresh: token("r1", 1000) };
  const pair2: TokenPair = { access: token("a2", 200), refresh: token("r2", 2000) };
  const active = startSession("s1", 1, pair1);
  const keep: SessionRules = { revokeAccessOnRefresh: false };
  const revoke: SessionRules = { revokeAccessOnRefresh: true };
  const refreshed: Session = { ...active, access: [pair1.access, pair2.access], refresh: pair2.refresh };
  const cases: {
    name: string;
    given: Session | undefined;
    when: SessionEvent;
    rules?: SessionRules;
    want: SessionOutcome;
  }[] = [
    {
      name: "a live access token authenticates",
      given: active,
      when: { kind: "authenticate", token: "a1", now: sec(99) },
      want: { kind: "ok", session: active },
    },
    {
      name: "an access token at its expiresAt is expired",
      given: active,
      when: { kind: "authenticate", token: "a1", now: sec(100) },
      want: { kind: "problem", code: "tokenExpired" },
    },
    {
      name: "an unknown access token is unauthorized",
      given: undefined,
      when: { kind: "authenticate", token: "nope", now: sec(1) },
      want: { kind: "problem", code: "unauthorized" },
    },
    {
      name: "a signed-out session's access token is unauthorized",
      given: { ...active, status: "signed-out", access: [] },
      when: { kind: "authenticate", token: "a1", now: sec(1) },
      want: { kind: "problem", code: "unauthorized" },
    },
    {
      name: "refresh rotates the pair and keeps the old access token by default",
      given: active,
      when: { kind: "refresh", token: "r1", now: sec(50), pair: pair2 },
      want: { kind: "ok", session: refreshed },
    },
    {
      name: "refresh can revoke the old access token",
      given: active,
      rules: revoke,
      when: { kind: "refresh", token: "r1", now: sec(50), pair: pair2 },
      want: { kind: "ok", session: { ...active, access: [pair2.access], refresh: pair2.refresh } },
    },
    {
      name: "refresh drops old access tokens that already expired",
      given: active,
      when: { kind: "refresh", token: "r1", now: sec(150), pair: pair2 },
      want: { kind: "ok", session: { ...active, access: [pair2.access], refresh: pair2.refresh } },
    },
    {
      name: "the rotated refresh token no longer works",
      given: refreshed,
      when: { kind: "refresh", token: "r1", now: sec(60), pair: pair2 },
      want: { kind: "problem", code: "refreshTokenInvalid" },
    },
    {
      name: "an expired refresh token no longer works",
      given: active,
      when: { kind: "refresh", token: "r1", now: sec(1000), pair: pair2 },
      want: { kind: "problem", code: "refreshTokenInvalid" },
    },
    {
      name: "refresh after sign-out fails",
      given: { ...active, status: "signed-out", access: [] },
      when: { kind: "refresh", token: "r1", now: sec(1), pair: pair2 },
      want: { kind: "problem", code: "refreshTokenInvalid" },
    },
    {
      name: "sign-out revokes every token of the session",
      given: refreshed,
      when: { kind: "sign-out", token: "a2", now: sec(60) },
      want: { kind: "ok", session: { ...refreshed, status: "signed-out", access: [] } },
    },
    {
      name: "sign-out with an expired access token is refused",
      given: active,
      when: { kind: "sign-out", token: "a1", now: sec(100) },
      want: { kind: "problem", code: "tokenExpired" },
    },
  ];
  it.each(cases)("$name", ({ given, when, rules, want }) => {
    expect(stepSession(given, when, rules ?? keep)).toEqual(want);
  });
});

describe("2FA challenge", () => {
  const pending: Challenge = createChallenge({
    token: "t",
    adminId: 1,
    email: "admin@b2core.test",
    code: "123456",
    now: T0,
    ttlSeconds: 600,
  });
  const cases: {
    name: string;
    given: Challenge | undefined;
    when: { code: string; at: number };
    want: ChallengeOutcome;
  }[] = [
    {
      name: "the right code before expiry consumes the challenge",
      given: pending,
      when: { code: "123456", at: 599 },
      want: { kind: "confirmed", challenge: { ...pending, status: "used" } },
    },
    {
      name: "a wrong code is refused and keeps it pending",
      given: pending,
      when: { code: "000000", at: 1 },
      want: { kind: "problem", code: "twoFactorCodeInvalid" },
    },
    {
      name: "an expired 2FA token is invalid even with the right code",
      given: pending,
      when: { code: "123456", at: 600 },
      want: { kind: "problem", code: "twoFactorTokenInvalid" },
    },
    {
      name: "a used 2FA token is invalid",
      given: { ...pending, status: "used" },
      when: { code: "123456", at: 1 },
      want: { kind: "problem", code: "twoFactorTokenInvalid" },
    },
    {
      name: "an unknown 2FA token is invalid",
      given: undefined,
      when: { code: "123456", at: 1 },
      want: { kind: "problem", code: "twoFactorTokenInvalid" },
    },
  ];
  it.each(cases)("$name", ({ given, when, want }) => {
    expect(stepChallenge(given, { kind: "confirm", code: when.code, now: sec(when.at) })).toEqual(want);
  });
});

describe("sign-in credentials", () => {
  const [withTwoFa, withoutTwoFa] = SEED_ADMINS;
  const cases: { name: string; given: { email: string; password: string }; want: SignInOutcome }[] = [
    {
      name: "2FA admin continues with a challenge",
      given: { email: "admin@b2core.test", password: "Secret123" },
      want: { kind: "challenge", admin: withTwoFa as (typeof SEED_ADMINS)[number] },
    },
    {
      name: "e-mail is matched case-insensitively",
      given: { email: "NO2FA@B2Core.test", password: "Secret123" },
      want: { kind: "tokens", admin: withoutTwoFa as (typeof SEED_ADMINS)[number] },
    },
    {
      name: "wrong password",
      given: { email: "admin@b2core.test", password: "secret123" },
      want: { kind: "problem", code: "invalidCredentials" },
    },
    {
      name: "unknown e-mail",
      given: { email: "nobody@b2core.test", password: "Secret123" },
      want: { kind: "problem", code: "invalidCredentials" },
    },
  ];
  it.each(cases)("$name", ({ given, want }) => {
    expect(checkCredentials(SEED_ADMINS, given)).toEqual(want);
  });
});

describe("list queries", () => {
  const ids = <T>(outcome: { kind: string; items?: readonly T[] }, id: (item: T) => number) =>
    outcome.kind === "page" ? (outcome.items ?? []).map(id) : outcome;
  const clientCases: { name: string; query: Record<string, string>; want: unknown }[] = [
    { name: "default: newest first, 10 per page", query: {}, want: [1027, 1026, 1025, 1024] },
    { name: "sort by name ascending", query: { sort_by: "name", sort_order: "asc" }, want: [1026, 1024, 1027, 1025] },
    { name: "limit and offset", query: { limit: "2", offset: "1" }, want: [1026, 1025] },
    { name: "filter[emails] exact, any case", query: { "filter[emails]": "JANE.DOE@example.com" }, want: [1024] },
    { name: "filter[name] substring", query: { "filter[name]": "north" }, want: [1025] },
    { name: "filter[managerIds] list", query: { "filter[managerIds]": "7,99" }, want: [1027, 1024] },
    { name: "filter[typeIds] corporate", query: { "filter[typeIds]": "2" }, want: [1025] },
    { name: "filters combine", query: { "filter[managerIds]": "7", "filter[city]": "berlin" }, want: [1027] },
    { name: "unknown filters are ignored", query: { "filter[shoeSize]": "44" }, want: [1027, 1026, 1025, 1024] },
    {
      name: "a malformed id list is a field error",
      query: { "filter[statusIds]": "1;2" },
      want: {
        kind: "invalid",
        errors: { "filter[statusIds]": ["The filter[statusIds] must be comma-separated integers."] },
      },
    },
    {
      name: "a non-integer id is a field error",
      query: { "filter[clientId]": "abc" },
      want: { kind: "invalid", errors: { "filter[clientId]": ["The filter[clientId] must be an integer."] } },
    },
  ];
  it.each(clientCases)("clients: $name", ({ query, want }) => {
    expect(ids(listClients(SEED_CLIENTS, query), (c) => c.clientId)).toEqual(want);
  });

  const accountCases: { name: string; query: Record<string, string>; want: unknown }[] = [
    { name: "filter[clientId]", query: { "filter[clientId]": "1024" }, want: [5002, 5001] },
    {
      name: "filter[platformId] ascending",
      query: { "filter[platformId]": "4", sort_order: "asc" },
      want: [5002, 5004, 5006],
    },
    { name: "filter[productId]", query: { "filter[productId]": "2", limit: "1" }, want: [5005] },
  ];
  it.each(accountCases)("accounts: $name", ({ query, want }) => {
    expect(ids(listAccounts(SEED_ACCOUNTS, query), (a) => a.accountId)).toEqual(want);
  });

  const transactionCases: { name: string; query: Record<string, string>; want: unknown }[] = [
    { name: "status new is never listed", query: {}, want: [90005, 90003, 90004, 90002, 90001] },
    {
      name: "filter[accountId] matches either side",
      query: { "filter[accountId]": "5001" },
      want: [90003, 90002, 90001],
    },
    { name: "filter[status]", query: { "filter[status]": "pending" }, want: [90003] },
    {
      name: "filter[type] and debit side",
      query: { "filter[type]": "withdrawal", "filter[debitAccountNumber]": "1000005003" },
      want: [90005],
    },
    {
      name: "sort by creditAmount desc, nulls last",
      query: { sort_by: "creditAmount" },
      want: [90004, 90001, 90002, 90005, 90003],
    },
    {
      name: "sort by debitAmount asc, nulls last",
      query: { sort_by: "debitAmount", sort_order: "asc" },
      want: [90003, 90002, 90005, 90001, 90004],
    },
    {
      name: "a status outside the enum is a field error",
      query: { "filter[status]": "sunny" },
      want: {
        kind: "invalid",
        errors: { "filter[status]": [expect.stringContaining("The filter[status] must be one of: cancelled, done")] },
      },
    },
  ];
  it.each(transactionCases)("transactions: $name", ({ query, want }) => {
    expect(ids(listTransactions(SEED_TRANSACTIONS, SEED_ACCOUNTS, query), (t) => t.transactionId)).toEqual(want);
  });

  it("an account without a statement has a zero balance as of its creation", () => {
    const [first] = SEED_ACCOUNTS;
    if (first === undefined) throw new Error("no seed account");
    const { statement: _, ...bare } = first;
    expect(toStatement(bare)).toEqual({
      availableBalance: "0.00",
      currentBalance: "0.00",
      updateTime: first.createTime,
    });
  });
});

describe("tokens and times", () => {
  it("JWTs carry the vendor's RS256 header and exp equal to expiresAt", () => {
    const pair = createTokenPair({
      ids: createCounterIds(),
      adminId: 1,
      now: T0 + 750,
      accessTtlSeconds: 36_000,
      refreshTtlSeconds: 60,
    });
    expect(pair.access.token.startsWith("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.")).toBe(true);
    expect(pair.access.createdAt).toBe(T0);
    expect(readJwtClaims(pair.access.token)).toMatchObject({ sub: "1", iat: T0 / 1000, exp: T0 / 1000 + 36_000 });
    expect(readJwtClaims(pair.refresh.token)).toMatchObject({ typ: "refresh", exp: pair.refresh.expiresAt / 1000 });
    expect(pair.access.token).not.toBe(pair.refresh.token);
    // The filler signature has an RS256 signature's size (256 bytes) and follows the content.
    const signatureOf = (token: string) => Buffer.from(token.split(".")[2] ?? "", "base64url");
    expect(signatureOf(pair.access.token)).toHaveLength(256);
    expect(signatureOf(pair.refresh.token)).toHaveLength(256);
    expect(signatureOf(pair.access.token).equals(signatureOf(pair.refresh.token))).toBe(false);
  });

  it.each([
    { given: "2fa-1", want: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/ },
    { given: "B2FCF999-2B0B-451D-9888-094A79117AA5", want: /^b2fcf999-2b0b-451d-9888-094a79117aa5$/ },
  ])("toUuid($given) is a UUID", ({ given, want }) => {
    expect(toUuid(given)).toMatch(want);
    expect(toUuid(given)).toBe(toUuid(given));
  });

  it("different ids give different 2FA tokens and JWTs", () => {
    expect(toUuid("2fa-1")).not.toBe(toUuid("2fa-2"));
    const jwt = (jti: string) => createJwt({ sub: 1, use: "access", jti, createdAt: T0, expiresAt: T0 });
    expect(jwt("a")).not.toBe(jwt("b"));
  });

  it("times are ISO 8601 with a +00:00 offset", () => {
    expect(toVendorTime(T0 + 999)).toBe("2026-01-01T00:00:00+00:00");
  });
});

describe("error envelope", () => {
  it.each([
    {
      name: "missing property",
      given: [{ location: ["body"], message: "Request body must have required property 'password'" }],
      want: { password: ["The password field is required."] },
    },
    {
      name: "bad format",
      given: [{ location: ["body", "email"], message: 'Request body property email must match format "email"' }],
      want: { email: ['The email must match format "email".'] },
    },
    {
      name: "path parameter keeps the declared name",
      given: [{ location: ["path", "clientid"], message: "Request path parameter clientid must be integer" }],
      want: { clientId: ["The clientId must be integer."] },
    },
    {
      name: "query parameter",
      given: [{ location: ["query", "limit"], message: "Request query parameter limit must be >= 1" }],
      want: { limit: ["The limit must be >= 1."] },
    },
    {
      name: "deepObject query parameter",
      given: [
        {
          location: ["query", "filter", "status"],
          message: "Request query parameter filter.status must be equal to one of the allowed values: done",
        },
      ],
      want: { "filter[status]": ["The filter[status] must be equal to one of the allowed values: done."] },
    },
    {
      name: "no body at all",
      given: [{ location: [], message: "Body parameter is required" }],
      want: { body: ["The request body is required."] },
    },
  ])("field errors: $name", ({ given, want }) => {
    const violations = given.map((v) => ({ ...v, severity: "error" as const }));
    expect(toFieldErrors(violations, ["clientId"])).toEqual(want);
  });

  it.each([
    { problem: { code: "invalidCredentials" as const }, status: 401, headers: {} },
    {
      problem: { code: "tooManyAttempts" as const, retryAfterSeconds: 600 },
      status: 429,
      headers: { "retry-after": "600" },
      message: "Too many attempts. Try again in 600 seconds.",
    },
    {
      problem: { code: "methodNotAllowed" as const, allow: ["GET", "POST"] },
      status: 405,
      headers: { allow: "GET, POST" },
    },
    { problem: { code: "requestTimeout" as const }, status: 408, headers: {}, code: "badRequest" },
  ])("renders $problem.code as $status", ({ problem, status, headers, message, code }) => {
    const response = renderProblem(problem);
    expect(response.status).toBe(status);
    expect(response.headers).toMatchObject({ "content-type": "application/json", ...headers });
    expect(response.body).toMatchObject({ code: code ?? problem.code, ...(message ? { message } : {}) });
  });
});
