/**
 * The clock and rules the Softline flow tables share (test/mocks/softline-checkout.flows.test.ts,
 * test/flows/softline-flows.test.ts): a fixed start, a one-day token and the documented webhook
 * secret.
 */
import type { SoftlineRules } from "../../../mocks/softline-checkout/rules.js";

export const T0 = Date.parse("2026-01-01T00:00:00Z");
export const S = 1000;
export const DAY = 24 * 3600 * S;
export const rules: SoftlineRules = {
  tokenTtlMs: DAY,
  autoChargeMs: 10 * S,
  refundStepMs: 60 * S,
  unpaidLifetimeMs: 90 * DAY,
  webhookSecret: "secret_key",
};
