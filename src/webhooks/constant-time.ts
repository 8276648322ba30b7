/**
 * Constant-time comparison of hex digests, so a signature check does not leak how many leading
 * characters matched.
 * @see https://nodejs.org/api/crypto.html#cryptotimingsafeequala-b
 */
import { timingSafeEqual } from "node:crypto";

const HEX = /^[0-9a-f]+$/i;

/** True when `given` is the same hex digest as `expected` (case-insensitive); false for any malformed input. */
export function isSameHexDigest(expected: string, given: unknown): boolean {
  if (typeof given !== "string") return false;
  const candidate = given.trim();
  if (candidate.length !== expected.length || !HEX.test(candidate) || !HEX.test(expected)) return false;
  const a = Buffer.from(expected, "hex");
  const b = Buffer.from(candidate, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
