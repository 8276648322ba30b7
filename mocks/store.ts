/**
 * One store for all mock state: sessions (mocks/engine/session-registry.ts), and in each session
 * per API its flow state, outbox, request journal, faults and callbacks, plus one clock. One reset
 * puts a whole session back to the seed.
 */
import type { Logger } from "pino";
import type { ApiId } from "../src/apis.js";
import type { AnyApiDefinition, MockContext } from "./api.js";
import type { Clock } from "./context.js";
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
  /** Back to the seed: state, outbox, journal, faults, callbacks, callback target; the clock to real time. */
  reset(): void;
}

export interface Store {
  /** The session with this id (default: the default session), created on first use. */
  session(id?: string): MockSession;
  /** The live sessions. */
  sessions(): IterableIterator<MockSession>;
  /** One API's slot in a session (default: the default session). */
  slot(api: ApiId, session?: string): ApiSlot;
  /** Resets one session (default: the default session). */
  reset(session?: string): void;
}

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
  const createSession = (id: string): MockSession => {
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
      reset() {
        session.clock.reset();
        session.callbackTarget = undefined;
        for (const s of slots.values()) {
          s.ctx.outbox.clear();
          s.journal.clear();
          s.faults.clear();
          s.callbacks.clear();
          s.state = s.definition.seed(s.ctx);
        }
      },
    };
    for (const definition of definitions) {
      const callbacks = createCallbackLog(deps.limits.callbackLimit);
      const ctx = deps.contextOf(definition, session, callbacks);
      slots.set(definition.id, {
        definition,
        ctx,
        state: definition.seed(ctx),
        journal: createJournal(deps.limits.journalLimit),
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
  return {
    session,
    sessions: () => registry.values(),
    slot: (api, id) => session(id).slot(api),
    reset: (id) => session(id).reset(),
  };
}
