/**
 * The webhook signature: SHA-512 over `secret;event;order_id;create_date;payment_method;currency;email`,
 * written as 128 lowercase hex characters in the body field `signature`. A missing value counts as "".
 * @see https://docs.softline.com/en-en/checkout/webhooks-request
 * @see specs/softline-checkout.yaml (webhooks.orderEvent)
 */
import { createHash, timingSafeEqual } from "node:crypto";

/** The webhook fields that take part in the signature. */
export interface SignedWebhookFields {
  readonly event: string;
  readonly order_id: number;
  readonly create_date: string;
  readonly currency: string;
  readonly payment?: { readonly payment_method?: string };
  readonly customer?: { readonly email?: string };
}

/** The string that is hashed, in the documented field order (exported for debugging signatures). */
export const toSignatureBase = (secret: string, body: SignedWebhookFields): string =>
  [
    secret,
    body.event,
    String(body.order_id),
    body.create_date,
    body.payment?.payment_method ?? "",
    body.currency,
    body.customer?.email ?? "",
  ].join(";");

/** Computes the `signature` a webhook body must carry for `secret`. */
export const toWebhookSignature = (secret: string, body: SignedWebhookFields): string =>
  createHash("sha512").update(toSignatureBase(secret, body), "utf8").digest("hex");

/** Checks a received webhook's `signature` in constant time (what a merchant's endpoint should do). */
export function isValidWebhookSignature(secret: string, body: SignedWebhookFields & { signature: string }): boolean {
  const expected = Buffer.from(toWebhookSignature(secret, body), "utf8");
  const actual = Buffer.from(body.signature.toLowerCase(), "utf8");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
