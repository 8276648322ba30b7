/**
 * NBC Gate smoke path: sign in (with the e-mailed code if the account asks for one), read the
 * user and the balances, create and pay a small invoice only with `--allow-writes`, sign out.
 * @see README.md (NBC Gate)
 */
import { createNbcgateClient } from "../../src/index.js";
import { type SmokePlan, WRITES_NOT_ALLOWED } from "./smoke-context.js";

/** Runs the NBC Gate smoke path. */
export const runNbcgateSmoke: SmokePlan = async ({ target, credentials, askForOtp, allowWrites, recorder }) => {
  const nbc = createNbcgateClient({ baseUrl: target.baseUrl, fetch: recorder.fetch });
  const email = credentials.require("EMAIL");
  let signIn = await nbc.signIn({ email, password: credentials.require("PASSWORD") });
  if (signIn.kind === "otp-required") {
    recorder.acceptLast([400]);
    signIn = await signIn.submitOtp(await askForOtp("NBC Gate sign-in", email));
  }
  if (signIn.kind !== "signed-in") return;

  await nbc.GET("/api/user");
  await nbc.GET("/api/balance");
  await nbc.GET("/api/balance/default");

  const payLinkId = credentials.get("PAY_LINK_ID");
  if (!allowWrites || payLinkId === undefined) {
    const reason = allowWrites ? "not sent: set PAYMOCK_NBCGATE_PAY_LINK_ID" : WRITES_NOT_ALLOWED;
    recorder.skip("POST /invoice/create", reason);
    recorder.skip("POST /invoice/pay", reason);
  } else {
    const created = await nbc.POST("/invoice/create", {
      body: {
        amount: 1,
        coin_id: Number(credentials.get("COIN_ID") ?? 1),
        id: Number(payLinkId),
        product_id: Number(credentials.require("PRODUCT_ID")),
      },
    });
    if (created.data !== undefined) await nbc.POST("/invoice/pay", { body: { idInvoice: created.data.invoice_id } });
  }

  await nbc.signOut();
};
