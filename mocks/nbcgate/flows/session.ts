/**
 * A sign-in session: the token pair issued by one sign-in (or sign-up), what refresh and log-out
 * do to it, and how an access token is judged. Token strings and times come in with the events;
 * nothing here reads a clock or makes an id.
 *
 *   sign-in / sign-up
 *        │ startSession(pair 1)
 *        ▼
 *   ┌──────────────────┐  refresh with the current refresh token   ┌──────────────────┐
 *   │ active (pair n)  │ ────────────────────────────────────────▶ │ active (pair n+1)│
 *   └──────────────────┘  old refresh token dead (single-use);     └──────────────────┘
 *        │                old access tokens live until they expire
 *        │ log-out with a live access token   (or password recovery: every session of the user)
 *        ▼
 *   ┌──────────────────┐
 *   │ revoked          │  access tokens -> TOKEN_REVOKED, refresh token -> REFRESH_TOKEN_INVALID
 *   └──────────────────┘
 *
 * Access token: unknown -> TOKEN_INVALID; session revoked -> TOKEN_REVOKED; past expiry -> TOKEN_EXPIRED.
 *
 * @see specs/nbcgate.yaml (logOut, refreshToken, checkToken, components.securitySchemes.clientToken)
 */

/** A token string with its validity window (milliseconds since the epoch). */
export interface IssuedToken {
  readonly token: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
}

export interface TokenPair {
  readonly access: IssuedToken;
  readonly refresh: IssuedToken;
}

export interface Session {
  readonly id: string;
  readonly userId: number;
  /** Order of creation; a user's sessions below `minSessionSeq` count as revoked. */
  readonly seq: number;
  readonly status: "active" | "revoked";
  /** The only refresh token of the session that still works. */
  readonly refresh: IssuedToken;
}

/** An access token as the guard finds it: the token and the session it belongs to. */
export interface AccessToken extends IssuedToken {
  readonly sessionId: string;
  readonly userId: number;
}

export type AccessProblem = "TOKEN_INVALID" | "TOKEN_REVOKED" | "TOKEN_EXPIRED";

export type SessionEvent =
  | { readonly kind: "refresh"; readonly token: string; readonly now: number; readonly pair: TokenPair }
  | { readonly kind: "log-out" };

export type SessionOutcome =
  | { readonly kind: "ok"; readonly session: Session }
  | { readonly kind: "problem"; readonly code: "REFRESH_TOKEN_INVALID" };

/** A new active session holding its first refresh token. */
export const startSession = (id: string, userId: number, seq: number, pair: TokenPair): Session => ({
  id,
  userId,
  seq,
  status: "active",
  refresh: pair.refresh,
});

/** Whether the session still counts: not logged out and not cut off by a password recovery. */
export const isLive = (session: Session, minSessionSeq: number): boolean =>
  session.status === "active" && session.seq >= minSessionSeq;

/** Judges an access token: `undefined` when it may be used, else the 401 code. */
export function checkAccess(
  access: AccessToken | undefined,
  session: Session | undefined,
  minSessionSeq: number,
  now: number,
): AccessProblem | undefined {
  if (access === undefined || session === undefined) return "TOKEN_INVALID";
  if (!isLive(session, minSessionSeq)) return "TOKEN_REVOKED";
  if (now >= access.expiresAt) return "TOKEN_EXPIRED";
  return undefined;
}

/** Applies refresh or log-out to a live session (`undefined` when the token points at none). */
export function stepSession(session: Session | undefined, event: SessionEvent, minSessionSeq: number): SessionOutcome {
  switch (event.kind) {
    case "log-out":
      if (session === undefined) return { kind: "problem", code: "REFRESH_TOKEN_INVALID" };
      return { kind: "ok", session: { ...session, status: "revoked" } };
    case "refresh": {
      const usable =
        session !== undefined &&
        isLive(session, minSessionSeq) &&
        session.refresh.token === event.token &&
        event.now < session.refresh.expiresAt;
      if (!usable) return { kind: "problem", code: "REFRESH_TOKEN_INVALID" };
      return { kind: "ok", session: { ...session, refresh: event.pair.refresh } };
    }
  }
}
