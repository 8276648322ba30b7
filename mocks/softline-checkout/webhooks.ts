/**
 * Outgoing webhooks: one signed JSON body per event and per product line of the order
 * (`document_part` `i-of-n`), POSTed to `options.callbackUrl` when it is set.
 * @see https://docs.softline.com/en-en/checkout/webhooks-request
 * @see https://docs.softline.com/en-en/checkout/webhooks-events
 */

import type { components } from "../../src/generated/softline-checkout.js";
import type { MockContext } from "../api.js";
import { toSoftlineDate } from "./dates.js";
import { toWebhookSignature } from "./signature.js";
import type { OrderProduct, OrderRecord, WebhookEventName } from "./state.js";
import { toOrderName } from "./views.js";

type WebhookEvent = components["schemas"]["WebhookEvent"];

/** The bodies Softline would send for `event` on `order` at `now` (one per product line, at least one). */
export function toWebhookBodies(
  order: OrderRecord,
  event: WebhookEventName,
  now: number,
  secret: string,
): WebhookEvent[] {
  const lines: (OrderProduct | undefined)[] = order.products.length > 0 ? [...order.products] : [undefined];
  return lines.map((product, i) => {
    const unsigned: Omit<WebhookEvent, "signature"> = {
      event,
      event_date: toSoftlineDate(now),
      order_id: order.id,
      order_name: toOrderName(order.id),
      status: order.status,
      external_id: order.externalId,
      create_date: toSoftlineDate(order.createdAt),
      pay_date: order.paidAt === undefined ? "" : toSoftlineDate(order.paidAt),
      currency: order.currency,
      locale: "en",
      order_detail_url: `https://checkout.softline.com/order/${order.id}`,
      document_part: `${i + 1}-of-${lines.length}`,
      ...(order.customer === undefined ? {} : { customer: order.customer }),
      ...(product === undefined ? {} : { product }),
      payment: order.payment ?? { payment_method: order.paymentMethod },
    };
    return { ...unsigned, signature: toWebhookSignature(secret, unsigned) };
  });
}

/** Sends the webhooks of `events` on `order` (fire and forget); nothing happens without a callback URL. */
export function sendWebhooks(
  ctx: Pick<MockContext, "options" | "clock" | "sendCallback">,
  order: OrderRecord,
  events: readonly WebhookEventName[],
  secret: string,
): void {
  const url = ctx.options.callbackUrl;
  if (url === undefined) return;
  for (const event of events) {
    for (const body of toWebhookBodies(order, event, ctx.clock.now(), secret)) {
      ctx.sendCallback(url, JSON.stringify(body), {});
    }
  }
}
