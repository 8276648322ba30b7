/**
 * B2Core authentication use cases: runs the pure flows (limits, credentials, 2FA challenge,
 * session) against the mock state with the injected clock, ids, codes and outbox, and answers
 * with the vendor's response bodies or a problem. Handlers and provider states both use these.
 * @see specs/b2core-backoffice.yaml (signIn, confirmTwoFactor, refreshToken, signOut)
 */

import type { components } from "../../src/generated/b2core-backoffice.js";
import type { MockContext } from "../api.js";
import { isLimiterIdle, type Limiter, type LimitRule, stepLimiter } from "./flows/rate-limit.js";
import { lastValidAt, type Session, startSession, stepSession, type TokenPair } from "./flows/session.js";
import { type Admin, type Credentials, checkCredentials, toEmailKey } from "./flows/sign-in.js";
import { type Challenge, createChallenge, stepChallenge } from "./flows/two-factor.js";
import type { Problem } from "./problems.js";
import type { B2coreRules } from "./rules.js";
import type { B2coreState } from "./state.js";
import { toVendorTime } from "./time.js";
import { createTokenPair, toUuid } from "./tokens.js";

type SignInResponse = components["schemas"]["SignInResponse"];
type TokenPairBody = components["schemas"]["TokenPair"];

/** A use case's answer: the response body, or the problem to render. */
export type AuthResult<T> =
  | { readonly kind: "ok"; readonly value: T }
  | { readonly kind: "problem"; readonly problem: Problem };

const ok = <T>(value: T): AuthResult<T> => ({ kind: "ok", value });
const fail = <T>(problem: Problem): AuthResult<T> => ({ kind: "problem", problem });

/** The outbox purpose of e-mailed 2FA codes. */
export const TWO_FACTOR_PURPOSE = "2fa";

/** How long a signed-out or fully expired session is kept so its tokens still say `tokenExpired`. */
const SESSION_RETENTION_MS = 24 * 3600 * 1000;
/** Pruning runs at most this often (mock time). */
const PRUNE_EVERY_MS = 60 * 1000;

/** The pair as the vendor sends it (`{accessToken:{token,createdAt,expiresAt}, refreshToken:{...}}`). */
export const toTokenPairBody = (pair: TokenPair): TokenPairBody => ({
  accessToken: {
    token: pair.access.token,
    createdAt: toVendorTime(pair.access.createdAt),
    expiresAt: toVendorTime(pair.access.expiresAt),
  },
  refreshToken: {
    token: pair.refresh.token,
    createdAt: toVendorTime(pair.refresh.createdAt),
    expiresAt: toVendorTime(pair.refresh.expiresAt),
  },
});

/** Counts an attempt for `key`; a problem when the limit is exceeded or a block is running. */
function countAttempt(limiters: Map<string, Limiter>, key: string, now: number, rule: LimitRule): Problem | undefined {
  const outcome = stepLimiter(limiters.get(key), { kind: "attempt", now }, rule);
  limiters.set(key, outcome.next);
  return outcome.kind === "refused"
    ? { code: "tooManyAttempts", retryAfterSeconds: outcome.retryAfterSeconds }
    : undefined;
}

/** Opens a session for an administrator and returns its first pair (`now` may be in the past). */
export function openSession(
  state: B2coreState,
  ctx: MockContext,
  rules: B2coreRules,
  adminId: number,
  now: number,
): TokenPair {
  const pair = createTokenPair({
    ids: ctx.ids,
    adminId,
    now,
    accessTtlSeconds: rules.accessTtlSeconds,
    refreshTtlSeconds: rules.refreshTtlSeconds,
  });
  const session = startSession(ctx.ids("session"), adminId, pair);
  state.sessions.set(session.id, session);
  state.accessIndex.set(pair.access.token, session.id);
  state.refreshIndex.set(pair.refresh.token, session.id);
  return pair;
}

/** Creates a 2FA challenge for an administrator and e-mails its code (to the outbox). */
export function startChallenge(
  state: B2coreState,
  ctx: MockContext,
  rules: B2coreRules,
  admin: Admin,
  now: number,
): Challenge {
  const challenge = createChallenge({
    token: toUuid(ctx.ids("2fa")),
    adminId: admin.id,
    email: admin.email,
    code: ctx.otp(rules.codeLength),
    now,
    ttlSeconds: rules.twoFaTtlSeconds,
  });
  state.challenges.set(challenge.token, challenge);
  ctx.outbox.send({ to: admin.email, channel: "email", purpose: TWO_FACTOR_PURPOSE, code: challenge.code });
  return challenge;
}

/** `POST /api/v2/signin`: the 2FA challenge or the token pair, per the administrator's setting. */
export function signIn(
  state: B2coreState,
  ctx: MockContext,
  rules: B2coreRules,
  credentials: Credentials,
): AuthResult<SignInResponse> {
  const now = ctx.clock.now();
  const limited = countAttempt(state.limits.signIn, toEmailKey(credentials.email), now, rules.limits.signIn);
  if (limited !== undefined) return fail(limited);
  const outcome = checkCredentials(state.admins, credentials);
  switch (outcome.kind) {
    case "problem":
      return fail({ code: outcome.code });
    case "challenge": {
      const challenge = startChallenge(state, ctx, rules, outcome.admin, now);
      return ok({
        "2faRequired": true,
        "2faDetails": { token: challenge.token, provider: "email", expiresAt: toVendorTime(challenge.expiresAt) },
      });
    }
    case "tokens":
      return ok({ "2faRequired": false, ...toTokenPairBody(openSession(state, ctx, rules, outcome.admin.id, now)) });
  }
}

/** `POST /api/v2/2fa/confirm`: the token pair for the right code of a live 2FA token. */
export function confirmTwoFactor(
  state: B2coreState,
  ctx: MockContext,
  rules: B2coreRules,
  input: { readonly token: string; readonly code: string },
): AuthResult<TokenPairBody> {
  const now = ctx.clock.now();
  const limited = countAttempt(state.limits.confirm, input.token.toLowerCase(), now, rules.limits.confirm);
  if (limited !== undefined) return fail(limited);
  const challenge = state.challenges.get(input.token.toLowerCase());
  const outcome = stepChallenge(challenge, { kind: "confirm", code: input.code, now });
  if (outcome.kind === "problem") return fail({ code: outcome.code });
  state.challenges.set(outcome.challenge.token, outcome.challenge);
  return ok(toTokenPairBody(openSession(state, ctx, rules, outcome.challenge.adminId, now)));
}

/** `POST /api/v2/refresh`: a new pair for the current refresh token; the old one stops working. */
export function refresh(
  state: B2coreState,
  ctx: MockContext,
  rules: B2coreRules,
  refreshToken: string,
): AuthResult<TokenPairBody> {
  const now = ctx.clock.now();
  const limited = countAttempt(state.limits.refresh, refreshToken, now, rules.limits.refresh);
  if (limited !== undefined) return fail(limited);
  const sessionId = state.refreshIndex.get(refreshToken);
  const session = sessionId === undefined ? undefined : state.sessions.get(sessionId);
  if (session === undefined) return fail({ code: "refreshTokenInvalid" });
  const pair = createTokenPair({
    ids: ctx.ids,
    adminId: session.adminId,
    now,
    accessTtlSeconds: rules.accessTtlSeconds,
    refreshTtlSeconds: rules.refreshTtlSeconds,
  });
  const outcome = stepSession(session, { kind: "refresh", token: refreshToken, now, pair }, rules.session);
  if (outcome.kind === "problem") return fail({ code: outcome.code });
  state.sessions.set(session.id, outcome.session);
  state.accessIndex.set(pair.access.token, session.id);
  state.refreshIndex.set(pair.refresh.token, session.id);
  return ok(toTokenPairBody(pair));
}

/** The access token of an `Authorization: Bearer <token>` header, if it has that form. */
export const toBearerToken = (header: string | undefined): string | undefined =>
  /^Bearer\s+(\S+)\s*$/i.exec(header ?? "")?.[1];

const sessionOf = (state: B2coreState, accessToken: string): Session | undefined => {
  const sessionId = state.accessIndex.get(accessToken);
  return sessionId === undefined ? undefined : state.sessions.get(sessionId);
};

/** Checks the access token of a protected call: live -> its session, else 401 `unauthorized`/`tokenExpired`. */
export function authenticate(
  state: B2coreState,
  rules: B2coreRules,
  accessToken: string | undefined,
  now: number,
): AuthResult<Session> {
  if (accessToken === undefined) return fail({ code: "unauthorized" });
  const outcome = stepSession(
    sessionOf(state, accessToken),
    { kind: "authenticate", token: accessToken, now },
    rules.session,
  );
  return outcome.kind === "ok" ? ok(outcome.session) : fail({ code: outcome.code });
}

/** `POST /api/v2/signout`: revokes every token of the access token's session. */
export function signOut(
  state: B2coreState,
  rules: B2coreRules,
  accessToken: string | undefined,
  now: number,
): AuthResult<undefined> {
  if (accessToken === undefined) return fail({ code: "unauthorized" });
  const outcome = stepSession(
    sessionOf(state, accessToken),
    { kind: "sign-out", token: accessToken, now },
    rules.session,
  );
  if (outcome.kind === "problem") return fail({ code: outcome.code });
  state.sessions.set(outcome.session.id, outcome.session);
  return ok(undefined);
}

/** Forgets the attempts counted for an e-mail (provider states start from a clean slate). */
export function clearSignInAttempts(state: B2coreState, email: string): void {
  state.limits.signIn.delete(toEmailKey(email));
}

/** Drops what can no longer matter: expired challenges, long-dead sessions, idle limiters. */
export function prune(state: B2coreState, rules: B2coreRules, now: number): void {
  if (now - state.prunedAt < PRUNE_EVERY_MS) return;
  state.prunedAt = now;
  for (const [token, challenge] of state.challenges) {
    if (now >= challenge.expiresAt) state.challenges.delete(token);
  }
  const dead = new Set<string>();
  for (const [id, session] of state.sessions) {
    if (session.status === "signed-out" || now >= lastValidAt(session) + SESSION_RETENTION_MS) dead.add(id);
  }
  for (const id of dead) state.sessions.delete(id);
  for (const index of [state.accessIndex, state.refreshIndex]) {
    for (const [token, id] of index) if (dead.has(id)) index.delete(token);
  }
  const { limits } = rules;
  const pairs = [
    [state.limits.signIn, limits.signIn],
    [state.limits.confirm, limits.confirm],
    [state.limits.refresh, limits.refresh],
  ] as const;
  for (const [map, rule] of pairs) {
    for (const [key, limiter] of map) if (isLimiterIdle(limiter, now, rule)) map.delete(key);
  }
}
