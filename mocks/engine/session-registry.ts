/**
 * Sessions (`X-Paymock-Session`): one isolated world per id, created on first use and bounded:
 * past `max` live sessions the least recently used one is evicted (the default session never is).
 */

export const SESSION_HEADER = "x-paymock-session";
/** The session of requests without the header. */
export const DEFAULT_SESSION = "default";

const SESSION_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Whether `value` is a valid session id (1-64 of `[A-Za-z0-9._-]`). */
export const isSessionId = (value: string): boolean => SESSION_ID.test(value);

/** The message for an invalid id, in paymock's words. */
export const sessionIdProblem = (value: string): string =>
  `${SESSION_HEADER} must be 1-64 characters of A-Z, a-z, 0-9, ".", "_" or "-"; got ${JSON.stringify(value.slice(0, 80))}.`;

export interface SessionRegistry<S> {
  /** The session with this id, created when new; marks it most recently used. */
  get(id: string): S;
  /** The session if it is live, without creating or touching it. */
  peek(id: string): S | undefined;
  values(): IterableIterator<S>;
  readonly size: number;
}

/** A bounded LRU of sessions; `create` makes one, `onEvict` hears about each eviction. */
export function createSessionRegistry<S>(opts: {
  readonly max: number;
  create(id: string): S;
  onEvict(id: string): void;
}): SessionRegistry<S> {
  const live = new Map<string, S>();
  // The most recently used id: a run of requests in one session (the usual case) moves nothing.
  let newest: string | undefined;
  return {
    get(id) {
      const found = live.get(id);
      if (found !== undefined) {
        // Map keeps insertion order: re-inserting makes this the most recently used.
        if (id !== newest) {
          live.delete(id);
          live.set(id, found);
          newest = id;
        }
        return found;
      }
      const created = opts.create(id);
      live.set(id, created);
      newest = id;
      if (live.size > Math.max(1, opts.max)) {
        for (const oldest of live.keys()) {
          if (oldest === DEFAULT_SESSION || oldest === id) continue;
          live.delete(oldest);
          opts.onEvict(oldest);
          break;
        }
      }
      return created;
    },
    peek: (id) => live.get(id),
    values: () => live.values(),
    get size() {
      return live.size;
    },
  };
}
