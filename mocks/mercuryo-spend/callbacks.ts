/**
 * Signed status callbacks: each sell-request status change is POSTed to `--callback-url` as the
 * spec's transaction callback, compact JSON signed with `X-Signature` = hex HMAC-SHA256 of the
 * exact body keyed with the Sign Key (`options.mercuryoSignKey`).
 * @see specs/mercuryo-spend.yaml (webhooks.sellRequestStatus)
 */
import { createHmac } from "node:crypto";
import type { MockContext } from "../api.js";
import { toUnixSeconds, toVendorDateTime } from "./dates.js";
import type { Card } from "./flows/card.js";
import type { SellRequest } from "./flows/sell-request.js";
import type { User } from "./flows/user.js";
import { centsToDecimal, toDecimal } from "./money.js";
import { CRYPTO_PLACES, toRateString } from "./pricing.js";

/** Lowercase hex HMAC-SHA256 of the exact body bytes. */
export const signBody = (body: string, key: string): string => createHmac("sha256", key).update(body).digest("hex");

/** The `sellRequestStatus` webhook payload for a sell request in its current status. */
export function toTransactionCallback(
  request: SellRequest,
  user: User,
  card: Card | undefined,
): { data: Record<string, unknown> } {
  const { price } = request;
  return {
    data: {
      id: request.id,
      fee: centsToDecimal(price.feeCents),
      card: card === undefined ? null : { number: card.last4 },
      rate: toRateString(price),
      type: "sell",
      user: { email: user.email, phone: user.phone, uuid4: user.id },
      amount: toDecimal(price.units, CRYPTO_PLACES),
      status: request.status,
      currency: price.currency,
      created_at: toVendorDateTime(request.createdAt),
      updated_at: toVendorDateTime(request.updatedAt),
      fiat_amount: centsToDecimal(price.fiatCents),
      partner_fee: "0.00",
      created_at_ts: toUnixSeconds(request.createdAt),
      fiat_currency: "EUR",
      updated_at_ts: toUnixSeconds(request.updatedAt),
      payment_method: "crypto",
      card_masked_pan: card === undefined ? null : `************${card.last4}`,
      merchant_transaction_id: request.merchantTransactionId,
    },
  };
}

/** Sends the callback when `--callback-url` is set; nothing happens otherwise. */
export function sendStatusCallback(ctx: MockContext, request: SellRequest, user: User, card: Card | undefined): void {
  const url = ctx.options.callbackUrl;
  if (url === undefined) return;
  const body = JSON.stringify(toTransactionCallback(request, user, card));
  ctx.sendCallback(url, body, { "x-signature": signBody(body, ctx.options.mercuryoSignKey) });
}
