/**
 * A session's whole state as JSON (`GET /__mock/snapshot`) and back (`PUT`): every API's business
 * state (Maps and Sets kept by superjson), outbox and the session clock. Journal, faults and
 * callbacks are records of what happened, not state, and are left as they are.
 */
import superjson from "superjson";
import type { ApiId } from "../../src/apis.js";
import type { OutboxDump } from "../context.js";
import type { MockSession } from "../store.js";
import type { ClockDump } from "./session-clock.js";

export const SNAPSHOT_FORMAT = "paymock-snapshot/1";

/** What `GET /__mock/snapshot` answers; treat it as opaque. */
export interface Snapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly clock: ClockDump;
  readonly callbackTarget: string | null;
  readonly apis: Readonly<Partial<Record<ApiId, { readonly state: unknown; readonly outbox: OutboxDump }>>>;
}

/** The session as a snapshot. */
export function toSnapshot(session: MockSession): Snapshot {
  const apis: Partial<Record<ApiId, { state: unknown; outbox: OutboxDump }>> = {};
  for (const api of session.apis) {
    const slot = session.slot(api);
    apis[api] = { state: superjson.serialize(slot.state), outbox: slot.ctx.outbox.dump() };
  }
  return {
    format: SNAPSHOT_FORMAT,
    clock: session.clock.dump(),
    callbackTarget: session.callbackTarget ?? null,
    apis,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Restores a snapshot into the session; returns an error message (and changes nothing) when it does not fit. */
export function restoreSnapshot(session: MockSession, input: unknown): string | undefined {
  if (!isRecord(input) || input.format !== SNAPSHOT_FORMAT) {
    return `Send a snapshot as GET /__mock/snapshot returns it (an object with "format": "${SNAPSHOT_FORMAT}").`;
  }
  const { clock, apis, callbackTarget } = input;
  if (!isRecord(clock) || typeof clock.offsetMs !== "number" || !Number.isFinite(clock.offsetMs)) {
    return "The snapshot's clock is missing or not valid.";
  }
  const frozenAt = clock.frozenAt ?? undefined;
  if (frozenAt !== undefined && (typeof frozenAt !== "number" || !Number.isFinite(frozenAt))) {
    return "The snapshot's clock.frozenAt is not valid.";
  }
  if (callbackTarget !== null && callbackTarget !== undefined && typeof callbackTarget !== "string") {
    return "The snapshot's callbackTarget must be a URL or null.";
  }
  if (!isRecord(apis)) return 'The snapshot has no "apis" object.';
  const restored = new Map<ApiId, { state: unknown; outbox: OutboxDump }>();
  for (const api of session.apis) {
    const part = apis[api];
    if (!isRecord(part) || !isRecord(part.outbox) || !Array.isArray(part.outbox.messages)) {
      return `The snapshot has no state for ${api} (it was taken on a mock serving other APIs?).`;
    }
    if (typeof part.outbox.nextId !== "number") return `The snapshot's outbox of ${api} is not valid.`;
    try {
      restored.set(api, {
        state: superjson.deserialize(part.state as Parameters<typeof superjson.deserialize>[0]),
        outbox: part.outbox as unknown as OutboxDump,
      });
    } catch (error) {
      return `The snapshot's state of ${api} could not be read: ${(error as Error).message}`;
    }
  }
  for (const [api, part] of restored) {
    const slot = session.slot(api);
    slot.state = part.state;
    slot.ctx.outbox.load(part.outbox);
  }
  session.clock.load({ offsetMs: clock.offsetMs, frozenAt: (frozenAt as number | undefined) ?? null });
  session.callbackTarget = typeof callbackTarget === "string" ? callbackTarget : undefined;
  return undefined;
}
