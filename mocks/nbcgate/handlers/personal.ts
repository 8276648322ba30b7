/**
 * The signed-in user: profile reads, and password and e-mail changes confirmed by an e-mailed
 * code (`.../otp` sends, `.../otp/check` answers 204, the change consumes the check).
 * @see specs/nbcgate.yaml (tags Personal, User: getPersonal, getUser, getUserInfo, sendPasswordChangeOtp,
 *   checkPasswordChangeOtp, changePassword, sendEmailChangeOtp, checkEmailChangeOtp, changeEmail)
 */
import type { components } from "../../../src/generated/nbcgate.js";
import { checkCode, sendCode, useGrant } from "../auth.js";
import type { OtpPurpose } from "../flows/otp-challenge.js";
import { findUserByEmail } from "../state.js";
import { toUser } from "../views.js";
import { bodyOf, fail, type NbcgateHandler, noContent, nowOf, ok, rulesOf, tooManyCodes, withUser } from "./common.js";

type Schemas = components["schemas"];

const showUser = withUser((_call, user) => ok(toUser(user)));

/** `POST .../otp`: a code to the user's current e-mail. */
const sendChangeOtp = (purpose: OtpPurpose): NbcgateHandler =>
  withUser((call, user) => {
    const limited = sendCode(call.state, call.ctx, rulesOf(call), purpose, user.id, user.email);
    return limited === undefined ? noContent() : tooManyCodes(limited);
  });

/** `POST .../otp/check`: 204 unlocks the change for 10 minutes. */
const checkChangeOtp = (purpose: OtpPurpose): NbcgateHandler =>
  withUser((call, user) => {
    const { otp } = bodyOf<Schemas["OtpCheckRequest"]>(call);
    const outcome = checkCode(call.state, rulesOf(call), purpose, user.id, {
      kind: "check",
      code: otp,
      now: nowOf(call),
    });
    return outcome.kind === "accepted" ? noContent() : fail({ code: outcome.code, field: "otp" });
  });

const changePassword = withUser((call, user) => {
  const body = bodyOf<Schemas["PasswordChangeRequest"]>(call);
  // A wrong old password is refused before the check is used up, so it can be retried.
  if (body.old_password !== undefined && body.old_password !== user.password) {
    return fail({ code: "INVALID_CREDENTIALS", field: "old_password" });
  }
  const granted = useGrant(call.state, "password-change", user.id, { now: nowOf(call) });
  if (granted.kind === "problem") return fail({ code: granted.code });
  call.state.users.set(user.id, { ...user, password: body.password });
  return noContent();
});

const changeEmail = withUser((call, user) => {
  const { email } = bodyOf<Schemas["EmailChangeRequest"]>(call);
  const owner = findUserByEmail(call.state, email);
  if (owner !== undefined && owner.id !== user.id) return fail({ code: "EMAIL_TAKEN", field: "email" });
  const granted = useGrant(call.state, "email-change", user.id, { now: nowOf(call) });
  if (granted.kind === "problem") return fail({ code: granted.code });
  call.state.userIdsByEmail.delete(user.email.toLowerCase());
  call.state.userIdsByEmail.set(email.toLowerCase(), user.id);
  call.state.users.set(user.id, { ...user, email });
  return noContent();
});

/** Profile, password-change and e-mail-change operations by operationId. */
export const personalHandlers: Readonly<Record<string, NbcgateHandler>> = {
  getPersonal: showUser,
  getUser: showUser,
  getUserInfo: showUser,
  sendPasswordChangeOtp: sendChangeOtp("password-change"),
  checkPasswordChangeOtp: checkChangeOtp("password-change"),
  changePassword,
  sendEmailChangeOtp: sendChangeOtp("email-change"),
  checkEmailChangeOtp: checkChangeOtp("email-change"),
  changeEmail,
};
