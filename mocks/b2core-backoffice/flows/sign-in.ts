/**
 * Sign-in credentials: which administrator an e-mail and password name, and whether the account
 * continues with an e-mailed 2FA challenge or gets tokens at once.
 *
 *   email + password ──▶ known admin (e-mail, any case) and same password?
 *                             │ no ─────────────────────────▶ invalidCredentials (401)
 *                             │ yes
 *                             ├── 2FA by e-mail ──▶ challenge (two-factor.ts)
 *                             └── 2FA off ────────▶ token pair (session.ts)
 *
 * @see specs/b2core-backoffice.yaml (signIn)
 */

/** A Back Office administrator of the mock. */
export interface Admin {
  readonly id: number;
  readonly email: string;
  readonly password: string;
  readonly twoFactor: "email" | "off";
}

/** The sign-in request's e-mail and password. */
export interface Credentials {
  readonly email: string;
  readonly password: string;
}

/** How the sign-in continues, or why it failed. */
export type SignInOutcome =
  | { readonly kind: "challenge"; readonly admin: Admin }
  | { readonly kind: "tokens"; readonly admin: Admin }
  | { readonly kind: "problem"; readonly code: "invalidCredentials" };

/** The key the sign-in limiter counts under: the e-mail, case-insensitive. */
export const toEmailKey = (email: string): string => email.trim().toLowerCase();

/** Finds the administrator by e-mail (case-insensitive). */
export const findAdmin = (admins: readonly Admin[], email: string): Admin | undefined =>
  admins.find((a) => toEmailKey(a.email) === toEmailKey(email));

/** Checks credentials and says how the sign-in continues. */
export function checkCredentials(admins: readonly Admin[], credentials: Credentials): SignInOutcome {
  const admin = findAdmin(admins, credentials.email);
  if (admin === undefined || admin.password !== credentials.password) {
    return { kind: "problem", code: "invalidCredentials" };
  }
  return { kind: admin.twoFactor === "email" ? "challenge" : "tokens", admin };
}
