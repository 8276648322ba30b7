/**
 * B2Core Back Office mock: scripted sign-in with e-mail 2FA, token refresh and sign-out with the
 * documented attempt limits, plus seeded clients, accounts and transactions.
 * @see specs/b2core-backoffice.yaml
 * @see README.md (B2Core Back Office)
 */
import type { ApiDefinition } from "../api.js";
import { prune } from "./auth.js";
import { guard } from "./guard.js";
import { handlers } from "./handlers.js";
import { b2coreProblems } from "./problems.js";
import { readBody } from "./read-body.js";
import { toRules } from "./rules.js";
import { SEED_PASSWORD } from "./seed-data.js";
import { type B2coreState, seed } from "./state.js";
import { states } from "./states.js";

/** The B2Core Back Office definition the registry serves on port 4013. */
export const b2coreBackofficeApi: ApiDefinition<B2coreState> = {
  id: "b2core-backoffice",
  seed: () => seed(),
  readBody,
  guard,
  handlers,
  problems: b2coreProblems,
  states,
  tick: (state, ctx) => prune(state, toRules(ctx.options), ctx.clock.now()),
  seedAccounts: [
    `admin@b2core.test / ${SEED_PASSWORD}  (2FA: code e-mailed, see the outbox)`,
    `no2fa@b2core.test / ${SEED_PASSWORD}  (2FA off: tokens at sign-in)`,
  ],
};
