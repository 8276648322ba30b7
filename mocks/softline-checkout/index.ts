/**
 * Softline / Noventiq Checkout and Payments mock: token sign-in (`login_check`), payments,
 * auto-payments, card verification, orders, refunds, buy links, subscriptions and products, with
 * state kept between calls and signed webhooks to `--callback-url`.
 * @see specs/softline-checkout.yaml
 * @see https://docs.softline.com/en-en/checkout/authentication-api-request
 */
import type { ApiDefinition } from "../api.js";
import { tick } from "./commit.js";
import { guard } from "./guard.js";
import { handlers } from "./handlers.js";
import { softlineProblems } from "./problems.js";
import { SECOND_ACCOUNT, SEED_ACCOUNT, type SoftlineState, seed } from "./state.js";
import { states } from "./states.js";

/** The Softline Checkout definition the registry serves on port 4012. */
export const softlineCheckoutApi: ApiDefinition<SoftlineState> = {
  id: "softline-checkout",
  seed,
  guard,
  handlers,
  problems: softlineProblems,
  states,
  tick,
  seedAccounts: [
    `API login ${SEED_ACCOUNT.username} / ${SEED_ACCOUNT.password} (POST /v1/login_check)`,
    `API login ${SECOND_ACCOUNT.username} / ${SECOND_ACCOUNT.password} (a second merchant: sees only its own order 5555800)`,
    "orders 5555555 (paid), 5555556 (not paid), 5555600 (paid recurring parent), 5555700 (zero-amount parent)",
    "subscription 111111_22222, products 123456-123459",
  ],
};
