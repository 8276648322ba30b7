/**
 * One store for all mock state: sessions (mocks/engine/session-registry.ts), and in each session
 * per API its flow state, outbox, request journal, faults and callbacks, plus one clock. One reset
 * puts a whole session back to the seed (or one API of it); reading an unknown session creates nothing.
 */
import type { Logger } from "pino";
import type { ApiId } from "../src/apis.js";
import type { AnyApiDefinition, MockContext } from "./api.js";
import { type Clock, createRandomIds } from "./context.js";
import { type CallbackLog, createCallbackLog } from "./engine/callbacks.js";
import { createFaultList, type FaultList } from "./engine/faults.js";
import { createJournal, type Journal } from "./engine/journal.js";
import { createSessionClock, type SessionClock } from "./engine/session-clock.js";
import { createSessionRegistry, DEFAULT_SESSION } from "./engine/session-registry.js";

export type { JournalEntry } from "./engine/journal.js";

export interface ApiSlot {
  readonly definition: AnyApiDefinition;
  readonly ctx: MockContext;
  state: unknown;
  readonly journal: Journal;
  readonly faults: FaultList;
  readonly callbacks: CallbackLog;
}

/** One isolated world: every served API's slot and one clock. */
export interface MockSession {
  readonly id: string;
  readonly clock: SessionClock;
  /** Overrides `--callback-url` for this session (`POST /__mock/callbacks/target`). */
  callbackTarget: string | undefined;
  slot(api: ApiId): ApiSlot;
  readonly apis: readonly ApiId[];
  /**
   * Back to the seed: state, outbox, journal, faults, callbacks, callback target; the clock to real time.
   * With `api`, that API only (its state, limiters included, outbox, journal, faults and callbacks):
   * the other APIs, the session clock and the callback target stay as they are.
   */
  reset(api?: ApiId): void;
}

export interface Store {
  /** The session with this id (default: the default session), created on first use. */
  session(id?: string): MockSession;
  /**
   * The live session with this id for reading; for an id that is not live, a blank session as a new
   * one would start (the seed, empty lists, the clock at real time) that is not kept: reading a
   * session never creates it, so the registry's size does not change.
   */
  view(id?: string): MockSession;
  /** Whether a session with this id is live (no creation, no LRU touch). */
  has(id: string): boolean;
  /** The live sessions. */
  sessions(): IterableIterator<MockSession>;
  /** One API's slot in a session (default: the default session). */
  slot(api: ApiId, session?: string): ApiSlot;
  /** Resets one session (default: the default session), or with `api` one API of it. */
  reset(session?: string, api?: ApiId): void;
}

/** How long (real time) one blank view of an unknown session is reused before a fresh one is seeded. */
const BLANK_REUSE_MS = 1_000;

export interface StoreLimits {
  readonly maxSessions: number;
  readonly journalLimit: number;
  readonly callbackLimit: number;
}

/** Builds the per-session context of one API (clock, outbox, callbacks); the server supplies it. */
export type ContextFactory = (
  definition: AnyApiDefinition,
  session: MockSession,
  callbacks: CallbackLog,
) => MockContext;

export function createStore(
  definitions: readonly AnyApiDefinition[],
  deps: {
    readonly clock: Clock;
    readonly limits: StoreLimits;
    readonly log: Logger;
    readonly contextOf: ContextFactory;
  },
): Store {
  const apis = definitions.map((d) => d.id);
  const blankIds = createRandomIds();
  const resetSlot = (s: ApiSlot) => {
    s.ctx.outbox.clear();
    s.journal.clear();
    s.faults.clear();
    s.callbacks.clear();
    s.state = s.definition.seed(s.ctx);
  };
  /** `contextOf` for real sessions; blank views draw their seed ids from a generator of their own. */
  const createSession = (id: string, blank = false): MockSession => {
    const slots = new Map<ApiId, ApiSlot>();
    const session: MockSession = {
      id,
      clock: createSessionClock(deps.clock),
      callbackTarget: undefined,
      apis,
      slot(api) {
        const found = slots.get(api);
        if (found === undefined) throw new Error(`paymock: API "${api}" is not served by this mock.`);
        return found;
      },
      reset(api) {
        if (api !== undefined) {
          resetSlot(session.slot(api));
          return;
        }
        session.clock.reset();
        session.callbackTarget = undefined;
        for (const s of slots.values()) resetSlot(s);
      },
    };
    for (const definition of definitions) {
      const callbacks = createCallbackLog(deps.limits.callbackLimit);
      const shared = deps.contextOf(definition, session, callbacks);
      // A blank view must not move the shared id sequence (tests pin the ids real sessions get).
      const ctx: MockContext = blank ? Object.create(shared, { ids: { value: blankIds } }) : shared;
      slots.set(definition.id, {
        definition,
        ctx,
        state: definition.seed(ctx),
        // A blank view keeps no journal: a refused read of it is not shown by the next read.
        journal: createJournal(blank ? 0 : deps.limits.journalLimit),
        faults: createFaultList("f"),
        callbacks,
      });
    }
    return session;
  };
  const registry = createSessionRegistry<MockSession>({
    max: deps.limits.maxSessions,
    create: createSession,
    onEvict: (id) =>
      deps.log.info(
        { session: id },
        `session ${id} evicted (least recently used; ${deps.limits.maxSessions} live at most)`,
      ),
  });
  // The default session exists from the start, so seeds draw their ids before any request.
  registry.get(DEFAULT_SESSION);
  const session = (id: string = DEFAULT_SESSION) => registry.get(id);
  // One blank at a time, kept briefly: the dashboard's view reads it some twenty times in a row.
  let blank: { readonly session: MockSession; readonly at: number } | undefined;
  const view = (id: string = DEFAULT_SESSION): MockSession => {
    if (registry.peek(id) !== undefined) return registry.get(id);
    const now = performance.now();
    if (blank === undefined || blank.session.id !== id || now - blank.at > BLANK_REUSE_MS) {
      blank = { session: createSession(id, true), at: now };
    }
    return blank.session;
  };
  return {
    session,
    view,
    has: (id) => registry.peek(id) !== undefined,
    sessions: () => registry.values(),
    slot: (api, id) => session(id).slot(api),
    reset: (id, api) => session(id).reset(api),
  };
}
