/**
 * Signed callbacks, POSTed to `--callback-url` as compact JSON signed with `X-Signature` = hex
 * HMAC-SHA256 of the exact body keyed with the Sign Key (`options.mercuryoSignKey`):
 * - each sell-request status change as the spec's transaction callback (`sellRequestStatus`);
 * - Spend card events (`spendCardEvent`): `card_status` on each card status change and
 *   `crypto_top_up` when a sell request succeeds and credits the card. `card_transaction` is not
 *   sent (the mock has no card purchases).
 * @see specs/mercuryo-spend.yaml (webhooks.sellRequestStatus, webhooks.spendCardEvent)
 */
import { createHmac } from "node:crypto";
import type { components } from "../../src/generated/mercuryo-spend.js";
import type { MockContext } from "../api.js";
import { toUnixSeconds, toVendorDateTime } from "./dates.js";
import type { Card, CardStatusChange } from "./flows/card.js";
import type { SellRequest } from "./flows/sell-request.js";
import type { User } from "./flows/user.js";
import { toUuid } from "./ids.js";
import { centsToDecimal, toDecimal } from "./money.js";
import { CRYPTO_PLACES, toRateString } from "./pricing.js";

type Schemas = components["schemas"];

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

/** The `card_status` event for one card status change. */
export const toCardStatusEvent = (eventId: string, change: CardStatusChange): Schemas["CardStatusEvent"] => ({
  event_id: eventId,
  event_name: "card_status",
  card_id: change.cardId,
  user: { uuid: change.userId },
  status: change.status,
  created_at: toVendorDateTime(change.at),
  updated_at: toVendorDateTime(change.at),
});

/** The `crypto_top_up` event for a sell request that credited `card` (its balance after the credit) at `at`. */
export function toCryptoTopUpEvent(
  eventId: string,
  request: SellRequest,
  card: Card,
  at: number,
): Schemas["CryptoTopUpEvent"] {
  const { price } = request;
  return {
    event_id: eventId,
    event_name: "crypto_top_up",
    card_id: card.id,
    user: { uuid: request.userId },
    sell_request: {
      id: request.id,
      merchant_transaction_id: request.merchantTransactionId,
      status: request.status,
      fiat_amount: centsToDecimal(price.fiatCents),
      fiat_currency: "EUR",
      fee: centsToDecimal(price.feeCents),
      crypto_amount: toDecimal(price.units, CRYPTO_PLACES),
      crypto_currency: price.currency,
    },
    refund_address: request.refundAddress,
    address: request.depositAddress,
    card_balance: centsToDecimal(card.balanceCents),
    created_at: toVendorDateTime(at),
    updated_at: toVendorDateTime(at),
  };
}

/** POSTs one signed body when `--callback-url` is set; nothing happens (no event id is drawn) otherwise. */
function post(ctx: MockContext, toPayload: () => object): void {
  const url = ctx.options.callbackUrl;
  if (url === undefined) return;
  const body = JSON.stringify(toPayload());
  ctx.sendCallback(url, body, { "x-signature": signBody(body, ctx.options.mercuryoSignKey) });
}

/** Sends the transaction callback for a sell request in its current status. */
export function sendStatusCallback(ctx: MockContext, request: SellRequest, user: User, card: Card | undefined): void {
  post(ctx, () => toTransactionCallback(request, user, card));
}

/** Sends one `card_status` event per change, in order. */
export function sendCardStatusEvents(ctx: MockContext, changes: readonly CardStatusChange[]): void {
  for (const change of changes) post(ctx, () => toCardStatusEvent(toUuid(ctx.ids("event")), change));
}

/** Sends the `crypto_top_up` event for a succeeded sell request and the card it credited. */
export function sendCryptoTopUpEvent(ctx: MockContext, request: SellRequest, card: Card, at: number): void {
  post(ctx, () => toCryptoTopUpEvent(toUuid(ctx.ids("event")), request, card, at));
}
