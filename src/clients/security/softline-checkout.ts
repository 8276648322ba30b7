/**
 * Credential of each Softline call: everything but `POST /v1/login_check` takes `AuthorizationJWT`.
 * @see ../../../specs/softline-checkout.yaml (top-level security)
 */
import { type AuthKind, toOperationKey } from "./auth-kind.js";

/** Tells which credential a Softline call needs. */
export function toSoftlineAuth(method: string, schemaPath: string): AuthKind {
  return toOperationKey(method, schemaPath) === "POST /v1/login_check" ? "none" : "user";
}
