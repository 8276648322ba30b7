/**
 * Sign-in (with an e-mailed code for two-factor accounts), token refresh, check and log-out, and
 * the pre-login second-factor calls.
 * @see specs/nbcgate.yaml (tags Auth: signIn, checkSignInPassword, refreshToken, logOut, checkToken,
 *   getTokenInfo, getLoginTfaStatus, sendLoginOtpEmail, checkLoginOtp)
 * @see https://integration.nbcgate.com/en/client-authorization
 */
import type { components } from "../../../src/generated/nbcgate.js";
import { checkCode, createTokenPair, issueSession, sendCode, storeRefreshedPair } from "../auth.js";
import { isLive, stepSession } from "../flows/session.js";
import { checkPassword, stepSignIn } from "../flows/sign-in.js";
import { findUserByEmail, otpKey } from "../state.js";
import { toTfaStatus, toTokenInfo } from "../views.js";
import { bodyOf, fail, type NbcgateHandler, noContent, nowOf, ok, rulesOf, tooManyCodes, withUser } from "./common.js";

type Schemas = components["schemas"];

const signIn: NbcgateHandler = (call) => {
  const { state, ctx } = call;
  const rules = rulesOf(call);
  const body = bodyOf<Schemas["SignInRequest"]>(call);
  const user = findUserByEmail(state, body.email);
  const key = user === undefined ? undefined : otpKey("sign-in", user.id);
  const challenge = key === undefined ? undefined : state.challenges.get(key);
  const outcome = stepSignIn(user, challenge, { password: body.password, otp: body.otp, now: nowOf(call) }, rules);
  if (outcome.kind === "problem") {
    return fail(outcome.code === "USER_NOT_FOUND" ? { code: outcome.code, field: "email" } : { code: outcome.code });
  }
  if (user === undefined || key === undefined) return fail({ code: "USER_NOT_FOUND", field: "email" });
  if (outcome.kind === "otp-required") {
    const limited = sendCode(state, ctx, rules, "sign-in", user.id, user.email);
    if (limited !== undefined) return tooManyCodes(limited);
    return fail({ code: "OTP_REQUIRED", field: "otp" });
  }
  if (outcome.challenge !== undefined) state.challenges.set(key, outcome.challenge);
  if (outcome.kind === "otp-rejected") return fail({ code: outcome.code, field: "otp" });
  const pair = issueSession(state, user, ctx, rules);
  return ok({ token: pair.access.token, refreshToken: pair.refresh.token });
};

const checkSignInPassword: NbcgateHandler = (call) => {
  const body = bodyOf<Schemas["PasswordCheckRequest"]>(call);
  const user = findUserByEmail(call.state, body.email);
  const wrong = checkPassword(user, body.password);
  if (wrong !== undefined || user === undefined) {
    return fail(wrong === "INVALID_CREDENTIALS" ? { code: wrong } : { code: "USER_NOT_FOUND", field: "email" });
  }
  return ok(user.twoFactor ? { otpRequired: true, tfaType: "email" } : { otpRequired: false });
};

const refreshToken: NbcgateHandler = (call) => {
  const { state, ctx } = call;
  const { refreshToken: token } = bodyOf<Schemas["RefreshTokenRequest"]>(call);
  const now = nowOf(call);
  const sessionId = state.refreshTokens.get(token);
  const session = sessionId === undefined ? undefined : state.sessions.get(sessionId);
  const user = session === undefined ? undefined : state.users.get(session.userId);
  const invalid = fail({ code: "REFRESH_TOKEN_INVALID", field: "refreshToken" });
  // Ids for the new pair are only drawn once the refresh token is known to be usable.
  if (session === undefined || user === undefined || !isLive(session, user.minSessionSeq)) return invalid;
  if (session.refresh.token !== token || now >= session.refresh.expiresAt) return invalid;
  const pair = createTokenPair(user, ctx, rulesOf(call), now);
  const outcome = stepSession(session, { kind: "refresh", token, now, pair }, user.minSessionSeq);
  if (outcome.kind === "problem") return invalid;
  state.sessions.set(session.id, outcome.session);
  storeRefreshedPair(state, token, pair, session.id, user.id);
  return ok({ token: pair.access.token, refreshToken: pair.refresh.token });
};

const logOut = withUser((call, user, access) => {
  const { state } = call;
  const outcome = stepSession(state.sessions.get(access.sessionId), { kind: "log-out" }, user.minSessionSeq);
  if (outcome.kind === "problem") return fail({ code: "TOKEN_INVALID" });
  state.sessions.set(outcome.session.id, outcome.session);
  return noContent();
});

const checkToken = withUser(() => noContent());

const getTokenInfo = withUser((_call, user, access) => ok(toTokenInfo(user, access)));

const getLoginTfaStatus: NbcgateHandler = (call) => {
  const user = findUserByEmail(call.state, bodyOf<Schemas["EmailRequest"]>(call).email);
  return user === undefined ? fail({ code: "USER_NOT_FOUND", field: "email" }) : ok(toTfaStatus(user));
};

const sendLoginOtpEmail: NbcgateHandler = (call) => {
  const user = findUserByEmail(call.state, bodyOf<Schemas["EmailRequest"]>(call).email);
  if (user === undefined) return fail({ code: "USER_NOT_FOUND", field: "email" });
  // Accounts without two-factor login need no code: the call succeeds and sends nothing.
  if (!user.twoFactor) return noContent();
  const limited = sendCode(call.state, call.ctx, rulesOf(call), "sign-in", user.id, user.email);
  return limited === undefined ? noContent() : tooManyCodes(limited);
};

const checkLoginOtp: NbcgateHandler = (call) => {
  const body = bodyOf<Schemas["EmailOtpRequest"]>(call);
  const user = findUserByEmail(call.state, body.email);
  if (user === undefined) return fail({ code: "USER_NOT_FOUND", field: "email" });
  const event = { kind: "peek", code: body.otp, now: nowOf(call) } as const;
  const outcome = checkCode(call.state, rulesOf(call), "sign-in", user.id, event);
  return outcome.kind === "accepted" ? noContent() : fail({ code: outcome.code, field: "otp" });
};

/** Sign-in, token and pre-login second-factor operations by operationId. */
export const authHandlers: Readonly<Record<string, NbcgateHandler>> = {
  signIn,
  checkSignInPassword,
  refreshToken,
  logOut,
  checkToken,
  getTokenInfo,
  getLoginTfaStatus,
  sendLoginOtpEmail,
  checkLoginOtp,
};
