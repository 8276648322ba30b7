/**
 * Credential of each Mercuryo call: the four sign-in calls take `Sdk-Partner-Token`, every other
 * call takes `Sdk-User-Token` plus `B2B-User-Ip`.
 * @see ../../../specs/mercuryo-spend.yaml (security of each operation)
 */
import { type AuthKind, toOperationKey } from "./auth-kind.js";

const PARTNER = new Set([
  "POST /sdk-partner/user/sign-in",
  "POST /sdk-partner/user/sign-in-no-verify",
  "POST /sdk-partner/user/sign-in/verify",
  "POST /sdk-partner/user/sign-in/verify/resend",
]);

/** Tells which credential a Mercuryo call needs. */
export function toMercuryoAuth(method: string, schemaPath: string): AuthKind {
  return PARTNER.has(toOperationKey(method, schemaPath)) ? "partner" : "user";
}
