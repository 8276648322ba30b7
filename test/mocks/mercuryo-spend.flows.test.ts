import { describe, expect, it } from "vitest";
import {
  type Card,
  checkCardUse,
  checkReplaceable,
  createCard,
  replaceCard,
  stepCard,
} from "../../mocks/mercuryo-spend/flows/card.js";
import { checkCardOpening, checkKycAccess } from "../../mocks/mercuryo-spend/flows/kyc.js";
import {
  type Challenge,
  type ChallengeEvent,
  type ChallengeRules,
  createChallenge,
  stepChallenge,
} from "../../mocks/mercuryo-spend/flows/otp-challenge.js";
import { isProblem, type Problem } from "../../mocks/mercuryo-spend/flows/problem.js";
import { createQuote, type Quote, redeemQuote } from "../../mocks/mercuryo-spend/flows/quote.js";
import {
  checkNoOperationInProgress,
  createSellRequest,
  type SellRequest,
  stepSellRequest,
} from "../../mocks/mercuryo-spend/flows/sell-request.js";
import { createSession, type Session, stepSession, toSessionRules } from "../../mocks/mercuryo-spend/flows/session.js";
import { type CardTransactionRecord, pageTransactions } from "../../mocks/mercuryo-spend/flows/transactions.js";
import { createUser, stepUser, type User } from "../../mocks/mercuryo-spend/flows/user.js";
import { centsToDecimal, toDecimal, toMinorUnits } from "../../mocks/mercuryo-spend/money.js";
import { isWithinLimits, type Price, priceQuote } from "../../mocks/mercuryo-spend/pricing.js";
import { toValidationData } from "../../mocks/mercuryo-spend/problems.js";

const T0 = Date.parse("2026-01-01T00:00:00Z");
const H = 3600_000;

/** The error name of a refusal, or "ok" for a next state. */
const outcome = (result: unknown): string => (isProblem(result) ? result.error : "ok");

describe("session flow (Sdk-User-Token)", () => {
  const sandbox = toSessionRules("sandbox", 86_400);
  const production = toSessionRules("production", 86_400);
  const active = (rules = production): Session => createSession("h", "u1", T0, rules);

  it("sandbox tokens never expire; production ones last 24 h", () => {
    expect(active(sandbox).expiresAt).toBeUndefined();
    expect(active(production).expiresAt).toBe(T0 + 24 * H);
  });

  it.each<{ given: Session | undefined; when: Parameters<typeof stepSession>[1]; want: string; status?: string }>([
    { given: undefined, when: { type: "use", now: T0 }, want: "UNAUTHORIZED" },
    { given: active(), when: { type: "use", now: T0 + 24 * H - 1 }, want: "ok", status: "active" },
    { given: active(), when: { type: "use", now: T0 + 24 * H }, want: "TOKEN_EXPIRED" },
    { given: active(sandbox), when: { type: "use", now: T0 + 1000 * H }, want: "ok", status: "active" },
    { given: active(), when: { type: "sign-out", now: T0 }, want: "ok", status: "revoked" },
    { given: { ...active(), status: "revoked" }, when: { type: "use", now: T0 }, want: "TOKEN_REVOKED" },
    { given: { ...active(), status: "revoked" }, when: { type: "sign-out", now: T0 }, want: "TOKEN_REVOKED" },
    { given: active(sandbox), when: { type: "expire" }, want: "ok", status: "expired" },
    { given: { ...active(sandbox), status: "expired" }, when: { type: "use", now: T0 }, want: "TOKEN_EXPIRED" },
    { given: undefined, when: { type: "expire" }, want: "UNAUTHORIZED" },
  ])("given $given.status, when $when.type -> $want $status", ({ given, when, want, status }) => {
    const next = stepSession(given, when);
    expect(outcome(next)).toBe(want);
    if (status !== undefined && !isProblem(next)) expect(next.status).toBe(status);
  });
});

describe("OTP challenge flow", () => {
  const rules: ChallengeRules = { codeLength: 5, ttlSeconds: 600, maxAttempts: 3 };
  const pending = (over: Partial<Challenge> = {}): Challenge => ({
    ...createChallenge({ keyHash: "k", userId: "u1", email: "a@b.test", code: "12345" }, T0, rules),
    ...over,
  });
  const verify = (code: string, now = T0 + 1000): ChallengeEvent => ({ type: "verify", code, now });

  it.each<{
    name: string;
    given: Challenge | undefined;
    when: ChallengeEvent;
    want: string;
    error?: string;
    next?: Partial<Challenge> | "gone";
  }>([
    { name: "right code", given: pending(), when: verify("12345"), want: "verified" },
    {
      name: "wrong code",
      given: pending(),
      when: verify("99999"),
      want: "rejected",
      error: "OTP_INVALID",
      next: { attempts: 1, status: "pending" },
    },
    {
      name: "last allowed wrong code",
      given: pending({ attempts: 2 }),
      when: verify("99999"),
      want: "rejected",
      error: "OTP_INVALID",
      next: { attempts: 3, status: "exhausted" },
    },
    {
      name: "exhausted, even the right code",
      given: pending({ attempts: 3, status: "exhausted" }),
      when: verify("12345"),
      want: "rejected",
      error: "OTP_ATTEMPTS_EXCEEDED",
      next: { status: "exhausted" },
    },
    {
      name: "unknown key",
      given: undefined,
      when: verify("12345"),
      want: "rejected",
      error: "KEY_INVALID",
      next: "gone",
    },
    {
      name: "expired key",
      given: pending(),
      when: verify("12345", T0 + 600_000),
      want: "rejected",
      error: "KEY_EXPIRED",
      next: "gone",
    },
    {
      name: "resend revives an exhausted challenge",
      given: pending({ attempts: 3, status: "exhausted" }),
      when: { type: "resend", code: "54321", now: T0 + 5000 },
      want: "resent",
      next: { code: "54321", attempts: 0, status: "pending", expiresAt: T0 + 605_000 },
    },
    {
      name: "resend on an expired key",
      given: pending(),
      when: { type: "resend", code: "54321", now: T0 + 600_000 },
      want: "rejected",
      error: "KEY_EXPIRED",
      next: "gone",
    },
  ])("$name -> $want $error", ({ given, when, want, error, next }) => {
    const result = stepChallenge(given, when, rules);
    expect(result.kind).toBe(want);
    if (result.kind === "rejected") {
      expect(result.problem.error).toBe(error);
      if (next === "gone") expect(result.next).toBeUndefined();
      else expect(result.next).toMatchObject(next ?? {});
    }
    if (result.kind === "resent") expect(result.next).toMatchObject(next as Partial<Challenge>);
    if (result.kind === "verified") expect(result.userId).toBe("u1");
  });
});

describe("user profile and KYC gates", () => {
  const fresh = createUser("u1", "a@b.test");
  const ready: User = { ...fresh, kyc: { crypto: "complete", card: "complete" }, phone: "+35700000000" };

  it.each<{ given: User; when: Parameters<typeof stepUser>[1]; want: string }>([
    { given: fresh, when: { type: "set-phone", phone: "+1234567" }, want: "ok" },
    { given: ready, when: { type: "set-phone", phone: "+1234567" }, want: "PHONE_ALREADY_SET" },
    { given: fresh, when: { type: "set-birthday", birthday: "1995-05-25" }, want: "ok" },
    {
      given: { ...fresh, birthday: "1995-05-25" },
      when: { type: "set-birthday", birthday: "1990-01-01" },
      want: "BIRTHDAY_ALREADY_SET",
    },
  ])("given a user, when $when.type -> $want", ({ given, when, want }) => {
    expect(outcome(stepUser(given, when))).toBe(want);
  });

  it.each<{ name: string; given: User; want: string; message?: string; data?: unknown }>([
    { name: "ready user", given: ready, want: "ok" },
    {
      name: "already has a card",
      given: { ...ready, cardId: "c1" },
      want: "VALIDATION",
      data: { card: ["User already has a spend card."] },
    },
    {
      name: "KYC not started",
      given: { ...ready, kyc: { crypto: "complete", card: "incomplete" } },
      want: "KYC_REQUIRED",
      data: { features: [{ feature: "card", status: "incomplete" }] },
    },
    {
      name: "KYC under review",
      given: { ...ready, kyc: { crypto: "complete", card: "under_review" } },
      want: "KYC_NOT_COMPLETED",
      data: { features: [{ feature: "card", status: "under_review" }] },
    },
    { name: "no phone", given: { ...ready, phone: null }, want: "PHONE_REQUIRED" },
  ])("card opening: $name -> $want", ({ given, want, data }) => {
    const result = checkCardOpening(given);
    expect(outcome(result)).toBe(want);
    if (data !== undefined) expect((result as Problem).data).toEqual(data);
  });

  it.each([
    { given: fresh, want: "ok" },
    { given: ready, want: "KYC_ALREADY_COMPLETED" },
  ])("KYC access token for $given.kyc.card KYC -> $want", ({ given, want }) => {
    expect(outcome(checkKycAccess(given))).toBe(want);
  });
});

describe("card flow", () => {
  const user: User = { ...createUser("u1", "a@b.test"), kyc: { crypto: "complete", card: "complete" } };
  const details = {
    id: "c1",
    userId: "u1",
    last4: "1234",
    expirationMonth: "01",
    expirationYear: "2029",
    createdAt: T0,
  };
  const active: Card = { ...createCard(details), balanceCents: 9000 };
  const locked: Card = { ...active, status: "locked" };

  it.each<{ given: Card | undefined; when: Parameters<typeof stepCard>[1]; want: string; status?: string }>([
    { given: active, when: { type: "lock" }, want: "ok", status: "locked" },
    { given: locked, when: { type: "lock" }, want: "CARD_LOCK_FAILED" },
    { given: undefined, when: { type: "lock" }, want: "NO_OPEN_CARD" },
    { given: locked, when: { type: "unlock", user }, want: "ok", status: "active" },
    { given: active, when: { type: "unlock", user }, want: "CARD_UNLOCK_FAILED" },
    {
      given: locked,
      when: { type: "unlock", user: { ...user, kyc: { crypto: "complete", card: "failed" } } },
      want: "KYC_NOT_COMPLETED",
    },
    { given: active, when: { type: "credit", cents: 1000 }, want: "ok", status: "active" },
  ])("given $given.status, when $when.type -> $want $status", ({ given, when, want, status }) => {
    const next = stepCard(given, when);
    expect(outcome(next)).toBe(want);
    if (status !== undefined && !isProblem(next)) expect(next.status).toBe(status);
  });

  it("credits add to the balance", () => {
    expect(stepCard(active, { type: "credit", cents: 1050 })).toMatchObject({ balanceCents: 10_050 });
  });

  it.each<{ given: Card | undefined; use: Parameters<typeof checkCardUse>[1]; want: string }>([
    { given: active, use: "balance", want: "ok" },
    { given: locked, use: "balance", want: "INVALID_CARD_STATUS" },
    { given: locked, use: "pin", want: "INVALID_CARD_STATUS" },
    { given: locked, use: "top-up", want: "CARD_NOT_AVAILABLE" },
    { given: locked, use: "iframe", want: "BAD_REQUEST" },
    { given: undefined, use: "balance", want: "NO_OPEN_CARD" },
  ])("using a $given.status card for $use -> $want", ({ given, use, want }) => {
    expect(outcome(checkCardUse(given, use))).toBe(want);
  });

  it.each<{ given: Card | undefined; want: string }>([
    { given: locked, want: "ok" },
    { given: active, want: "CARD_NOT_LOCKED" },
    { given: undefined, want: "CARD_NOT_LOCKED" },
  ])("replacing a $given.status card -> $want", ({ given, want }) => {
    expect(outcome(checkReplaceable(given, user))).toBe(want);
  });

  it("replace closes the old card and moves the balance to a new active card with a new PAN", () => {
    const { closed, replacement } = replaceCard(locked, { ...details, id: "c2", last4: "1234" });
    expect(closed).toMatchObject({ id: "c1", status: "closed", balanceCents: 0 });
    expect(replacement).toMatchObject({ id: "c2", status: "active", balanceCents: 9000, userId: "u1" });
    expect(replacement.last4).not.toBe("1234");
  });
});

describe("trx_token quote flow", () => {
  const price = priceQuote({ currency: "BTC", amount: "0.02" }) as Price;
  const issued: Quote = createQuote({ tokenHash: "t", userId: "u1", purpose: "top-up", price }, T0);
  const rules = { ttlSeconds: 3600 };

  it.each<{
    name: string;
    given: Quote | undefined;
    when: { now: number; userId: string; purpose: "top-up" | "open" };
    want: string;
    data?: unknown;
  }>([
    { name: "fresh quote", given: issued, when: { now: T0 + H - 1, userId: "u1", purpose: "top-up" }, want: "ok" },
    {
      name: "used quote",
      given: { ...issued, used: true },
      when: { now: T0, userId: "u1", purpose: "top-up" },
      want: "TRX_TOKEN_USED",
    },
    {
      name: "one hour old",
      given: issued,
      when: { now: T0 + H, userId: "u1", purpose: "top-up" },
      want: "VALIDATION",
      data: { trx_token: ["Token is expired."] },
    },
    {
      name: "unknown token",
      given: undefined,
      when: { now: T0, userId: "u1", purpose: "top-up" },
      want: "VALIDATION",
      data: { trx_token: ["This value is not valid."] },
    },
    { name: "another user's", given: issued, when: { now: T0, userId: "u2", purpose: "top-up" }, want: "VALIDATION" },
    {
      name: "quote for the other operation",
      given: issued,
      when: { now: T0, userId: "u1", purpose: "open" },
      want: "VALIDATION",
    },
  ])("$name -> $want", ({ given, when, want, data }) => {
    const result = redeemQuote(given, when, rules);
    expect(outcome(result)).toBe(want);
    if (want === "ok") expect(result).toMatchObject({ used: true });
    if (data !== undefined) expect((result as Problem).data).toEqual(data);
  });
});

describe("pricing", () => {
  it.each([
    {
      when: { currency: "BTC", amount: "0.02" },
      want: { units: 2_000_000n, totalCents: 44_957, feeCents: 1708, fiatCents: 43_249 },
    },
    {
      when: { currency: "btc", fiatAmount: "100.00" },
      want: { currency: "BTC", fiatCents: 10_000, totalCents: 10_396, feeCents: 396 },
    },
    { when: {}, want: { currency: "BTC", units: 2_000_000n } },
    { when: { currency: "USDT", amount: "100" }, want: { totalCents: 9200, fiatCents: 8850 } },
  ])("prices $when", ({ when, want }) => {
    expect(priceQuote(when)).toMatchObject(want);
  });

  it.each([
    { when: { currency: "DOGE" }, field: "currency" },
    { when: { amount: "1", fiatAmount: "1" }, field: "amount" },
    { when: { amount: "-1" }, field: "amount" },
    { when: { fiatAmount: "0" }, field: "fiat_amount" },
  ])("refuses $when on $field", ({ when, field }) => {
    const result = priceQuote(when);
    expect(outcome(result)).toBe("VALIDATION");
    expect(Object.keys((result as Problem).data ?? {})).toEqual([field]);
  });

  it.each([
    { fiat: "25.69", want: false },
    { fiat: "25.70", want: true },
    { fiat: "1500.00", want: true },
    { fiat: "1500.01", want: false },
  ])("limits: crediting $fiat EUR is allowed: $want", ({ fiat, want }) => {
    expect(isWithinLimits(priceQuote({ fiatAmount: fiat }) as Price)).toBe(want);
  });
});

describe("sell request flow", () => {
  const price = priceQuote({ amount: "0.02" }) as Price;
  const base = { id: "s1", userId: "u1", cardId: "c1", depositAddress: "d", refundAddress: "r", price };
  const created = (merchantTransactionId = "m1"): SellRequest =>
    createSellRequest({ ...base, merchantTransactionId }, T0);
  const rules = { stepSeconds: 10 };

  it.each<{ name: string; given: SellRequest; now: number; want: string; changes: string[] }>([
    { name: "before the first step", given: created(), now: T0 + 9_999, want: "new", changes: [] },
    { name: "one step", given: created(), now: T0 + 10_000, want: "pending", changes: ["pending"] },
    {
      name: "two steps at once",
      given: created(),
      now: T0 + 60_000,
      want: "succeeded",
      changes: ["pending", "succeeded"],
    },
    {
      name: "failing partner id",
      given: created("fail-1"),
      now: T0 + 20_000,
      want: "failed",
      changes: ["pending", "failed"],
    },
    {
      name: "final states stay",
      given: { ...created(), status: "succeeded" },
      now: T0 + 99_000,
      want: "succeeded",
      changes: [],
    },
  ])("$name -> $want", ({ given, now, want, changes }) => {
    const result = stepSellRequest(given, { type: "tick", now }, rules);
    expect(result.next.status).toBe(want);
    expect(result.changes.map((c) => c.status)).toEqual(changes);
  });

  it("stamps each change at its own step time", () => {
    const { changes } = stepSellRequest(created(), { type: "tick", now: T0 + 60_000 }, rules);
    expect(changes.map((c) => c.at)).toEqual([T0 + 10_000, T0 + 20_000]);
  });

  it.each([
    { given: [created()], user: "u1", want: "ANOTHER_ACTIVE_TRANSACTION" },
    { given: [created()], user: "u2", want: "ok" },
    { given: [{ ...created(), status: "succeeded" as const }], user: "u1", want: "ok" },
  ])("one operation at a time: $user -> $want", ({ given, user, want }) => {
    expect(outcome(checkNoOperationInProgress(given, user))).toBe(want);
  });
});

describe("transaction pagination", () => {
  const records: CardTransactionRecord[] = [1, 2, 3, 4, 5].map((seq) => ({
    seq,
    userId: "u1",
    cardId: "c1",
    amountCents: seq * 100,
    type: "TOP_UP",
    status: "CLEARED",
    counterpartyName: null,
    at: T0 + seq * 1000,
  }));

  it("walks the pages newest first until next_cursor is null", () => {
    const seen: number[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 5; i += 1) {
      const page = pageTransactions(records, { limit: 2, cursor });
      if (isProblem(page)) throw new Error(page.error);
      seen.push(...page.items.map((t) => t.seq));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([5, 4, 3, 2, 1]);
  });

  it.each([
    { when: {}, want: { limit: 20, nextCursor: null, count: 5 } },
    { when: { limit: 5 }, want: { limit: 5, nextCursor: null, count: 5 } },
    { when: { limit: 500 }, want: { limit: 100, nextCursor: null, count: 5 } },
  ])("page size for $when", ({ when, want }) => {
    const page = pageTransactions(records, when);
    expect(page).toMatchObject({ limit: want.limit, nextCursor: want.nextCursor });
    if (!isProblem(page)) expect(page.items).toHaveLength(want.count);
  });

  it.each(["not-a-cursor", Buffer.from('{"seekId":"x"}').toString("base64url")])("refuses cursor %s", (cursor) => {
    expect(pageTransactions(records, { cursor })).toMatchObject({
      error: "VALIDATION",
      data: { cursor: ["This value is not valid."] },
    });
  });
});

describe("money and validation wording", () => {
  it.each([
    { decimal: "432.5", places: 2, want: 43_250n },
    { decimal: "0.02", places: 8, want: 2_000_000n },
    { decimal: "1.239", places: 2, want: 123n },
    { decimal: "x", places: 2, want: undefined },
  ])("$decimal at $places places -> $want", ({ decimal, places, want }) => {
    expect(toMinorUnits(decimal, places)).toBe(want);
  });

  it("formats minor units", () => {
    expect([centsToDecimal(9000), centsToDecimal(5), toDecimal(2_000_000n, 8), toDecimal(-150, 2)]).toEqual([
      "90.00",
      "0.05",
      "0.02000000",
      "-1.50",
    ]);
  });

  it("groups spec violations into Mercuryo's data by field", () => {
    expect(
      toValidationData([
        { location: ["body"], message: "Request body must have required property 'email'", severity: "error" },
        { location: ["body", "accept"], message: "must be equal to one of the allowed values", severity: "error" },
        {
          location: ["header"],
          message: "Request header must have required property 'b2b-user-ip'",
          severity: "error",
        },
        { location: ["header", "b2b-user-ip"], message: 'must match format "ipv4"', severity: "error" },
        { location: ["query", "limit"], message: "Request query parameter limit must be integer", severity: "error" },
        { location: [], message: "Body parameter is required", severity: "error" },
      ]),
    ).toEqual({
      email: ["This value should not be blank."],
      accept: ["Terms of Service must be accepted."],
      "B2B-User-Ip": ["This value should not be blank.", "This value is not a valid IP address."],
      limit: ["This value is not valid: it must be integer."],
      body: ["This value should not be blank."],
    });
  });
});
