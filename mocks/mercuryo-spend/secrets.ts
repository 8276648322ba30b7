/**
 * Secret handling for the mock: secrets are stored as SHA-256 digests and compared in constant time.
 */
import { createHash, timingSafeEqual } from "node:crypto";

/** SHA-256 hex of a secret (token, OTP key, trx_token): what the state stores and indexes by. */
export const hashSecret = (secret: string): string => createHash("sha256").update(secret).digest("hex");

/** Compares two secrets in constant time (digests first, so lengths never leak). */
export function safeEqual(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}
