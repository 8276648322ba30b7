/**
 * The rate quote's `trx_token`: valid 1 hour after issue and single-use.
 *
 *   rates/crypto-topup or rates/open --> [issued] --redeem (same user and purpose, < 1 h)--> [used]
 *                                           |                                                 |
 *                         now >= issuedAt + 1 h: 400001 "Token is expired."      redeem again: 400004
 *   unknown token, another user's, or a quote for the other operation: 400001 "This value is not valid."
 *
 * @see specs/mercuryo-spend.yaml (operations getCryptoTopUpRates, cryptoTopUp, openCardOffRamp)
 */
import type { Price } from "../pricing.js";
import { fieldProblem, type Problem, toProblem } from "./problem.js";

/** `top-up` quotes come from rates/crypto-topup, `open` quotes from rates/open. */
export type QuotePurpose = "top-up" | "open";

/** One rate quote, known by the hash of its trx_token. */
export interface Quote {
  /** SHA-256 of the trx_token. */
  readonly tokenHash: string;
  readonly userId: string;
  readonly purpose: QuotePurpose;
  readonly issuedAt: number;
  readonly used: boolean;
  readonly price: Price;
}

/** How long a quote can be used. */
export interface QuoteRules {
  /** Documented: 1 hour. */
  readonly ttlSeconds: number;
}

/** The documented quote lifetime. */
export const QUOTE_RULES: QuoteRules = { ttlSeconds: 3600 };

/** Who uses a quote, for what, and when. */
export interface Redemption {
  readonly now: number;
  readonly userId: string;
  readonly purpose: QuotePurpose;
}

/** A fresh, unused quote. */
export const createQuote = (input: Omit<Quote, "used" | "issuedAt">, now: number): Quote => ({
  ...input,
  issuedAt: now,
  used: false,
});

/** 400004 for a quote that was already used, before any other check (the token is spent, whatever else holds). */
export const checkNotReused = (quote: Quote | undefined): Problem | undefined =>
  quote?.used === true ? toProblem("TRX_TOKEN_USED") : undefined;

/** Uses a quote once; an unknown token is `undefined`. */
export function redeemQuote(quote: Quote | undefined, redemption: Redemption, rules: QuoteRules): Quote | Problem {
  if (quote === undefined || quote.userId !== redemption.userId || quote.purpose !== redemption.purpose) {
    return fieldProblem("trx_token", "This value is not valid.");
  }
  if (quote.used) return toProblem("TRX_TOKEN_USED");
  if (redemption.now >= quote.issuedAt + rules.ttlSeconds * 1000) return fieldProblem("trx_token", "Token is expired.");
  return { ...quote, used: true };
}
