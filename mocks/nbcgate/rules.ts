/**
 * The numbers NBC Gate's flows run on. Token, code and invoice times come from the options; the
 * rest are paymock choices the vendor does not document, kept here as constants.
 * @see specs/nbcgate.yaml (info.description, Decisions: lifetimes and limits)
 */
import type { MockOptions } from "../options.js";

export interface NbcgateRules {
  /** Access token lifetime (`options.nbcgate.tokenTtlSeconds`, 1 h by default). */
  readonly tokenTtlMs: number;
  /** Refresh token lifetime: 30 days, single-use. */
  readonly refreshTtlMs: number;
  /** One-time code lifetime (`options.nbcgate.otpTtlSeconds`, 5 min by default). */
  readonly otpTtlMs: number;
  /** Digits of a one-time code. */
  readonly otpLength: number;
  /** Wrong codes allowed before the code is void. */
  readonly otpMaxAttempts: number;
  /** How long a code accepted by `.../otp/check` unlocks its change (spec: 10 minutes). */
  readonly grantTtlMs: number;
  /** How long an unpaid invoice can still be paid (`options.nbcgate.invoiceTtlSeconds`, 30 min). */
  readonly invoiceTtlMs: number;
  /** Delay from `POST /invoice/pay` to the confirmed payment (`options.nbcgate.invoiceConfirmSeconds`, 20 s). */
  readonly invoiceConfirmMs: number;
  /** How long an expired access token is remembered (and answered `TOKEN_EXPIRED`) before it is forgotten. */
  readonly expiredTokenMemoryMs: number;
}

/** Refresh tokens live 30 days (spec decision). */
export const REFRESH_TTL_SECONDS = 30 * 24 * 3600;
/** Codes have 6 digits (spec decision). */
export const OTP_LENGTH = 6;
/** 5 wrong codes void a code (spec decision). */
export const OTP_MAX_ATTEMPTS = 5;
/** A verified code unlocks its change for 10 minutes (spec: changeEmail, checkRecoveryOtp). */
export const GRANT_TTL_SECONDS = 600;
/** Choice: expired access tokens answer `TOKEN_EXPIRED` for a day, then `TOKEN_INVALID`. */
export const EXPIRED_TOKEN_MEMORY_SECONDS = 24 * 3600;

const cache = new WeakMap<MockOptions, NbcgateRules>();

/** The rules for these options (computed once per options object: the hot path only reads them). */
export function toRules(options: MockOptions): NbcgateRules {
  const cached = cache.get(options);
  if (cached !== undefined) return cached;
  const rules: NbcgateRules = {
    tokenTtlMs: options.nbcgate.tokenTtlSeconds * 1000,
    refreshTtlMs: REFRESH_TTL_SECONDS * 1000,
    otpTtlMs: options.nbcgate.otpTtlSeconds * 1000,
    otpLength: OTP_LENGTH,
    otpMaxAttempts: OTP_MAX_ATTEMPTS,
    grantTtlMs: GRANT_TTL_SECONDS * 1000,
    invoiceTtlMs: options.nbcgate.invoiceTtlSeconds * 1000,
    invoiceConfirmMs: options.nbcgate.invoiceConfirmSeconds * 1000,
    expiredTokenMemoryMs: EXPIRED_TOKEN_MEMORY_SECONDS * 1000,
  };
  cache.set(options, rules);
  return rules;
}
