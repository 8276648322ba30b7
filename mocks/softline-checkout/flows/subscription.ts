/**
 * Subscriptions (Checkout): cancel/resume and the expiration date. The next-renewal changes
 * (`modify_next_billing_price`, `modify_next_product_name`) have inferred bodies and stay Prism examples.
 *
 *   [active] ──activity:false──► [cancelled] ──activity:true──► [active]
 *      (subscription.cancelled)              (subscription.restored)   webhooks for the parent order
 *   modify_expiration_date: only when [active] (2401); the new date must lie in the future (2402)
 *
 * @see https://docs.softline.com/en-en/checkout/subscriptions-api-testing
 * @see https://docs.softline.com/en-en/checkout/subscriptions-api-modify-expiration-date
 */
import { type Problem, problem } from "../problems.js";
import type { SubscriptionRecord, WebhookEventName } from "../state.js";

/** A change asked for by a `modify_*` call. */
export type SubscriptionEvent =
  | { readonly type: "set-activity"; readonly activity: boolean }
  | { readonly type: "set-expiration"; readonly at: number };

/** The changed subscription with its webhook events, or a refusal. */
export type SubscriptionStep =
  | {
      readonly kind: "ok";
      readonly subscription: SubscriptionRecord;
      readonly events: readonly WebhookEventName[];
    }
  | Problem;

const ok = (subscription: SubscriptionRecord, events: readonly WebhookEventName[] = []): SubscriptionStep => ({
  kind: "ok",
  subscription,
  events,
});

/** Applies one change at `now`; repeating a cancel or a resume changes nothing and sends nothing. */
export function stepSubscription(sub: SubscriptionRecord, event: SubscriptionEvent, now: number): SubscriptionStep {
  switch (event.type) {
    case "set-activity":
      if (!event.activity) {
        return sub.status === "cancelled" ? ok(sub) : ok({ ...sub, status: "cancelled" }, ["subscription.cancelled"]);
      }
      if (sub.status === "active") return ok(sub);
      if (sub.status === "not paid") return problem("SUBSCRIPTION_NOT_ACTIVE");
      return ok({ ...sub, status: "active" }, ["subscription.restored"]);
    case "set-expiration":
      if (sub.status !== "active") return problem("SUBSCRIPTION_NOT_ACTIVE");
      if (event.at <= now) {
        return problem("EXPIRATION_DATE_INVALID", { details: ["expiration_date must be in the future"] });
      }
      return ok({ ...sub, expiresAt: event.at });
  }
}
