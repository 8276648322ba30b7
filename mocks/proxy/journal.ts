/**
 * The one way a proxied exchange reaches the request journal (`GET /__mock/requests`): redacted
 * with the shared rule, bounded in size, with increasing ids. Today it writes the per-API journal
 * of the proxy's store; sessions (conventions #2) will point it at the session's journal.
 * @see ../engine/redact.ts
 */
import type { ApiId } from "../../src/apis.js";
import { REDACTED, redactBody, redactHeaders, redactQuery } from "../engine/redact.js";
import { JOURNAL_LIMIT, type JournalEntry, type Store } from "../store.js";
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
  readonly time: string;
  readonly durationMs: number;
  readonly request: ExchangeMessage;
  /** What the client got: the upstream's answer, or the proxy's own (502/504, strict refusals). */
  readonly response: ExchangeMessage & { readonly status: number };
  readonly violations: readonly ProxyViolation[];
  /** Why the target gave no usable answer, when it did not. */
  readonly upstreamError?: string;
}

/** A journal line written by the proxy: the mock's fields plus redacted messages and what was wrong. */
export interface ProxyJournalEntry extends JournalEntry {
  readonly id: number;
  readonly source: "proxy";
  readonly query: Readonly<Record<string, string | readonly string[]>>;
  readonly request: { readonly headers: Record<string, string>; readonly body?: unknown };
  readonly response: { readonly headers: Record<string, string>; readonly body?: unknown };
  readonly violations: readonly ProxyViolation[];
  readonly upstreamError?: string;
}

/** Longest body text kept (conventions #9: every stored string has a limit). */
const MAX_TEXT = 4_096;

const flatten = (headers: ExchangeMessage["headers"]): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, typeof v === "string" ? v : v.join(", ")]));

/** A body as the journal may keep it: JSON and forms redacted by field, other text only by size. */
export function toStoredBody(body: unknown, contentType: string | undefined): unknown {
  if (body === undefined || body === "") return undefined;
  if (typeof body !== "string") return redactBody(body);
  if (contentType === "application/x-www-form-urlencoded") {
    return redactQuery(Object.fromEntries(new URLSearchParams(body)));
  }
  // Free text may hold anything, secrets included: only its size is kept.
  return `${REDACTED} (${Math.min(Buffer.byteLength(body), Number.MAX_SAFE_INTEGER)} bytes of ${contentType ?? "text"})`;
}

const truncate = (value: unknown): unknown => {
  const text = JSON.stringify(value);
  return text !== undefined && text.length > MAX_TEXT * 16
    ? `${REDACTED} (${text.length} characters, too long to keep)`
    : value;
};

/** Writes one proxied exchange to the journal of `api`, redacted; returns the stored entry. */
export function recordExchange(store: Store, api: ApiId, exchange: ProxyExchange): ProxyJournalEntry {
  const slot = store.slot(api);
  const previous = slot.journal.at(-1) as Partial<ProxyJournalEntry> | undefined;
  const entry: ProxyJournalEntry = {
    id: (previous?.id ?? 0) + 1,
    source: "proxy",
    method: exchange.method,
    path: exchange.path,
    status: exchange.response.status,
    time: exchange.time,
    durationMs: exchange.durationMs,
    operationId: exchange.operationId,
    query: redactQuery(exchange.query),
    request: {
      headers: redactHeaders(flatten(exchange.request.headers)),
      body: truncate(toStoredBody(exchange.request.body, exchange.request.contentType)),
    },
    response: {
      headers: redactHeaders(flatten(exchange.response.headers)),
      body: truncate(toStoredBody(exchange.response.body, exchange.response.contentType)),
    },
    violations: exchange.violations,
    ...(exchange.upstreamError === undefined ? {} : { upstreamError: exchange.upstreamError.slice(0, MAX_TEXT) }),
  };
  slot.journal.push(entry);
  while (slot.journal.length > JOURNAL_LIMIT) slot.journal.shift();
  return entry;
}
