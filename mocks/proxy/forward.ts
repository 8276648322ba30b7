/**
 * Sends one request on to the target and hands back the answer as a stream, or the reason it
 * failed (refused, timeout, TLS) as data: the caller renders those in the vendor's envelope.
 * Hop-by-hop headers are dropped both ways and `Host` names the target (RFC 9110 §7.6.1).
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-7.6.1
 */
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { ADMIN_TOKEN_HEADER } from "../engine/exposure.js";

/** Headers that describe one connection, never the message (RFC 9110 §7.6.1), plus Prism/HTTP2 leftovers. */
const HOP_BY_HOP: ReadonlySet<string> = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "http2-settings",
]);

/** A copy of `headers` without hop-by-hop ones (also those the `Connection` header names). */
export function withoutHopByHop(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const named = new Set(
    String(headers.connection ?? "")
      .split(",")
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s.length > 0),
  );
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    if (value === undefined || HOP_BY_HOP.has(key) || named.has(key)) continue;
    out[key] = value;
  }
  return out;
}

/** Why the target gave no answer. */
export type UpstreamFailure = "refused" | "timeout" | "tls" | "unreachable";

export type ForwardResult =
  | { readonly kind: "response"; readonly response: IncomingMessage }
  | { readonly kind: "failed"; readonly failure: UpstreamFailure; readonly message: string };

export interface ForwardRequest {
  /** The target base URL; its path (e.g. `/v1.6`) goes before the request path. */
  readonly target: URL;
  readonly method: string;
  /** Path and query as the client sent them. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** Milliseconds to wait for the answer's status line and headers. */
  readonly timeoutMs: number;
}

/**
 * The URL the request goes to: the target's base path, then the client's path. A client already
 * configured with the same base path (`/v1.6/...`) does not get it twice.
 */
export function toUpstreamUrl(target: URL, url: string): URL {
  const base = target.pathname.replace(/\/+$/, "");
  const path = url.startsWith("/") ? url : `/${url}`;
  const joined =
    base === "" || path === base || path.startsWith(`${base}/`) || path.startsWith(`${base}?`)
      ? path
      : `${base}${path}`;
  return new URL(joined, target.origin);
}

const TLS_CODES = /^(CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|ERR_TLS|ERR_SSL|EPROTO|HOSTNAME_MISMATCH)/;

/** Names a socket error the way a developer reads it. */
function toFailure(error: NodeJS.ErrnoException): UpstreamFailure {
  const code = error.code ?? "";
  if (code === "ECONNREFUSED") return "refused";
  if (code === "ETIMEDOUT") return "timeout";
  if (TLS_CODES.test(code)) return "tls";
  return "unreachable";
}

/** Forwards one buffered request; resolves with the upstream response stream or a failure. */
export function forward(req: ForwardRequest): Promise<ForwardResult> {
  const url = toUpstreamUrl(req.target, req.url);
  const headers = withoutHopByHop(req.headers);
  // The proxy's own admin credential is for the proxy: a vendor never gets to see it.
  delete headers[ADMIN_TOKEN_HEADER];
  headers.host = url.host;
  if (req.body.length > 0) headers["content-length"] = String(req.body.length);
  else delete headers["content-length"];
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: ForwardResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const outgoing = send(url, { method: req.method, headers }, (response) => settle({ kind: "response", response }));
    const timer = setTimeout(() => {
      settle({
        kind: "failed",
        failure: "timeout",
        message: `${url.origin} did not answer within ${req.timeoutMs} ms`,
      });
      outgoing.destroy();
    }, req.timeoutMs);
    outgoing.on("error", (error: NodeJS.ErrnoException) => {
      const failure = toFailure(error);
      settle({ kind: "failed", failure, message: `${url.origin}: ${error.code ?? ""} ${error.message}`.trim() });
    });
    outgoing.end(req.body);
  });
}
