/**
 * Softline Checkout smoke path: log in, list products, search orders and read the newest one;
 * create a payment and read it back only with `--allow-writes`; log out (local: Softline has no
 * logout call).
 * @see README.md (Softline Checkout)
 */
import { createSoftlineCheckoutClient } from "../../src/index.js";
import { type SmokePlan, WRITES_NOT_ALLOWED } from "./smoke-context.js";

/** Runs the Softline Checkout smoke path. */
export const runSoftlineCheckoutSmoke: SmokePlan = async ({ target, credentials, allowWrites, recorder }) => {
  const softline = createSoftlineCheckoutClient({ baseUrl: target.baseUrl, fetch: recorder.fetch });
  const login = await softline.login({
    username: credentials.require("USERNAME"),
    password: credentials.require("PASSWORD"),
  });
  if (login.kind !== "logged-in") return;

  await softline.GET("/v1/product", { params: { query: { limit: 5 } } });
  const found = await softline.POST("/v1/order/search", { body: {} });
  const newest = found.data?.ids.at(-1);
  if (newest === undefined) recorder.skip("GET /v1/order/{order_id}", "not sent: the search found no order");
  else await softline.GET("/v1/order/{order_id}", { params: { path: { order_id: newest } } });

  if (allowWrites) {
    const created = await softline.POST("/v1/payment", {
      body: {
        currency: "EUR",
        amount: "1.00",
        return_success_url: "https://merchant.example.com/paymock-smoke",
        payment_method: "CreditCard",
        payment_id: "paymock-smoke",
      },
    });
    if (created.data !== undefined) {
      await softline.GET("/v1/order/{order_id}", { params: { path: { order_id: created.data.order_id } } });
    }
  } else {
    recorder.skip("POST /v1/payment", WRITES_NOT_ALLOWED);
  }

  softline.logout();
};
