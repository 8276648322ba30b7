/**
 * Credential of each NBC Gate operation: `/api/*` and a few `/auth/*` calls take the client token,
 * the external integration calls take `X-API-Key`, the rest are public.
 * @see ../../../specs/nbcgate.yaml (security of each operation)
 */
import { type AuthKind, toOperationKey } from "./auth-kind.js";

const PUBLIC = new Set([
  "GET /currency/chain",
  "GET /currency/coin",
  "GET /currency/tokens",
  "POST /auth/sign-in",
  "POST /auth/sign-in/psw",
  "POST /auth/sign-in/psw/check",
  "POST /auth/recovery",
  "POST /auth/recovery/psw",
  "POST /auth/recovery/psw/otp",
  "POST /auth/recovery/psw/otp/check",
  "POST /auth/sign-up",
  "POST /auth/sign-up/check",
  "GET /auth/sign-up/email",
  "POST /auth/sign-up/email/check-code",
  "POST /auth/sign-up/email/get-code",
  "POST /auth/token/refresh",
  "POST /auth/tfa",
  "POST /auth/tfa/otp",
  "POST /auth/tfa/otp/email",
  "POST /invoice/create",
  "POST /invoice/pay",
  "GET /invoice/receive",
  "POST /tfa/reset",
  "POST /tfa/otp",
  "POST /tfa/otp/reset",
  "GET /tfa/otp/reset/id/{id}",
]);

const EXTERNAL_PREFIXES = ["/external/", "/notify/", "/paylink/external-environment"];

/** Tells which credential an NBC Gate call needs. */
export function toNbcgateAuth(method: string, schemaPath: string): AuthKind {
  if (EXTERNAL_PREFIXES.some((prefix) => schemaPath.startsWith(prefix))) return "api-key";
  return PUBLIC.has(toOperationKey(method, schemaPath)) ? "none" : "user";
}
