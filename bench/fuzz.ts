/**
 * `npm run fuzz`: the robustness property of test/robustness/fuzz.test.ts with many more runs,
 * against each API in turn. Prints the seed first so a failure can be replayed with `--seed`.
 * Usage: `npx tsx bench/fuzz.ts [--runs 2000] [--seed N] [--api nbcgate]`
 * @see test/robustness/support/fuzz-run.ts
 */
import { parseArgs } from "node:util";
import { API_IDS, type ApiId, isApiId } from "../src/apis.js";
import { isHealthy, runFuzz, startFuzzTarget } from "../test/robustness/support/fuzz-run.js";
import { agent } from "../test/robustness/support/raw-http.js";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "2000" },
    seed: { type: "string" },
    api: { type: "string", multiple: true },
  },
});

const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive whole number");
const seed = values.seed === undefined ? Date.now() % 2_147_483_647 : Number(values.seed);
if (!Number.isInteger(seed)) throw new Error("--seed must be a whole number");
const apis: ApiId[] = (values.api ?? [...API_IDS]).map((id) => {
  if (!isApiId(id)) throw new Error(`unknown API "${id}"; known: ${API_IDS.join(", ")}`);
  return id;
});

process.stdout.write(`fuzz: seed ${seed}, ${runs} runs per API (replay: npm run fuzz -- --seed ${seed})\n`);
let failed = false;
for (const api of apis) {
  const started = performance.now();
  const target = await startFuzzTarget(api);
  try {
    await runFuzz(target, { numRuns: runs, seed });
    if (!(await isHealthy(target))) throw new Error("the mock does not answer /__mock/health after the run");
    process.stdout.write(`  ${api}: ok (${Math.round(performance.now() - started)} ms)\n`);
  } catch (error) {
    failed = true;
    process.stdout.write(`  ${api}: FAILED\n${error instanceof Error ? error.message : String(error)}\n`);
  } finally {
    await target.close();
  }
}
agent.destroy();
process.exitCode = failed ? 1 : 0;
