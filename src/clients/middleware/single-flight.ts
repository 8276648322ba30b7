/**
 * One in-flight run of an async task shared by every concurrent caller (token refresh, re-login).
 * @see ../../../docs/clients.md
 */

/** A task that runs at most once at a time; callers arriving while it runs get the same promise. */
export interface SingleFlight<T> {
  run(): Promise<T>;
  /** True while a run is in flight. */
  isRunning(): boolean;
}

/** Wraps `task` so ten concurrent 401s cause one refresh, not ten. */
export function createSingleFlight<T>(task: () => Promise<T>): SingleFlight<T> {
  let inFlight: Promise<T> | undefined;
  return {
    run() {
      inFlight ??= task().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
    isRunning: () => inFlight !== undefined,
  };
}
