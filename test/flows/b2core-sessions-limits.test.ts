/**
 * B2Core session checks look at the token presented, the limiter never forgets a hit inside its
 * window, and sign-in e-mails are trimmed and case-insensitive. Tables over the pure flows.
 * @see ../../mocks/b2core-backoffice/flows/session.ts, rate-limit.ts, sign-in.ts
 */
import { describe, expect, it } from "vitest";
import { isLimiterIdle, type LimitRule, stepLimiter } from "../../mocks/b2core-backoffice/flows/rate-limit.js";
import {
  lastValidAt,
  type Session,
  startSession,
  stepSession,
  type TokenPair,
} from "../../mocks/b2core-backoffice/flows/session.js";
import { checkCredentials, findAdmin, toEmailKey } from "../../mocks/b2core-backoffice/flows/sign-in.js";

const S = 1000;
const pair = (n: number, createdAt: number, accessTtl: number, refreshTtl: number): TokenPair => ({
  access: { token: `access-${n}`, createdAt, expiresAt: createdAt + accessTtl },
  refresh: { token: `refresh-${n}`, createdAt, expiresAt: createdAt + refreshTtl },
});
const keep = { revokeAccessOnRefresh: false };

/** A session whose first access token expires at 100 s and whose second (after a refresh at 50 s) at 200 s. */
function refreshedSession(): Session {
  const first = startSession("s1", 7, pair(1, 0, 100 * S, 1000 * S));
  const refreshed = stepSession(
    first,
    { kind: "refresh", token: "refresh-1", now: 50 * S, pair: pair(2, 50 * S, 150 * S, 1000 * S) },
    keep,
  );
  if (refreshed.kind !== "ok") throw new Error("refresh refused");
  return refreshed.session;
}

describe("session checks use the token presented", () => {
  it.each([
    { token: "access-1", now: 99 * S, want: "ok" },
    { token: "access-1", now: 100 * S, want: "tokenExpired" },
    { token: "access-2", now: 150 * S, want: "ok" },
    { token: "access-2", now: 200 * S, want: "tokenExpired" },
    { token: "access-3", now: 10 * S, want: "unauthorized" },
    { token: "refresh-2", now: 10 * S, want: "unauthorized" },
  ])("$token at $now ms: $want", ({ token, now, want }) => {
    const outcome = stepSession(refreshedSession(), { kind: "authenticate", token, now }, keep);
    expect(outcome.kind === "ok" ? "ok" : outcome.code).toBe(want);
  });

  it("answers unauthorized for no session and for a signed-out one", () => {
    expect(stepSession(undefined, { kind: "authenticate", token: "access-1", now: 0 }, keep)).toEqual({
      kind: "problem",
      code: "unauthorized",
    });
    const out = stepSession(refreshedSession(), { kind: "sign-out", token: "access-2", now: 60 * S }, keep);
    if (out.kind !== "ok") throw new Error("sign-out refused");
    expect(out.session).toMatchObject({ status: "signed-out", access: [] });
    expect(stepSession(out.session, { kind: "authenticate", token: "access-2", now: 61 * S }, keep)).toEqual({
      kind: "problem",
      code: "unauthorized",
    });
    expect(stepSession(out.session, { kind: "sign-out", token: "access-2", now: 61 * S }, keep)).toEqual({
      kind: "problem",
      code: "unauthorized",
    });
  });

  it("keeps access tokens that are still valid at the refresh, and drops the expired ones", () => {
    const session = refreshedSession();
    expect(session.access.map((a) => a.token)).toEqual(["access-1", "access-2"]);
    const again = stepSession(
      session,
      { kind: "refresh", token: "refresh-2", now: 100 * S, pair: pair(3, 100 * S, 50 * S, 1000 * S) },
      keep,
    );
    if (again.kind !== "ok") throw new Error("refresh refused");
    // access-1 expires exactly at 100 s: gone; access-2 (200 s) stays.
    expect(again.session.access.map((a) => a.token)).toEqual(["access-2", "access-3"]);
  });

  it("drops every earlier access token when the rules revoke them on refresh", () => {
    const first = startSession("s1", 7, pair(1, 0, 100 * S, 1000 * S));
    const out = stepSession(
      first,
      { kind: "refresh", token: "refresh-1", now: 1 * S, pair: pair(2, S, 100 * S, 1000 * S) },
      { revokeAccessOnRefresh: true },
    );
    if (out.kind !== "ok") throw new Error("refresh refused");
    expect(out.session.access.map((a) => a.token)).toEqual(["access-2"]);
  });

  it.each([
    { name: "an old refresh token", token: "refresh-1", now: 60 * S },
    { name: "an expired refresh token", token: "refresh-2", now: 1050 * S },
  ])("refuses $name", ({ token, now }) => {
    expect(stepSession(refreshedSession(), { kind: "refresh", token, now, pair: pair(9, now, S, S) }, keep)).toEqual({
      kind: "problem",
      code: "refreshTokenInvalid",
    });
  });

  it("a session is valid until its last token expires, and not at all once signed out", () => {
    const session = refreshedSession();
    expect(lastValidAt(session)).toBe(1050 * S);
    const longAccess = { ...session, access: [...session.access, { token: "x", createdAt: 0, expiresAt: 2000 * S }] };
    expect(lastValidAt(longAccess)).toBe(2000 * S);
    expect(lastValidAt({ ...session, status: "signed-out" })).toBe(0);
  });
});

describe("the attempt limiter", () => {
  const rule: LimitRule = { max: 2, windowSeconds: 60, blockSeconds: 600 };

  it("counts a hit exactly one window old as outside the window", () => {
    const open = { kind: "open" as const, hits: [0, 30 * S] };
    expect(stepLimiter(open, { kind: "attempt", now: 60 * S }, rule)).toEqual({
      kind: "allowed",
      next: { kind: "open", hits: [30 * S, 60 * S] },
    });
  });

  it("is idle only when no hit is inside the window", () => {
    const open = { kind: "open" as const, hits: [0, 50 * S] };
    expect(isLimiterIdle(open, 100 * S, rule)).toBe(false);
    expect(isLimiterIdle(open, 110 * S, rule)).toBe(true);
    expect(isLimiterIdle({ kind: "open", hits: [] }, 0, rule)).toBe(true);
  });

  it("is idle once a block has ended, not before", () => {
    expect(isLimiterIdle({ kind: "blocked", until: 10 * S }, 9 * S, rule)).toBe(false);
    expect(isLimiterIdle({ kind: "blocked", until: 10 * S }, 10 * S, rule)).toBe(true);
  });
});

describe("sign-in e-mails", () => {
  const admins = [{ id: 1, email: "Admin@B2core.test", password: "Secret123", twoFactor: "email" as const }];

  it.each([
    ["admin@b2core.test", "admin@b2core.test"],
    ["  Admin@B2CORE.test\t", "admin@b2core.test"],
    ["\nADMIN@b2core.TEST ", "admin@b2core.test"],
  ])("toEmailKey(%j) is %j", (raw, want) => {
    expect(toEmailKey(raw)).toBe(want);
  });

  it("finds the admin whatever the case and surrounding spaces", () => {
    expect(findAdmin(admins, " admin@B2CORE.TEST ")?.id).toBe(1);
    expect(checkCredentials(admins, { email: "  ADMIN@b2core.test", password: "Secret123" })).toMatchObject({
      kind: "challenge",
    });
    expect(checkCredentials(admins, { email: "admin@b2core.test", password: "secret123" })).toEqual({
      kind: "problem",
      code: "invalidCredentials",
    });
  });
});
