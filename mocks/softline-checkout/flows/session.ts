/**
 * Sign-in (`POST /v1/login_check`) and token checks on every other call.
 *
 *   login_check ok              24 h after issue
 *   ─────────────► [valid] ────────────────────► [expired] ─► 1009
 *   login again ──► another [valid] token; earlier tokens stay valid
 *   no AuthorizationJWT ─► 1008     unknown or malformed token ─► 1007
 *   wrong username or password ─► 1006
 *
 * @see https://docs.noventiq.com/en-en/payment/authentication-api-request
 * @see https://docs.noventiq.com/en-en/payment/authentication-api-token-usage
 */
import { type Problem, problem } from "../problems.js";
import type { SoftlineRules } from "../rules.js";
import type { TokenRecord } from "../state.js";

/** An id from the injected generator without dashes: Softline tokens are opaque alphanumeric strings. */
export const toOpaqueToken = (id: string): string => id.replaceAll("-", "");

/** A sign-in attempt with the fresh token values the handler drew from the id generator. */
export type LoginEvent = {
  readonly type: "login";
  readonly username: string;
  readonly password: string;
  /** The fresh token and refresh token (from the injected id generator). */
  readonly token: string;
  readonly refreshToken: string;
  readonly now: number;
};

/** A token issued, or 1006. */
export type LoginOutcome =
  | { readonly kind: "issued"; readonly token: string; readonly refreshToken: string; readonly record: TokenRecord }
  | Problem;

/** Issues a token for valid credentials; earlier tokens are left alone. */
export function login(accounts: ReadonlyMap<string, string>, event: LoginEvent, rules: SoftlineRules): LoginOutcome {
  if (accounts.get(event.username) !== event.password) return problem("BAD_CREDENTIALS");
  return {
    kind: "issued",
    token: event.token,
    refreshToken: event.refreshToken,
    record: { username: event.username, issuedAt: event.now, expiresAt: event.now + rules.tokenTtlMs },
  };
}

/** The token is valid, or 1007/1008/1009. */
export type TokenCheck = { readonly kind: "valid"; readonly token: string; readonly record: TokenRecord } | Problem;

/** What was sent in the auth headers (names lower-case). */
export interface AuthHeaders {
  readonly authorizationJwt: string | undefined;
  /** The standard header, only used to explain a 1008 (Softline reads `AuthorizationJWT`). */
  readonly authorization: string | undefined;
}

/** Checks `AuthorizationJWT: Bearer <token>` against the issued tokens at `now`. */
export function checkToken(tokens: ReadonlyMap<string, TokenRecord>, headers: AuthHeaders, now: number): TokenCheck {
  const value = headers.authorizationJwt?.trim() ?? "";
  if (value === "" || /^bearer$/i.test(value)) {
    return headers.authorization === undefined
      ? problem("TOKEN_MISSING")
      : problem("TOKEN_MISSING", { details: ["send it as AuthorizationJWT: Bearer <token>, not Authorization"] });
  }
  const token = /^bearer\s+(\S+)$/i.exec(value)?.[1];
  const record = token === undefined ? undefined : tokens.get(token);
  if (token === undefined || record === undefined) return problem("TOKEN_INVALID");
  if (now >= record.expiresAt) return problem("TOKEN_EXPIRED");
  return { kind: "valid", token, record };
}
