/**
 * Token strings as B2Core shows them: access and refresh tokens are RS256-shaped JWTs (header as
 * in the vendor's example, `exp` equal to `expiresAt`; the signature is filler and does not
 * verify), 2FA tokens are UUIDs. Uniqueness comes from the injected id generator.
 * @see specs/b2core-backoffice.yaml (components.schemas.TokenInfo, TwoFactorDetails)
 */
import { createHash } from "node:crypto";
import type { IdGenerator } from "../context.js";
import type { IssuedToken, TokenPair } from "./flows/session.js";
import { TOKEN_ISSUER } from "./rules.js";

const base64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

/** `{"typ":"JWT","alg":"RS256"}`, byte for byte the header of the vendor's example token. */
const JWT_HEADER = base64url('{"typ":"JWT","alg":"RS256"}');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A 256-byte filler signature (the size of an RS256 one), derived from the token's content: one
 * SHAKE256 call with a 256-byte output (a quarter of the CPU of eight SHA-256 digests).
 */
function fillerSignature(content: string): string {
  return createHash("shake256", { outputLength: 256 }).update(content).digest("base64url");
}

/** A JWT for administrator `sub`, valid from `createdAt` to `expiresAt` (whole seconds). */
export function createJwt(input: {
  readonly sub: number;
  readonly use: "access" | "refresh";
  readonly jti: string;
  readonly createdAt: number;
  readonly expiresAt: number;
}): string {
  const claims = {
    sub: String(input.sub),
    ...(input.use === "refresh" ? { typ: "refresh" } : {}),
    iat: Math.floor(input.createdAt / 1000),
    exp: Math.floor(input.expiresAt / 1000),
    iss: TOKEN_ISSUER,
    jti: input.jti,
  };
  const unsigned = `${JWT_HEADER}.${base64url(JSON.stringify(claims))}`;
  return `${unsigned}.${fillerSignature(unsigned)}`;
}

/** Reads the claims of a JWT made by `createJwt` (tests, debugging); `undefined` if it is not one. */
export function readJwtClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split(".")[1];
  if (payload === undefined) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return typeof claims === "object" && claims !== null ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** An access/refresh pair for an administrator, issued at `now` (floored to the second). */
export function createTokenPair(input: {
  readonly ids: IdGenerator;
  readonly adminId: number;
  readonly now: number;
  readonly accessTtlSeconds: number;
  readonly refreshTtlSeconds: number;
}): TokenPair {
  const createdAt = Math.floor(input.now / 1000) * 1000;
  const issue = (use: "access" | "refresh", ttlSeconds: number): IssuedToken => {
    const expiresAt = createdAt + ttlSeconds * 1000;
    const token = createJwt({ sub: input.adminId, use, jti: input.ids("token"), createdAt, expiresAt });
    return { token, createdAt, expiresAt };
  };
  return { access: issue("access", input.accessTtlSeconds), refresh: issue("refresh", input.refreshTtlSeconds) };
}

/** A UUID-shaped 2FA token: the generated id itself when it is a UUID, else a UUID derived from it. */
export function toUuid(id: string): string {
  if (UUID.test(id)) return id.toLowerCase();
  const hex = createHash("sha256").update(id).digest("hex");
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
