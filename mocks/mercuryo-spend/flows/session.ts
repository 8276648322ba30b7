/**
 * The `Sdk-User-Token` lifecycle: issued by verify, sign-in-no-verify and refresh; 24 h in the
 * production profile, never expiring in the sandbox; revoked by sign-out.
 *
 *   verify / sign-in-no-verify / refresh
 *                  |
 *                  v
 *              [active] --sign-out--> [revoked]   (401000 "Token is revoked")
 *                  |
 *      now >= expiresAt (production),
 *      or forced (provider state)
 *                  v
 *              [expired]                          (401000 "Token is expired")
 *                  |
 *      refresh within the window after expiry     (window: mercuryo.refreshWindowSeconds)
 *                  v
 *      a new [active] token; later than that: 401000 "Token is expired"
 *
 * @see specs/mercuryo-spend.yaml (components.securitySchemes.sdkUserToken)
 */
import type { Profile } from "../../options.js";
import { isProblem, type Problem, toProblem } from "./problem.js";

/** One issued user token, known only by its hash. */
export interface Session {
  /** SHA-256 of the token: the raw token is never stored. */
  readonly tokenHash: string;
  readonly userId: string;
  readonly issuedAt: number;
  /** Milliseconds since the epoch; undefined = never (sandbox). */
  readonly expiresAt: number | undefined;
  readonly status: "active" | "revoked" | "expired";
}

/** Token lifetime per profile. */
export interface SessionRules {
  /** Token lifetime; undefined = tokens never expire. */
  readonly ttlSeconds: number | undefined;
}

/** What can happen to a token. */
export type SessionEvent =
  | { readonly type: "use"; readonly now: number }
  | { readonly type: "sign-out"; readonly now: number }
  /** A refresh call: an expired (not revoked) token still works for `windowSeconds` after expiry. */
  | { readonly type: "refresh"; readonly now: number; readonly windowSeconds: number }
  | { readonly type: "expire" };

/** Sandbox tokens never expire; production ones last `ttlSeconds` (24 h by default). */
export const toSessionRules = (profile: Profile, ttlSeconds: number): SessionRules => ({
  ttlSeconds: profile === "production" ? ttlSeconds : undefined,
});

/** A fresh active session for a user. */
export const createSession = (tokenHash: string, userId: string, now: number, rules: SessionRules): Session => ({
  tokenHash,
  userId,
  issuedAt: now,
  expiresAt: rules.ttlSeconds === undefined ? undefined : now + rules.ttlSeconds * 1000,
  status: "active",
});

/** Checks a presented token; an unknown one is `undefined`. */
function usable(session: Session | undefined, now: number): Session | Problem {
  if (session === undefined) return toProblem("UNAUTHORIZED");
  if (session.status === "revoked") return toProblem("TOKEN_REVOKED");
  if (session.status === "expired") return toProblem("TOKEN_EXPIRED");
  if (now >= (session.expiresAt ?? Number.POSITIVE_INFINITY)) return toProblem("TOKEN_EXPIRED");
  return session;
}

/** Checks a token presented to refresh: active, or expired no longer than `windowSeconds` ago. */
function refreshable(session: Session | undefined, now: number, windowSeconds: number): Session | Problem {
  if (session === undefined) return toProblem("UNAUTHORIZED");
  if (session.status === "revoked") return toProblem("TOKEN_REVOKED");
  if (now >= (session.expiresAt ?? Number.POSITIVE_INFINITY) + windowSeconds * 1000) return toProblem("TOKEN_EXPIRED");
  return session;
}

/** Moves a session: `use` checks it, `refresh` checks it for a refresh, `sign-out` revokes it, `expire` ends it early. */
export function stepSession(session: Session | undefined, event: SessionEvent): Session | Problem {
  switch (event.type) {
    case "use":
      return usable(session, event.now);
    case "refresh":
      return refreshable(session, event.now, event.windowSeconds);
    case "sign-out": {
      const current = usable(session, event.now);
      return isProblem(current) ? current : { ...current, status: "revoked" };
    }
    case "expire":
      return session === undefined ? toProblem("UNAUTHORIZED") : { ...session, status: "expired" };
  }
}
