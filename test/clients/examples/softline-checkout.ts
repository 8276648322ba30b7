/** README example for Softline (README.md shows the region below verbatim; examples.test.ts runs it). */
import { createSoftlineCheckoutClient } from "../../../src/index.js";

// #region example
export async function softlineExample(baseUrl: string) {
  const softline = createSoftlineCheckoutClient({ baseUrl });

  const login = await softline.login({ username: "merchant", password: "merchant-secret" });
  if (login.kind === "failed") return login.error; // { errors: [{ error: 1006, message }] }

  // AuthorizationJWT: Bearer <token> is added by the client; on 1009 it logs in again once.
  const created = await softline.POST("/v1/payment", {
    body: {
      currency: "EUR",
      amount: "29.99",
      return_success_url: "https://shop.example/thanks",
      payment_method: "CreditCard",
      recurring_indicator: false,
    },
  });
  if (created.error) return created.error;

  const { data: order, error } = await softline.GET("/v1/order/{order_id}", {
    params: { path: { order_id: created.data.order_id } },
  });
  return error ?? order;
}
// #endregion example
