/**
 * Top-up handlers: rate quotes (`trx_token`), crypto top-up, opening a card with instant top-up
 * and the sell-request status. The rules live in ../flows/quote.ts, ../flows/sell-request.ts and
 * ../pricing.ts; the sell request moves on in ../tick.ts. Opening a card here sends its
 * `card_status` event (../callbacks.ts).
 * @see specs/mercuryo-spend.yaml (tag Top-up)
 */
import type { components } from "../../../src/generated/mercuryo-spend.js";
import type { Call, Handler, MockRequest, MockResponse } from "../../api.js";
import { currentCard, openCardFor } from "../accounts.js";
import { asUser } from "../auth.js";
import { sendCardStatusEvents } from "../callbacks.js";
import { cardStatusChanges, checkCardUse } from "../flows/card.js";
import { checkCardOpening, isCardKycComplete, kycProblem } from "../flows/kyc.js";
import { isProblem, type Problem, toProblem } from "../flows/problem.js";
import { checkNotReused, QUOTE_RULES, type Quote, type QuotePurpose, redeemQuote } from "../flows/quote.js";
import { checkNoOperationInProgress, type SellRequest } from "../flows/sell-request.js";
import { centsToDecimal, toDecimal } from "../money.js";
import { issueQuote, startSellRequest } from "../operations.js";
import { CRYPTO_PLACES, feeUnits, isWithinLimits, priceQuote, toRateString } from "../pricing.js";
import { fail, ok } from "../responses.js";
import { hashSecret } from "../secrets.js";
import type { MercuryoState } from "../state.js";

type Schemas = components["schemas"];
type MercuryoCall = Call<MercuryoState>;

const firstQuery = (req: MockRequest, name: string): string | undefined => {
  const value = req.query[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Prices a quote from the query and answers with its single-use `trx_token`. */
const quoteFor = (purpose: QuotePurpose): Handler<MercuryoState> =>
  asUser((call, { user }) => {
    const price = priceQuote({
      currency: firstQuery(call.req, "currency"),
      amount: firstQuery(call.req, "amount"),
      fiatAmount: firstQuery(call.req, "fiat_amount"),
    });
    if (isProblem(price)) return fail(price);
    const { trxToken } = issueQuote(call.state, call.ctx, { userId: user.id, purpose, price });
    const amount = toDecimal(price.units, CRYPTO_PLACES);
    const fiat = centsToDecimal(price.fiatCents);
    const fee = feeUnits(price);
    const data: Schemas["CardRates"] = {
      amount,
      currency: price.currency,
      fee: { [price.currency]: toDecimal(fee, CRYPTO_PLACES), EUR: centsToDecimal(price.feeCents) },
      fiat_amount: fiat,
      fiat_currency: "EUR",
      rate: toRateString(price),
      subtotal: { [price.currency]: toDecimal(price.units - fee, CRYPTO_PLACES), EUR: fiat },
      total: { [price.currency]: amount, EUR: centsToDecimal(price.totalCents) },
      trx_token: trxToken,
    };
    return ok(data);
  });

/** Quote for a crypto top-up of an existing card. */
export const getCryptoTopUpRates = quoteFor("top-up");

/** Quote for opening a card with instant top-up. */
export const getOpenCardRates = quoteFor("open");

/** Uses the quote once and checks the credited amount against the limits (400007). */
function redeem(call: MercuryoCall, userId: string, purpose: QuotePurpose): Quote | Problem {
  const { trx_token: trxToken } = call.req.body as Schemas["CryptoDepositRequest"];
  const tokenHash = hashSecret(trxToken);
  const redeemed = redeemQuote(
    call.state.quotes.get(tokenHash),
    { now: call.ctx.clock.now(), userId, purpose },
    QUOTE_RULES,
  );
  if (isProblem(redeemed)) return redeemed;
  return isWithinLimits(redeemed.price) ? redeemed : toProblem("AMOUNT_OFF_LIMITS");
}

/** 400004 when the body's `trx_token` was used before: reuse is answered first, whatever else is going on. */
function reused(call: MercuryoCall): Problem | undefined {
  const { trx_token: trxToken } = call.req.body as Schemas["CryptoDepositRequest"];
  return checkNotReused(call.state.quotes.get(hashSecret(trxToken)));
}

/** Creates the sell request for a redeemed quote and answers with the deposit details. */
function answerSellRequest(call: MercuryoCall, quote: Quote, cardId: string): MockResponse {
  const body = call.req.body as Schemas["CryptoDepositRequest"];
  const request = startSellRequest(call.state, call.ctx, {
    quote,
    cardId,
    refundAddress: body.address,
    merchantTransactionId: body.merchant_transaction_id,
  });
  const data: Schemas["CryptoDeposit"] = {
    deposit_address: request.depositAddress,
    merchant_transaction_id: request.merchantTransactionId,
    sell_request_id: request.id,
  };
  return ok(data);
}

/** Tops up the active card from a `rates/crypto-topup` quote. */
export const cryptoTopUp: Handler<MercuryoState> = asUser((call, { user }) => {
  const spent = reused(call);
  if (spent !== undefined) return fail(spent);
  const card = checkCardUse(currentCard(call.state, user), "top-up");
  if (isProblem(card)) return fail(card);
  if (!isCardKycComplete(user)) return fail(kycProblem(user));
  const busy = checkNoOperationInProgress(call.state.sellRequests.values(), user.id);
  if (busy !== undefined) return fail(busy);
  const quote = redeem(call, user.id, "top-up");
  if (isProblem(quote)) return fail(quote);
  return answerSellRequest(call, quote, card.id);
});

/** Opens the card and funds it from a `rates/open` quote. */
export const openCardOffRamp: Handler<MercuryoState> = asUser((call, { user }) => {
  const spent = reused(call);
  if (spent !== undefined) return fail(spent);
  const eligible = checkCardOpening(user);
  if (isProblem(eligible)) return fail(eligible);
  const busy = checkNoOperationInProgress(call.state.sellRequests.values(), user.id);
  if (busy !== undefined) return fail(busy);
  const quote = redeem(call, user.id, "open");
  if (isProblem(quote)) return fail(quote);
  const card = openCardFor(call.state, eligible, call.ctx);
  sendCardStatusEvents(call.ctx, cardStatusChanges(undefined, card, call.ctx.clock.now()));
  return answerSellRequest(call, quote, card.id);
});

const toSellRequestData = (request: SellRequest): Schemas["SellRequest"] => {
  const amount = toDecimal(request.price.units, CRYPTO_PLACES);
  const deposits = request.status === "new" ? [] : [{ status: request.status }];
  return {
    address: request.depositAddress,
    amounts: {
      request: {
        amount,
        currency: request.price.currency,
        fiat_amount: centsToDecimal(request.price.fiatCents),
        fiat_currency: "EUR",
      },
    },
    card_id: request.cardId,
    // Only the deposit status is documented (its vocabulary); amount and currency are not sent.
    deposit_transaction: deposits,
    status: request.status,
  };
};

/** The status of one of the caller's sell requests (400001 for any other id). */
export const getSellRequestStatus: Handler<MercuryoState> = asUser((call, { user }) => {
  const request = call.state.sellRequests.get(call.params.id ?? "");
  if (request === undefined || request.userId !== user.id) {
    return fail(toProblem("VALIDATION", { id: ["Sell request not found."] }));
  }
  return ok(toSellRequestData(request));
});
