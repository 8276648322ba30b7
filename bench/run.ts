/**
 * `npm run bench`: paymock against a raw `node:http` server (the machine's ceiling) and stock
 * `prism mock` on specs/nbcgate.yaml, in one run. Starts each as its own process (startup measured
 * to the first good answer), drives each scenario with autocannon from a separate child process in
 * alternating rounds (paymock, raw node:http with the same requests, and Prism for the NBC Gate
 * scenarios), then prints every scenario as a share of raw node:http against its target, and
 * req/s, p50/p99, startup, RSS and the paymock / Prism ratios. Bounded: fixed rounds and
 * durations, every child is killed on exit, Ctrl-C or failure.
 * `--soak [--requests N]` runs the memory soak of bench/soak.ts instead.
 * `--reload [--edits N]` times hot reload (bench/reload.ts) instead.
 * Usage: `npx tsx bench/run.ts [--duration 5] [--rounds 3] [--warmup 2] [--connections 50]
 *   [--startup-runs 3] [--validate-responses warn|off] [--only ID,ID] [--profile DIR] [--json FILE]`
 * @see docs/speed-and-robustness.md
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { LoadJob, LoadResult } from "./load.js";
import {
  type BenchResults,
  MAX_WRONG_SHARE,
  type ScenarioResult,
  toMarkdown,
  toStats,
  toWrongShare,
} from "./report.js";
import {
  BENCH_MOCK_ARGS,
  benchRequestOf,
  portOffsetOf,
  SCENARIOS,
  type Scenario,
  SIGN_IN_BODY,
  toToken,
} from "./scenarios.js";
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
    "validate-responses": { type: "string", default: "warn" },
    only: { type: "string" },
    profile: { type: "string" },
    json: { type: "string" },
  },
});
const validateResponses = flags["validate-responses"];
if (validateResponses !== "warn" && validateResponses !== "off")
  throw new Error("--validate-responses is warn or off.");
const only = flags.only?.split(",").map((id) => id.trim());
const scenariosToRun = SCENARIOS.filter((s) => only === undefined || only.includes(s.id));
if (scenariosToRun.length === 0) throw new Error(`--only names none of ${SCENARIOS.map((s) => s.id).join(", ")}.`);
const paymockArgs = [...BENCH_MOCK_ARGS, ...(validateResponses === "off" ? ["--validate-responses", "off"] : [])];

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

/** Where a scenario's API listens on a target (paymock: one port per API). */
const urlOf = (target: RunningTarget, scenario: Scenario, path: string) => {
  if (target.spec.name !== "paymock") return `${target.spec.baseUrl}${path}`;
  const url = new URL(target.spec.baseUrl);
  url.port = String(Number(url.port) + portOffsetOf(scenario));
  return `${url.origin}${path}`;
};

/**
 * One autocannon job for a scenario on a target; `round` names fresh sessions for scenarios
 * spread over sessions, so each round starts with fresh attempt limits.
 */
async function toJob(
  target: RunningTarget,
  scenario: Scenario,
  seconds: number,
  round: string,
  token?: string,
): Promise<LoadJob> {
  const first = benchRequestOf(scenario, token ?? (scenario.needsToken ? await signIn(target) : undefined), 0);
  const { "x-paymock-session": _session, ...headers } = first.headers;
  const sessions = scenario.sessions;
  return {
    url: urlOf(target, scenario, scenario.path),
    method: scenario.method,
    headers,
    ...(first.body === undefined ? {} : { body: first.body }),
    connections,
    durationSec: seconds,
    ...(sessions === undefined
      ? {}
      : { variants: Array.from({ length: sessions }, (_, i) => ({ "x-paymock-session": `bench-${round}-${i}` })) }),
  };
}

/** Sends the scenario's request once; a wrong status is printed (the rounds then flag the row). */
async function checkOnce(target: RunningTarget, scenario: Scenario): Promise<void> {
  const job = await toJob(target, scenario, 1, "check");
  const headers = { ...job.headers, ...job.variants?.[0] };
  const res = await fetch(job.url, { method: job.method, headers, body: job.body });
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

/** A raw node:http server answering every request with the JSON paymock serves for the spec-example scenario. */
async function startBaseline(paymock: RunningTarget, port: number, dir: string): Promise<RunningTarget> {
  const example = SCENARIOS.find((s) => s.id === "example-get") as Scenario;
  const body = await (await fetch(`${paymock.spec.baseUrl}${example.path}`)).text();
  const bodyFile = join(dir, "body.json");
  writeFileSync(bodyFile, body);
  return startWithRetry(baselineTarget(port, bodyFile));
}

const formatRound = (name: string, round: number, result: LoadResult) =>
  `  round ${round + 1} ${name.padEnd(9)} ${String(result.requestsPerSec).padStart(6)} req/s  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  non-2xx ${result.non2xx}  errors ${result.errors + result.timeouts}`;

/** One scenario: a check and a warm-up, then alternating rounds of paymock, raw node:http and (NBC Gate) Prism. */
async function runScenario(scenario: Scenario, paymock: RunningTarget, prism: RunningTarget, baseline: RunningTarget) {
  log(`\n${scenario.title}`);
  const targets = scenario.onPrism ? [paymock, baseline, prism] : [paymock, baseline];
  // node:http needs no token; it gets the same header paymock gets.
  const token = scenario.needsToken ? await signIn(paymock) : undefined;
  for (const target of targets) {
    if (target === baseline) continue;
    await resetState(target);
    await checkOnce(target, scenario);
    await runLoadChild(await toJob(target, scenario, warmupSec, "warmup"));
  }
  const results = new Map<RunningTarget, LoadResult[]>(targets.map((t) => [t, []]));
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? targets : [...targets].reverse();
    for (const target of order) {
      await resetState(target);
      const job =
        target === baseline
          ? {
              ...(await toJob(paymock, scenario, durationSec, `r${round}`, token)),
              url: urlOf(baseline, scenario, scenario.path),
            }
          : await toJob(target, scenario, durationSec, `r${round}`);
      const result = await runLoadChild(job);
      results.get(target)?.push(result);
      log(formatRound(target.spec.name, round, result));
    }
  }
  const stats = toStats(results.get(paymock) ?? []);
  const wrong = toWrongShare(stats);
  if (wrong > MAX_WRONG_SHARE) {
    log(
      `  ! ${Math.round(wrong * 100)} % of paymock's answers were not ${scenario.expectStatus}: this row does not count`,
    );
  }
  log(`  RSS now: paymock ${rssMiB(paymock)} MiB, prism ${rssMiB(prism)} MiB`);
  return {
    scenario,
    paymock: stats,
    baseline: toStats(results.get(baseline) ?? []),
    ...(scenario.onPrism ? { prism: toStats(results.get(prism) ?? []) } : {}),
  } satisfies ScenarioResult;
}

async function main(): Promise<void> {
  const portBase = await findFreePorts(6);
  const profileArgs = flags.profile === undefined ? [] : ["--cpu-prof", `--cpu-prof-dir=${flags.profile}`];
  const specs = [paymockTarget(portBase, profileArgs, paymockArgs), prismTarget(portBase + 4)];
  log(`bench: ${connections} connections, ${rounds} rounds x ${durationSec} s, warm-up ${warmupSec} s`);
  log(`paymock runs with ${paymockArgs.join(" ")} (journal, request and response validation as shipped unless named)`);
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
  const dir = mkdtempSync(join(tmpdir(), "paymock-bench-baseline-"));
  try {
    const baseline = await startBaseline(paymock, portBase + 5, dir);
    running.push(baseline);
    const scenarios: ScenarioResult[] = [];
    for (const scenario of scenariosToRun) scenarios.push(await runScenario(scenario, paymock, prism, baseline));

    const medianOf = (name: string) => {
      const list = [...(startupTimes.get(name) ?? [])].sort((a, b) => a - b);
      return list[Math.floor(list.length / 2)] ?? Number.NaN;
    };
    const example = scenarios.find((s) => s.scenario.id === "example-get");
    const results: BenchResults = {
      connections,
      durationSec,
      roundsPerScenario: rounds,
      startupMs: { paymock: medianOf("paymock"), prism: medianOf("prism") },
      coldStartupMs,
      ...(example?.baseline === undefined ? {} : { baseline: { scenario: example.scenario, stats: example.baseline } }),
      rssMiB: { paymock: rssMiB(paymock), prism: rssMiB(prism) },
      paymockArgs,
      scenarios,
    };
    for (const target of running) await target.stop();
    process.stdout.write(`\n${toMarkdown(results)}\n`);
    process.stdout.write(
      `\nNode ${process.version}, ${cpus().length} CPUs. Absolute figures depend on the machine; compare the shares and ratios.\n`,
    );
    if (flags.json !== undefined) writeFileSync(flags.json, `${JSON.stringify(results, null, 2)}\n`);
    if (flags.profile !== undefined) {
      log(
        `CPU profiles of paymock are in ${flags.profile}; summarise one with npx tsx bench/profile-summary.ts <file>`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
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
