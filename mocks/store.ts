/**
 * One store for all mock state: per API its flow state, outbox and request journal, with one reset.
 */
import type { ApiId } from "../src/apis.js";
import type { AnyApiDefinition, MockContext } from "./api.js";

/** One line of the request journal (no headers or bodies: they may hold secrets). */
export interface JournalEntry {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly time: string;
  readonly durationMs: number;
  readonly operationId: string | undefined;
}

export interface ApiSlot {
  readonly definition: AnyApiDefinition;
  readonly ctx: MockContext;
  state: unknown;
  journal: JournalEntry[];
}

export interface Store {
  slot(api: ApiId): ApiSlot;
  /** Back to the seed: state, outbox and journal of one API, or of all. */
  reset(api?: ApiId): void;
}

/** Journal entries kept per API; older ones are dropped. */
export const JOURNAL_LIMIT = 10_000;

export function createStore(definitions: readonly AnyApiDefinition[], contextOf: (api: ApiId) => MockContext): Store {
  const slots = new Map<ApiId, ApiSlot>();
  for (const definition of definitions) {
    const ctx = contextOf(definition.id);
    slots.set(definition.id, { definition, ctx, state: definition.seed(ctx), journal: [] });
  }
  const slot = (api: ApiId): ApiSlot => {
    const found = slots.get(api);
    if (found === undefined) throw new Error(`paymock: API "${api}" is not served by this mock.`);
    return found;
  };
  return {
    slot,
    reset(api) {
      for (const s of api === undefined ? slots.values() : [slot(api)]) {
        s.state = s.definition.seed(s.ctx);
        s.ctx.outbox.clear();
        s.journal = [];
      }
    },
  };
}
