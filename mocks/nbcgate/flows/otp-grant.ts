/**
 * The permission a checked code gives: `.../otp/check` answers 204 and opens a grant; the change
 * it guards (`POST /api/personal/psw`, `/api/personal/email`, `/auth/recovery/psw`) consumes it.
 * Valid 10 minutes and for one change.
 *
 *   otp/check 204 ──▶ ┌──────┐ change, in time (and with the same code, for recovery) ┌──────────┐
 *                     │ open │ ──────────────────────────────────────────────────────▶ │ consumed │
 *                     └──────┘                                                         └──────────┘
 *   no grant / expired / consumed / other code -> OTP_NOT_VERIFIED
 *
 * @see specs/nbcgate.yaml (changePassword, changeEmail, resetPassword: OTP_NOT_VERIFIED)
 */

export interface Grant {
  /** The code that was accepted (recovery repeats it in `POST /auth/recovery/psw`). */
  readonly code: string;
  readonly expiresAt: number;
  readonly status: "open" | "consumed";
}

export type GrantOutcome =
  | { readonly kind: "granted"; readonly grant: Grant }
  | { readonly kind: "problem"; readonly code: "OTP_NOT_VERIFIED" };

/** An open grant that lives `grantTtlMs` from `now`. */
export const openGrant = (code: string, now: number, rules: { readonly grantTtlMs: number }): Grant => ({
  code,
  expiresAt: now + rules.grantTtlMs,
  status: "open",
});

/** Uses a grant for one change; `code`, when given, must be the one that was accepted. */
export function consumeGrant(
  grant: Grant | undefined,
  event: { readonly now: number; readonly code?: string },
): GrantOutcome {
  if (grant === undefined || grant.status !== "open" || event.now >= grant.expiresAt) {
    return { kind: "problem", code: "OTP_NOT_VERIFIED" };
  }
  if (event.code !== undefined && event.code !== grant.code) return { kind: "problem", code: "OTP_NOT_VERIFIED" };
  return { kind: "granted", grant: { ...grant, status: "consumed" } };
}
