/**
 * One redaction rule for everything paymock stores or prints about traffic (journal, callbacks,
 * proxy records, logs): secrets become "[redacted]", one-time codes stay visible on purpose.
 * @see docs/mock-server.md (Redaction)
 */

export const REDACTED = "[redacted]";

/** Header names (lower-case) whose values are secrets. */
export const SECRET_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "authorizationjwt",
  "sdk-user-token",
  "sdk-partner-token",
  "x-api-key",
  "x-paymock-admin-token",
  "cookie",
  "set-cookie",
]);

/** Body and query field names whose values are secrets, at any depth. */
export const SECRET_FIELDS: ReadonlySet<string> = new Set([
  "password",
  "old_password",
  "new_password",
  "secret",
  "token",
  "refreshToken",
  "refresh_token",
  "bearer_token",
  "accessToken",
  "access_token",
  "kyc_access_token",
  "init_token",
]);

/** A copy of `headers` with lower-case names and secret values replaced. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    out[key] = SECRET_HEADERS.has(key) ? REDACTED : value;
  }
  return out;
}

/** A deep copy of a JSON value with secret fields replaced; depth is bounded so a hostile body cannot recurse us. */
export function redactBody(value: unknown, depth = 0): unknown {
  if (depth > 32) return REDACTED;
  if (Array.isArray(value)) return value.map((v) => redactBody(v, depth + 1));
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_FIELDS.has(k) ? REDACTED : redactBody(v, depth + 1);
    return out;
  }
  return value;
}

/** Redacts a parsed query object (`{name: value | values}`). */
export function redactQuery(
  query: Readonly<Record<string, string | readonly string[]>>,
): Record<string, string | readonly string[]> {
  const out: Record<string, string | readonly string[]> = {};
  for (const [k, v] of Object.entries(query)) out[k] = SECRET_FIELDS.has(k) ? REDACTED : v;
  return out;
}
