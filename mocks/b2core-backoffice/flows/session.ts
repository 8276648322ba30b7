/**
 * A Back Office session: the token pairs issued by one sign-in (or 2FA confirmation) and what
 * refresh and sign-out do to them. Token strings and times come in with the events; nothing here
 * reads a clock or makes an id.
 *
 *   sign-in (2FA off) / 2FA confirm
 *            │ startSession(pair 1)
 *            ▼
 *   ┌─────────────────────┐  refresh with the current refresh token (before it expires)
 *   │  active (pair n)    │ ───────────────────────────────────────────────▶ active (pair n+1)
 *   └─────────────────────┘   old refresh token dead; old access token kept until it
 *            │                expires, or revoked when `revokeAccessOnRefresh`
 *            │ sign-out with a live access token
 *            ▼
 *   ┌─────────────────────┐
 *   │  signed-out         │   every token of the session answers 401
 *   └─────────────────────┘
 *
 * Access token checks: unknown, revoked or signed out -> `unauthorized`; past `expiresAt` ->
 * `tokenExpired`. Refresh token checks: anything but the live current one -> `refreshTokenInvalid`.
 *
 * @see specs/b2core-backoffice.yaml (refreshToken, signOut, components.securitySchemes.bearerAuth)
 */

/** A token string with its validity window (milliseconds since the epoch). */
export interface IssuedToken {
  readonly token: string;
  readonly createdAt: number;
  readonly expiresAt: number;
}

/** The access and refresh token issued together. */
export interface TokenPair {
  readonly access: IssuedToken;
  readonly refresh: IssuedToken;
}

/** The tokens of one sign-in and whether it was signed out. */
export interface Session {
  readonly id: string;
  readonly adminId: number;
  readonly status: "active" | "signed-out";
  /** Access tokens that still authenticate: the newest, plus older ones unless refresh revokes them. */
  readonly access: readonly IssuedToken[];
  /** The only refresh token that still works. */
  readonly refresh: IssuedToken;
}

/** Session behaviour the docs leave open. */
export interface SessionRules {
  /** Whether a refresh also revokes the access tokens issued before it (undocumented; default off). */
  readonly revokeAccessOnRefresh: boolean;
}

/** A use of the session: a protected call, a refresh or a sign-out. */
export type SessionEvent =
  | { readonly kind: "authenticate"; readonly token: string; readonly now: number }
  | { readonly kind: "refresh"; readonly token: string; readonly now: number; readonly pair: TokenPair }
  | { readonly kind: "sign-out"; readonly token: string; readonly now: number };

/** Why a session event was refused (the envelope code). */
export type SessionProblem = "unauthorized" | "tokenExpired" | "refreshTokenInvalid";

/** The session after the event, or why it was refused. */
export type SessionOutcome =
  | { readonly kind: "ok"; readonly session: Session }
  | { readonly kind: "problem"; readonly code: SessionProblem };

/** A new active session holding its first pair. */
export const startSession = (id: string, adminId: number, pair: TokenPair): Session => ({
  id,
  adminId,
  status: "active",
  access: [pair.access],
  refresh: pair.refresh,
});

const problem = (code: SessionProblem): SessionOutcome => ({ kind: "problem", code });

function checkAccess(session: Session | undefined, token: string, now: number): SessionOutcome {
  if (session === undefined || session.status !== "active") return problem("unauthorized");
  const access = session.access.find((a) => a.token === token);
  if (access === undefined) return problem("unauthorized");
  if (now >= access.expiresAt) return problem("tokenExpired");
  return { kind: "ok", session };
}

/** Applies one event to the session the event's token points at (`undefined` when none does). */
export function stepSession(session: Session | undefined, event: SessionEvent, rules: SessionRules): SessionOutcome {
  switch (event.kind) {
    case "authenticate":
      return checkAccess(session, event.token, event.now);
    case "sign-out": {
      const checked = checkAccess(session, event.token, event.now);
      if (checked.kind === "problem") return checked;
      return { kind: "ok", session: { ...checked.session, status: "signed-out", access: [] } };
    }
    case "refresh": {
      if (session === undefined || session.status !== "active") return problem("refreshTokenInvalid");
      if (session.refresh.token !== event.token || event.now >= session.refresh.expiresAt) {
        return problem("refreshTokenInvalid");
      }
      const kept = rules.revokeAccessOnRefresh ? [] : session.access.filter((a) => event.now < a.expiresAt);
      return { kind: "ok", session: { ...session, access: [...kept, event.pair.access], refresh: event.pair.refresh } };
    }
  }
}

/** The last moment any token of the session is valid (the session is useless after it). */
export const lastValidAt = (session: Session): number =>
  session.status === "active" ? Math.max(session.refresh.expiresAt, ...session.access.map((a) => a.expiresAt)) : 0;
