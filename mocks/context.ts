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
  readonly to: string;
  readonly channel: "email" | "sms";
  readonly purpose: string;
  readonly code: string;
  readonly sentAt: string;
}

export interface Outbox {
  send(message: Omit<OutboxMessage, "sentAt">): OutboxMessage;
  /** Oldest first; only messages to `to` when given (case-insensitive). */
  list(to?: string): OutboxMessage[];
  /** The newest message to `to` (optionally for one purpose). */
  latest(to: string, purpose?: string): OutboxMessage | undefined;
  clear(): void;
}

export function createOutbox(clock: Clock, onSend: (message: OutboxMessage) => void = () => {}): Outbox {
  let messages: OutboxMessage[] = [];
  const sameAddress = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return {
    send(message) {
      const sent = { ...message, sentAt: new Date(clock.now()).toISOString() };
      messages.push(sent);
      onSend(sent);
      return sent;
    },
    list: (to) => (to === undefined ? [...messages] : messages.filter((m) => sameAddress(m.to, to))),
    latest: (to, purpose) =>
      messages.findLast((m) => sameAddress(m.to, to) && (purpose === undefined || m.purpose === purpose)),
    clear() {
      messages = [];
    },
  };
}
