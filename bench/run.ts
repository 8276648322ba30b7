/**
 * `npm run bench`: paymock against stock `prism mock` on specs/nbcgate.yaml, in one run.
 * Starts both as their own processes (startup measured to the first good answer), drives each
 * scenario with autocannon from a separate child process in alternating rounds, then prints
 * req/s, p50/p99, startup, RSS after load and the paymock / Prism ratios. Bounded: fixed rounds
 * and durations, every child is killed on exit, Ctrl-C or failure.
 * `--soak [--requests N]` runs the memory soak of bench/soak.ts instead.
 * Usage: `npx tsx bench/run.ts [--duration 5] [--rounds 3] [--warmup 2] [--connections 50]
 *   [--startup-runs 3] [--profile DIR] [--json FILE]`
 * @see README.md, "Speed and robustness, measured"
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { LoadJob, LoadResult } from "./load.js";
import { type BenchResults, toMarkdown, toStats } from "./report.js";
import { SCENARIOS, type Scenario, SIGN_IN_BODY, toToken } from "./scenarios.js";
import {
  baselineTarget,
  killAll,
  paymockTarget,
  prismTarget,
  ROOT,
  type RunningTarget,
  rssMiB,
  startTarget,
  type TargetSpec,
} from "./targets.js";

// `--soak [--requests N]` is its own run (bench/soak.ts): in-process, no Prism, no autocannon.
if (process.argv.includes("--soak")) {
  const { values } = parseArgs({
    options: { soak: { type: "boolean" }, requests: { type: "string", default: "1000000" } },
  });
  const requests = Number(values.requests);
  if (!Number.isInteger(requests) || requests < 1) throw new Error("--requests must be a positive whole number.");
  const { runSoak } = await import("./soak.js");
  process.exit(await runSoak(requests));
}

// `--reload [--edits N]` is its own run (bench/reload.ts): hot reload timed from file write to new answer.
if (process.argv.includes("--reload")) {
  const { values } = parseArgs({ options: { reload: { type: "boolean" }, edits: { type: "string", default: "10" } } });
  const edits = Number(values.edits);
  if (!Number.isInteger(edits) || edits < 1 || edits > 100)
    throw new Error("--edits must be a whole number from 1 to 100.");
  const { runReload } = await import("./reload.js");
  process.exit(await runReload(edits));
}

const { values: flags } = parseArgs({
  options: {
    duration: { type: "string", default: "5" },
    rounds: { type: "string", default: "3" },
    warmup: { type: "string", default: "2" },
    connections: { type: "string", default: "50" },
    "startup-runs": { type: "string", default: "3" },
    profile: { type: "string" },
    json: { type: "string" },
  },
});

const positive = (name: string, value: string | undefined, max: number) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be a whole number from 1 to ${max}.`);
  return n;
};
const durationSec = positive("duration", flags.duration, 60);
const rounds = positive("rounds", flags.rounds, 10);
const warmupSec = positive("warmup", flags.warmup, 30);
const connections = positive("connections", flags.connections, 1000);
const startupRuns = positive("startup-runs", flags["startup-runs"], 10);

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Finds `count` consecutive free ports on 127.0.0.1. */
async function findFreePorts(count: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    let free = true;
    for (let i = 0; i < count && free; i += 1) free = await tryPort(base + i);
    if (free) return base;
  }
  throw new Error("no free ports found");
}

/** Runs one autocannon round in a child process (never in this event loop). */
function runLoadChild(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "bench/load.ts", JSON.stringify(job)],
      { cwd: ROOT, timeout: (job.durationSec + 30) * 1000, maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error !== null) reject(new Error(`load generator failed: ${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as LoadResult);
      },
    );
  });
}

async function signIn(target: RunningTarget): Promise<string> {
  const res = await fetch(`${target.spec.baseUrl}/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: SIGN_IN_BODY,
  });
  const token = toToken(await res.json().catch(() => undefined));
  if (token === undefined) throw new Error(`${target.spec.name}: sign-in answered ${res.status} without a token`);
  return token;
}

/** Back to the seed between rounds so state from earlier rounds does not pile up (paymock only). */
async function resetState(target: RunningTarget): Promise<void> {
  if (target.spec.name !== "paymock") return;
  await fetch(`${target.spec.baseUrl}/__mock/reset`, { method: "POST" }).then((r) => r.arrayBuffer());
}

async function toJob(target: RunningTarget, scenario: Scenario, seconds: number): Promise<LoadJob> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (scenario.body !== undefined) headers["content-type"] = "application/json";
  if (scenario.needsToken) headers.authorization = await signIn(target);
  return {
    url: `${target.spec.baseUrl}${scenario.path}`,
    method: scenario.method,
    headers,
    ...(scenario.body === undefined ? {} : { body: scenario.body }),
    connections,
    durationSec: seconds,
  };
}

/** Sends the scenario's request once and says whether the answer is the expected one. */
async function checkOnce(target: RunningTarget, scenario: Scenario): Promise<void> {
  const job = await toJob(target, scenario, 1);
  const res = await fetch(job.url, { method: job.method, headers: job.headers, body: job.body });
  const text = await res.text();
  if (res.status !== scenario.expectStatus) {
    log(`  ! ${target.spec.name} answered ${res.status} (want ${scenario.expectStatus}): ${text.slice(0, 200)}`);
  }
}

/** Starts a target, trying again (at most twice) when the child exits during startup, e.g. on a port race. */
async function startWithRetry(spec: TargetSpec): Promise<RunningTarget> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startTarget(spec);
    } catch (error) {
      if (attempt >= 3) throw error;
      log(
        `  ! ${spec.name} did not start (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); retrying`,
      );
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** One start of paymock with an empty spec cache (what the first run after a spec change costs). */
async function measureColdStart(spec: TargetSpec): Promise<number> {
  const cacheDir = mkdtempSync(join(tmpdir(), "paymock-bench-cache-"));
  try {
    const target = await startWithRetry({ ...spec, env: { ...spec.env, PAYMOCK_CACHE_DIR: cacheDir } });
    await target.stop();
    log(`cold start paymock (empty spec cache): ${target.startupMs} ms`);
    return target.startupMs;
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

async function measureStartups(specs: readonly TargetSpec[]): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>(specs.map((s) => [s.name, []]));
  // Brings the project's spec cache up to date, so the measured starts are warm ones.
  for (const spec of specs) await (await startWithRetry(spec)).stop();
  for (let run = 0; run < startupRuns - 1; run += 1) {
    for (const spec of run % 2 === 0 ? specs : [...specs].reverse()) {
      const target = await startWithRetry(spec);
      times.get(spec.name)?.push(target.startupMs);
      log(`startup ${spec.name}: ${target.startupMs} ms`);
      await target.stop();
    }
  }
  return times;
}

/** The spec-example scenario against a raw node:http server serving the JSON paymock just served. */
async function measureBaseline(paymock: RunningTarget, port: number): Promise<BenchResults["baseline"]> {
  const scenario = SCENARIOS.find((s) => s.id === "example-get");
  if (scenario === undefined) return undefined;
  const dir = mkdtempSync(join(tmpdir(), "paymock-bench-baseline-"));
  try {
    const body = await (await fetch(`${paymock.spec.baseUrl}${scenario.path}`)).text();
    const bodyFile = join(dir, "body.json");
    writeFileSync(bodyFile, body);
    const target = await startWithRetry(baselineTarget(port, bodyFile));
    try {
      log(`\n${scenario.title} on raw node:http (the machine's ceiling)`);
      await runLoadChild(await toJob(target, scenario, warmupSec));
      const measured: LoadResult[] = [];
      for (let round = 0; round < rounds; round += 1) {
        const result = await runLoadChild(await toJob(target, scenario, durationSec));
        measured.push(result);
        log(
          `  round ${round + 1} node:http ${String(result.requestsPerSec).padStart(6)} req/s  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms`,
        );
      }
      return { scenario, stats: toStats(measured) };
    } finally {
      await target.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const portBase = await findFreePorts(6);
  const profileArgs = flags.profile === undefined ? [] : ["--cpu-prof", `--cpu-prof-dir=${flags.profile}`];
  const specs = [paymockTarget(portBase, profileArgs), prismTarget(portBase + 4)];
  log(`bench: ${connections} connections, ${rounds} rounds x ${durationSec} s, warm-up ${warmupSec} s`);
  const coldStartupMs = await measureColdStart(specs[0] as TargetSpec);
  const startupTimes = await measureStartups(specs);
  const running: RunningTarget[] = [];
  for (const spec of specs) {
    const target = await startWithRetry(spec);
    startupTimes.get(spec.name)?.push(target.startupMs);
    log(`startup ${spec.name}: ${target.startupMs} ms`);
    running.push(target);
  }
  const [paymock, prism] = running as [RunningTarget, RunningTarget];

  const scenarios: BenchResults["scenarios"][number][] = [];
  for (const scenario of SCENARIOS) {
    log(`\n${scenario.title}`);
    for (const target of running) {
      await resetState(target);
      await checkOnce(target, scenario);
      await runLoadChild(await toJob(target, scenario, warmupSec));
    }
    const results = new Map<string, LoadResult[]>([
      ["paymock", []],
      ["prism", []],
    ]);
    for (let round = 0; round < rounds; round += 1) {
      for (const target of round % 2 === 0 ? running : [...running].reverse()) {
        await resetState(target);
        const result = await runLoadChild(await toJob(target, scenario, durationSec));
        results.get(target.spec.name)?.push(result);
        log(
          `  round ${round + 1} ${target.spec.name.padEnd(7)} ${String(result.requestsPerSec).padStart(6)} req/s  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  non-2xx ${result.non2xx}  errors ${result.errors + result.timeouts}`,
        );
      }
    }
    scenarios.push({
      scenario,
      paymock: toStats(results.get("paymock") ?? []),
      prism: toStats(results.get("prism") ?? []),
    });
    log(`  RSS now: paymock ${rssMiB(paymock)} MiB, prism ${rssMiB(prism)} MiB`);
  }

  const medianOf = (name: string) => {
    const list = [...(startupTimes.get(name) ?? [])].sort((a, b) => a - b);
    return list[Math.floor(list.length / 2)] ?? Number.NaN;
  };
  const baseline = await measureBaseline(paymock, portBase + 5);
  const results: BenchResults = {
    connections,
    durationSec,
    roundsPerScenario: rounds,
    startupMs: { paymock: medianOf("paymock"), prism: medianOf("prism") },
    coldStartupMs,
    ...(baseline === undefined ? {} : { baseline }),
    rssMiB: { paymock: rssMiB(paymock), prism: rssMiB(prism) },
    scenarios,
  };
  for (const target of running) await target.stop();
  process.stdout.write(`\n${toMarkdown(results)}\n`);
  process.stdout.write(
    `\nNode ${process.version}, ${cpus().length} CPUs. Absolute figures depend on the machine; compare the ratios.\n`,
  );
  if (flags.json !== undefined) writeFileSync(flags.json, `${JSON.stringify(results, null, 2)}\n`);
  if (flags.profile !== undefined) {
    log(`CPU profiles of paymock are in ${flags.profile}; summarise one with npx tsx bench/profile-summary.ts <file>`);
  }
}

process.once("exit", killAll);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}
main().catch((error: unknown) => {
  log(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  killAll();
  process.exit(1);
});
