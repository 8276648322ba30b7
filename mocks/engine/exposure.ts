/**
 * Who may talk to the mock, decided per request before anything else (conventions #4, #5):
 * the `Host` allow-list that stops DNS rebinding, the admin CORS allow-list that stops a web page
 * from reading OTPs or resetting state, and the admin token that guards the admin API off loopback.
 * Modelled on Vite's `server.allowedHosts` and webpack-dev-server's host check.
 * @see https://vite.dev/config/server-options#server-allowedhosts
 * @see docs/security.md
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { MockOptions } from "../options.js";

/** The header the admin token travels in. */
export const ADMIN_TOKEN_HEADER = "x-paymock-admin-token";

/** The cookie a browser dashboard keeps the admin token in, after opening it once with `?admin-token=`. */
export const ADMIN_TOKEN_COOKIE = "paymock_admin_token";

/** Where an admin request's token came from: the header, the dashboard cookie, or `?admin-token=` (once). */
export interface PresentedToken {
  readonly token: string | undefined;
  readonly from: "header" | "cookie" | "query" | "none";
}

/** Reads the admin token of a request (conventions #4): header first, then cookie, then the query. */
export function presentedAdminToken(
  headers: Readonly<Record<string, string | string[] | undefined>>,
  url: string | undefined,
): PresentedToken {
  const header = headers[ADMIN_TOKEN_HEADER];
  if (typeof header === "string") return { token: header, from: "header" };
  const cookie = typeof headers.cookie === "string" ? headers.cookie : "";
  for (const part of cookie.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === ADMIN_TOKEN_COOKIE) return { token: decodeURIComponent(value.join("=")), from: "cookie" };
  }
  const query = (url ?? "").split("?")[1];
  const fromQuery = query === undefined ? null : new URLSearchParams(query).get("admin-token");
  return fromQuery === null ? { token: undefined, from: "none" } : { token: fromQuery, from: "query" };
}

/** The `Set-Cookie` that keeps a token given once in the query: admin paths only, never sent cross-site, not readable by scripts. */
export const toAdminCookie = (token: string): string =>
  `${ADMIN_TOKEN_COOKIE}=${encodeURIComponent(token)}; Path=/__mock; HttpOnly; SameSite=Strict`;

/** Host names that always mean "this machine". */
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Whether a listen address or host name stays on this machine (`localhost`, `127.x.x.x`, `::1`). */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  return LOOPBACK_HOSTS.has(name) || /^127(\.\d{1,3}){3}$/.test(name) || name.endsWith(".localhost");
}

/** The host name of a `Host` header value, lower-case, without port or trailing dot (`[::1]` stays bracketed). */
export function hostnameOf(hostHeader: string): string {
  const value = hostHeader.trim().toLowerCase();
  const name = value.startsWith("[") ? value.slice(0, value.indexOf("]") + 1) : value.replace(/:\d*$/, "");
  return name.replace(/\.$/, "");
}

/** A host name or address as a `Host` header would carry it (`::1` -> `[::1]`). */
const toHostname = (host: string): string =>
  hostnameOf(!host.startsWith("[") && host.split(":").length > 2 ? `[${host}]` : host);

/** Everything decided once from the options. */
export interface ExposurePolicy {
  /** Whether a `Host` header value names this mock (absent: a non-browser client, allowed). */
  isHostAllowed(hostHeader: string | undefined): boolean;
  /** Whether a browser page at `origin` may call the admin API (`hostHeader`: the request's own Host). */
  isAdminOriginAllowed(origin: string, hostHeader: string | undefined): boolean;
  /** Whether an admin request carries the token, when one is required. */
  isAdminTokenValid(token: string | undefined): boolean;
  /** Whether admin routes need `X-Paymock-Admin-Token`. */
  readonly adminTokenRequired: boolean;
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Builds the policy; entries of `allowedHosts` starting with `.` also allow every subdomain (as Vite does). */
export function createExposurePolicy(options: MockOptions): ExposurePolicy {
  const exact = new Set<string>([...LOOPBACK_HOSTS, toHostname(options.host)]);
  const suffixes: string[] = [];
  let anyHost = false;
  for (const entry of options.allowedHosts) {
    const name = entry.trim().toLowerCase();
    if (name === "") continue;
    if (name === "*") anyHost = true;
    else if (name.startsWith(".")) suffixes.push(name);
    else exact.add(toHostname(name));
  }
  const adminOrigins = new Set(options.adminOrigins.map((o) => o.trim().toLowerCase().replace(/\/$/, "")));
  const expected = options.adminToken === undefined ? undefined : digest(options.adminToken);
  const adminTokenRequired = expected !== undefined;

  return {
    isHostAllowed(hostHeader) {
      if (hostHeader === undefined) return true;
      if (anyHost) return true;
      const name = hostnameOf(hostHeader);
      return exact.has(name) || isLoopbackHost(name) || suffixes.some((s) => name.endsWith(s) || name === s.slice(1));
    },
    isAdminOriginAllowed(origin, hostHeader) {
      const normalized = origin.trim().toLowerCase();
      if (adminOrigins.has(normalized)) return true;
      let url: URL;
      try {
        url = new URL(normalized);
      } catch {
        return false; // `null` (sandboxed frames, file:) and garbage
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") return false;
      // The mock's own origin (a dashboard served by the mock itself), or any loopback page.
      if (hostHeader !== undefined && url.host === hostHeader.trim().toLowerCase()) return true;
      return isLoopbackHost(url.hostname);
    },
    isAdminTokenValid(token) {
      if (expected === undefined) return true;
      return token !== undefined && timingSafeEqual(digest(token), expected);
    },
    adminTokenRequired,
  };
}

/**
 * What the CLI prints before listening and whether it may listen at all: a non-loopback `host`
 * exposes the admin API (OTPs, tokens, reset) to the network, so it needs an admin token unless
 * `insecureAdmin` says otherwise. Returns the warning lines, or throws with what to do.
 */
export function checkExposure(options: MockOptions): string[] {
  if (isLoopbackHost(options.host)) return [];
  const warning = `paymock: listening on ${options.host} exposes the mock beyond this machine; only Host names ${[
    "localhost",
    "127.0.0.1",
    "[::1]",
    options.host,
    ...options.allowedHosts,
  ].join(", ")} are answered (add more with --allowed-hosts).`;
  if (options.adminToken !== undefined) {
    return [warning, "paymock: admin routes (/__mock/*) require the X-Paymock-Admin-Token header."];
  }
  if (options.insecureAdmin) {
    return [warning, "paymock: --insecure-admin: admin routes (/__mock/*) answer anyone who can reach this port."];
  }
  throw new Error(
    `paymock: --host ${options.host} would expose the admin API (one-time codes, tokens, reset) to the network. ` +
      "Pass --admin-token <secret> (or PAYMOCK_ADMIN_TOKEN) and send it as X-Paymock-Admin-Token, " +
      "or --insecure-admin to accept the risk. See docs/security.md.",
  );
}

/** Why a request may not go on, in the words the mock answers with (conventions #4). */
export interface AccessRefusal {
  readonly status: 401 | 403;
  readonly message: string;
}

/**
 * The Host check for every request and the Origin check for admin routes, as the mock's HTTP front
 * makes them (a CORS preflight of an allowed origin may then be answered; the token comes after).
 */
export function refuseHostOrOrigin(
  policy: ExposurePolicy,
  req: { readonly host: string | undefined; readonly origin: string | undefined; readonly admin: boolean },
): AccessRefusal | undefined {
  // DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends Host: evil.example.
  if (!policy.isHostAllowed(req.host)) {
    return {
      status: 403,
      message: `Host "${req.host}" is not allowed; start paymock with --allowed-hosts to add it.`,
    };
  }
  if (req.admin && req.origin !== undefined && !policy.isAdminOriginAllowed(req.origin, req.host)) {
    return { status: 403, message: `Origin "${req.origin}" may not call the admin API; see --admin-origins.` };
  }
  return undefined;
}

/**
 * The admin token check of an admin request (when the policy needs one): a refusal, or the
 * `Set-Cookie` that keeps a token given once as `?admin-token=` (the dashboard's way in).
 */
export function checkAdminToken(
  policy: ExposurePolicy,
  headers: Readonly<Record<string, string | string[] | undefined>>,
  url: string | undefined,
): { readonly refusal?: AccessRefusal; readonly setCookie?: string } {
  if (!policy.adminTokenRequired) return {};
  const presented = presentedAdminToken(headers, url);
  if (!policy.isAdminTokenValid(presented.token)) {
    return { refusal: { status: 401, message: "Admin routes need the X-Paymock-Admin-Token header (--admin-token)." } };
  }
  return presented.from === "query" && presented.token !== undefined
    ? { setCookie: toAdminCookie(presented.token) }
    : {};
}
