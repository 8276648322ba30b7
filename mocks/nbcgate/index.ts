/**
 * NBC Gate mock: sign-in with an e-mailed one-time code for two-factor accounts, token refresh and
 * log-out, password change and recovery codes, sign-up with an e-mail code, invoices that get paid,
 * transfers that move balances, and the external API's integration key. Everything else is served
 * from the spec's examples behind the same guard.
 * @see specs/nbcgate.yaml
 * @see README.md (NBC Gate)
 */
import type { ApiDefinition } from "../api.js";
import { guard } from "./guard.js";
import { handlers } from "./handlers.js";
import { nbcgateProblems } from "./problems.js";
import { DEMO_EMAIL, OTP_EMAIL, SANDBOX_EXTERNAL_KEY, SEED_PASSWORD } from "./seed-data.js";
import { type NbcgateState, seed } from "./state.js";
import { states } from "./states.js";
import { tick } from "./tick.js";

/** The NBC Gate definition the engine registers (see mocks/registry.ts). */
export const nbcgateApi: ApiDefinition<NbcgateState> = {
  id: "nbcgate",
  seed: (ctx) => seed(ctx.clock.now()),
  guard,
  handlers,
  problems: nbcgateProblems,
  states,
  tick,
  seedAccounts: [
    `${DEMO_EMAIL} / ${SEED_PASSWORD}  (password only)`,
    `${OTP_EMAIL} / ${SEED_PASSWORD}  (one-time code e-mailed at sign-in, see the outbox)`,
    `X-API-Key: ${SANDBOX_EXTERNAL_KEY}  (external API)`,
  ],
};
