/**
 * `POST /auth/sign-in`: e-mail and password, plus a one-time code for accounts with two-factor
 * login. The code goes by e-mail: a call without `otp` sends one and answers OTP_REQUIRED.
 *
 *   email known? ── no ──▶ USER_NOT_FOUND (404)
 *        │ yes
 *   password right? ── no ──▶ INVALID_CREDENTIALS (no code is sent)
 *        │ yes
 *   two-factor on? ── no ──▶ signed-in (an `otp` sent anyway is ignored)
 *        │ yes
 *   otp given? ── no ──▶ otp-required: a new code is e-mailed -> OTP_REQUIRED
 *        │ yes
 *   stepChallenge(check) ── rejected ──▶ OTP_INVALID | OTP_EXPIRED | OTP_ATTEMPTS_EXCEEDED
 *        │ accepted (code used up)
 *        ▼
 *   signed-in -> token pair (session.ts)
 *
 * @see specs/nbcgate.yaml (signIn, checkSignInPassword)
 * @see https://integration.nbcgate.com/en/client-authorization
 */
import { type Challenge, type ChallengeRules, type OtpProblem, stepChallenge } from "./otp-challenge.js";

/** What sign-in needs to know about an account. */
export interface Credentials {
  /** `undefined` until a signed-up user sets one (`POST /auth/sign-up/pss/set`). */
  readonly password: string | undefined;
  readonly twoFactor: boolean;
}

export interface SignInEvent {
  readonly password: string;
  readonly otp: string | undefined;
  readonly now: number;
}

export type SignInOutcome =
  | { readonly kind: "problem"; readonly code: "USER_NOT_FOUND" | "INVALID_CREDENTIALS" }
  | { readonly kind: "otp-required" }
  | { readonly kind: "otp-rejected"; readonly code: OtpProblem; readonly challenge: Challenge | undefined }
  | { readonly kind: "signed-in"; readonly challenge: Challenge | undefined };

/** Checks e-mail and password only (also `POST /auth/sign-in/psw/check`). */
export function checkPassword(
  account: Credentials | undefined,
  password: string,
): "USER_NOT_FOUND" | "INVALID_CREDENTIALS" | undefined {
  if (account === undefined) return "USER_NOT_FOUND";
  // A signed-up user without a password yet matches no password (`password` is always a string).
  if (account.password !== password) return "INVALID_CREDENTIALS";
  return undefined;
}

/** One sign-in attempt against the account and its pending sign-in code. */
export function stepSignIn(
  account: Credentials | undefined,
  challenge: Challenge | undefined,
  event: SignInEvent,
  rules: ChallengeRules,
): SignInOutcome {
  const wrong = checkPassword(account, event.password);
  if (wrong !== undefined) return { kind: "problem", code: wrong };
  if (!account?.twoFactor) return { kind: "signed-in", challenge };
  if (event.otp === undefined || event.otp === "") return { kind: "otp-required" };
  const checked = stepChallenge(challenge, { kind: "check", code: event.otp, now: event.now }, rules);
  if (checked.kind === "rejected") return { kind: "otp-rejected", code: checked.code, challenge: checked.challenge };
  return { kind: "signed-in", challenge: checked.challenge };
}
