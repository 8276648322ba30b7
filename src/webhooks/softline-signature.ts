/**
 * Softline webhook signature: the body field `signature` is the lowercase hex SHA-512 of
 * `secret;event;order_id;create_date;payment.payment_method;currency;customer.email` (UTF-8,
 * values exactly as sent, a missing value as an empty string).
 * @see https://docs.softline.com/en-en/checkout/webhooks-request and ../../specs/softline-checkout.yaml (webhooks)
 */
import { createHash } from "node:crypto";
import type { SoftlineWebhookEvent } from "../types/softline-checkout.js";
import { isSameHexDigest } from "./constant-time.js";

/** The body fields the signature covers (everything else in the webhook may vary). */
export type SoftlineSignedFields = Partial<
  Pick<SoftlineWebhookEvent, "event" | "order_id" | "create_date" | "currency" | "signature">
> & {
  readonly payment?: { readonly payment_method?: string | null } | null;
  readonly customer?: { readonly email?: string | null } | null;
};

const text = (value: unknown): string =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : "";

/** The signature Softline puts in a webhook body, computed with the webhook's secret key. */
export function toSoftlineSignature(event: SoftlineSignedFields, secretKey: string): string {
  const parts = [
    secretKey,
    text(event.event),
    text(event.order_id),
    text(event.create_date),
    text(event.payment?.payment_method),
    text(event.currency),
    text(event.customer?.email),
  ];
  return createHash("sha512").update(parts.join(";"), "utf8").digest("hex");
}

function parse(payload: string | SoftlineSignedFields): SoftlineSignedFields | undefined {
  if (typeof payload !== "string") return payload;
  try {
    const parsed: unknown = JSON.parse(payload);
    return typeof parsed === "object" && parsed !== null ? (parsed as SoftlineSignedFields) : undefined;
  } catch {
    return undefined;
  }
}

/** True when the webhook's `signature` field matches (raw JSON body or parsed object); constant-time. */
export function verifySoftlineSignature(payload: string | SoftlineSignedFields, secretKey: string): boolean {
  const event = parse(payload);
  if (event === undefined || secretKey === "") return false;
  return isSameHexDigest(toSoftlineSignature(event, secretKey), event.signature);
}
