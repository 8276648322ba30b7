/**
 * The request journal of one API in one session: bounded, oldest first, increasing ids, and
 * queried the way WireMock's `/__admin/requests` and `requests/count` are. Entries keep what was
 * sent; secrets are redacted (mocks/engine/redact.ts) when an entry is read, so the hot path does
 * not copy bodies it may never show.
 * @see https://wiremock.org/docs/verifying/
 */
import { redactBody, redactHeaders, redactQuery } from "./redact.js";

/** Where an answer came from; `proxy`: `paymock proxy` passed it on from its target (or answered for it). */
export type JournalSource = "scripted" | "example" | "fault" | "error" | "admin-refused" | "proxy";

/** What the proxy found wrong with a request or an answer (mocks/proxy/violations.ts). */
export interface JournalViolation {
  readonly side: "request" | "response";
  readonly kind: string;
  readonly message: string;
}

/** One journaled request as the admin API shows it (secrets redacted). */
export interface JournalEntry {
  readonly id: number;
  readonly time: string;
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string | readonly string[]>>;
  readonly headers: Readonly<Record<string, string>>;
  /** Absent when the request had none. */
  readonly body?: unknown;
  readonly status: number;
  /** Absent when the answer had none. */
  readonly response?: unknown;
  /** null for requests no operation answers. */
  readonly operationId: string | null;
  readonly durationMs: number;
  readonly source: JournalSource;
  /** Proxy entries: the headers of the answer the client got, secrets redacted. */
  readonly responseHeaders?: Readonly<Record<string, string>>;
  /** Proxy entries: what the spec does not allow in the request or the answer (empty when nothing). */
  readonly violations?: readonly JournalViolation[];
  /** Proxy entries: why the target gave no usable answer, when it did not. */
  readonly upstreamError?: string;
}

/** What is recorded (not yet redacted); `template` is the operation's path template, for filters. */
export type JournalRecord = Omit<JournalEntry, "id" | "operationId"> & {
  readonly operationId: string | undefined;
  readonly template: string | undefined;
};

/** `GET /__mock/requests` filters; every given one must hold. */
export interface RequestFilter {
  readonly method?: string;
  /** An exact path or the operation's template (`/v1/order/{order_id}`). */
  readonly path?: string;
  readonly operationId?: string;
  readonly status?: number;
  /** Only entries with a greater id. */
  readonly since?: number;
  /** The newest N that match. */
  readonly limit?: number;
}

/** `POST /__mock/requests/count` filters: `body` must be contained in the request body (partial deep match). */
export interface CountFilter {
  readonly method?: string;
  readonly path?: string;
  readonly operationId?: string;
  readonly status?: number;
  readonly body?: unknown;
}

export interface Journal {
  record(entry: JournalRecord): void;
  list(filter?: RequestFilter): JournalEntry[];
  count(filter?: CountFilter): number;
  clear(): void;
}

/** Bodies longer than this (as text) are journaled as a marker, so the journal cannot hold gigabytes. */
export const MAX_JOURNALED_BODY_CHARS = 16 * 1024;

type Stored = JournalRecord & { readonly id: number };

/** Whether `actual` contains everything in `expected` (objects: a subset of keys; arrays and scalars: equal). */
export function containsDeep(actual: unknown, expected: unknown): boolean {
  if (typeof expected === "object" && expected !== null && !Array.isArray(expected)) {
    if (typeof actual !== "object" || actual === null || Array.isArray(actual)) return false;
    const a = actual as Record<string, unknown>;
    return Object.entries(expected).every(([k, v]) => Object.hasOwn(a, k) && containsDeep(a[k], v));
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) && actual.length === expected.length && expected.every((v, i) => containsDeep(actual[i], v))
    );
  }
  return Object.is(actual, expected);
}

const matches = (e: Stored, f: CountFilter): boolean =>
  (f.method === undefined || e.method === f.method.toUpperCase()) &&
  (f.path === undefined || e.path === f.path || e.template === f.path) &&
  (f.operationId === undefined || e.operationId === f.operationId) &&
  (f.status === undefined || e.status === f.status);

const toEntry = (e: Stored): JournalEntry => ({
  id: e.id,
  time: e.time,
  method: e.method,
  path: e.path,
  query: redactQuery(e.query),
  headers: redactHeaders(e.headers),
  body: redactBody(e.body),
  status: e.status,
  response: redactBody(e.response),
  operationId: e.operationId ?? null,
  durationMs: e.durationMs,
  source: e.source,
  ...(e.responseHeaders === undefined ? {} : { responseHeaders: redactHeaders(e.responseHeaders) }),
  ...(e.violations === undefined ? {} : { violations: e.violations }),
  ...(e.upstreamError === undefined ? {} : { upstreamError: e.upstreamError }),
});

/** Keeps a body unless its text is too long. */
export function toJournaledBody(body: unknown, text: string): unknown {
  return text.length > MAX_JOURNALED_BODY_CHARS ? `[${text.length} characters, not journaled]` : body;
}

/** A journal keeping the newest `limit` entries. */
export function createJournal(limit: number): Journal {
  let entries: Stored[] = [];
  let nextId = 1;
  return {
    record(entry) {
      entries.push({ ...entry, id: nextId++ });
      // shift() drops the oldest entry in O(1) amortised; splice(0, n) moved every entry each time.
      while (entries.length > limit) entries.shift();
    },
    list(filter = {}) {
      const since = filter.since;
      let found = entries.filter((e) => (since === undefined || e.id > since) && matches(e, filter));
      if (filter.limit !== undefined) found = found.slice(Math.max(0, found.length - filter.limit));
      return found.map(toEntry);
    },
    count(filter = {}) {
      let n = 0;
      for (const e of entries) {
        if (matches(e, filter) && (filter.body === undefined || containsDeep(redactBody(e.body), filter.body))) n += 1;
      }
      return n;
    },
    clear() {
      entries = [];
    },
  };
}
