/**
 * State commands for money movements, shared by the handlers and the provider states: issue a
 * rate quote with its `trx_token`, and start a sell request from a redeemed quote.
 * @see specs/mercuryo-spend.yaml (tag Top-up)
 */
import type { MockContext } from "../api.js";
import { createQuote, type Quote, type QuotePurpose } from "./flows/quote.js";
import { createSellRequest, type SellRequest } from "./flows/sell-request.js";
import { toHexId, toTrxToken } from "./ids.js";
import { centsToDecimal, toDecimal } from "./money.js";
import { CRYPTO_PLACES, depositAddressOf, type Price, toRateString } from "./pricing.js";
import { hashSecret } from "./secrets.js";
import type { MercuryoState } from "./state.js";

/** Stores a quote for a user and returns it with its trx_token (only the hash is kept). */
export function issueQuote(
  state: MercuryoState,
  ctx: MockContext,
  input: { readonly userId: string; readonly purpose: QuotePurpose; readonly price: Price },
): { readonly quote: Quote; readonly trxToken: string } {
  const now = ctx.clock.now();
  const { price } = input;
  const trxToken = toTrxToken(ctx.ids("trx"), {
    t: Math.floor(now / 1000),
    c: price.currency,
    a: toDecimal(price.units, CRYPTO_PLACES),
    fc: "EUR",
    fa: centsToDecimal(price.fiatCents),
    f: centsToDecimal(price.feeCents),
    r: toRateString(price),
    op: "sell",
    pa: "card",
  });
  const quote = createQuote({ ...input, tokenHash: hashSecret(trxToken) }, now);
  state.quotes.set(quote.tokenHash, quote);
  return { quote, trxToken };
}

/** Marks the quote used and creates the sell request it pays for. */
export function startSellRequest(
  state: MercuryoState,
  ctx: MockContext,
  input: {
    readonly quote: Quote;
    readonly cardId: string;
    readonly refundAddress: string;
    readonly merchantTransactionId?: string | undefined;
  },
): SellRequest {
  const { quote } = input;
  state.quotes.set(quote.tokenHash, { ...quote, used: true });
  const request = createSellRequest(
    {
      id: toHexId(ctx.ids("sell")),
      userId: quote.userId,
      cardId: input.cardId,
      merchantTransactionId: input.merchantTransactionId || toHexId(ctx.ids("order")),
      depositAddress: depositAddressOf(quote.price.currency),
      refundAddress: input.refundAddress,
      price: quote.price,
    },
    ctx.clock.now(),
  );
  state.sellRequests.set(request.id, request);
  return request;
}
