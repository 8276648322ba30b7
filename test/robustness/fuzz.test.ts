/**
 * Bad input never breaks the mock: for each API, a fixed-seed property sends valid requests built
 * from the spec and mutated ones over real HTTP, and every answer must be a 4xx in the vendor's
 * error envelope or a documented 2xx (checked against the spec), never a 5xx or a hang; the server
 * answers its health check afterwards. `npm run fuzz` runs the same property longer.
 * @see test/robustness/support/fuzz-run.ts
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_IDS } from "../../src/apis.js";
import { toUserHeaders } from "./support/credentials.js";
import type { FuzzCase } from "./support/fuzz-requests.js";
import { type FuzzTarget, findProblem, isHealthy, runFuzz, startFuzzTarget } from "./support/fuzz-run.js";
import { agent, sendRaw } from "./support/raw-http.js";

/** Fixed, so a failure here reproduces; `npm run fuzz -- --seed N` replays other seeds. */
const SEED = 20_251_123;
/** Bounded so each API takes a few seconds. */
const RUNS = 300;

/** Inputs that once broke the mock (a bad `%` escape in a path parameter crashed Prism's validator). */
const REGRESSIONS: Record<(typeof API_IDS)[number], readonly string[]> = {
  nbcgate: ["/api/country/id/%zz", "/api/transfer/%/%E0%A4%A"],
  "mercuryo-spend": ["/sdk-partner/spend/cards/sell-request/%zz/status"],
  "softline-checkout": ["/v1/product/%zz", "/v1/subscription/%"],
  "b2core-backoffice": ["/api/v2/transactions/%", "/api/v2/clients/%zz"],
};

afterAll(() => {
  agent.destroy();
});

describe.each(API_IDS)("fuzzing %s", (api) => {
  let target: FuzzTarget;
  beforeAll(async () => {
    target = await startFuzzTarget(api);
  });
  afterAll(async () => {
    await target.close();
  });

  it("answers malformed percent-escapes in path parameters with a vendor 4xx", async () => {
    for (const path of REGRESSIONS[api]) {
      const headers = toUserHeaders(api, target.credentials);
      const fuzzCase = { kind: "regression", operationId: undefined, request: { method: "GET", path, headers } };
      const res = await sendRaw(target.base, fuzzCase.request);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).not.toBe(401);
      expect(findProblem(target, fuzzCase, res), path).toBeUndefined();
    }
  });

  it(`answers ${RUNS} generated and mutated requests with a vendor 4xx or a documented 2xx, then stays healthy`, async () => {
    await runFuzz(target, { numRuns: RUNS, seed: SEED });
    expect(await isHealthy(target)).toBe(true);
  });
});

describe("the fuzz checker itself", () => {
  let target: FuzzTarget;
  beforeAll(async () => {
    target = await startFuzzTarget("nbcgate");
  });
  afterAll(async () => {
    await target.close();
  });

  const get = (path: string): FuzzCase => ({
    kind: "valid",
    operationId: undefined,
    request: { method: "GET", path, headers: {} },
  });
  const json = (status: number, body: unknown) => ({
    status,
    headers: { "content-type": "application/json" },
    text: JSON.stringify(body),
  });
  const vendorError = { statusCode: 404, message: "Not found", errors: [{ code: "NOT_FOUND" }] };

  it("accepts a vendor 4xx and a documented 2xx that matches the spec", () => {
    expect(findProblem(target, get("/nope"), json(404, vendorError))).toBeUndefined();
    const chains = [{ id: 1, code: "TRX", name: "Tron", testnet: false }];
    expect(findProblem(target, get("/currency/chain"), json(200, chains))).toBeUndefined();
  });

  it("flags 5xx, foreign error bodies, undocumented 2xx and 2xx bodies that break the spec", () => {
    expect(findProblem(target, get("/currency/chain"), json(500, vendorError))).toMatch(/server error 500/);
    expect(findProblem(target, get("/nope"), json(404, { error: "nope" }))).toMatch(/not the vendor error format/);
    expect(findProblem(target, get("/currency/chain"), json(202, []))).toMatch(/not documented/);
    expect(findProblem(target, get("/currency/chain"), json(200, [{ id: "x" }]))).toMatch(/does not match the spec/);
    expect(findProblem(target, get("/nope"), json(200, {}))).toMatch(/path the spec does not have/);
  });
});
