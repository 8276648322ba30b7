/**
 * NBC Gate provider states on the vendor's sandbox: the password account signs in and logs out
 * through the API, the two-factor account gets its e-mailed code (env or prompt), invoices are
 * created on the test merchant's pay link. An expired token cannot be made on demand.
 * @see ../../README.md ("Contracts") and ../../mocks/nbcgate/states.ts (the mock's versions)
 */
import { createNbcgateClient } from "../../src/index.js";
import { MissingCredentialError } from "../credentials.js";
import { type SandboxProfile, setUpState, skipState, toSetupError } from "./sandbox-profile.js";

/** NBC Gate on a real sandbox. */
export const nbcgateSandbox: SandboxProfile = {
  runLast: [],
  states({ target, credentials, askForOtp }) {
    const nbc = createNbcgateClient({ baseUrl: target.baseUrl });
    const account = () => ({ email: credentials.require("EMAIL"), password: credentials.require("PASSWORD") });

    async function signIn() {
      const body = account();
      const result = await nbc.POST("/auth/sign-in", { body });
      if (result.data === undefined) throw toSetupError(`sign-in of ${body.email}`, result);
      return { token: result.data.token, refreshToken: result.data.refreshToken, email: body.email };
    }

    const otpEmail = credentials.get("OTP_EMAIL");
    const otpPassword = credentials.get("OTP_PASSWORD");
    const payLinkId = credentials.get("PAY_LINK_ID");
    const productId = credentials.get("PRODUCT_ID");

    return {
      "a user without OTP": setUpState(async () => account()),
      "a user who needs a one-time code":
        otpEmail === undefined || otpPassword === undefined
          ? skipState("needs a two-factor test account: set PAYMOCK_NBCGATE_OTP_EMAIL and PAYMOCK_NBCGATE_OTP_PASSWORD")
          : setUpState(async () => {
              const asked = await nbc.POST("/auth/sign-in", { body: { email: otpEmail, password: otpPassword } });
              const codes = asked.error?.errors.map((e) => e.code) ?? [];
              if (!codes.includes("OTP_REQUIRED")) throw toSetupError(`sign-in of ${otpEmail} without a code`, asked);
              // Only the interaction that sends the code needs it; the others are verified without.
              const otp = await askForOtp("NBC Gate sign-in", otpEmail).catch((error: unknown) => {
                if (error instanceof MissingCredentialError) return error;
                throw error;
              });
              const values = { email: otpEmail, password: otpPassword };
              return otp instanceof Error
                ? { values, unavailable: { otp: otp.message } }
                : { values: { ...values, otp } };
            }),
      "a signed-in user": setUpState(signIn),
      "an expired token": skipState("access tokens live an hour and the API cannot age one (verified on the mock)"),
      "a revoked token": setUpState(async () => {
        const session = await signIn();
        const out = await nbc.POST("/auth/log-out", { headers: { Authorization: session.token } });
        if (!out.response.ok) throw toSetupError("log-out", out);
        return session;
      }),
      "an unpaid invoice":
        payLinkId === undefined || productId === undefined
          ? skipState(
              "needs the test merchant's pay link: set PAYMOCK_NBCGATE_PAY_LINK_ID and PAYMOCK_NBCGATE_PRODUCT_ID",
            )
          : setUpState(async () => {
              const invoice = {
                amount: 100,
                coin_id: Number(credentials.get("COIN_ID") ?? 1),
                id: Number(payLinkId),
                product_id: Number(productId),
              };
              const created = await nbc.POST("/invoice/create", { body: invoice });
              if (created.data === undefined) throw toSetupError("invoice create", created);
              const id = created.data.invoice_id;
              return {
                invoiceId: id,
                idInvoice: id,
                amount: invoice.amount,
                coinId: invoice.coin_id,
                payLinkId: invoice.id,
                productId: invoice.product_id,
              };
            }),
    };
  },
};
