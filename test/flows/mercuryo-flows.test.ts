/**
 * Mercuryo flows, the behaviours Stryker found unpinned by test/mocks/mercuryo-spend.flows.test.ts:
 * the refusal for each use without a card, replacement card numbers, card status changes, the KYC
 * page gate, token expiry in the sandbox, quote reuse and lifetime, the transaction pages and their
 * cursor, new users and profile changes. Pure: no server.
 */
import { describe, expect, it } from "vitest";
import {
  type Card,
  type CardUse,
  cardStatusChanges,
  checkCardUse,
  checkReplaceable,
  createCard,
  replaceCard,
  requireCard,
} from "../../mocks/mercuryo-spend/flows/card.js";
import { checkKycAccess } from "../../mocks/mercuryo-spend/flows/kyc.js";
import { createChallenge, toChallengeRules } from "../../mocks/mercuryo-spend/flows/otp-challenge.js";
import { isProblem, toProblem } from "../../mocks/mercuryo-spend/flows/problem.js";
import { checkNotReused, createQuote, QUOTE_RULES, redeemQuote } from "../../mocks/mercuryo-spend/flows/quote.js";
import {
  checkNoOperationInProgress,
  isInProgress,
  type SellRequest,
} from "../../mocks/mercuryo-spend/flows/sell-request.js";
import { createSession, type Session, stepSession, toSessionRules } from "../../mocks/mercuryo-spend/flows/session.js";
import { type CardTransactionRecord, pageTransactions } from "../../mocks/mercuryo-spend/flows/transactions.js";
import { createUser, stepUser, type User } from "../../mocks/mercuryo-spend/flows/user.js";
import type { Price } from "../../mocks/mercuryo-spend/pricing.js";

const T0 = Date.parse("2026-01-01T00:00:00Z");
const H = 3600_000;

const user = (fields: Partial<User> = {}): User => ({ ...createUser("u1", "a@b.test"), ...fields });
const card = (fields: Partial<Card> = {}): Card => ({
  ...createCard({
    id: "c1",
    userId: "u1",
    last4: "1234",
    expirationMonth: "12",
    expirationYear: "2030",
    createdAt: T0,
  }),
  ...fields,
});

describe("card: without a card, per use", () => {
  it.each<{ use: CardUse; want: string }>([
    { use: "balance", want: "NO_OPEN_CARD" },
    { use: "pin", want: "NO_OPEN_CARD" },
    { use: "top-up", want: "NO_OPEN_CARD" },
    { use: "iframe", want: "NO_OPEN_CARDS" },
  ])("$use -> $want", ({ use, want }) => {
    expect(checkCardUse(undefined, use)).toEqual(toProblem(want as "NO_OPEN_CARD"));
  });

  it("requireCard gives the card, or 404000 without one", () => {
    const c = card();
    expect(requireCard(c)).toBe(c);
    expect(requireCard(undefined)).toEqual(toProblem("NO_OPEN_CARD"));
  });
});

describe("card: replacement", () => {
  it("refuses a locked card once the user's card KYC is no longer complete", () => {
    const refused = checkReplaceable(card({ status: "locked" }), user({ kyc: { crypto: "complete", card: "failed" } }));
    expect(refused).toEqual(toProblem("KYC_NOT_COMPLETED", { features: [{ feature: "card", status: "failed" }] }));
  });

  const fresh = (last4: string) => ({ id: "c2", last4, expirationMonth: "01", expirationYear: "2031", createdAt: T0 });
  it.each([
    { given: "new digits", old: "1234", drawn: "5678", want: "5678" },
    { given: "the same digits", old: "1234", drawn: "1234", want: "1235" },
    { given: "the same digits, with a leading zero", old: "0041", drawn: "0041", want: "0042" },
    { given: "the same digits 9999", old: "9999", drawn: "9999", want: "0000" },
  ])("a replacement drawn with $given ends in $want", ({ old, drawn, want }) => {
    const { closed, replacement } = replaceCard(
      card({ status: "locked", last4: old, balanceCents: 500 }),
      fresh(drawn),
    );
    expect(replacement).toEqual({ ...fresh(drawn), last4: want, userId: "u1", status: "active", balanceCents: 500 });
    expect(closed).toMatchObject({ id: "c1", last4: old, status: "closed", balanceCents: 0 });
  });
});

describe("card: status changes", () => {
  it.each([
    {
      given: "a new card",
      before: undefined,
      after: card(),
      want: [{ cardId: "c1", userId: "u1", status: "active", at: T0 }],
    },
    {
      given: "a lock",
      before: card(),
      after: card({ status: "locked" }),
      want: [{ cardId: "c1", userId: "u1", status: "locked", at: T0 }],
    },
    { given: "a credit (same status)", before: card(), after: card({ balanceCents: 100 }), want: [] },
  ])("$given", ({ before, after, want }) => {
    expect(cardStatusChanges(before, after, T0)).toEqual(want);
  });
});

describe("kyc: the hosted KYC page", () => {
  it.each([
    { given: "card complete, crypto not", kyc: { card: "complete", crypto: "incomplete" }, want: "ok" },
    { given: "crypto complete, card not", kyc: { card: "incomplete", crypto: "complete" }, want: "ok" },
    { given: "both complete", kyc: { card: "complete", crypto: "complete" }, want: "KYC_ALREADY_COMPLETED" },
  ] as const)("$given -> $want", ({ kyc, want }) => {
    const result = checkKycAccess(user({ kyc }));
    expect(isProblem(result) ? result.error : "ok").toBe(want);
  });
});

describe("problems", () => {
  it.each([null, undefined, "problem", 1, {}, { kind: "other" }])("isProblem(%j) is false", (value) => {
    expect(isProblem(value)).toBe(false);
  });
});

describe("session: sandbox tokens and refresh", () => {
  it("production tokens last the given seconds, sandbox tokens have no lifetime", () => {
    expect(toSessionRules("production", 600)).toEqual({ ttlSeconds: 600 });
    expect(toSessionRules("sandbox", 600)).toEqual({ ttlSeconds: undefined });
  });

  // Sessions are built inside each test: a mutant that breaks them fails that test, not the file's import.
  const sandbox = (): Session => createSession("h", "u1", T0, toSessionRules("sandbox", 600));
  const production = (): Session => createSession("h", "u1", T0, toSessionRules("production", 600));
  it.each<{ given: string; s: () => Session | undefined; now: number; window: number; want: string }>([
    { given: "a sandbox token, years later", s: sandbox, now: T0 + 50_000 * H, window: 0, want: "ok" },
    {
      given: "a production token, 1 ms before the window closes",
      s: production,
      now: T0 + 659_999,
      window: 60,
      want: "ok",
    },
    {
      given: "a production token, when the window closes",
      s: production,
      now: T0 + 660_000,
      window: 60,
      want: "TOKEN_EXPIRED",
    },
    {
      given: "a revoked token",
      s: () => ({ ...production(), status: "revoked" }),
      now: T0,
      window: 60,
      want: "TOKEN_REVOKED",
    },
    { given: "no token", s: () => undefined, now: T0, window: 60, want: "UNAUTHORIZED" },
  ])("refresh: $given -> $want", ({ s, now, window, want }) => {
    const next = stepSession(s(), { type: "refresh", now, windowSeconds: window });
    expect(isProblem(next) ? next.error : "ok").toBe(want);
  });

  it("a sandbox token is still usable years later", () => {
    expect(stepSession(sandbox(), { type: "use", now: T0 + 50_000 * H })).toEqual(sandbox());
  });
});

describe("otp challenge: rules and a new challenge", () => {
  it("takes lifetime and attempts from the options, with the documented 5-digit code", () => {
    const rules = toChallengeRules({ otpTtlSeconds: 300, otpMaxAttempts: 4 });
    expect(rules).toEqual({ codeLength: 5, ttlSeconds: 300, maxAttempts: 4 });
    expect(createChallenge({ keyHash: "k", userId: "u1", email: "a@b.test", code: "12345" }, T0, rules)).toEqual({
      keyHash: "k",
      userId: "u1",
      email: "a@b.test",
      code: "12345",
      sentAt: T0,
      expiresAt: T0 + 300_000,
      attempts: 0,
      status: "pending",
    });
  });
});

describe("quote: reuse and the documented 1-hour lifetime", () => {
  const price = {} as Price;
  const quote = createQuote({ tokenHash: "t", userId: "u1", purpose: "top-up", price }, T0);
  const redemption = { userId: "u1", purpose: "top-up" as const };
  it.each([
    { after: 3600_000 - 1, want: "ok" },
    { after: 3600_000, want: "VALIDATION" },
  ])("redeemed $after ms after issue -> $want", ({ after, want }) => {
    const result = redeemQuote(quote, { ...redemption, now: T0 + after }, QUOTE_RULES);
    expect(isProblem(result) ? result.error : "ok").toBe(want);
  });

  it.each([
    { given: "an unknown token", q: undefined, want: undefined },
    { given: "an unused quote", q: quote, want: undefined },
    { given: "a used quote", q: { ...quote, used: true }, want: toProblem("TRX_TOKEN_USED") },
  ])("checkNotReused: $given", ({ q, want }) => {
    expect(checkNotReused(q)).toEqual(want);
  });
});

describe("sell requests in progress", () => {
  const request = (status: SellRequest["status"]) => ({ userId: "u1", status }) as SellRequest;
  it.each([
    { status: "new", want: true },
    { status: "pending", want: true },
    { status: "succeeded", want: false },
    { status: "failed", want: false },
  ] as const)("$status is in progress: $want", ({ status, want }) => {
    expect(isInProgress(request(status))).toBe(want);
    expect(checkNoOperationInProgress([request(status)], "u1")).toEqual(
      want ? toProblem("ANOTHER_ACTIVE_TRANSACTION") : undefined,
    );
  });
});

describe("transactions: pages and cursor", () => {
  const records: CardTransactionRecord[] = [3, 1, 5, 2, 4].map((seq) => ({
    seq,
    userId: "u1",
    cardId: "c1",
    amountCents: seq * 100,
    type: "TOP_UP",
    status: "CLEARED",
    counterpartyName: null,
    at: T0 + seq * 1000 + 250,
  }));
  const page = (query: Parameters<typeof pageTransactions>[1]) => {
    const result = pageTransactions(records, query);
    if (isProblem(result)) throw new Error(result.error);
    return result;
  };
  const decode = (cursor: string | null) => JSON.parse(Buffer.from(cursor ?? "", "base64url").toString("utf8"));
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

  it("shows `limit` items, newest first, and points the cursor at the last one shown (Mercuryo's format)", () => {
    const first = page({ limit: 3 });
    expect(first.items.map((t) => t.seq)).toEqual([5, 4, 3]);
    expect(decode(first.nextCursor)).toEqual({ seekId: 3, seekTimestamp: "2026-01-01T00:00:03Z" });
    const second = page({ limit: 3, cursor: first.nextCursor ?? undefined });
    expect(second.items.map((t) => t.seq)).toEqual([2, 1]);
    expect(second.nextCursor).toBeNull();
  });

  it("has no next cursor when the page holds exactly the rest", () => {
    expect(page({ limit: 5 }).nextCursor).toBeNull();
    expect(page({ limit: 2, cursor: encode({ seekId: 3 }) })).toMatchObject({ nextCursor: null });
  });

  it.each([
    { given: "a fractional seekId", cursor: encode({ seekId: 1.5 }) },
    { given: "a numeric string", cursor: encode({ seekId: "3" }) },
    { given: "JSON null", cursor: encode(null) },
  ])("refuses a cursor with $given", ({ cursor }) => {
    expect(pageTransactions(records, { cursor })).toEqual(
      toProblem("VALIDATION", { cursor: ["This value is not valid."] }),
    );
  });
});

describe("user: new users and profile changes", () => {
  it("starts with KYC incomplete for both features, no phone, birthday or card", () => {
    expect(createUser("u1", "a@b.test")).toEqual({
      id: "u1",
      email: "a@b.test",
      kyc: { crypto: "incomplete", card: "incomplete" },
      phone: null,
      birthday: null,
      cardId: undefined,
    });
  });

  it.each([
    { when: { type: "set-phone" as const, phone: "+4915112345678" }, want: { phone: "+4915112345678" } },
    { when: { type: "set-birthday" as const, birthday: "1990-05-17" }, want: { birthday: "1990-05-17" } },
  ])("$when.type keeps the rest of the profile", ({ when, want }) => {
    const before = user({ kyc: { crypto: "complete", card: "under_review" }, cardId: "c1" });
    expect(stepUser(before, when)).toEqual({ ...before, ...want });
  });
});
