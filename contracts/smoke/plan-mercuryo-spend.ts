/**
 * Mercuryo Spend smoke path: e-mail OTP sign-in, KYC status, contacts, card status, and when a
 * card is active its balance and first transactions page; a missing card is opened only with
 * `--allow-writes`; sign out.
 * @see README.md (Mercuryo Spend Card)
 */
import { createMercuryoSpendClient } from "../../src/index.js";
import { type SmokePlan, WRITES_NOT_ALLOWED } from "./smoke-context.js";

/** Runs the Mercuryo Spend smoke path. */
export const runMercuryoSpendSmoke: SmokePlan = async ({ target, credentials, askForOtp, allowWrites, recorder }) => {
  const mercuryo = createMercuryoSpendClient({
    baseUrl: target.baseUrl,
    partnerToken: credentials.require("PARTNER_TOKEN"),
    userIp: credentials.require("USER_IP"),
    fetch: recorder.fetch,
  });
  const email = credentials.require("EMAIL");
  const started = await mercuryo.signIn(email);
  if (started.kind !== "challenge") return;
  const verified = await started.challenge.verify(await askForOtp("Mercuryo sign-in", email));
  if (verified.kind !== "signed-in") return;

  await mercuryo.GET("/sdk-partner/user/kyc-status");
  await mercuryo.GET("/sdk-partner/user/contacts");
  const card = await mercuryo.GET("/sdk-partner/spend/cards/status");
  recorder.accept(card.response, [404]);
  let active = card.data?.data.status === "active";
  if (card.response.status === 404) {
    if (allowWrites) {
      const opened = await mercuryo.POST("/sdk-partner/spend/cards/open", { body: { fiat_currency: "EUR" } });
      active = opened.data !== undefined;
    } else {
      recorder.skip("POST /sdk-partner/spend/cards/open", WRITES_NOT_ALLOWED);
    }
  }
  if (active) {
    await mercuryo.GET("/sdk-partner/spend/cards/balance");
    await mercuryo.GET("/sdk-partner/spend/cards/transactions", { params: { query: { limit: 20 } } });
  } else {
    recorder.skip("GET /sdk-partner/spend/cards/balance", "not sent: no active card");
    recorder.skip("GET /sdk-partner/spend/cards/transactions", "not sent: no active card");
  }

  await mercuryo.signOut();
};
