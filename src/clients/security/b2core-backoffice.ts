/**
 * Credential of each B2Core call: sign-in, 2FA confirm and refresh are public, the rest take the
 * bearer access token.
 * @see ../../../specs/b2core-backoffice.yaml (security of each operation)
 */
import { type AuthKind, toOperationKey } from "./auth-kind.js";

const PUBLIC = new Set(["POST /api/v2/signin", "POST /api/v2/2fa/confirm", "POST /api/v2/refresh"]);

/** Tells which credential a B2Core call needs. */
export function toB2coreAuth(method: string, schemaPath: string): AuthKind {
  return PUBLIC.has(toOperationKey(method, schemaPath)) ? "none" : "user";
}
