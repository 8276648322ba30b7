import { describe, expect, it } from "vitest";
import { toPackageName } from "../../bench/profile-summary.js";
import {
  type ScenarioResult,
  type ScenarioStats,
  toShare,
  toShareTable,
  toShareVerdicts,
  toStats,
  toWrongShare,
} from "../../bench/report.js";
import { BENCH_MOCK_ARGS, benchRequestOf, portOffsetOf, SCENARIOS, type Scenario } from "../../bench/scenarios.js";

const scenario = (id: Scenario["id"]) => SCENARIOS.find((s) => s.id === id) as Scenario;

const stats = (requestsPerSec: number, total = 1_000, non2xx = 0, errors = 0): ScenarioStats => ({
  requestsPerSec,
  p50Ms: 1,
  p99Ms: 2,
  total,
  non2xx,
  errors,
  rounds: [],
});

const row = (id: Scenario["id"], paymock: ScenarioStats, baselineRps?: number): ScenarioResult => ({
  scenario: scenario(id),
  paymock,
  ...(baselineRps === undefined ? {} : { baseline: stats(baselineRps) }),
});

describe("bench report: shares of raw node:http", () => {
  it.each([
    { part: 600, whole: 1_000, want: 0.6 },
    { part: 0, whole: 1_000, want: 0 },
    { part: 500, whole: 0, want: Number.NaN },
    { part: 500, whole: Number.NaN, want: Number.NaN },
  ])("toShare($part, $whole) = $want", ({ part, whole, want }) => {
    expect(toShare(part, whole)).toBe(want);
  });

  it("counts non-2xx answers and errors as wrong, and a round with no answers as all wrong", () => {
    expect(toWrongShare({ total: 1_000, non2xx: 0, errors: 0 })).toBe(0);
    expect(toWrongShare({ total: 990, non2xx: 90, errors: 10 })).toBe(0.1);
    expect(toWrongShare({ total: 0, non2xx: 0, errors: 0 })).toBe(1);
  });

  it("sums answers over the rounds and takes the median req/s", () => {
    const round = (requestsPerSec: number, non2xx: number) => ({
      requestsPerSec,
      p50Ms: 1,
      p99Ms: 3,
      total: 100,
      non2xx,
      errors: 0,
      timeouts: 0,
    });
    const s = toStats([round(10, 1), round(30, 0), round(20, 2)]);
    expect(s).toMatchObject({ requestsPerSec: 20, total: 300, non2xx: 3 });
  });

  it("meets a target only at or above its share and with right answers", () => {
    const verdicts = toShareVerdicts({
      scenarios: [
        row("example-get", stats(600), 1_000),
        row("sign-in", stats(299), 1_000),
        row("auth-get", stats(900, 1_000, 500), 1_000),
        row("softline-login", stats(300), undefined),
      ],
    });
    expect(verdicts.map((v) => [v.scenario.id, v.share, v.met])).toEqual([
      ["example-get", 0.6, true],
      ["sign-in", 0.299, false],
      ["auth-get", 0.9, false],
      ["softline-login", Number.NaN, false],
    ]);
  });

  it("prints one table row per scenario with its share, target and verdict", () => {
    const table = toShareTable({
      scenarios: [row("example-get", stats(620), 1_000), row("b2core-sign-in", stats(900, 1_000, 400), 1_000)],
    });
    const lines = table.split("\n");
    expect(lines[0]).toBe("| Scenario | paymock req/s | raw node:http req/s | share | target | met |");
    expect(lines[2]).toBe("| GET /currency/chain (spec example, not scripted) | 620 | 1000 | 62 % | >= 60 % | yes |");
    expect(lines[3]).toContain("| 90 % (40 % wrong answers) | >= 30 % | NO |");
  });
});

describe("bench scenarios", () => {
  it("has a target for every scenario the issue names", () => {
    expect(Object.fromEntries(SCENARIOS.map((s) => [s.id, s.minShare]))).toEqual({
      "example-get": 0.6,
      "sign-in": 0.3,
      "auth-get": 0.4,
      "mercuryo-sign-in": 0.3,
      "softline-login": 0.3,
      "b2core-sign-in": 0.3,
    });
  });

  it("sends each scenario to its API's port", () => {
    expect(SCENARIOS.map(portOffsetOf)).toEqual([0, 0, 0, 1, 2, 3]);
  });

  it("spreads the B2Core sign-in over sessions and raises only its attempt limit", () => {
    const b2core = scenario("b2core-sign-in");
    expect(benchRequestOf(b2core, undefined, 0, "r1-").headers["x-paymock-session"]).toBe("r1-0");
    expect(benchRequestOf(b2core, undefined, 201, "r1-").headers["x-paymock-session"]).toBe("r1-1");
    expect(benchRequestOf(scenario("sign-in"), undefined, 5).headers).toEqual({
      accept: "application/json",
      "content-type": "application/json",
    });
    expect(BENCH_MOCK_ARGS).toEqual(["--b2core-sign-in-attempts-per-minute", "1000"]);
  });

  it("sends the token only where the scenario needs one", () => {
    expect(benchRequestOf(scenario("auth-get"), "tok").headers.authorization).toBe("tok");
    expect(benchRequestOf(scenario("example-get"), "tok").headers.authorization).toBeUndefined();
  });
});

describe("profile summary", () => {
  it.each([
    ["/any/checkout/node_modules/fp-ts/lib/function.js", "fp-ts"],
    ["/any/checkout/node_modules/@stoplight/prism-http/dist/x.js", "@stoplight/prism-http"],
    ["/any/checkout/dist/mocks/server.js", "dist/mocks/server.js"],
    ["/elsewhere/x.js", "/elsewhere/x.js"],
    ["node:internal/streams", "node:internal"],
    ["", "(native/idle)"],
  ])("names %s after %s, relative to the checkout it runs from", (url, want) => {
    expect(toPackageName(url, "/any/checkout/")).toBe(want);
  });
});
