/**
 * Compile-time proof that the clients are typed from the specs: wrong paths, missing required
 * fields and wrong body types do not compile (`tsc --noEmit` checks every @ts-expect-error), and
 * answers and errors have the spec's types. The calls sit in functions that are never run.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type B2coreAccount,
  type B2coreError,
  type B2coreSignInResult,
  createB2coreBackofficeClient,
  createMercuryoSpendClient,
  createNbcgateClient,
  createSoftlineCheckoutClient,
  type MercuryoCardBalance,
  type MercuryoError,
  type MercuryoErrorCode,
  type MercuryoKnownErrorCode,
  type NbcgateBalance,
  type NbcgateError,
  type NbcgateExternalError,
  type NbcgateSignInResult,
  type SoftlineError,
  type SoftlineErrorCode,
  type SoftlineKnownErrorCode,
  type SoftlineOrder,
} from "../../src/index.js";

const nbc = createNbcgateClient({ baseUrl: "http://127.0.0.1:1" });
const mercuryo = createMercuryoSpendClient({
  baseUrl: "http://127.0.0.1:1",
  partnerToken: "partner",
  userIp: "203.0.113.7",
});
const softline = createSoftlineCheckoutClient({ baseUrl: "http://127.0.0.1:1" });
const b2core = createB2coreBackofficeClient({ baseUrl: "http://127.0.0.1:1" });

describe("typed paths, params and bodies", () => {
  it("rejects wrong paths and wrong methods", () => {
    const neverRun = async () => {
      // @ts-expect-error no such path in the NBC Gate spec
      await nbc.GET("/api/balances");
      // @ts-expect-error sign-in is POST only
      await nbc.GET("/auth/sign-in");
      // @ts-expect-error Mercuryo paths start at /sdk-partner (the /v1.6 prefix belongs in baseUrl)
      await mercuryo.GET("/v1.6/sdk-partner/user/kyc-status");
      // @ts-expect-error no such path in the B2Core spec
      await b2core.GET("/api/v2/client");
    };
    expect(neverRun).toBeTypeOf("function");
  });

  it("rejects missing required fields and parameters", () => {
    const neverRun = async () => {
      // @ts-expect-error password is required
      await nbc.signIn({ email: "demo@nbcgate.test" });
      // @ts-expect-error the transfer body misses order_id, product_id and to_owner_id
      await nbc.POST("/api/transfer", { body: { amount: 1, from_balance_id: 1 } });
      // @ts-expect-error the order_id path parameter is required
      await softline.GET("/v1/order/{order_id}");
      // @ts-expect-error the sell-request id is required
      await mercuryo.GET("/sdk-partner/spend/cards/sell-request/{id}/status", { params: { path: {} } });
      // @ts-expect-error a body is required
      await b2core.POST("/api/v2/accounts");
    };
    expect(neverRun).toBeTypeOf("function");
  });

  it("rejects wrong body and parameter types", () => {
    const payment = { currency: "EUR", return_success_url: "https://x.test", payment_method: "CreditCard" };
    const neverRun = async () => {
      // @ts-expect-error amount is a decimal string in create-payment, not a number
      await softline.POST("/v1/payment", { body: { ...payment, recurring_indicator: false, amount: 29.99 } });
      // @ts-expect-error order_id is an integer
      await softline.GET("/v1/order/{order_id}", { params: { path: { order_id: "5555555" } } });
      // @ts-expect-error only EUR cards exist
      await mercuryo.POST("/sdk-partner/spend/cards/open", { body: { fiat_currency: "USD" } });
      // @ts-expect-error the Softline login takes username, not email
      await softline.login({ email: "merchant", password: "merchant-secret" });
    };
    expect(neverRun).toBeTypeOf("function");
  });

  it("lets Mercuryo user calls omit B2B-User-Ip (the client sends it) while still allowing it", () => {
    const neverRun = async () => {
      await mercuryo.GET("/sdk-partner/spend/cards/balance");
      await mercuryo.GET("/sdk-partner/spend/cards/balance", { params: { header: { "B2B-User-Ip": "198.51.100.4" } } });
      // @ts-expect-error a user call still needs its own required parameters (here the path id)
      await mercuryo.GET("/sdk-partner/spend/cards/sell-request/{id}/status", { params: { header: {} } });
    };
    expect(neverRun).toBeTypeOf("function");
  });
});

describe("typed answers and vendor error envelopes", () => {
  it("types data from the spec and errors as each vendor's envelope", () => {
    const neverRun = async () => {
      const balances = await nbc.GET("/api/balance");
      expectTypeOf(balances.data).toEqualTypeOf<NbcgateBalance[] | undefined>();
      expectTypeOf(balances.error).toEqualTypeOf<NbcgateError | undefined>();

      const external = await nbc.POST("/external/transfer/info", { body: { order_id: "ext-1" } });
      expectTypeOf(external.error).toEqualTypeOf<NbcgateExternalError | undefined>();

      const balance = await mercuryo.GET("/sdk-partner/spend/cards/balance");
      expectTypeOf(balance.data?.data).toEqualTypeOf<MercuryoCardBalance | undefined>();
      // openapi-fetch's Readable<> rebuilds the `data` union of the envelope: same shape, not the same alias.
      expectTypeOf(balance.error).toExtend<MercuryoError | undefined>();
      expectTypeOf<MercuryoError | undefined>().toExtend<typeof balance.error>();

      const order = await softline.GET("/v1/order/{order_id}", { params: { path: { order_id: 1 } } });
      expectTypeOf(order.data).toEqualTypeOf<SoftlineOrder | undefined>();
      expectTypeOf(order.error).toEqualTypeOf<SoftlineError | undefined>();

      const account = await b2core.GET("/api/v2/accounts/{accountId}", { params: { path: { accountId: 5001 } } });
      expectTypeOf(account.data).toEqualTypeOf<B2coreAccount | undefined>();
      expectTypeOf(account.error).toEqualTypeOf<B2coreError | undefined>();
    };
    expect(neverRun).toBeTypeOf("function");
  });

  it("accepts codes the docs do not list, and still narrows on the known ones", () => {
    // The lists are open (the vendors say more codes exist): any integer is a valid code ...
    expectTypeOf<999999>().toExtend<MercuryoErrorCode>();
    expectTypeOf<4242>().toExtend<SoftlineErrorCode>();
    expectTypeOf<MercuryoError["code"]>().toEqualTypeOf<number>();
    // ... while the known ones stay named, exactly, for clients and docs.
    expectTypeOf<400004>().toExtend<MercuryoKnownErrorCode>();
    expectTypeOf<999999>().not.toExtend<MercuryoKnownErrorCode>();
    expectTypeOf<1009>().toExtend<SoftlineKnownErrorCode>();
    expectTypeOf<113>().not.toExtend<SoftlineKnownErrorCode>();
    const neverRun = async () => {
      const topUp = await mercuryo.POST("/sdk-partner/spend/cards/crypto-topup", {
        body: { address: "bc1q", trx_token: "t" },
      });
      const failed = topUp.error;
      if (failed !== undefined && failed.code === 400004) expectTypeOf<typeof failed.code>().toEqualTypeOf<400004>();
      const order = await softline.GET("/v1/order/{order_id}", { params: { path: { order_id: 1 } } });
      const first = order.error?.errors[0];
      if (first !== undefined && first.error === 1009) expectTypeOf<typeof first.error>().toEqualTypeOf<1009>();
      const known = (code: MercuryoErrorCode): code is MercuryoKnownErrorCode => code === 401000 || code === 403007;
      const code: MercuryoErrorCode = 401000;
      if (known(code)) expectTypeOf(code).toExtend<MercuryoKnownErrorCode>();
    };
    expect(neverRun).toBeTypeOf("function");
  });

  it("types the session results as discriminated unions", () => {
    expectTypeOf<NbcgateSignInResult["kind"]>().toEqualTypeOf<"signed-in" | "otp-required" | "failed">();
    expectTypeOf<B2coreSignInResult["kind"]>().toEqualTypeOf<"two-factor" | "signed-in" | "failed">();
    expectTypeOf<Extract<NbcgateSignInResult, { kind: "failed" }>["error"]>().toEqualTypeOf<NbcgateError>();
    expectTypeOf(mercuryo.signIn).parameter(0).toEqualTypeOf<string>();
  });
});
