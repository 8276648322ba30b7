/**
 * What a session's callbacks and webhooks did: every POST the mock sent, with its delivery outcome.
 * Bodies and headers go through the one redaction rule (mocks/engine/redact.ts) when listed.
 */
import { redactBody, redactHeaders } from "./redact.js";

/** One callback as `GET /__mock/callbacks` shows it. */
export interface CallbackRecord {
  readonly id: number;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** The event name the body carries (`event`, `event_name`, or the type of its `data`). */
  readonly event: string | undefined;
  /** `pending` until the receiver answered (`delivered`, with its HTTP status) or the POST failed (`failed`, with the reason). */
  readonly status: "pending" | "delivered" | "failed";
  readonly httpStatus?: number;
  readonly reason?: string;
  readonly time: string;
}

type Outcome = { status: "delivered"; httpStatus: number } | { status: "failed"; reason: string };

export interface CallbackLog {
  /** Records a callback about to be sent; call the returned function with its outcome. */
  add(
    record: Omit<CallbackRecord, "id" | "status" | "event" | "body"> & { readonly text: string },
  ): (outcome: Outcome) => void;
  list(): CallbackRecord[];
  clear(): void;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The event name of a callback body, wherever the vendor puts it. */
export function eventOf(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  for (const key of ["event", "event_name", "event_type"]) if (typeof body[key] === "string") return body[key];
  const data = body.data;
  return isRecord(data) && typeof data.type === "string" ? data.type : undefined;
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** A log keeping the newest `limit` callbacks. */
export function createCallbackLog(limit: number): CallbackLog {
  type Mutable = { -readonly [K in keyof CallbackRecord]: CallbackRecord[K] };
  let records: Mutable[] = [];
  let nextId = 1;
  return {
    add({ text, ...rest }) {
      const body = parse(text);
      const record: Mutable = { id: nextId++, ...rest, body, event: eventOf(body), status: "pending" };
      records.push(record);
      while (records.length > limit) records.shift();
      return (outcome) => Object.assign(record, outcome);
    },
    list: () => records.map((r) => ({ ...r, headers: redactHeaders(r.headers), body: redactBody(r.body) })),
    clear() {
      records = [];
    },
  };
}
