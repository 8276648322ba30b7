/**
 * Turns bench measurements into the printed table, the paymock / Prism ratios and the target
 * verdicts of the issue "Speed and robustness of the mock server, measured".
 * @see README.md, "Speed and robustness, measured"
 */
import type { LoadResult } from "./load.js";
import type { Scenario } from "./scenarios.js";

/** Medians over the rounds of one scenario on one server. */
export interface ScenarioStats {
  readonly requestsPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Sum over the rounds. */
  readonly non2xx: number;
  readonly errors: number;
  readonly rounds: readonly LoadResult[];
}

/** Everything one bench run measured. */
export interface BenchResults {
  readonly connections: number;
  readonly durationSec: number;
  readonly roundsPerScenario: number;
  /** Medians of warm starts (paymock's spec cache filled). */
  readonly startupMs: { readonly paymock: number; readonly prism: number };
  /** One paymock start with an empty spec cache (what a fresh clone's first `npm start` costs). */
  readonly coldStartupMs: number;
  /** The spec-example scenario on a raw `node:http` server serving the same JSON: the machine's ceiling. */
  readonly baseline?: { readonly scenario: Scenario; readonly stats: ScenarioStats };
  readonly rssMiB: { readonly paymock: number; readonly prism: number };
  readonly scenarios: readonly {
    readonly scenario: Scenario;
    readonly paymock: ScenarioStats;
    readonly prism: ScenarioStats;
  }[];
}

/** One verdict line. */
export interface TargetVerdict {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return value ?? Number.NaN;
};

/** Medians of the rounds (robust to one noisy round on a shared machine). */
export function toStats(rounds: readonly LoadResult[]): ScenarioStats {
  return {
    requestsPerSec: Math.round(median(rounds.map((r) => r.requestsPerSec))),
    p50Ms: median(rounds.map((r) => r.p50Ms)),
    p99Ms: median(rounds.map((r) => r.p99Ms)),
    non2xx: rounds.reduce((n, r) => n + r.non2xx, 0),
    errors: rounds.reduce((n, r) => n + r.errors + r.timeouts, 0),
    rounds,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? Number.POSITIVE_INFINITY : a / b);
const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "inf");

/** The verdicts against the targets, all as ratios from the same run. */
export function toVerdicts(results: BenchResults): TargetVerdict[] {
  const verdicts: TargetVerdict[] = [];
  const byId = new Map(results.scenarios.map((s) => [s.scenario.id, s]));
  const rpsTarget = (id: Scenario["id"], factor: number) => {
    const s = byId.get(id);
    if (s === undefined) return;
    const r = ratio(s.paymock.requestsPerSec, s.prism.requestsPerSec);
    verdicts.push({
      target: `req/s ${s.scenario.method} ${s.scenario.path} >= ${factor}x Prism`,
      measured: `${fmt(r, 1)}x`,
      met: r >= factor && s.paymock.non2xx === 0,
    });
  };
  rpsTarget("example-get", 10);
  rpsTarget("sign-in", 5);
  for (const s of results.scenarios) {
    const r = ratio(s.paymock.p99Ms, s.prism.p99Ms);
    verdicts.push({
      target: `p99 ${s.scenario.method} ${s.scenario.path} <= 1/5 of Prism (${results.connections} connections)`,
      measured: `${fmt(r, 3)} (${s.paymock.p99Ms} ms vs ${s.prism.p99Ms} ms)`,
      met: r <= 0.2,
    });
  }
  const cold = ratio(results.coldStartupMs, results.startupMs.prism);
  verdicts.push({
    target: "cold start (no spec cache), all four APIs < 1/2 of Prism for one spec",
    measured: `${fmt(cold)} (${results.coldStartupMs} ms vs ${results.startupMs.prism} ms)`,
    met: cold < 0.5,
  });
  const startup = ratio(results.startupMs.paymock, results.startupMs.prism);
  verdicts.push({
    target: "startup, all four APIs < 1/2 of Prism for one spec",
    measured: `${fmt(startup)} (${results.startupMs.paymock} ms vs ${results.startupMs.prism} ms)`,
    met: startup < 0.5,
  });
  const rss = ratio(results.rssMiB.paymock, results.rssMiB.prism);
  verdicts.push({
    target: "RSS after load, all four APIs < Prism for one spec",
    measured: `${fmt(rss)} (${results.rssMiB.paymock} MiB vs ${results.rssMiB.prism} MiB)`,
    met: rss < 1,
  });
  return verdicts;
}

/** The raw node:http ceiling, and paymock's share of it, for the same canned JSON. */
function toBaselineRows(results: BenchResults): string[] {
  const baseline = results.baseline;
  if (baseline === undefined) return [];
  const paymock = results.scenarios.find((s) => s.scenario.id === baseline.scenario.id)?.paymock;
  const share = paymock === undefined ? Number.NaN : ratio(paymock.requestsPerSec, baseline.stats.requestsPerSec);
  return [
    `| Raw node:http baseline, same JSON as ${baseline.scenario.method} ${baseline.scenario.path}: req/s (paymock / baseline) | ${baseline.stats.requestsPerSec} | | ${fmt(share * 100, 0)} % |`,
    `| Raw node:http baseline: p50 / p99 ms | ${baseline.stats.p50Ms} / ${baseline.stats.p99Ms} | | |`,
  ];
}

/** The results as a Markdown table (readable in a terminal, pasted into README.md, "Speed and robustness, measured"). */
export function toMarkdown(results: BenchResults): string {
  const lines = [
    `${results.connections} connections, ${results.roundsPerScenario} alternating rounds of ${results.durationSec} s per scenario (medians).`,
    "",
    "| Measure | paymock | stock prism mock | paymock / Prism |",
    "| --- | ---: | ---: | ---: |",
  ];
  for (const { scenario, paymock, prism } of results.scenarios) {
    const bad = paymock.non2xx + paymock.errors > 0 ? ` (${paymock.non2xx} non-2xx, ${paymock.errors} errors)` : "";
    lines.push(
      `| ${scenario.title}: req/s | ${paymock.requestsPerSec}${bad} | ${prism.requestsPerSec} | ${fmt(ratio(paymock.requestsPerSec, prism.requestsPerSec), 1)}x |`,
      `| ${scenario.title}: p50 / p99 ms | ${paymock.p50Ms} / ${paymock.p99Ms} | ${prism.p50Ms} / ${prism.p99Ms} | ${fmt(ratio(paymock.p50Ms, prism.p50Ms))} / ${fmt(ratio(paymock.p99Ms, prism.p99Ms))} |`,
    );
  }
  lines.push(
    `| Startup to first good answer, ms (paymock: all four APIs, warm; Prism: one spec) | ${results.startupMs.paymock} | ${results.startupMs.prism} | ${fmt(ratio(results.startupMs.paymock, results.startupMs.prism))} |`,
    `| Cold start, ms (paymock with no spec cache: a fresh clone's first npm start) | ${results.coldStartupMs} | ${results.startupMs.prism} | ${fmt(ratio(results.coldStartupMs, results.startupMs.prism))} |`,
    `| RSS after load, MiB (paymock: all four APIs; Prism: one spec) | ${results.rssMiB.paymock} | ${results.rssMiB.prism} | ${fmt(ratio(results.rssMiB.paymock, results.rssMiB.prism))} |`,
    ...toBaselineRows(results),
    "",
    "| Target | Measured | Met |",
    "| --- | --- | --- |",
    ...toVerdicts(results).map((v) => `| ${v.target} | ${v.measured} | ${v.met ? "yes" : "NO"} |`),
  );
  return lines.join("\n");
}
