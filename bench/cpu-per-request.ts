/**
 * CPU time per request of the mock engine, in-process (no sockets, no load generator): a
 * load-independent before/after measure for a shared machine, where req/s is noisy.
 * Runs every bench scenario N times through `mock.handle()` (guard, validation, script, journal,
 * response validation) and prints microseconds of process CPU per request.
 * Usage: `npx tsx bench/cpu-per-request.ts [--requests 20000] [--validate-responses warn|off]`
 * (add `node --cpu-prof` via `NODE_OPTIONS` to profile it).
 */
import { parseArgs } from "node:util";
import { parseRequest } from "../mocks/request.js";
import { createMockServer } from "../mocks/server.js";
import { benchRequestOf, PAYMOCK_SCENARIOS, type Scenario, toToken } from "./scenarios.js";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "20000" },
    "validate-responses": { type: "string", default: "warn" },
    only: { type: "string" },
  },
});
const requests = Number(values.requests);
const validateResponses = values["validate-responses"] === "off" ? "off" : "warn";

const mock = await createMockServer({
  logLevel: "silent",
  validateResponses,
  maxSessions: 1_000,
  b2core: { signInAttemptsPerMinute: 1_000 },
});

async function send(scenario: Scenario, token: string | undefined, i: number) {
  const req = benchRequestOf(scenario, token, i);
  const response = await mock.handle(
    scenario.api,
    parseRequest({ method: req.method, url: req.path, headers: req.headers, rawBody: req.body ?? "", ip: "127.0.0.1" }),
  );
  return response;
}

async function tokenFor(scenario: Scenario): Promise<string | undefined> {
  if (!scenario.needsToken) return undefined;
  const from = PAYMOCK_SCENARIOS.find((s) => s.id === "sign-in") as Scenario;
  const response = await send(from, undefined, 0);
  return toToken(response.body);
}

for (const scenario of PAYMOCK_SCENARIOS) {
  if (values.only !== undefined && scenario.id !== values.only) continue;
  let token = await tokenFor(scenario);
  let wrong = 0;
  // Warm-up: let the JIT settle and the memos fill; then back to the seed.
  for (let i = 0; i < Math.min(5_000, requests); i += 1) await send(scenario, token, i);
  await mock.request(scenario.api, { method: "POST", path: "/__mock/reset" });
  token = await tokenFor(scenario);
  const before = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < requests; i += 1) {
    const response = await send(scenario, token, i);
    if (response.status !== scenario.expectStatus) wrong += 1;
  }
  const cpu = process.cpuUsage(before);
  const us = (cpu.user + cpu.system) / requests;
  process.stdout.write(
    `${scenario.id.padEnd(18)} ${us.toFixed(1).padStart(7)} µs CPU/request  ${(((performance.now() - started) * 1000) / requests).toFixed(1).padStart(6)} µs wall${wrong > 0 ? `  (${wrong} answers not ${scenario.expectStatus})` : ""}\n`,
  );
}
await mock.close();
