/**
 * Journaling proxied traffic: each exchange becomes an entry of the engine's own session journal
 * (mocks/engine/journal.ts), so `GET /__mock/requests` on a proxy answers exactly what it answers
 * on the mock (bare array, oldest first, increasing ids, `since`, `limit`, filters, count, clear),
 * with `source: "proxy"` and three fields the mock has no use for: `responseHeaders`, `violations`
 * and, when the target failed, `upstreamError`. Unlike the mock, which redacts when an entry is
 * read, the proxy redacts before it stores: traffic from a real sandbox holds live credentials.
 * @see ../engine/redact.ts
 */
import type { JournalRecord } from "../engine/journal.js";
import { MAX_JOURNALED_BODY_CHARS } from "../engine/journal.js";
import { REDACTED, redactBody, redactHeaders, redactQuery } from "../engine/redact.js";
import type { ProxyViolation } from "./violations.js";

/** A message as it crossed the proxy, before redaction. */
export interface ExchangeMessage {
  readonly headers: Readonly<Record<string, string | readonly string[]>>;
  /** The parsed JSON body, or the body text, or undefined when there was none. */
  readonly body: unknown;
  readonly contentType: string | undefined;
}

/** One proxied exchange, before redaction. */
export interface ProxyExchange {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string | string[]>>;
  readonly operationId: string | undefined;
  /** The operation's path template, for the journal's `path` filter. */
  readonly template: string | undefined;
  readonly time: string;
  readonly durationMs: number;
  readonly request: ExchangeMessage;
  /** What the client got: the upstream's answer, or the proxy's own (502/504, strict refusals). */
  readonly response: ExchangeMessage & { readonly status: number };
  readonly violations: readonly ProxyViolation[];
  /** Why the target gave no usable answer, when it did not. */
  readonly upstreamError?: string;
}

/** Longest `upstreamError` and violation message kept, and violations kept per entry (conventions #9). */
const MAX_ERROR_CHARS = 4_096;
const MAX_VIOLATIONS = 50;

const flatten = (headers: ExchangeMessage["headers"]): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, typeof v === "string" ? v : v.join(", ")]));

/** A body as the journal may keep it: JSON and forms redacted by field, other text only by size. */
export function toStoredBody(body: unknown, contentType: string | undefined): unknown {
  if (body === undefined || body === "") return undefined;
  let kept: unknown;
  if (typeof body !== "string") kept = redactBody(body);
  else if (contentType === "application/x-www-form-urlencoded") {
    kept = redactQuery(Object.fromEntries(new URLSearchParams(body)));
  } else {
    // Free text may hold anything, secrets included: only its size is kept.
    return `${REDACTED} (${Buffer.byteLength(body)} bytes of ${contentType ?? "text"})`;
  }
  // The same size bound as the mock's journal.
  const text = JSON.stringify(kept) ?? "";
  return text.length > MAX_JOURNALED_BODY_CHARS ? `[${text.length} characters, not journaled]` : kept;
}

/** The journal record of one exchange, every secret already replaced. */
export function toJournalRecord(exchange: ProxyExchange): JournalRecord {
  return {
    time: exchange.time,
    method: exchange.method,
    path: exchange.path,
    template: exchange.template,
    query: redactQuery(exchange.query),
    headers: redactHeaders(flatten(exchange.request.headers)),
    body: toStoredBody(exchange.request.body, exchange.request.contentType),
    status: exchange.response.status,
    response: toStoredBody(exchange.response.body, exchange.response.contentType),
    operationId: exchange.operationId,
    durationMs: exchange.durationMs,
    source: "proxy",
    responseHeaders: redactHeaders(flatten(exchange.response.headers)),
    violations: exchange.violations
      .slice(0, MAX_VIOLATIONS)
      .map((v) => ({ side: v.side, kind: v.kind, message: v.message.slice(0, MAX_ERROR_CHARS) })),
    ...(exchange.upstreamError === undefined
      ? {}
      : { upstreamError: exchange.upstreamError.slice(0, MAX_ERROR_CHARS) }),
  };
}
