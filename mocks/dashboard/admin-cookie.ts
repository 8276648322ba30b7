/**
 * The dashboard's admin token (conventions #4): `/__mock/ui?admin-token=…` is accepted once and kept
 * in an `HttpOnly`, `SameSite=Strict` cookie, so the token leaves the address bar and the page's
 * own requests carry it. The admin check reads the header or this cookie with `adminTokenOf`.
 */
import type { MockRequest } from "../api.js";
import { ADMIN_TOKEN_COOKIE, ADMIN_TOKEN_HEADER, toAdminCookie } from "../engine/exposure.js";

// One cookie name and one header for the dashboard and the admin check in http.ts.
export { ADMIN_TOKEN_COOKIE, ADMIN_TOKEN_HEADER };

/** Token characters that need no escaping in a cookie; anything else is refused. */
const TOKEN_PATTERN = /^[A-Za-z0-9._~+/=-]{1,256}$/;

export const isValidAdminToken = (token: string): boolean => TOKEN_PATTERN.test(token);

/** The value of one cookie in a `Cookie` header. */
export function cookieOf(cookieHeader: string | undefined, name: string): string | undefined {
  if (cookieHeader === undefined) return undefined;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The admin token a request presents: the `X-Paymock-Admin-Token` header, else the dashboard's cookie. */
export const adminTokenOf = (headers: Readonly<Record<string, string>>): string | undefined =>
  headers[ADMIN_TOKEN_HEADER] ?? decodeCookie(cookieOf(headers.cookie, ADMIN_TOKEN_COOKIE));

const decodeCookie = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : decodeURIComponent(value);

/** `Set-Cookie` value that keeps the token for the admin routes of this host. */
export const toAdminTokenCookie = (token: string): string => toAdminCookie(token);

/** The `?admin-token=` of a dashboard request, if any. */
export function adminTokenParam(req: MockRequest): string | undefined {
  const value = req.query["admin-token"];
  return Array.isArray(value) ? value[0] : value;
}
