/**
 * How a serving `paymock` process ends: on SIGINT or SIGTERM, and, when npm started it
 * (`npm start`, `npx paymock`), as soon as its parent is gone. npm 11 does not pass SIGTERM or
 * SIGINT on to the script it runs (npm → sh → node), so `npm start & kill $!` would leave the mock
 * holding its ports. npm does forward both signals to that `sh`, and then: SIGTERM ends the
 * shell, the orphaned mock sees its parent pid change and exits (conventions #13); SIGINT is
 * caught by dash, which keeps waiting for its child. On Linux the mock then sees the shell wake
 * up (its voluntary context switches in `/proc/<ppid>/status` move; a waiting shell wakes only
 * for a signal or its child's exit) and exits too. `npm start` itself runs `exec node …`, so there
 * the signal reaches the mock directly.
 *
 *   serving --SIGINT/SIGTERM------------------> closing --closed or graceMs--> exit(0)
 *   serving --parent pid changed (npm)--------> closing
 *   serving --npm's shell woke (npm, Linux)---> closing
 *   closing --second signal-------------------> exit(0) at once
 * @see ../../docs/packaging.md
 */
import { readFileSync } from "node:fs";

/** What the lifecycle needs from the process; tests pass a fake. */
export interface LifecycleHost {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly ppid: () => number;
  readonly on: (signal: "SIGINT" | "SIGTERM", listener: () => void) => void;
  readonly off: (signal: "SIGINT" | "SIGTERM", listener: () => void) => void;
  readonly exit: (code: number) => void;
  readonly setInterval: (fn: () => void, ms: number) => { unref(): void };
  readonly clearInterval: (timer: { unref(): void }) => void;
  readonly setTimeout: (fn: () => void, ms: number) => { unref(): void };
  /** Milliseconds, for noticing that this process was stopped (SIGSTOP) between two checks. */
  readonly now: () => number;
  /** A file's text, or undefined when it cannot be read (no `/proc`, process gone). */
  readonly readText: (path: string) => string | undefined;
}

export interface LifecycleOptions {
  /** Frees the ports; awaited before the process exits. */
  readonly close: () => Promise<void>;
  /** Why the process is ending, for the log. */
  readonly onStop?: (reason: string) => void;
  /** How often the parent pid is checked (default 250 ms). */
  readonly pollMs?: number;
  /** Longest wait for `close` before exiting anyway (default 2000 ms). */
  readonly graceMs?: number;
  readonly host?: LifecycleHost;
}

const nodeHost = (): LifecycleHost => ({
  env: process.env,
  ppid: () => process.ppid,
  on: (signal, listener) => process.on(signal, listener),
  off: (signal, listener) => process.off(signal, listener),
  exit: (code) => process.exit(code),
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (timer) => clearInterval(timer as NodeJS.Timeout),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  now: () => performance.now(),
  readText: (path) => {
    try {
      return readFileSync(path, "utf8");
    } catch {
      return undefined;
    }
  },
});

const SHELLS = new Set(["sh", "dash", "bash", "ash", "zsh", "busybox"]);

/** How often a shell process has gone to sleep and woken up; undefined when `pid` is not a shell on Linux. */
function shellWakesOf(host: LifecycleHost, pid: number): number | undefined {
  const name = host.readText(`/proc/${pid}/comm`)?.trim();
  if (name === undefined || !SHELLS.has(name)) return undefined;
  const match = /^voluntary_ctxt_switches:\s+(\d+)$/m.exec(host.readText(`/proc/${pid}/status`) ?? "");
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** True when npm (or npx) runs this process: npm sets `npm_lifecycle_event` for scripts and `npm exec`. */
export const isStartedByNpm = (env: Readonly<Record<string, string | undefined>>): boolean =>
  env.npm_lifecycle_event !== undefined && env.npm_lifecycle_event !== "";

/** Ends the process on SIGINT/SIGTERM and, under npm, when the parent goes; returns a disposer. */
export function exitWithParentAndSignals(options: LifecycleOptions): () => void {
  const host = options.host ?? nodeHost();
  const graceMs = options.graceMs ?? 2_000;
  let stopping = false;

  const stop = (reason: string) => {
    if (stopping) {
      host.exit(0);
      return;
    }
    stopping = true;
    dispose(false);
    options.onStop?.(reason);
    host.setTimeout(() => host.exit(0), graceMs).unref();
    options.close().then(
      () => host.exit(0),
      () => host.exit(0),
    );
  };
  const onSigint = () => stop("SIGINT");
  const onSigterm = () => stop("SIGTERM");
  host.on("SIGINT", onSigint);
  host.on("SIGTERM", onSigterm);

  let watcher: { unref(): void } | undefined;
  if (isStartedByNpm(host.env)) {
    const pollMs = options.pollMs ?? 250;
    const parent = host.ppid();
    let wakes = shellWakesOf(host, parent);
    let checkedAt = host.now();
    watcher = host.setInterval(() => {
      if (host.ppid() !== parent) return stop("parent process gone");
      if (wakes === undefined) return;
      const now = host.now();
      const current = shellWakesOf(host, parent);
      // After a long gap this process was stopped, and the shell woke for that: not a signal.
      const resumed = now - checkedAt > pollMs * 8;
      checkedAt = now;
      if (current === undefined || current === wakes) return;
      if (resumed) wakes = current;
      else stop("npm's shell was interrupted (SIGINT)");
    }, pollMs);
    watcher.unref();
  }

  function dispose(removeSignals = true): void {
    if (watcher !== undefined) host.clearInterval(watcher);
    watcher = undefined;
    if (removeSignals) {
      host.off("SIGINT", onSigint);
      host.off("SIGTERM", onSigterm);
    }
  }
  return () => dispose();
}
