/**
 * One clock per session: the server's clock plus the session's own offset, optionally frozen.
 * Every move is checked before it is made, so no admin call can push a session's time to where
 * a JavaScript date (or a vendor date format) breaks: moves are within +-10 years and the result
 * stays in the years 2000-2100 (issue #10 item 1, conventions #3).
 */
import type { Clock } from "../context.js";

/** What `GET /__mock/clock` answers. */
export interface ClockState {
  readonly now: string;
  readonly offsetSeconds: number;
  readonly frozen: boolean;
}

/** The serialisable part of a session clock (snapshots). */
export interface ClockDump {
  readonly offsetMs: number;
  /** Mock time at which the clock stands still, when frozen. */
  readonly frozenAt: number | null;
}

export interface SessionClock extends Clock {
  state(): ClockState;
  /** Applies a `POST /__mock/clock` body; returns an error message (and changes nothing) when it is not valid. */
  apply(body: unknown): string | undefined;
  /** Back to the server's time, running. */
  reset(): void;
  dump(): ClockDump;
  load(dump: ClockDump): void;
}

export const MAX_ADVANCE_SECONDS = 10 * 366 * 24 * 3600;
const MIN_TIME = Date.UTC(2000, 0, 1);
const MAX_TIME = Date.UTC(2101, 0, 1) - 1;

const USAGE =
  'Send one of {"advanceSeconds": N} (an integer, at most 10 years either way), {"now": "<ISO-8601 date-time>"} (years 2000-2100) or {"freeze": true|false}.';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const outOfRange = (time: number): string | undefined =>
  Number.isFinite(time) && time >= MIN_TIME && time <= MAX_TIME
    ? undefined
    : `The clock would move to ${Number.isFinite(time) && Math.abs(time) < 8.64e15 ? new Date(time).toISOString() : "a time no date can hold"}, outside the years 2000-2100; nothing was changed.`;

/** Creates a session clock over the server's `base` clock. */
export function createSessionClock(base: Clock): SessionClock {
  let offsetMs = 0;
  let frozenAt: number | undefined;
  const now = () => frozenAt ?? base.now() + offsetMs;
  const moveTo = (target: number) => {
    if (frozenAt === undefined) offsetMs = target - base.now();
    else frozenAt = target;
  };
  return {
    now,
    advance(seconds) {
      moveTo(now() + Math.round(seconds * 1000));
      return now();
    },
    state: () => ({
      now: new Date(now()).toISOString(),
      offsetSeconds: Math.round((now() - base.now()) / 1000),
      frozen: frozenAt !== undefined,
    }),
    apply(body) {
      if (!isRecord(body)) return USAGE;
      const keys = Object.keys(body);
      if (keys.length !== 1) return `${USAGE} Got ${keys.length === 0 ? "no field" : `the fields ${keys.join(", ")}`}.`;
      if ("advanceSeconds" in body) {
        const n = body.advanceSeconds;
        if (typeof n !== "number" || !Number.isInteger(n) || Math.abs(n) > MAX_ADVANCE_SECONDS) {
          return `advanceSeconds must be an integer between -${MAX_ADVANCE_SECONDS} and ${MAX_ADVANCE_SECONDS} (10 years), got ${JSON.stringify(n) ?? String(n)}; nothing was changed.`;
        }
        const target = now() + n * 1000;
        const refused = outOfRange(target);
        if (refused !== undefined) return refused;
        moveTo(target);
        return undefined;
      }
      if ("now" in body) {
        const value = body.now;
        const time = typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
        if (Number.isNaN(time)) {
          return `now must be an ISO-8601 date-time such as "2030-01-31T12:00:00Z", got ${JSON.stringify(value)}; nothing was changed.`;
        }
        const refused = outOfRange(time);
        if (refused !== undefined) return refused;
        moveTo(time);
        return undefined;
      }
      if ("freeze" in body) {
        if (typeof body.freeze !== "boolean") return `freeze must be true or false; nothing was changed.`;
        if (body.freeze) frozenAt ??= now();
        else if (frozenAt !== undefined) {
          offsetMs = frozenAt - base.now();
          frozenAt = undefined;
        }
        return undefined;
      }
      return `${USAGE} Got the field ${keys[0]}.`;
    },
    reset() {
      offsetMs = 0;
      frozenAt = undefined;
    },
    dump: () => ({ offsetMs, frozenAt: frozenAt ?? null }),
    load(dump) {
      offsetMs = dump.offsetMs;
      frozenAt = dump.frozenAt ?? undefined;
    },
  };
}
