/**
 * Turns bench measurements into the printed tables: every paymock scenario as a share of the raw
 * `node:http` baseline measured in the same rounds (issue #16, the headline), the paymock / Prism
 * ratios, and the target verdicts. `npx tsx bench/report.ts results.json` prints the tables of a
 * run saved with `--json`, for pasting into docs/speed-and-robustness.md.
 * @see docs/speed-and-robustness.md
 */
import { readFileSync } from "node:fs";
import type { LoadResult } from "./load.js";
import type { Scenario } from "./scenarios.js";

/** Medians over the rounds of one scenario on one server. */
export interface ScenarioStats {
  readonly requestsPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Sums over the rounds. */
  readonly total: number;
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
  /** What paymock ran with besides its defaults. */
  readonly paymockArgs?: readonly string[];
  readonly scenarios: readonly ScenarioResult[];
}

/** One scenario: paymock, stock Prism (NBC Gate scenarios only) and raw node:http, in alternating rounds. */
export interface ScenarioResult {
  readonly scenario: Scenario;
  readonly paymock: ScenarioStats;
  readonly prism?: ScenarioStats;
  /** The same requests against bench/baseline-server.ts, in the same rounds. */
  readonly baseline?: ScenarioStats;
}

/** More wrong answers than this share flags a row: it would measure refusals, not the scenario. */
export const MAX_WRONG_SHARE = 0.01;

/** A share row: paymock's req/s as a share of raw node:http's, and whether the answers were right. */
export interface ShareVerdict {
  readonly scenario: Scenario;
  readonly paymockRps: number;
  readonly baselineRps: number;
  /** 0.55 = 55 %; NaN without a baseline. */
  readonly share: number;
  /** Share of paymock's answers that were not 2xx, or failed. */
  readonly wrong: number;
  readonly met: boolean;
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
    total: rounds.reduce((n, r) => n + r.total, 0),
    non2xx: rounds.reduce((n, r) => n + r.non2xx, 0),
    errors: rounds.reduce((n, r) => n + r.errors + r.timeouts, 0),
    rounds,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? Number.POSITIVE_INFINITY : a / b);
const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "inf");

/** `part / whole`, NaN when there is no whole to compare with. */
export function toShare(part: number, whole: number): number {
  return whole > 0 && Number.isFinite(whole) ? part / whole : Number.NaN;
}

/** The share of answers that were wrong (not 2xx, errors, timeouts); 1 when none came back. */
export function toWrongShare(stats: Pick<ScenarioStats, "total" | "non2xx" | "errors">): number {
  const answered = stats.total + stats.errors;
  return answered === 0 ? 1 : (stats.non2xx + stats.errors) / answered;
}

/** Each scenario's share of the baseline against its target; a row with wrong answers is not met. */
export function toShareVerdicts(results: Pick<BenchResults, "scenarios">): ShareVerdict[] {
  return results.scenarios.map(({ scenario, paymock, baseline }) => {
    const share = toShare(paymock.requestsPerSec, baseline?.requestsPerSec ?? 0);
    const wrong = toWrongShare(paymock);
    return {
      scenario,
      paymockRps: paymock.requestsPerSec,
      baselineRps: baseline?.requestsPerSec ?? Number.NaN,
      share,
      wrong,
      met: share >= scenario.minShare && wrong <= MAX_WRONG_SHARE,
    };
  });
}

const percent = (n: number) => (Number.isFinite(n) ? `${Math.round(n * 100)} %` : "n/a");

/** The headline table: every scenario as a share of raw node:http, its target and whether it is met. */
export function toShareTable(results: Pick<BenchResults, "scenarios">): string {
  const rows = toShareVerdicts(results).map((v) => {
    const wrong = v.wrong > MAX_WRONG_SHARE ? ` (${percent(v.wrong)} wrong answers)` : "";
    return `| ${v.scenario.title} | ${v.paymockRps} | ${Number.isFinite(v.baselineRps) ? v.baselineRps : "n/a"} | ${percent(v.share)}${wrong} | >= ${percent(v.scenario.minShare)} | ${v.met ? "yes" : "NO"} |`;
  });
  return [
    "| Scenario | paymock req/s | raw node:http req/s | share | target | met |",
    "| --- | ---: | ---: | ---: | ---: | --- |",
    ...rows,
  ].join("\n");
}

/** The verdicts against the earlier issue's targets (paymock against stock Prism), as ratios from the same run. */
export function toVerdicts(results: BenchResults): TargetVerdict[] {
  const verdicts: TargetVerdict[] = [];
  const byId = new Map(results.scenarios.map((s) => [s.scenario.id, s]));
  const rpsTarget = (id: Scenario["id"], factor: number) => {
    const s = byId.get(id);
    if (s?.prism === undefined) return;
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
    if (s.prism === undefined) continue;
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

/** The results as Markdown tables (readable in a terminal, pasted into docs/speed-and-robustness.md). */
export function toMarkdown(results: BenchResults): string {
  const args = results.paymockArgs ?? [];
  const lines = [
    `${results.connections} connections, ${results.roundsPerScenario} alternating rounds of ${results.durationSec} s per scenario (medians)${args.length > 0 ? `; paymock ran with ${args.join(" ")}` : ""}.`,
    "",
    "Share of raw node:http (the same requests, same rounds, same load generator):",
    "",
    toShareTable(results),
    "",
    "| Measure | paymock | stock prism mock | paymock / Prism |",
    "| --- | ---: | ---: | ---: |",
  ];
  for (const { scenario, paymock, prism } of results.scenarios) {
    const bad = paymock.non2xx + paymock.errors > 0 ? ` (${paymock.non2xx} non-2xx, ${paymock.errors} errors)` : "";
    if (prism === undefined) {
      lines.push(
        `| ${scenario.title}: req/s | ${paymock.requestsPerSec}${bad} | | |`,
        `| ${scenario.title}: p50 / p99 ms | ${paymock.p50Ms} / ${paymock.p99Ms} | | |`,
      );
      continue;
    }
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
    "| Target (against stock Prism) | Measured | Met |",
    "| --- | --- | --- |",
    ...toVerdicts(results).map((v) => `| ${v.target} | ${v.measured} | ${v.met ? "yes" : "NO"} |`),
  );
  return lines.join("\n");
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\/bench\//, "/bench/"));
if (isMain) {
  const file = process.argv[2];
  if (file === undefined) {
    process.stderr.write("usage: tsx bench/report.ts <results.json from npm run bench -- --json FILE>\n");
    process.exit(2);
  }
  process.stdout.write(`${toMarkdown(JSON.parse(readFileSync(file, "utf8")) as BenchResults)}\n`);
}
