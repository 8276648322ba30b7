/**
 * A one-time code sent for one purpose (sign-in, recovery, password or e-mail change, sign-up):
 * 6 digits, valid 5 minutes, 5 attempts. A new code replaces the old one. Checking consumes the
 * code, except a `peek` (`POST /auth/tfa/otp` verifies without using it up).
 *
 *   send ──▶ ┌─────────┐ right code, in time  ┌──────┐
 *            │ pending │ ───────────────────▶ │ used │ ── later checks -> OTP_EXPIRED
 *            └─────────┘                      └──────┘
 *              │  │ wrong code: failures+1 -> OTP_INVALID
 *              │  │ 5th wrong code         -> OTP_ATTEMPTS_EXCEEDED ──▶ void (every check -> OTP_ATTEMPTS_EXCEEDED)
 *              │  └─────────────────────────────────────────────────▶
 *              └ now >= expiresAt -> OTP_EXPIRED
 *
 * No code was ever sent -> OTP_INVALID (there is nothing the code could match).
 *
 * @see specs/nbcgate.yaml (responses.OtpBadRequest, checkPasswordChangeOtp, signIn)
 */

export type OtpPurpose = "sign-in" | "recovery" | "password-change" | "email-change" | "sign-up";

export interface Challenge {
  readonly purpose: OtpPurpose;
  /** Where the code went (also the outbox address). */
  readonly to: string;
  readonly code: string;
  readonly expiresAt: number;
  readonly failures: number;
  readonly status: "pending" | "used" | "void";
}

export interface ChallengeRules {
  readonly otpTtlMs: number;
  readonly otpMaxAttempts: number;
}

export type OtpProblem = "OTP_INVALID" | "OTP_EXPIRED" | "OTP_ATTEMPTS_EXCEEDED";

export type ChallengeEvent = {
  readonly kind: "check" | "peek";
  readonly code: string;
  readonly now: number;
};

/** Every outcome carries the next challenge: a wrong code changes it too (one more failure). */
export type ChallengeOutcome =
  | { readonly kind: "accepted"; readonly challenge: Challenge }
  | { readonly kind: "rejected"; readonly code: OtpProblem; readonly challenge: Challenge | undefined };

/** A pending challenge that lives `otpTtlMs` from `now`. */
export const createChallenge = (
  input: { purpose: OtpPurpose; to: string; code: string; now: number },
  rules: ChallengeRules,
): Challenge => ({
  purpose: input.purpose,
  to: input.to,
  code: input.code,
  expiresAt: input.now + rules.otpTtlMs,
  failures: 0,
  status: "pending",
});

/** Checks a code against the current challenge (`undefined` when no code was sent). */
export function stepChallenge(
  challenge: Challenge | undefined,
  event: ChallengeEvent,
  rules: ChallengeRules,
): ChallengeOutcome {
  if (challenge === undefined) return { kind: "rejected", code: "OTP_INVALID", challenge };
  if (challenge.status === "void") return { kind: "rejected", code: "OTP_ATTEMPTS_EXCEEDED", challenge };
  if (challenge.status === "used" || event.now >= challenge.expiresAt) {
    return { kind: "rejected", code: "OTP_EXPIRED", challenge };
  }
  if (event.code === challenge.code) {
    return { kind: "accepted", challenge: event.kind === "peek" ? challenge : { ...challenge, status: "used" } };
  }
  const failures = challenge.failures + 1;
  if (failures >= rules.otpMaxAttempts) {
    return { kind: "rejected", code: "OTP_ATTEMPTS_EXCEEDED", challenge: { ...challenge, failures, status: "void" } };
  }
  return { kind: "rejected", code: "OTP_INVALID", challenge: { ...challenge, failures } };
}
