/**
 * The e-mail OTP challenge behind sign-in: a `key` the client holds and a code the user types.
 * A wrong code answers 403042; too many wrong codes lock the challenge until a resend; an unknown
 * or expired key answers 401004. Resend mails a new code under the same key.
 *
 *   sign-in --> [pending] --verify (right code)--> verified: token issued, key consumed
 *                 |   ^
 *                 |   +--verify (wrong code, attempts < max)-- 403042
 *                 |   |
 *                 |   +--resend (new code, attempts reset)-----+
 *                 |                                            |
 *                 +--verify (wrong code, attempts = max)--> [exhausted] (403042 "Too many attempts")
 *
 *   any state, now >= expiresAt --> 401004 "Key is expired" (resend does not revive it)
 *
 * @see specs/mercuryo-spend.yaml (operations signIn, verifySignIn, resendSignInCode)
 */
import { safeEqual } from "../secrets.js";
import { isProblem, type Problem, toProblem } from "./problem.js";

/** One open sign-in challenge, known by the hash of its key. */
export interface Challenge {
  /** SHA-256 of the key: the raw key is never stored. */
  readonly keyHash: string;
  readonly userId: string;
  readonly email: string;
  readonly code: string;
  readonly sentAt: number;
  readonly expiresAt: number;
  readonly attempts: number;
  readonly status: "pending" | "exhausted";
}

/** OTP rules: documented code length plus the mock's choices. */
export interface ChallengeRules {
  /** Digits in the mailed code (documented: 5). */
  readonly codeLength: number;
  /** Undocumented; choice: a key lives 10 minutes after the last (re)send. */
  readonly ttlSeconds: number;
  /** Undocumented; choice: 5 wrong codes lock the challenge until a resend. */
  readonly maxAttempts: number;
}

/** Mercuryo's documented `code_length`. */
export const SIGN_IN_CODE_LENGTH = 5;

/** The documented code length plus the lifetime and attempt limit the options choose. */
export const toChallengeRules = (options: { otpTtlSeconds: number; otpMaxAttempts: number }): ChallengeRules => ({
  codeLength: SIGN_IN_CODE_LENGTH,
  ttlSeconds: options.otpTtlSeconds,
  maxAttempts: options.otpMaxAttempts,
});

/** The documented `timeout` field of the sign-in answer (read as seconds before a resend). */
export const RESEND_TIMEOUT_SECONDS = 20;

/** What the client can do with a key. */
export type ChallengeEvent =
  | { readonly type: "verify"; readonly code: string; readonly now: number }
  | { readonly type: "resend"; readonly code: string; readonly now: number };

/** A verify or resend result; a rejection may still change the challenge (attempts). */
export type ChallengeOutcome =
  | { readonly kind: "verified"; readonly userId: string }
  | { readonly kind: "resent"; readonly next: Challenge }
  | { readonly kind: "rejected"; readonly next: Challenge | undefined; readonly problem: Problem };

/** A new challenge for a user, with the code that was mailed. */
export const createChallenge = (
  input: { keyHash: string; userId: string; email: string; code: string },
  now: number,
  rules: ChallengeRules,
): Challenge => ({ ...input, sentAt: now, expiresAt: now + rules.ttlSeconds * 1000, attempts: 0, status: "pending" });

const reject = (next: Challenge | undefined, problem: Problem): ChallengeOutcome => ({
  kind: "rejected",
  next,
  problem,
});

/** The challenge behind a key if it is still alive (an unknown key is `undefined`): 401004 otherwise. */
export function checkChallenge(challenge: Challenge | undefined, now: number): Challenge | Problem {
  if (challenge === undefined) return toProblem("KEY_INVALID");
  return now >= challenge.expiresAt ? toProblem("KEY_EXPIRED") : challenge;
}

/** Verifies a code or resends one; an unknown key is `undefined`. */
export function stepChallenge(
  current: Challenge | undefined,
  event: ChallengeEvent,
  rules: ChallengeRules,
): ChallengeOutcome {
  const challenge = checkChallenge(current, event.now);
  if (isProblem(challenge)) return reject(undefined, challenge);
  if (event.type === "resend") {
    const next: Challenge = {
      ...challenge,
      code: event.code,
      sentAt: event.now,
      expiresAt: event.now + rules.ttlSeconds * 1000,
      attempts: 0,
      status: "pending",
    };
    return { kind: "resent", next };
  }
  if (challenge.status === "exhausted") return reject(challenge, toProblem("OTP_ATTEMPTS_EXCEEDED"));
  if (safeEqual(event.code, challenge.code)) return { kind: "verified", userId: challenge.userId };
  const attempts = challenge.attempts + 1;
  const next: Challenge = { ...challenge, attempts, status: attempts >= rules.maxAttempts ? "exhausted" : "pending" };
  return reject(next, toProblem("OTP_INVALID"));
}
