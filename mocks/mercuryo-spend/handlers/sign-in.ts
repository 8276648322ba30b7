/**
 * Sign-in handlers: OTP sign-in, verify, resend, sign-in without OTP, refresh and sign-out.
 * HTTP in, flow event, HTTP out; the rules live in ../flows/otp-challenge.ts and ../flows/session.ts.
 * @see specs/mercuryo-spend.yaml (tag Authentication)
 */

import type { components } from "../../../src/generated/mercuryo-spend.js";
import type { Call, Handler, MockResponse } from "../../api.js";
import { findOrCreateUser, issueUserToken } from "../accounts.js";
import { asUser } from "../auth.js";
import {
  type Challenge,
  checkChallenge,
  createChallenge,
  RESEND_TIMEOUT_SECONDS,
  SIGN_IN_CODE_LENGTH,
  stepChallenge,
  toChallengeRules,
} from "../flows/otp-challenge.js";
import { isProblem, toProblem } from "../flows/problem.js";
import { stepSession } from "../flows/session.js";
import { toOtpKey } from "../ids.js";
import { fail, ok, okEmpty } from "../responses.js";
import { hashSecret } from "../secrets.js";
import type { MercuryoState } from "../state.js";

type Schemas = components["schemas"];
type MercuryoCall = Call<MercuryoState>;

/** Mails a fresh code for a challenge (the engine logs it; tests read it from the outbox). */
function mailCode(call: MercuryoCall, email: string): string {
  const code = call.ctx.otp(SIGN_IN_CODE_LENGTH);
  call.ctx.outbox.send({ to: email, channel: "email", purpose: "sign-in", code });
  return code;
}

const challengeAnswer = (key: string): MockResponse => {
  const data: Schemas["OtpChallenge"] = {
    code_length: SIGN_IN_CODE_LENGTH,
    key,
    next: "email-verify",
    timeout: RESEND_TIMEOUT_SECONDS,
  };
  return ok(data);
};

const tokenAnswer = (call: MercuryoCall, userId: string): MockResponse => {
  const data: Schemas["UserToken"] = { bearer_token: issueUserToken(call.state, userId, call.ctx), user_uuid: userId };
  return ok(data);
};

/** Starts an OTP sign-in; an unknown e-mail signs up. */
export const signIn: Handler<MercuryoState> = (call) => {
  const { email } = call.req.body as Schemas["SignInRequest"];
  const user = findOrCreateUser(call.state, email, call.ctx);
  const key = toOtpKey(call.ctx.ids("key"));
  const code = mailCode(call, user.email);
  const challenge = createChallenge(
    { keyHash: hashSecret(key), userId: user.id, email: user.email, code },
    call.ctx.clock.now(),
    toChallengeRules(call.ctx.options.mercuryo),
  );
  call.state.challenges.set(challenge.keyHash, challenge);
  return challengeAnswer(key);
};

/** Signs in without OTP (the partner verified the e-mail). */
export const signInNoVerify: Handler<MercuryoState> = (call) => {
  const { email } = call.req.body as Schemas["SignInRequest"];
  return tokenAnswer(call, findOrCreateUser(call.state, email, call.ctx).id);
};

const storeChallenge = (state: MercuryoState, keyHash: string, next: Challenge | undefined): void => {
  if (next === undefined) state.challenges.delete(keyHash);
  else state.challenges.set(keyHash, next);
};

/** Checks the code for a key; the right code returns the user token. */
export const verifySignIn: Handler<MercuryoState> = (call) => {
  const { key, code } = call.req.body as Schemas["VerifyRequest"];
  const keyHash = hashSecret(key);
  const now = call.ctx.clock.now();
  const outcome = stepChallenge(
    call.state.challenges.get(keyHash),
    { type: "verify", code, now },
    toChallengeRules(call.ctx.options.mercuryo),
  );
  switch (outcome.kind) {
    case "verified":
      call.state.challenges.delete(keyHash);
      return tokenAnswer(call, outcome.userId);
    case "rejected":
      storeChallenge(call.state, keyHash, outcome.next);
      return fail(outcome.problem);
    case "resent":
      // A verify never resends; answer like any other mock bug rather than fall through.
      return fail(toProblem("INTERNAL"));
  }
};

/** Mails a new code under the same key (only for a live key, so no code is drawn in vain). */
export const resendSignInCode: Handler<MercuryoState> = (call) => {
  const { key } = call.req.body as Schemas["ResendRequest"];
  const keyHash = hashSecret(key);
  const now = call.ctx.clock.now();
  const live = checkChallenge(call.state.challenges.get(keyHash), now);
  if (isProblem(live)) {
    call.state.challenges.delete(keyHash);
    return fail(live);
  }
  const outcome = stepChallenge(
    live,
    { type: "resend", code: mailCode(call, live.email), now },
    toChallengeRules(call.ctx.options.mercuryo),
  );
  if (outcome.kind === "rejected") return fail(outcome.problem);
  if (outcome.kind === "resent") call.state.challenges.set(keyHash, outcome.next);
  return challengeAnswer(key);
};

/** A new token for the caller; the old one stays valid (undocumented either way). */
export const refreshToken: Handler<MercuryoState> = asUser((call, { user }) => {
  const data: Schemas["RefreshedToken"] = {
    bearer_token: issueUserToken(call.state, user.id, call.ctx),
    timeout: call.ctx.options.mercuryo.userTokenTtlSeconds,
    user_uuid: user.id,
  };
  return ok(data);
});

/** Revokes the caller's token. */
export const signOut: Handler<MercuryoState> = asUser((call, { session }) => {
  const revoked = stepSession(session, { type: "sign-out", now: call.ctx.clock.now() });
  if (isProblem(revoked)) return fail(revoked);
  call.state.sessions.set(revoked.tokenHash, revoked);
  return okEmpty();
});
