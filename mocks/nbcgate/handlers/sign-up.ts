/**
 * Self-registration: is the e-mail free, send a code, confirm it, create the account (signed in
 * at once), then set the password and personal data with the new token.
 * @see specs/nbcgate.yaml (tag Sign up: checkSignUpEmail, sendSignUpCode, checkSignUpCode,
 *   getSignUpEmailStatus, signUp, setSignUpPassword, updateSignUpUser, getSignUpUser)
 */
import type { components } from "../../../src/generated/nbcgate.js";
import { checkCode, issueSession, sendCode } from "../auth.js";
import type { Holding } from "../flows/ledger.js";
import { stepSignUp } from "../flows/sign-up.js";
import { COINS, type UserRecord } from "../seed-data.js";
import { findUserByEmail, type NbcgateState } from "../state.js";
import { toSignUpUser } from "../views.js";
import { bodyOf, fail, type NbcgateHandler, noContent, nowOf, ok, rulesOf, tooManyCodes, withUser } from "./common.js";

type Schemas = components["schemas"];

const keyOf = (email: string) => email.trim().toLowerCase();
const isTaken = (state: NbcgateState, email: string) => findUserByEmail(state, email) !== undefined;

/** A new company account with an empty balance of every coin, and its first user (no password yet). */
function createAccount(state: NbcgateState, email: string, language: string, now: number): UserRecord {
  const ownerId = state.next.owner++;
  const holdings: Holding[] = [...COINS.values()].map((coin, i) => ({
    id: state.next.holding++,
    ownerId,
    coinId: coin.id,
    code: coin.code,
    type: coin.type,
    amount: 0,
    hold: 0,
    pendingIn: 0,
    pendingOut: 0,
    isDefault: i === 0,
    enabled: true,
  }));
  for (const h of holdings) state.holdings.set(h.id, h);
  state.owners.set(ownerId, {
    id: ownerId,
    name: email,
    countryId: 0,
    balanceIds: holdings.map((h) => h.id),
    balancesUpdatedAt: now,
  });
  const user: UserRecord = {
    id: state.next.user++,
    ownerId,
    email,
    password: undefined,
    name: "",
    surname: "",
    language,
    roleId: 1,
    timezone: "UTC",
    phone: undefined,
    countryId: undefined,
    twoFactor: false,
    minSessionSeq: 0,
  };
  state.users.set(user.id, user);
  state.userIdsByEmail.set(keyOf(email), user.id);
  return user;
}

const checkSignUpEmail: NbcgateHandler = (call) => {
  const { email } = bodyOf<Schemas["EmailRequest"]>(call);
  return ok({ email, available: !isTaken(call.state, email) });
};

const sendSignUpCode: NbcgateHandler = (call) => {
  const { email } = bodyOf<Schemas["EmailRequest"]>(call);
  const { state } = call;
  const key = keyOf(email);
  const outcome = stepSignUp(key, state.signUps.get(key), { kind: "send-code", taken: isTaken(state, email) });
  if (outcome.kind === "problem") return fail({ code: outcome.code, field: "email" });
  const limited = sendCode(state, call.ctx, rulesOf(call), "sign-up", key, email);
  if (limited !== undefined) return tooManyCodes(limited);
  state.signUps.set(key, outcome.signUp);
  return noContent();
};

const checkSignUpCode: NbcgateHandler = (call) => {
  const body = bodyOf<Schemas["SignUpCodeCheckRequest"]>(call);
  const { state } = call;
  const key = keyOf(body.email);
  const checked = checkCode(state, rulesOf(call), "sign-up", key, { kind: "check", code: body.code, now: nowOf(call) });
  if (checked.kind === "rejected") return fail({ code: checked.code, field: "code" });
  const outcome = stepSignUp(key, state.signUps.get(key), { kind: "code-accepted" });
  if (outcome.kind === "ok") state.signUps.set(key, outcome.signUp);
  return noContent();
};

const getSignUpEmailStatus: NbcgateHandler = (call) => {
  const email = String(call.req.query.email ?? "");
  const status = call.state.signUps.get(keyOf(email))?.status;
  const verified = status === "verified" || status === "registered" || isTaken(call.state, email);
  return ok({ email, verified });
};

const signUp: NbcgateHandler = (call) => {
  const body = bodyOf<Schemas["SignUpRequest"]>(call);
  const { state } = call;
  const key = keyOf(body.email);
  const outcome = stepSignUp(key, state.signUps.get(key), { kind: "register", taken: isTaken(state, body.email) });
  if (outcome.kind === "problem") return fail({ code: outcome.code, field: "email" });
  state.signUps.set(key, outcome.signUp);
  const user = createAccount(state, body.email, body.language ?? "en", nowOf(call));
  const pair = issueSession(state, user, call.ctx, rulesOf(call));
  return ok({ token: pair.access.token, refreshToken: pair.refresh.token });
};

const setSignUpPassword = withUser((call, user) => {
  call.state.users.set(user.id, { ...user, password: bodyOf<Schemas["PasswordRequest"]>(call).password });
  return noContent();
});

const updateSignUpUser = withUser((call, user) => {
  const body = bodyOf<Schemas["SignUpUserUpdate"]>(call);
  call.state.users.set(user.id, {
    ...user,
    name: body.name,
    surname: body.surname,
    language: body.language,
    phone: body.phone ?? user.phone,
    countryId: body.country_id ?? user.countryId,
  });
  return noContent();
});

const getSignUpUser = withUser((_call, user) => ok(toSignUpUser(user)));

/** Sign-up operations by operationId. */
export const signUpHandlers: Readonly<Record<string, NbcgateHandler>> = {
  checkSignUpEmail,
  sendSignUpCode,
  checkSignUpCode,
  getSignUpEmailStatus,
  signUp,
  setSignUpPassword,
  updateSignUpUser,
  getSignUpUser,
};
