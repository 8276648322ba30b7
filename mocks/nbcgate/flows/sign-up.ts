/**
 * Self-registration of an e-mail: a code is sent, the code confirms the e-mail, then
 * `POST /auth/sign-up` creates the account (and signs it in). The code itself is an
 * otp-challenge with purpose `sign-up`; this file tracks the e-mail.
 *
 *   get-code ──▶ ┌───────────┐ check-code 204 ┌──────────┐ sign-up ┌────────────┐
 *                │ code-sent │ ─────────────▶ │ verified │ ──────▶ │ registered │
 *                └───────────┘                └──────────┘         └────────────┘
 *   get-code or sign-up for an e-mail that has an account -> EMAIL_TAKEN
 *   sign-up before the code was confirmed                 -> EMAIL_NOT_VERIFIED
 *
 * @see specs/nbcgate.yaml (checkSignUpEmail, sendSignUpCode, checkSignUpCode, signUp)
 */

export interface SignUp {
  readonly email: string;
  readonly status: "code-sent" | "verified" | "registered";
}

export type SignUpEvent =
  | { readonly kind: "send-code"; readonly taken: boolean }
  | { readonly kind: "code-accepted" }
  | { readonly kind: "register"; readonly taken: boolean };

export type SignUpOutcome =
  | { readonly kind: "ok"; readonly signUp: SignUp }
  | { readonly kind: "problem"; readonly code: "EMAIL_TAKEN" | "EMAIL_NOT_VERIFIED" };

/** Moves the sign-up of `email` (`undefined` when it has none yet). */
export function stepSignUp(email: string, signUp: SignUp | undefined, event: SignUpEvent): SignUpOutcome {
  switch (event.kind) {
    case "send-code":
      if (event.taken) return { kind: "problem", code: "EMAIL_TAKEN" };
      // A confirmed e-mail stays confirmed when another code is asked for.
      return { kind: "ok", signUp: { email, status: signUp?.status === "verified" ? "verified" : "code-sent" } };
    case "code-accepted":
      return { kind: "ok", signUp: { email, status: "verified" } };
    case "register":
      if (event.taken) return { kind: "problem", code: "EMAIL_TAKEN" };
      if (signUp?.status !== "verified") return { kind: "problem", code: "EMAIL_NOT_VERIFIED" };
      return { kind: "ok", signUp: { email, status: "registered" } };
  }
}
