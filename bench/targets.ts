/**
 * Starts and stops the two servers under test as their own processes (so startup and RSS are
 * comparable): paymock with all four APIs, and stock `prism mock` on the NBC Gate spec.
 * Every child runs in its own process group and is killed with it, also when the bench fails.
 * @see https://docs.stoplight.io/docs/prism/
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The project root (bench/..). */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A URL that must answer 2xx before a server counts as started. */
export interface ReadyProbe {
  readonly url: string;
  readonly method?: string;
}

/** How to start one server under test. */
export interface TargetSpec {
  readonly name: "paymock" | "prism" | "node:http";
  readonly command: string;
  readonly args: readonly string[];
  /** Base URL of the NBC Gate API on this server. */
  readonly baseUrl: string;
  /** All must answer 2xx: paymock probes each of its four ports. */
  readonly probes: readonly ReadyProbe[];
  readonly env?: Readonly<Record<string, string>>;
}

/** A started server. */
export interface RunningTarget {
  readonly spec: TargetSpec;
  readonly child: ChildProcess;
  /** Milliseconds from spawn to the first good answer on every probe. */
  readonly startupMs: number;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();

/** Kills a child's whole process group; ignores children that are already gone. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Kills every child still running (exit, Ctrl-C and crash paths all call it). */
export function killAll(): void {
  for (const child of live) killGroup(child, "SIGKILL");
  live.clear();
}

/** paymock with all four APIs, silent, on `portBase`..`portBase + 3`: the compiled bin `npm start` runs (`npm run build` first). */
export function paymockTarget(
  portBase: number,
  extraNodeArgs: readonly string[] = [],
  mockArgs: readonly string[] = [],
): TargetSpec {
  const base = (i: number) => `http://127.0.0.1:${portBase + i}`;
  return {
    name: "paymock",
    command: process.execPath,
    args: [
      ...extraNodeArgs,
      "bin/paymock.js",
      "start",
      "--port-base",
      String(portBase),
      "--log-level",
      "silent",
      ...mockArgs,
    ],
    baseUrl: base(0),
    probes: [
      { url: `${base(0)}/currency/chain` },
      { url: `${base(1)}/__mock/health` },
      { url: `${base(2)}/__mock/health` },
      { url: `${base(3)}/__mock/health` },
    ],
  };
}

/** Stock `prism mock specs/nbcgate.yaml` as installed (logging on, as users run it). */
export function prismTarget(port: number): TargetSpec {
  const base = `http://127.0.0.1:${port}`;
  return {
    name: "prism",
    command: process.execPath,
    args: [
      "node_modules/@stoplight/prism-cli/dist/index.js",
      "mock",
      "specs/nbcgate.yaml",
      "-p",
      String(port),
      "-h",
      "127.0.0.1",
    ],
    baseUrl: base,
    probes: [{ url: `${base}/currency/chain` }],
  };
}

/** The raw `node:http` ceiling: the same canned JSON for every request (bench/baseline-server.ts). */
export function baselineTarget(port: number, bodyFile: string): TargetSpec {
  const base = `http://127.0.0.1:${port}`;
  return {
    name: "node:http",
    command: process.execPath,
    args: ["--import", "tsx", "bench/baseline-server.ts", String(port), bodyFile],
    baseUrl: base,
    probes: [{ url: `${base}/currency/chain` }],
  };
}

const isUp = async (probe: ReadyProbe): Promise<boolean> => {
  try {
    const res = await fetch(probe.url, { method: probe.method ?? "GET", signal: AbortSignal.timeout(1_000) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
};

/** Spawns the target and waits (polling every 10 ms, at most `timeoutMs`) until every probe answers 2xx. */
export async function startTarget(spec: TargetSpec, timeoutMs = 30_000): Promise<RunningTarget> {
  const started = performance.now();
  const child = spawn(spec.command, [...spec.args], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, ...spec.env },
  });
  live.add(child);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-4_000);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const pending = new Set(spec.probes);
  while (pending.size > 0) {
    if (child.exitCode !== null) throw new Error(`${spec.name} exited during startup (${child.exitCode}): ${stderr}`);
    if (performance.now() - started > timeoutMs) {
      killGroup(child, "SIGKILL");
      throw new Error(`${spec.name} did not answer within ${timeoutMs} ms: ${stderr}`);
    }
    for (const probe of [...pending]) if (await isUp(probe)) pending.delete(probe);
    if (pending.size > 0) await new Promise((r) => setTimeout(r, 10));
  }
  const startupMs = Math.round(performance.now() - started);
  return {
    spec,
    child,
    startupMs,
    async stop() {
      killGroup(child, "SIGTERM");
      const timer = setTimeout(() => killGroup(child, "SIGKILL"), 3_000);
      await exited;
      clearTimeout(timer);
      live.delete(child);
    },
  };
}

/** Resident memory (MiB) of the target's whole process group, from `ps`. */
export function rssMiB(target: RunningTarget): number {
  const pgid = target.child.pid;
  if (pgid === undefined) return Number.NaN;
  const out = execFileSync("ps", ["-eo", "pgid=,rss="], { encoding: "utf8" });
  let kib = 0;
  for (const line of out.split("\n")) {
    const [group, rss] = line.trim().split(/\s+/);
    if (Number(group) === pgid) kib += Number(rss);
  }
  return Math.round(kib / 1024);
}
