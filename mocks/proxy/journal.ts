/**
 * The proxy's request journal (`GET /__mock/requests` on the proxy): every proxied exchange,
 * redacted with the shared rule, bounded in count and size, with increasing ids. It is the proxy's
 * own (the proxy answers `/__mock/*` itself and never forwards it), so its entries keep both sides'
 * headers and the violations found, which the mock's journal has no place for.
 * @see ../engine/redact.ts
 */
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
export interface ProxyJournalEntry {
  readonly id: number;
  readonly time: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly durationMs: number;
  readonly operationId: string | undefined;
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

/** Entries kept; older ones are dropped (conventions #9). */
export const PROXY_JOURNAL_LIMIT = 10_000;

export interface ProxyJournal {
  /** Writes one proxied exchange, redacted; returns the stored entry. */
  record(exchange: ProxyExchange): ProxyJournalEntry;
  /** Oldest first. */
  list(): readonly ProxyJournalEntry[];
  clear(): void;
}

export function createProxyJournal(limit = PROXY_JOURNAL_LIMIT): ProxyJournal {
  let entries: ProxyJournalEntry[] = [];
  let nextId = 1;
  return {
    record(exchange) {
      const entry: ProxyJournalEntry = {
        id: nextId++,
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
      entries.push(entry);
      while (entries.length > limit) entries.shift();
      return entry;
    },
    list: () => entries,
    clear() {
      entries = [];
    },
  };
}
