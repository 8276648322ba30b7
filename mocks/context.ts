/**
 * Time, randomness and the "sent messages" outbox, injected into every flow so tests can fix them.
 */
import { randomInt, randomUUID } from "node:crypto";

/** A controllable clock: real time plus an offset, or a fixed start that only moves when advanced. */
export interface Clock {
  /** Milliseconds since the epoch, as the mock sees it. */
  now(): number;
  /** Moves the mock's time forward and returns the new now. */
  advance(seconds: number): number;
}

/** Returns a clock; with `start` it is frozen there until `advance` moves it (for tests). */
export function createClock(start?: Date | number): Clock {
  let offset = 0;
  const base = start === undefined ? undefined : new Date(start).getTime();
  return {
    now: () => (base ?? Date.now()) + offset,
    advance(seconds) {
      offset += Math.round(seconds * 1000);
      return (base ?? Date.now()) + offset;
    },
  };
}

/** Makes a numeric one-time code of the given length. */
export type OtpGenerator = (length: number) => string;

/** Random codes, or always `fixed` (cut or zero-padded to the requested length) when given. */
export function createOtpGenerator(fixed?: string): OtpGenerator {
  if (fixed !== undefined) return (length) => fixed.slice(0, length).padEnd(length, "0");
  return (length) => Array.from({ length }, () => String(randomInt(10))).join("");
}

/** Codes from a list, in order, then repeating the last one (for tests). */
export function createSequenceOtp(codes: readonly string[]): OtpGenerator {
  let i = 0;
  return (length) => {
    const code = codes[Math.min(i, codes.length - 1)] ?? "0";
    i += 1;
    return code.slice(0, length).padEnd(length, "0");
  };
}

/** Makes unique ids; `kind` lets a generator shape ids per use (`token`, `card`, `order`). */
export type IdGenerator = (kind: string) => string;

export const createRandomIds = (): IdGenerator => () => randomUUID();

/** Deterministic ids `kind-1`, `kind-2`, ... (for tests). */
export function createCounterIds(): IdGenerator {
  const counters = new Map<string, number>();
  return (kind) => {
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    return `${kind}-${n}`;
  };
}

/** One code the mock "sent" by e-mail or SMS. */
export interface OutboxMessage {
  /** Increasing per outbox (survives pruning, so `since=` stays meaningful). */
  readonly id: number;
  readonly to: string;
  readonly channel: "email" | "sms";
  readonly purpose: string;
  readonly code: string;
  readonly sentAt: string;
}

/** What `list` keeps: recipients (any of them, case-insensitive), entries after `since`, the newest `limit`. */
export interface OutboxFilter {
  readonly to?: string | readonly string[];
  readonly since?: number;
  readonly limit?: number;
}

/** How many messages an outbox keeps; the oldest go first (issue #10 item 5). */
export interface OutboxLimits {
  readonly perRecipient: number;
  readonly total: number;
}

/** The serialisable content of an outbox (snapshots). */
export interface OutboxDump {
  readonly messages: readonly OutboxMessage[];
  readonly nextId: number;
}

export interface Outbox {
  send(message: Omit<OutboxMessage, "sentAt" | "id">): OutboxMessage;
  /** Oldest first; `to` as a string or a filter. */
  list(filter?: string | OutboxFilter): OutboxMessage[];
  /** The newest message to `to` (optionally for one purpose). */
  latest(to: string, purpose?: string): OutboxMessage | undefined;
  clear(): void;
  dump(): OutboxDump;
  load(dump: OutboxDump): void;
}

export const DEFAULT_OUTBOX_LIMITS: OutboxLimits = { perRecipient: 1_000, total: 10_000 };

export function createOutbox(
  clock: Clock,
  onSend: (message: OutboxMessage) => void = () => {},
  limits: OutboxLimits = DEFAULT_OUTBOX_LIMITS,
): Outbox {
  let messages: OutboxMessage[] = [];
  let nextId = 1;
  /** Messages kept per lower-cased recipient. */
  let perRecipient = new Map<string, number>();
  const keyOf = (to: string) => to.toLowerCase();
  const forget = (m: OutboxMessage) => {
    const key = keyOf(m.to);
    const n = (perRecipient.get(key) ?? 1) - 1;
    if (n <= 0) perRecipient.delete(key);
    else perRecipient.set(key, n);
  };
  const recount = () => {
    perRecipient = new Map();
    for (const m of messages) perRecipient.set(keyOf(m.to), (perRecipient.get(keyOf(m.to)) ?? 0) + 1);
  };
  return {
    send(message) {
      const sent = { id: nextId++, ...message, sentAt: new Date(clock.now()).toISOString() };
      messages.push(sent);
      const key = keyOf(sent.to);
      const count = (perRecipient.get(key) ?? 0) + 1;
      perRecipient.set(key, count);
      if (count > limits.perRecipient) {
        const oldest = messages.findIndex((m) => keyOf(m.to) === key);
        const [dropped] = messages.splice(oldest, 1);
        if (dropped !== undefined) forget(dropped);
      }
      while (messages.length > limits.total) {
        const dropped = messages.shift();
        if (dropped !== undefined) forget(dropped);
      }
      onSend(sent);
      return sent;
    },
    list(filter) {
      const f: OutboxFilter = typeof filter === "string" ? { to: filter } : (filter ?? {});
      const wanted = f.to === undefined ? undefined : new Set((typeof f.to === "string" ? [f.to] : f.to).map(keyOf));
      const since = f.since;
      let found = messages.filter(
        (m) => (wanted === undefined || wanted.has(keyOf(m.to))) && (since === undefined || m.id > since),
      );
      if (f.limit !== undefined) found = found.slice(Math.max(0, found.length - f.limit));
      return found;
    },
    latest: (to, purpose) =>
      messages.findLast((m) => keyOf(m.to) === keyOf(to) && (purpose === undefined || m.purpose === purpose)),
    clear() {
      messages = [];
      perRecipient = new Map();
    },
    dump: () => ({ messages: [...messages], nextId }),
    load(dump) {
      messages = [...dump.messages];
      nextId = dump.nextId;
      recount();
    },
  };
}
