/**
 * Token strings: the access token is an HS256 JWT as in the vendor's guide (signed with a fixed
 * mock key, so it looks and decodes like the real thing), the refresh token an opaque string.
 * Uniqueness comes from the injected id generator.
 * @see https://integration.nbcgate.com/en/client-authorization (token = JWT HS256, refreshToken opaque)
 * @see specs/nbcgate.yaml (components.schemas.SignInResponse)
 */
import { createHmac } from "node:crypto";

/** The mock's signing key; the tokens are not meant to be verified by anyone else. */
const SIGNING_KEY = "paymock-nbcgate-sandbox";

const toBase64Url = (text: string): string => Buffer.from(text, "utf8").toString("base64url");

const JWT_HEADER = toBase64Url(JSON.stringify({ alg: "HS256", typ: "JWT" }));

/** Claims of a mock access token; times in seconds since the epoch, as JWTs carry them. */
export interface AccessClaims {
  readonly sub: string;
  readonly email: string;
  readonly iat: number;
  readonly exp: number;
  readonly jti: string;
}

/** A signed JWT for these claims. */
export function createJwt(claims: AccessClaims): string {
  const unsigned = `${JWT_HEADER}.${toBase64Url(JSON.stringify(claims))}`;
  return `${unsigned}.${createHmac("sha256", SIGNING_KEY).update(unsigned).digest("base64url")}`;
}

/** The claims of a JWT made by `createJwt` (tests and debugging; no signature check). */
export function readJwtClaims(token: string): Partial<AccessClaims> | undefined {
  const payload = token.split(".")[1];
  if (payload === undefined) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Partial<AccessClaims>;
  } catch {
    return undefined;
  }
}

/** An opaque refresh token built from a fresh id. */
export const createRefreshToken = (id: string): string => toBase64Url(`nbcgate-refresh:${id}`);

/** The token of an `Authorization` header: the raw value as documented, or after `Bearer `. */
export function toAccessToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const value = header.trim();
  if (value.length > 7 && value.slice(0, 7).toLowerCase() === "bearer ") return value.slice(7).trim();
  return value.length > 0 ? value : undefined;
}
