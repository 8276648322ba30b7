/**
 * Mercuryo-shaped identifiers and tokens derived from the injected id generator, so they look like
 * the vendor's (UUIDs, 17-character hex ids, HS256 JWTs, `_act-` KYC tokens) yet stay
 * deterministic in tests (counter ids in, stable values out).
 * @see specs/mercuryo-spend.yaml (examples signedInOtp, otpSent, rates, cryptoDepositCreated, kycAccessToken)
 */
import { createHmac, hash } from "node:crypto";

const digest = (salt: string, raw: string): Buffer => hash("sha256", `${salt}:${raw}`, "buffer");
const base64url = (value: string | Buffer): string => Buffer.from(value).toString("base64url");

/** A version-4-shaped UUID (user_uuid). */
export function toUuid(raw: string): string {
  const h = digest("uuid", raw).toString("hex");
  const variant = ((Number.parseInt(h[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A 17-character id like Mercuryo's card, sell-request and init-token ids (`0b74e9bb7576c5355`). */
export const toHexId = (raw: string): string => `0${digest("id", raw).toString("hex").slice(0, 16)}`;

/** Key the mock signs its JWT-shaped user tokens with (nobody verifies them: they are opaque). */
const TOKEN_SIGNING_KEY = "paymock-mercuryo-spend";

const BEARER_HEADER = base64url(JSON.stringify({ typ: "JWT", alg: "HS256" }));

/** An HS256 JWT like Mercuryo's `bearer_token`; its claims carry nothing the mock relies on. */
export function toBearerToken(raw: string, userUuid: string, now: number): string {
  const header = BEARER_HEADER;
  const iat = Math.floor(now / 1000);
  const claims = {
    iss: "paymock",
    iat,
    nbf: iat,
    jti: digest("jti", raw).toString("base64"),
    data: { user_uuid: userUuid },
  };
  const payload = base64url(JSON.stringify(claims));
  const signature = createHmac("sha256", TOKEN_SIGNING_KEY).update(`${header}.${payload}`).digest("base64url");
  return `${header}.${payload}.${signature}`;
}

/** An OTP challenge key: 64 hex, base64 "authentication", a random-looking tail (as in the seed). */
export const toOtpKey = (raw: string): string =>
  `${digest("key", raw).toString("hex")}${Buffer.from("authentication").toString("base64")}${digest("tail", raw).toString("base64url").slice(0, 32)}`;

/** A trx_token: 64 hex then base64 JSON of the quote (as in the seed). */
export const toTrxToken = (raw: string, summary: Readonly<Record<string, unknown>>): string =>
  `${digest("trx", raw).toString("hex")}${Buffer.from(JSON.stringify(summary)).toString("base64")}`;

/** A SumSub access token for the hosted KYC page (`_act-<uuid>`). */
export const toKycAccessToken = (raw: string): string => `_act-${toUuid(`kyc:${raw}`)}`;

/** A SumSub applicant id: 24 hex characters. */
export const toApplicantId = (userId: string): string => digest("applicant", userId).toString("hex").slice(0, 24);

/** Four PAN digits for a new card. */
export const toLast4 = (raw: string): string => String(digest("pan", raw).readUInt32BE(0) % 10_000).padStart(4, "0");
