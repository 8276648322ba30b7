/**
 * What the Softline mock remembers between calls (accounts, tokens, orders with their refunds,
 * subscriptions, products, buy links) and `seed()`, the fresh state with the seed data.
 * @see specs/softline-checkout.yaml
 */

import type { components } from "../../src/generated/softline-checkout.js";
import type { MockContext } from "../api.js";
import { SECOND_MERCHANT, SEED_MERCHANT, seedOrders, seedProducts, seedSubscriptions } from "./seed-data.js";

type Schemas = components["schemas"];
/** Spec types the records reuse. */
export type PaymentStatus = Schemas["PaymentStatus"];
export type Customer = Schemas["Customer"];
export type PaymentDetails = Schemas["PaymentDetails"];
export type OrderProduct = Schemas["OrderProduct"];
export type WebhookEventName = Schemas["WebhookEvent"]["event"];

/** The seed API account (credentials issued when a merchant is connected). */
export const SEED_ACCOUNT = { username: SEED_MERCHANT, password: "merchant-secret" } as const;
/** A second merchant with one order of its own: orders are only visible to the account that created them. */
export const SECOND_ACCOUNT = { username: SECOND_MERCHANT, password: "merchant2-secret" } as const;

/** One issued token; several can be valid at once. */
export interface TokenRecord {
  readonly username: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
}

/** A refund request of an order. */
export interface RefundRecord {
  readonly id: number;
  readonly status: Schemas["Refund"]["status"];
  readonly email: string;
  readonly description: string | undefined;
  readonly createdAt: number;
  /** When the status last changed (the next step is due one step later). */
  readonly changedAt: number;
}

/** An order; in the Payments API a payment is an order too. */
export interface OrderRecord {
  readonly id: number;
  /** The API account (username) whose token created the order; no other account sees it. */
  readonly merchant: string;
  readonly source: "payment" | "auto-payment" | "checkout";
  readonly status: PaymentStatus;
  /** Payments: the merchant's `payment_id`; Checkout: the buy-link checkout id; else "". */
  readonly externalId: string;
  readonly createdAt: number;
  readonly paidAt: number | undefined;
  readonly currency: string;
  readonly amountCents: number;
  readonly recurring: boolean;
  readonly parentOrderId: number | null;
  readonly paymentMethod: string;
  readonly description: string | undefined;
  readonly customer: Customer | undefined;
  readonly payment: PaymentDetails | undefined;
  readonly products: readonly OrderProduct[];
  readonly refunds: readonly RefundRecord[];
  /** When a pending automatic charge (auto-payment, card verification) completes. */
  readonly chargeAt: number | undefined;
}

/** A subscription; its id is `<parent order id>_<n>`. */
export interface SubscriptionRecord {
  readonly id: string;
  readonly type: "AR" | "PMR";
  readonly status: Schemas["Subscription"]["status"];
  readonly parentOrderId: number;
  readonly expiresAt: number;
}

/** A catalogue product as the API returns it, plus what filters need. */
export interface ProductRecord {
  readonly product: Schemas["Product"];
  /** An auto-renewal (AR) renewal product, left out by `exclude_renew_ar_products=1`. */
  readonly arRenewal: boolean;
}

/** A one-time buy link: it becomes one order when the customer buys. */
export interface CheckoutRecord {
  readonly id: string;
  /** The API account that generated the link; the order bought through it is theirs. */
  readonly merchant: string;
  readonly currency: string;
  readonly products: readonly Schemas["BuyLinkProduct"][];
  readonly createdAt: number;
  readonly orderId: number | undefined;
}

/** Everything the Softline mock keeps between calls. */
export interface SoftlineState {
  /** Username -> password. */
  readonly accounts: Map<string, string>;
  readonly tokens: Map<string, TokenRecord>;
  readonly orders: Map<number, OrderRecord>;
  readonly subscriptions: Map<string, SubscriptionRecord>;
  readonly products: Map<number, ProductRecord>;
  readonly checkouts: Map<string, CheckoutRecord>;
  nextOrderId: number;
  nextRefundId: number;
  /** Earliest time an order has time-driven work; `tick` does nothing before it. */
  nextDueAt: number;
  /** When expired tokens are next swept (see ../commit.ts tick). */
  nextPruneAt: number;
}

/** First id given to orders created through the API (seed orders sit below it). */
export const FIRST_ORDER_ID = 5_556_000;

/** A fresh state with the seed account, orders, subscription and products, dated relative to the clock. */
export function seed(ctx: Pick<MockContext, "clock">): SoftlineState {
  const now = Math.floor(ctx.clock.now() / 1000) * 1000;
  return {
    accounts: new Map([
      [SEED_ACCOUNT.username, SEED_ACCOUNT.password],
      [SECOND_ACCOUNT.username, SECOND_ACCOUNT.password],
    ]),
    tokens: new Map(),
    orders: new Map(seedOrders(now).map((o) => [o.id, o])),
    subscriptions: new Map(seedSubscriptions(now).map((s) => [s.id, s])),
    products: new Map(seedProducts(now).map((p) => [p.product.id, p])),
    checkouts: new Map(),
    nextOrderId: FIRST_ORDER_ID,
    nextRefundId: 9001,
    nextDueAt: now,
    nextPruneAt: now,
  };
}

/** Takes the next free order id (or reserves a chosen one, keeping later ids clear of it). */
export function allocateOrderId(state: SoftlineState, chosen?: number): number {
  const id = chosen ?? state.nextOrderId;
  if (id >= state.nextOrderId) state.nextOrderId = id + 1;
  return id;
}

/** Takes the next refund id. */
export function allocateRefundId(state: SoftlineState): number {
  const id = state.nextRefundId;
  state.nextRefundId += 1;
  return id;
}
