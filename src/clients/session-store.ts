/**
 * The small store that holds one client's session (tokens); it lives in the client object, never
 * in module globals, so two clients never share a session.
 * @see ../../docs/clients.md
 */

/** Holds the current session, if any. */
export interface SessionStore<S> {
  get(): S | undefined;
  set(session: S): void;
  clear(): void;
}

/** Creates an empty store. */
export function createSessionStore<S>(): SessionStore<S> {
  let current: S | undefined;
  return {
    get: () => current,
    set(session) {
      current = session;
    },
    clear() {
      current = undefined;
    },
  };
}
