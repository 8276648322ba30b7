/**
 * Mercuryo Spend Card (sdk-partner) mock: OTP sign-in, user tokens, KYC, phone and birthday, one
 * card per user with lock/unlock/replace, single-use rate quotes and sell requests that credit
 * the card as mock time passes, with signed callbacks.
 * @see specs/mercuryo-spend.yaml
 */
import type { ApiDefinition } from "../api.js";
import { guard } from "./auth.js";
import { handlers } from "./handlers.js";
import { mercuryoProblems } from "./problems.js";
import { type MercuryoState, SEED_ACCOUNTS, seed } from "./state.js";
import { states } from "./states.js";
import { tick } from "./tick.js";

/** The Mercuryo Spend Card API definition for the mock engine. */
export const mercuryoSpendApi: ApiDefinition<MercuryoState> = {
  id: "mercuryo-spend",
  seed,
  guard,
  handlers,
  problems: mercuryoProblems,
  states,
  tick,
  seedAccounts: SEED_ACCOUNTS,
};
