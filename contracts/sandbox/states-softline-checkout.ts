/**
 * Softline Checkout provider states on the vendor's sandbox: the API account logs in, a new
 * (unpaid) payment stands in for "an existing order". Paying needs the hosted payment form, so
 * paid and refunding orders must be named by environment variables or are skipped; an expired
 * token cannot be made on demand.
 * @see ../../README.md ("Contracts") and ../../mocks/softline-checkout/states.ts (the mock's versions)
 */
import { createSoftlineCheckoutClient } from "../../src/index.js";
import { type SandboxProfile, setUpState, skipState, toSetupError } from "./sandbox-profile.js";

/** Softline Checkout on a real sandbox. */
export const softlineCheckoutSandbox: SandboxProfile = {
  runLast: [],
  states({ target, credentials }) {
    const softline = createSoftlineCheckoutClient({ baseUrl: target.baseUrl });
    const account = () => ({ username: credentials.require("USERNAME"), password: credentials.require("PASSWORD") });

    async function logIn(): Promise<string> {
      const result = await softline.POST("/v1/login_check", { body: account() });
      if (result.data === undefined) throw toSetupError("login", result);
      return result.data.token;
    }

    const namedOrder = (name: string, reason: string) => {
      const id = credentials.get(name);
      return id === undefined
        ? skipState(reason)
        : setUpState(async () => ({ token: await logIn(), orderId: Number(id) }));
    };

    return {
      "a merchant account": setUpState(async () => account()),
      "a valid token": setUpState(async () => ({ token: await logIn() })),
      "an expired token": skipState("tokens live 24 hours and the API cannot age one (verified on the mock)"),
      "an existing order": setUpState(async () => {
        const token = await logIn();
        const created = await softline.POST("/v1/payment", {
          headers: { AuthorizationJWT: `Bearer ${token}` },
          body: {
            currency: "EUR",
            amount: "100.00",
            return_success_url: "https://merchant.example.com/paymock-contract",
            payment_method: "CreditCard",
            payment_id: "paymock-contract",
          },
        });
        if (created.data === undefined) throw toSetupError("payment create", created);
        return { token, orderId: created.data.order_id };
      }),
      "a paid order that can be refunded": namedOrder(
        "PAID_ORDER_ID",
        "paying needs the hosted payment form: set PAYMOCK_SOFTLINE_CHECKOUT_PAID_ORDER_ID to a paid order without a refund (the run files one)",
      ),
      "a refund in progress": namedOrder(
        "REFUNDING_ORDER_ID",
        "needs an order whose refund is New or Processing: set PAYMOCK_SOFTLINE_CHECKOUT_REFUNDING_ORDER_ID",
      ),
    };
  },
};
