/**
 * The numbers B2Core's auth flows run on, resolved from the mock options: token lifetimes, attempt
 * limits and the block period. Limits are documented (and settable); lifetimes and the block are paymock choices.
 * @see specs/b2core-backoffice.yaml (signIn, confirmTwoFactor, refreshToken: "Limits", "Token lifetimes")
 */
import type { MockOptions } from "../options.js";
import type { LimitRule } from "./flows/rate-limit.js";
import type { SessionRules } from "./flows/session.js";

/**
 * Whether refresh also revokes the old access token. Undocumented; off, so requests already in
 * flight with the old token still pass. A module constant until `mocks/options.ts` carries it.
 */
export const REVOKE_ACCESS_ON_REFRESH = false;

/** Digits of the e-mailed 2FA code (the vendor example is `123456`). */
export const TWO_FACTOR_CODE_LENGTH = 6;

/** Issuer claim of the mock's JWTs (the docs' placeholder host). */
export const TOKEN_ISSUER = "https://host.name";

/** Lifetimes, limits and session behaviour the auth flows take as input. */
export interface B2coreRules {
  readonly accessTtlSeconds: number;
  readonly refreshTtlSeconds: number;
  readonly twoFaTtlSeconds: number;
  readonly codeLength: number;
  readonly limits: {
    readonly signIn: LimitRule;
    readonly confirm: LimitRule;
    readonly refresh: LimitRule;
  };
  readonly session: SessionRules;
}

/** Reads the B2Core part of the options into the rules the flows take. */
export function toRules(options: MockOptions): B2coreRules {
  const { accessTokenTtlSeconds, refreshTokenTtlSeconds, twoFaTokenTtlSeconds, blockSeconds } = options.b2core;
  const { signInAttemptsPerMinute, twoFaAttemptsPerMinute, refreshAttemptsPerMinute } = options.b2core;
  const perMinute = (max: number): LimitRule => ({ max, windowSeconds: 60, blockSeconds });
  return {
    accessTtlSeconds: accessTokenTtlSeconds,
    refreshTtlSeconds: refreshTokenTtlSeconds,
    twoFaTtlSeconds: twoFaTokenTtlSeconds,
    codeLength: TWO_FACTOR_CODE_LENGTH,
    limits: {
      signIn: perMinute(signInAttemptsPerMinute),
      confirm: perMinute(twoFaAttemptsPerMinute),
      refresh: perMinute(refreshAttemptsPerMinute),
    },
    session: { revokeAccessOnRefresh: REVOKE_ACCESS_ON_REFRESH },
  };
}
