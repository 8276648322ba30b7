/**
 * Password recovery with an e-mailed code: open, send the code, check it (204), set the new
 * password with the same code; every session of the user is then revoked.
 * @see specs/nbcgate.yaml (tag Recovery: startRecovery, sendRecoveryOtp, checkRecoveryOtp, resetPassword)
 */
import type { components } from "../../../src/generated/nbcgate.js";
import { checkCode, revokeAllSessions, sendCode, useGrant } from "../auth.js";
import { findUserByEmail } from "../state.js";
import { bodyOf, fail, type NbcgateHandler, noContent, nowOf, rulesOf, tooManyCodes } from "./common.js";

type Schemas = components["schemas"];

const userNotFound = () => fail({ code: "USER_NOT_FOUND", field: "email" });

/** Only checks that the account exists: the code can be asked for without this step. */
const startRecovery: NbcgateHandler = (call) =>
  findUserByEmail(call.state, bodyOf<Schemas["EmailRequest"]>(call).email) === undefined ? userNotFound() : noContent();

const sendRecoveryOtp: NbcgateHandler = (call) => {
  const user = findUserByEmail(call.state, bodyOf<Schemas["EmailRequest"]>(call).email);
  if (user === undefined) return userNotFound();
  const limited = sendCode(call.state, call.ctx, rulesOf(call), "recovery", user.id, user.email);
  return limited === undefined ? noContent() : tooManyCodes(limited);
};

const checkRecoveryOtp: NbcgateHandler = (call) => {
  const body = bodyOf<Schemas["EmailOtpRequest"]>(call);
  const user = findUserByEmail(call.state, body.email);
  if (user === undefined) return userNotFound();
  const outcome = checkCode(call.state, rulesOf(call), "recovery", user.id, {
    kind: "check",
    code: body.otp,
    now: nowOf(call),
  });
  return outcome.kind === "accepted" ? noContent() : fail({ code: outcome.code, field: "otp" });
};

const resetPassword: NbcgateHandler = (call) => {
  const body = bodyOf<Schemas["RecoveryPasswordRequest"]>(call);
  const user = findUserByEmail(call.state, body.email);
  if (user === undefined) return userNotFound();
  const granted = useGrant(call.state, "recovery", user.id, { now: nowOf(call), code: body.otp });
  if (granted.kind === "problem") return fail({ code: granted.code, field: "otp" });
  revokeAllSessions(call.state, { ...user, password: body.password });
  return noContent();
};

/** Password recovery operations by operationId. */
export const recoveryHandlers: Readonly<Record<string, NbcgateHandler>> = {
  startRecovery,
  sendRecoveryOtp,
  checkRecoveryOtp,
  resetPassword,
};
