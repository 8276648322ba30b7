/**
 * The timing and secret rules the Softline flows follow: the token lifetime, the webhook secret and
 * the (undocumented, so chosen) auto-charge and refund delays come from the mock options.
 * @see specs/softline-checkout.yaml (info.description, "Decisions")
 */
import type { MockOptions } from "../options.js";

/** Documented: a payment left `not paid` for 90 days becomes `deleted`. */
export const UNPAID_LIFETIME_DAYS = 90;

/** Lifetimes, delays and the webhook secret, in milliseconds where they are times. */
export interface SoftlineRules {
  readonly tokenTtlMs: number;
  readonly autoChargeMs: number;
  readonly refundStepMs: number;
  readonly unpaidLifetimeMs: number;
  readonly webhookSecret: string;
}

/** Rules for the given options (token lifetime: `options.softline.tokenTtlSeconds`, 24 h by default). */
export const toRules = (options: MockOptions): SoftlineRules => ({
  tokenTtlMs: options.softline.tokenTtlSeconds * 1000,
  autoChargeMs: options.softline.autoChargeSeconds * 1000,
  refundStepMs: options.softline.refundStepSeconds * 1000,
  unpaidLifetimeMs: UNPAID_LIFETIME_DAYS * 24 * 3600 * 1000,
  webhookSecret: options.softline.webhookSecret,
});
