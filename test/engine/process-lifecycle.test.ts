import { describe, expect, it } from "vitest";
import { exitWithParentAndSignals, type LifecycleHost } from "../../mocks/engine/process-lifecycle.js";

type Signal = "SIGINT" | "SIGTERM";

/** A process as the lifecycle sees it, driven by hand: signals, parent pid, /proc and time. */
function createFakeHost(init: { env?: Record<string, string>; ppid?: number; proc?: Record<string, string> } = {}) {
  const listeners = new Map<Signal, Set<() => void>>();
  const intervals = new Set<() => void>();
  const exits: number[] = [];
  const state = { ppid: init.ppid ?? 100, now: 0, proc: { ...init.proc } };
  const host: LifecycleHost = {
    env: init.env ?? {},
    ppid: () => state.ppid,
    on: (signal, listener) => {
      const set = listeners.get(signal) ?? new Set();
      set.add(listener);
      listeners.set(signal, set);
    },
    off: (signal, listener) => listeners.get(signal)?.delete(listener),
    exit: (code) => exits.push(code),
    setInterval: (fn) => {
      intervals.add(fn);
      return { unref() {}, fn } as { unref(): void };
    },
    clearInterval: (timer) => intervals.delete((timer as unknown as { fn: () => void }).fn),
    setTimeout: () => ({ unref() {} }),
    now: () => state.now,
    readText: (path) => state.proc[path],
  };
  return {
    host,
    state,
    exits,
    signal: (signal: Signal) => {
      for (const listener of listeners.get(signal) ?? []) listener();
    },
    /** One poll, `ms` after the previous one. */
    tick: (ms = 250) => {
      state.now += ms;
      for (const fn of [...intervals]) fn();
    },
    watching: () => intervals.size > 0,
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
const npmEnv = { npm_lifecycle_event: "start" };
const shellStatus = (wakes: number) => `Name:\tsh\nvoluntary_ctxt_switches:\t${wakes}\n`;

describe("exitWithParentAndSignals", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("closes the ports, then exits 0, on %s", async (signal) => {
    const fake = createFakeHost();
    const closed: string[] = [];
    exitWithParentAndSignals({ host: fake.host, close: async () => void closed.push("closed") });
    fake.signal(signal);
    expect(closed).toEqual(["closed"]);
    await settle();
    expect(fake.exits).toEqual([0]);
  });

  it("exits at once on a second signal while closing hangs", () => {
    const fake = createFakeHost();
    exitWithParentAndSignals({ host: fake.host, close: () => new Promise(() => {}) });
    fake.signal("SIGTERM");
    expect(fake.exits).toEqual([]);
    fake.signal("SIGINT");
    expect(fake.exits).toEqual([0]);
  });

  it("does not watch the parent when npm did not start the process", () => {
    const fake = createFakeHost();
    exitWithParentAndSignals({ host: fake.host, close: async () => {} });
    expect(fake.watching()).toBe(false);
  });

  it("under npm, stops when the parent pid changes (npm was killed and the mock orphaned)", async () => {
    const fake = createFakeHost({ env: npmEnv, ppid: 100 });
    const reasons: string[] = [];
    exitWithParentAndSignals({ host: fake.host, close: async () => {}, onStop: (r) => reasons.push(r) });
    fake.tick();
    expect(reasons).toEqual([]);
    fake.state.ppid = 1;
    fake.tick();
    await settle();
    expect(reasons).toEqual(["parent process gone"]);
    expect(fake.exits).toEqual([0]);
  });

  it("under npm, stops when its waiting shell wakes up (SIGINT forwarded to sh, which keeps waiting)", async () => {
    const proc = { "/proc/100/comm": "sh\n", "/proc/100/status": shellStatus(3) };
    const fake = createFakeHost({ env: npmEnv, ppid: 100, proc });
    const reasons: string[] = [];
    exitWithParentAndSignals({ host: fake.host, close: async () => {}, onStop: (r) => reasons.push(r) });
    fake.tick();
    fake.tick();
    expect(reasons).toEqual([]);
    fake.state.proc["/proc/100/status"] = shellStatus(4);
    fake.tick();
    await settle();
    expect(reasons).toEqual(["npm's shell was interrupted (SIGINT)"]);
  });

  it("ignores the shell's wake-up after this process was stopped and continued", () => {
    const proc = { "/proc/100/comm": "sh\n", "/proc/100/status": shellStatus(3) };
    const fake = createFakeHost({ env: npmEnv, ppid: 100, proc });
    const reasons: string[] = [];
    exitWithParentAndSignals({ host: fake.host, close: async () => {}, onStop: (r) => reasons.push(r) });
    fake.state.proc["/proc/100/status"] = shellStatus(5);
    fake.tick(60_000);
    fake.tick();
    expect(reasons).toEqual([]);
  });

  it("does not read wake-ups of a parent that is not a shell (npm start runs `exec node`)", () => {
    const proc = { "/proc/100/comm": "npm start\n", "/proc/100/status": shellStatus(3) };
    const fake = createFakeHost({ env: npmEnv, ppid: 100, proc });
    const reasons: string[] = [];
    exitWithParentAndSignals({ host: fake.host, close: async () => {}, onStop: (r) => reasons.push(r) });
    fake.state.proc["/proc/100/status"] = shellStatus(9);
    fake.tick();
    expect(reasons).toEqual([]);
  });

  it("the disposer removes the signal handlers and the watcher", () => {
    const fake = createFakeHost({ env: npmEnv });
    const dispose = exitWithParentAndSignals({ host: fake.host, close: async () => {} });
    dispose();
    fake.signal("SIGTERM");
    expect(fake.exits).toEqual([]);
    expect(fake.watching()).toBe(false);
  });
});
