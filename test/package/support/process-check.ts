/**
 * The CI pattern `cmd & PID=$!; …; kill -SIG $PID`, checked from the outside: start a command in its
 * own process group on free ports, wait until all four APIs answer, send one signal to the PID the
 * shell would have got, then measure when the four ports are free again and list what is left of
 * the group.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createServer } from "node:net";

const API_COUNT = 4;

const canListen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });

/** A base port whose next three ports are free as well (high, random: never a fixed port). */
export async function findFreePortBase(count = API_COUNT): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const base = 20_000 + Math.floor(Math.random() * 40_000);
    let free = true;
    for (let i = 0; i < count && free; i += 1) free = await canListen(base + i);
    if (free) return base;
  }
  throw new Error("no four consecutive free ports found");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

/** Processes of the group that are still alive (zombies hold no port and are not counted). */
export function aliveInGroup(pgid: number): string[] {
  const out = execFileSync("ps", ["-eo", "pid=,pgid=,stat=,args="], { encoding: "utf8" });
  return out
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(([, group, stat]) => Number(group) === pgid && stat !== undefined && !stat.startsWith("Z"))
    .map((fields) => fields.join(" "));
}

export interface KillOutcome {
  /** Milliseconds from the signal until all four ports could be bound again; undefined: not within the limit. */
  readonly freedMs: number | undefined;
  /** `pid pgid stat args` of every process of the group still alive after the ports were freed. */
  readonly leftovers: readonly string[];
  readonly output: string;
}

interface KillOptions {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly signal: "SIGINT" | "SIGTERM";
  readonly limitMs?: number;
}

/** Starts `command`, kills the PID it got with `signal` once all four APIs answer, and reports. */
export async function startThenKill(opts: KillOptions): Promise<KillOutcome> {
  // Another process may take a port between the check and the mock's bind: then once more elsewhere.
  try {
    return await startThenKillOnce(opts);
  } catch (error) {
    if (!(error instanceof Error && error.message.includes("is in use"))) throw error;
    return startThenKillOnce(opts);
  }
}

async function startThenKillOnce(opts: KillOptions): Promise<KillOutcome> {
  const portBase = await findFreePortBase();
  const child: ChildProcess = spawn(opts.command, [...opts.args], {
    cwd: opts.cwd,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PAYMOCK_PORT_BASE: String(portBase), PAYMOCK_LOG_LEVEL: "warn" },
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-8_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const pgid = child.pid;
  if (pgid === undefined) throw new Error(`${opts.command} did not start`);
  try {
    const urls = Array.from({ length: API_COUNT }, (_, i) => `http://127.0.0.1:${portBase + i}/__mock/health`);
    const started = performance.now();
    for (const url of urls) {
      while (!(await answers(url))) {
        if (child.exitCode !== null) throw new Error(`${opts.command} exited early: ${output}`);
        if (performance.now() - started > 90_000) throw new Error(`${url} never answered: ${output}`);
        await sleep(50);
      }
    }
    process.kill(pgid, opts.signal);
    const killedAt = performance.now();
    const limitMs = opts.limitMs ?? 3_000;
    let freedMs: number | undefined;
    while (performance.now() - killedAt <= limitMs) {
      const free = await Promise.all(urls.map((_, i) => canListen(portBase + i)));
      if (free.every(Boolean)) {
        freedMs = Math.round(performance.now() - killedAt);
        break;
      }
      await sleep(50);
    }
    // Whatever is left has had its chance to exit with the ports.
    await sleep(200);
    return { freedMs, leftovers: aliveInGroup(pgid), output };
  } finally {
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {
      // the whole group is gone
    }
  }
}
