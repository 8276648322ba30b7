/**
 * Mercuryo callback signature: `X-Signature` is the lowercase hex HMAC-SHA256 of the raw request
 * body, keyed with the Dashboard "Sign Key".
 *
 * The two vendor doc pages disagree on whether whitespace is stripped before hashing; this check
 * hashes the bytes exactly as received (Mercuryo and paymock send compact JSON, where both agree).
 * Pass the raw body, never a re-serialised object.
 * @see https://widget.docs.mercuryo.io (callbacks) and ../../specs/mercuryo-spend.yaml (webhooks)
 */
import { createHmac } from "node:crypto";
import { isSameHexDigest } from "./constant-time.js";

/** The hex HMAC-SHA256 of `rawBody` with `signKey`, as Mercuryo puts it in `X-Signature`. */
export function toMercuryoSignature(rawBody: string | Uint8Array, signKey: string): string {
  return createHmac("sha256", signKey).update(rawBody).digest("hex");
}

/** True when `header` (the `X-Signature` value) signs `rawBody`; constant-time, false on any malformed input. */
export function verifyMercuryoSignature(
  rawBody: string | Uint8Array,
  header: string | null | undefined,
  signKey: string,
): boolean {
  if (signKey === "") return false;
  return isSameHexDigest(toMercuryoSignature(rawBody, signKey), header);
}
