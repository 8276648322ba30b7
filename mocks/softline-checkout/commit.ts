/**
 * The only place that writes orders into the state: it keeps the timer cache (`nextDueAt`) right and
 * sends the webhooks a flow step asked for. Also the time-driven `tick`.
 */
import type { MockContext } from "../api.js";
import { capMap } from "../engine/capped-map.js";
import { advanceOrder, dueAt } from "./flows/timeline.js";
import { toRules } from "./rules.js";
import { toPaymentDetails } from "./seed-data.js";
import {
  FIRST_ORDER_ID,
  type OrderRecord,
  type PaymentDetails,
  type SoftlineState,
  type WebhookEventName,
} from "./state.js";
import { sendWebhooks } from "./webhooks.js";

type Ctx = Pick<MockContext, "options" | "clock" | "sendCallback">;

const PRUNE_EVERY_MS = 60_000;
/** The most orders kept (seed orders plus the newest API-created ones). */
export const MAX_ORDERS = 5_000;
const TOKEN_MEMORY_MS = 24 * 3600 * 1000;

/** Stores an order and sends its webhooks. */
export function commitOrder(
  state: SoftlineState,
  ctx: Ctx,
  order: OrderRecord,
  events: readonly WebhookEventName[] = [],
): void {
  const rules = toRules(ctx.options);
  state.orders.set(order.id, order);
  // Bound (choice): the oldest API-created orders go first; seed orders stay.
  capMap(state.orders, MAX_ORDERS, (id) => id >= FIRST_ORDER_ID);
  state.nextDueAt = Math.min(state.nextDueAt, dueAt(order, rules));
  sendWebhooks(ctx, order, events, rules.webhookSecret);
}

/** The card an automatic charge uses: the parent's for auto-payments, a test card otherwise. */
const chargedWith =
  (state: SoftlineState) =>
  (order: OrderRecord): PaymentDetails => {
    const parent = order.parentOrderId === null ? undefined : state.orders.get(order.parentOrderId);
    return parent?.payment ?? toPaymentDetails(order.paymentMethod);
  };

/** Runs every time-driven step due by now; cheap when nothing is due. */
export function tick(state: SoftlineState, ctx: Ctx): void {
  const now = ctx.clock.now();
  if (now >= state.nextPruneAt) {
    // Tokens expired for a day are forgotten (until then they answer 1009 "Token expired", then 1007).
    for (const [token, record] of state.tokens) {
      if (now >= record.expiresAt + TOKEN_MEMORY_MS) state.tokens.delete(token);
    }
    state.nextPruneAt = now + PRUNE_EVERY_MS;
  }
  if (now < state.nextDueAt) return;
  const rules = toRules(ctx.options);
  let next = Number.POSITIVE_INFINITY;
  for (const order of [...state.orders.values()]) {
    if (dueAt(order, rules) <= now) {
      const advanced = advanceOrder(order, now, rules, chargedWith(state));
      state.orders.set(advanced.order.id, advanced.order);
      sendWebhooks(ctx, advanced.order, advanced.events, rules.webhookSecret);
      next = Math.min(next, dueAt(advanced.order, rules));
    } else {
      next = Math.min(next, dueAt(order, rules));
    }
  }
  state.nextDueAt = next;
}
