/**
 * Sessions and one-time codes held in the state: issuing a token pair, judging an `Authorization`
 * header, sending and checking codes. The decisions are the flows' (session.ts, otp-challenge.ts,
 * otp-grant.ts); this module only looks records up and stores the results.
 * @see specs/nbcgate.yaml (signIn, refreshToken, logOut, components.securitySchemes.clientToken)
 */

import type { MockContext, MockRequest } from "../api.js";
import { capMap } from "../engine/capped-map.js";
import { pruneIssueWindows, stepIssueWindow } from "../engine/issue-window.js";
import { type ChallengeOutcome, createChallenge, type OtpPurpose, stepChallenge } from "./flows/otp-challenge.js";
import { consumeGrant, type GrantOutcome, openGrant } from "./flows/otp-grant.js";
import { type AccessProblem, type AccessToken, checkAccess, startSession, type TokenPair } from "./flows/session.js";
import type { NbcgateRules } from "./rules.js";
import type { UserRecord } from "./seed-data.js";
import { type NbcgateState, otpKey } from "./state.js";
import { createJwt, createRefreshToken, toAccessToken } from "./tokens.js";

/** Makes a token pair for a user at `issuedAt` (ids from the context; nothing is stored). */
export function createTokenPair(user: UserRecord, ctx: MockContext, rules: NbcgateRules, issuedAt: number): TokenPair {
  const exp = issuedAt + rules.tokenTtlMs;
  const token = createJwt({
    sub: String(user.id),
    email: user.email,
    iat: Math.floor(issuedAt / 1000),
    exp: Math.floor(exp / 1000),
    jti: ctx.ids("token"),
  });
  return {
    access: { token, issuedAt, expiresAt: exp },
    refresh: { token: createRefreshToken(ctx.ids("refresh")), issuedAt, expiresAt: issuedAt + rules.refreshTtlMs },
  };
}

/** Stores the tokens of a pair; the refresh map holds each session's current refresh token only. */
const storeAccess = (state: NbcgateState, pair: TokenPair, sessionId: string, userId: number): void => {
  state.accessTokens.set(pair.access.token, { ...pair.access, sessionId, userId });
  state.refreshTokens.set(pair.refresh.token, sessionId);
};

/** Signs a user in: a new session with its first pair (`issuedAt` lets states make old tokens). */
export function issueSession(
  state: NbcgateState,
  user: UserRecord,
  ctx: MockContext,
  rules: NbcgateRules,
  issuedAt = ctx.clock.now(),
): TokenPair {
  const pair = createTokenPair(user, ctx, rules, issuedAt);
  const session = startSession(ctx.ids("session"), user.id, state.next.sessionSeq++, pair);
  state.sessions.set(session.id, session);
  storeAccess(state, pair, session.id, user.id);
  // Bounds (choices): the oldest sessions and access tokens go first; theirs answer TOKEN_INVALID.
  capMap(state.sessions, MAX_SESSIONS, (_id, old) => {
    state.refreshTokens.delete(old.refresh.token);
    return true;
  });
  capMap(state.accessTokens, MAX_ACCESS_TOKENS);
  return pair;
}

/** The most sessions and access tokens kept at once (paymock's bounds; the vendor keeps them server-side). */
export const MAX_SESSIONS = 5_000;
export const MAX_ACCESS_TOKENS = 5_000;

/** Stores the pair a refresh produced; the used refresh token is forgotten (single-use). */
export function storeRefreshedPair(
  state: NbcgateState,
  usedRefreshToken: string,
  pair: TokenPair,
  sessionId: string,
  userId: number,
): void {
  state.refreshTokens.delete(usedRefreshToken);
  storeAccess(state, pair, sessionId, userId);
}

export type Authentication =
  | { readonly kind: "ok"; readonly user: UserRecord; readonly access: AccessToken }
  | { readonly kind: "problem"; readonly code: "UNAUTHORIZED" | AccessProblem };

/** Judges an `Authorization` header: three map lookups, no scans. */
export function authenticate(state: NbcgateState, header: string | undefined, now: number): Authentication {
  const token = toAccessToken(header);
  if (token === undefined) return { kind: "problem", code: "UNAUTHORIZED" };
  const access = state.accessTokens.get(token);
  const session = access === undefined ? undefined : state.sessions.get(access.sessionId);
  const user = access === undefined ? undefined : state.users.get(access.userId);
  const problem = checkAccess(access, session, user?.minSessionSeq ?? 0, now);
  if (problem !== undefined) return { kind: "problem", code: problem };
  if (user === undefined || access === undefined) return { kind: "problem", code: "TOKEN_INVALID" };
  return { kind: "ok", user, access };
}

const verdicts = new WeakMap<MockRequest, Authentication>();

/**
 * Authenticates a request once: the guard's verdict is kept with the request so the handler
 * that follows reads it instead of looking the token up again.
 */
export function authenticateRequest(state: NbcgateState, req: MockRequest, now: number): Authentication {
  const known = verdicts.get(req);
  if (known !== undefined) return known;
  const verdict = authenticate(state, req.headers.authorization, now);
  verdicts.set(req, verdict);
  return verdict;
}

/** Revokes every session of a user (password recovery). */
export function revokeAllSessions(state: NbcgateState, user: UserRecord): UserRecord {
  const next = { ...user, minSessionSeq: state.next.sessionSeq };
  state.users.set(user.id, next);
  return next;
}

/**
 * Sends a new code (replacing the previous one) and records it; the code is only in the outbox.
 * Returns the seconds to wait instead when the account was sent `codeSends.max` codes within the
 * window (provider states pass `bounded: false`: they set up a situation, they do not attack).
 */
export function sendCode(
  state: NbcgateState,
  ctx: MockContext,
  rules: NbcgateRules,
  purpose: OtpPurpose,
  subject: number | string,
  to: string,
  opts: { readonly bounded?: boolean } = {},
): { readonly retryAfterSeconds: number } | undefined {
  const account = String(subject);
  const window = stepIssueWindow(state.codeSends.get(account), ctx.clock.now(), rules.codeSends);
  if (window.kind === "limited" && opts.bounded !== false) return { retryAfterSeconds: window.retryAfterSeconds };
  state.codeSends.set(account, window.times);
  const code = ctx.otp(rules.otpLength);
  state.challenges.set(otpKey(purpose, subject), createChallenge({ purpose, to, code, now: ctx.clock.now() }, rules));
  state.grants.delete(otpKey(purpose, subject));
  ctx.outbox.send({ to, channel: "email", purpose, code });
  return undefined;
}

/** Checks a code and stores the challenge's next state; an accepted `check` opens a grant. */
export function checkCode(
  state: NbcgateState,
  rules: NbcgateRules,
  purpose: OtpPurpose,
  subject: number | string,
  event: { readonly kind: "check" | "peek"; readonly code: string; readonly now: number },
): ChallengeOutcome {
  const key = otpKey(purpose, subject);
  const outcome = stepChallenge(state.challenges.get(key), event, rules);
  if (outcome.challenge !== undefined) state.challenges.set(key, outcome.challenge);
  if (outcome.kind === "accepted" && event.kind === "check") {
    state.grants.set(key, openGrant(event.code, event.now, rules));
  }
  return outcome;
}

/** Uses the grant of a checked code for one change. */
export function useGrant(
  state: NbcgateState,
  purpose: OtpPurpose,
  subject: number | string,
  event: { readonly now: number; readonly code?: string },
): GrantOutcome {
  const key = otpKey(purpose, subject);
  const outcome = consumeGrant(state.grants.get(key), event);
  if (outcome.kind === "granted") state.grants.set(key, outcome.grant);
  return outcome;
}

/**
 * Forgets codes, grants and send times nobody can use any more: challenges and grants expired for
 * longer than the memory window (until then an old code still answers OTP_EXPIRED), unfinished
 * sign-ups whose code is gone, and send times that left the brute-force window.
 */
function pruneCodes(state: NbcgateState, rules: NbcgateRules, now: number): void {
  for (const [key, challenge] of state.challenges) {
    if (now < challenge.expiresAt + rules.expiredTokenMemoryMs) continue;
    state.challenges.delete(key);
    if (challenge.purpose !== "sign-up") continue;
    const signUp = state.signUps.get(challenge.to.trim().toLowerCase());
    if (signUp !== undefined && signUp.status !== "registered") state.signUps.delete(challenge.to.trim().toLowerCase());
  }
  for (const [key, grant] of state.grants) {
    if (now >= grant.expiresAt + rules.expiredTokenMemoryMs) state.grants.delete(key);
  }
  pruneIssueWindows(state.codeSends, now, rules.codeSends.windowMs);
}

/**
 * Forgets revoked sessions (log-out, or every session before a password recovery) once their last
 * access token has been forgotten too: until then that token still answers TOKEN_REVOKED.
 */
function pruneRevokedSessions(state: NbcgateState, rules: NbcgateRules, now: number): void {
  for (const [id, session] of state.sessions) {
    const minSeq = state.users.get(session.userId)?.minSessionSeq ?? 0;
    if (session.status !== "revoked" && session.seq >= minSeq) continue;
    if (now < session.refresh.issuedAt + rules.tokenTtlMs + rules.expiredTokenMemoryMs) continue;
    state.sessions.delete(id);
    state.refreshTokens.delete(session.refresh.token);
  }
}

/**
 * Forgets what nobody can use any more: access tokens expired for longer than the memory window,
 * and sessions whose refresh token expired. Both maps are in issue order, so each sweep stops at
 * the first entry still worth keeping (amortised O(1) per token).
 */
export function pruneTokens(state: NbcgateState, rules: NbcgateRules, now: number): void {
  pruneCodes(state, rules, now);
  pruneRevokedSessions(state, rules, now);
  for (const [token, access] of state.accessTokens) {
    if (now < access.expiresAt + rules.expiredTokenMemoryMs) break;
    state.accessTokens.delete(token);
  }
  for (const [token, sessionId] of state.refreshTokens) {
    const session = state.sessions.get(sessionId);
    if (session !== undefined && now < session.refresh.expiresAt) break;
    state.refreshTokens.delete(token);
    state.sessions.delete(sessionId);
  }
}
