/**
 * Rate quotes for selling crypto onto the card: fixed mock rates, a 3.8 % fee (the seed quote's
 * 17.09 EUR on 449.59 EUR) and the seed's EUR limits (25.70 to 1500 credited per top-up).
 * @see specs/mercuryo-spend.yaml (operations getCryptoTopUpRates, getSpendLimits; examples rates, spendLimits)
 */
import { fieldProblem, type Problem } from "./flows/problem.js";
import { divCeil, divRound, toDecimal, toMinorUnits } from "./money.js";

/** Crypto amounts are counted in 1e-8 units. */
export const CRYPTO_PLACES = 8;
const UNIT = 10n ** BigInt(CRYPTO_PLACES);

interface Asset {
  /** EUR cents per whole coin. */
  readonly rateCents: bigint;
  /** Where the user sends the crypto: the sandbox test network addresses from the docs. */
  readonly depositAddress: string;
}

/** The currencies the mock quotes; the rates are the mock's (BTC is the seed quote's rate). */
export const ASSETS: Readonly<Record<string, Asset>> = {
  BTC: { rateCents: 2_247_870n, depositAddress: "msBE6aCaAesegu4VzbQW3L5xWBL8vi15Q7" },
  ETH: { rateCents: 180_000n, depositAddress: "0xA14691F9f1F851bd0c20115Ec10B25FC174371DF" },
  USDT: { rateCents: 92n, depositAddress: "0xA14691F9f1F851bd0c20115Ec10B25FC174371DF" },
};

/** Fee in basis points of the total (3.8 %). */
export const FEE_BASIS_POINTS = 380n;

/** EUR credited per top-up, in cents: the seed's `limits/spend` example (25.70 to 1500). */
export const TOP_UP_LIMITS = { minCents: 2_570, maxCents: 150_000 } as const;

/** A priced quote: what the user sends and what the card receives. */
export interface Price {
  readonly currency: string;
  /** Crypto the user sends, in 1e-8 units. */
  readonly units: bigint;
  readonly rateCents: bigint;
  /** Value of `units` in EUR cents. */
  readonly totalCents: number;
  readonly feeCents: number;
  /** Credited to the card: total minus fee. */
  readonly fiatCents: number;
}

/** What a rates call asks for (all optional query parameters). */
export interface QuoteRequest {
  readonly currency?: string | undefined;
  readonly amount?: string | undefined;
  readonly fiatAmount?: string | undefined;
}

/** Default quote when neither amount is given: the seed's 0.02 BTC. */
const DEFAULT_AMOUNT = "0.02";

/** Prices a quote from a crypto `amount` or the `fiatAmount` to credit (not both). */
export function priceQuote(request: QuoteRequest): Price | Problem {
  const currency = (request.currency ?? "BTC").toUpperCase();
  const asset = ASSETS[currency];
  if (asset === undefined) return fieldProblem("currency", "The value you selected is not a valid choice.");
  if (request.amount !== undefined && request.fiatAmount !== undefined) {
    return fieldProblem("amount", "Send either amount or fiat_amount, not both.");
  }
  if (request.fiatAmount !== undefined) {
    const fiat = toMinorUnits(request.fiatAmount, 2);
    if (fiat === undefined || fiat <= 0n) return fieldProblem("fiat_amount", "This value should be positive.");
    const total = divCeil(fiat * 10_000n, 10_000n - FEE_BASIS_POINTS);
    const units = divCeil(total * UNIT, asset.rateCents);
    return {
      currency,
      units,
      rateCents: asset.rateCents,
      totalCents: Number(total),
      feeCents: Number(total - fiat),
      fiatCents: Number(fiat),
    };
  }
  const units = toMinorUnits(request.amount ?? DEFAULT_AMOUNT, CRYPTO_PLACES);
  if (units === undefined || units <= 0n) return fieldProblem("amount", "This value should be positive.");
  const total = divRound(units * asset.rateCents, UNIT);
  const fee = divRound(total * FEE_BASIS_POINTS, 10_000n);
  return {
    currency,
    units,
    rateCents: asset.rateCents,
    totalCents: Number(total),
    feeCents: Number(fee),
    fiatCents: Number(total - fee),
  };
}

/** 400007 when the credited amount is outside the top-up limits. */
export const isWithinLimits = (price: Price): boolean =>
  price.fiatCents >= TOP_UP_LIMITS.minCents && price.fiatCents <= TOP_UP_LIMITS.maxCents;

/** The crypto fee, in 1e-8 units. */
export const feeUnits = (price: Price): bigint => divRound(BigInt(price.feeCents) * UNIT, price.rateCents);

/** The rate as Mercuryo prints it (`"22478.7000000000"`). */
export const toRateString = (price: Price): string => `${toDecimal(price.rateCents, 2)}00000000`;

/** The deposit address for a quoted currency. */
export const depositAddressOf = (currency: string): string => ASSETS[currency]?.depositAddress ?? "";
