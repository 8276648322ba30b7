/**
 * The timing and secret rules the Softline flows follow: the token lifetime comes from the mock
 * options, as does the webhook secret; the delays are constants because the docs do not state them.
 * @see specs/softline-checkout.yaml (info.description, "Decisions")
 */
import type { MockOptions } from "../options.js";

/** Choice: an auto-payment or card verification is charged 10 s after it is requested. */
export const AUTO_CHARGE_SECONDS = 10;
/** Choice: a refund request moves New -> Processing -> Completed, one step per minute. */
export const REFUND_STEP_SECONDS = 60;
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
  autoChargeMs: AUTO_CHARGE_SECONDS * 1000,
  refundStepMs: REFUND_STEP_SECONDS * 1000,
  unpaidLifetimeMs: UNPAID_LIFETIME_DAYS * 24 * 3600 * 1000,
  webhookSecret: options.softline.webhookSecret,
});
