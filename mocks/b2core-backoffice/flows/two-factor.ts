/**
 * The e-mail 2FA challenge of a sign-in: a 2FA token (UUID) bound to the code that was e-mailed.
 * Wrong codes leave it pending (the attempt limiter counts them); the right code consumes it.
 *
 *   sign-in (2FA on) ──▶ ┌──────────┐ right code, before expiresAt ┌──────┐
 *   code e-mailed        │ pending  │ ───────────────────────────▶ │ used │ ──▶ token pair (session.ts)
 *                        └──────────┘                              └──────┘
 *                          │     ▲
 *           wrong code     └─────┘   -> twoFactorCodeInvalid
 *           expired / used / unknown -> twoFactorTokenInvalid
 *
 * @see specs/b2core-backoffice.yaml (confirmTwoFactor)
 */

/** A 2FA token bound to its e-mailed code. */
export interface Challenge {
  /** The 2FA token returned in `2faDetails.token`. */
  readonly token: string;
  readonly adminId: number;
  /** Where the code went (also the outbox address). */
  readonly email: string;
  readonly code: string;
  readonly expiresAt: number;
  readonly status: "pending" | "used";
}

/** A confirmation attempt with a code. */
export type ChallengeEvent = { readonly kind: "confirm"; readonly code: string; readonly now: number };

/** The used challenge, or why the code was refused. */
export type ChallengeOutcome =
  | { readonly kind: "confirmed"; readonly challenge: Challenge }
  | { readonly kind: "problem"; readonly code: "twoFactorTokenInvalid" | "twoFactorCodeInvalid" };

/** A pending challenge that lives `ttlSeconds` from `now`. */
export const createChallenge = (input: {
  token: string;
  adminId: number;
  email: string;
  code: string;
  now: number;
  ttlSeconds: number;
}): Challenge => ({
  token: input.token,
  adminId: input.adminId,
  email: input.email,
  code: input.code,
  expiresAt: input.now + input.ttlSeconds * 1000,
  status: "pending",
});

/** Confirms a code against the challenge the 2FA token points at (`undefined` when unknown). */
export function stepChallenge(challenge: Challenge | undefined, event: ChallengeEvent): ChallengeOutcome {
  if (challenge === undefined || challenge.status !== "pending" || event.now >= challenge.expiresAt) {
    return { kind: "problem", code: "twoFactorTokenInvalid" };
  }
  if (event.code !== challenge.code) return { kind: "problem", code: "twoFactorCodeInvalid" };
  return { kind: "confirmed", challenge: { ...challenge, status: "used" } };
}
