/**
 * Every scripted NBC Gate operation, by the spec's operationId; all others fall through to Prism's
 * examples (after the guard has checked their token or key).
 * @see specs/nbcgate.yaml
 */
import { authHandlers } from "./handlers/auth.js";
import { balanceHandlers } from "./handlers/balances.js";
import type { NbcgateHandler } from "./handlers/common.js";
import { inviteHandlers } from "./handlers/invites.js";
import { invoiceHandlers } from "./handlers/invoices.js";
import { personalHandlers } from "./handlers/personal.js";
import { recoveryHandlers } from "./handlers/recovery.js";
import { signUpHandlers } from "./handlers/sign-up.js";

/** The scripted operations; the engine looks each request's operationId up here. */
export const handlers: Readonly<Record<string, NbcgateHandler>> = {
  ...authHandlers,
  ...recoveryHandlers,
  ...signUpHandlers,
  ...personalHandlers,
  ...balanceHandlers,
  ...invoiceHandlers,
  ...inviteHandlers,
};
