/**
 * The fuzz property, shared by `npx vitest run test/robustness/fuzz.test.ts` (few runs, fixed
 * seed) and `npm run fuzz` (bench/fuzz.ts: many runs, seed printed). One mock server per API on
 * an ephemeral port; every answer must be a 4xx in the vendor's error envelope or a 2xx the
 * operation documents (both checked against the spec), never a 5xx or a hang, and the server
 * must answer its health check afterwards.
 * @see test/robustness/support/fuzz-requests.ts
 */
import fc from "fast-check";
import { listen, type RunningServer } from "../../../mocks/http.js";
import { normalizePath } from "../../../mocks/request.js";
import { createMockServer, type MockServer } from "../../../mocks/server.js";
import type { ApiId } from "../../../src/apis.js";
import { type Credentials, createCredentials } from "./credentials.js";
import { type FuzzCase, fuzzCaseArbitrary } from "./fuzz-requests.js";
import { type RawResponse, sendRaw, toJson } from "./raw-http.js";
import { loadSpecModel, type SpecModel } from "./spec-model.js";

/** A running mock for one API with what the property needs. */
export interface FuzzTarget {
  readonly api: ApiId;
  readonly base: string;
  readonly mock: MockServer;
  readonly model: SpecModel;
  readonly credentials: Credentials;
  close(): Promise<void>;
}

/** Starts the mock for `api` (silent, ephemeral port) and sets up credentials. */
export async function startFuzzTarget(api: ApiId): Promise<FuzzTarget> {
  const mock = await createMockServer({ apis: [api], logLevel: "silent" });
  const running: RunningServer = await listen(mock, { ephemeralPorts: true });
  const base = running.urls[api] ?? "";
  return {
    api,
    base,
    mock,
    model: loadSpecModel(api),
    credentials: await createCredentials(api, base),
    close: () => running.close(),
  };
}

const flatHeaders = (headers: RawResponse["headers"]): Record<string, string> =>
  Object.fromEntries(
    Object.entries(headers)
      .filter((e): e is [string, string | string[]] => e[1] !== undefined)
      .map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : v]),
  );

/** What is wrong with the answer to `fuzzCase`, or undefined when it is acceptable. */
export function findProblem(target: FuzzTarget, fuzzCase: FuzzCase, res: RawResponse): string | undefined {
  const { status } = res;
  if (status >= 500) return `server error ${status}: ${res.text.slice(0, 300)}`;
  if (status < 200 || (status >= 300 && status < 400)) return `unexpected status ${status}`;
  const engine = target.mock.engine(target.api);
  const path = normalizePath(fuzzCase.request.path.split("?")[0] ?? "/") || "/";
  const routed = engine.route(fuzzCase.request.method, path);
  const body = toJson(res.text);
  const response = { status, headers: flatHeaders(res.headers), body };
  if (status < 300) {
    if (routed.kind !== "found") return `${status} for a path the spec does not have`;
    const codes = routed.operation.responseCodes;
    if (!codes.includes(String(status)) && !codes.includes("2XX")) {
      return `${status} is not documented for ${routed.operation.id} (${codes.join(", ")})`;
    }
    const violations = engine.validateResponse(routed.operation, response);
    return violations.length === 0 ? undefined : `2xx does not match the spec: ${JSON.stringify(violations)}`;
  }
  const envelope = target.model.errorEnvelopeProblems(body);
  if (envelope.length > 0)
    return `${status} body is not the vendor error format: ${envelope.join(" | ")}; body ${res.text.slice(0, 200)}`;
  if (routed.kind === "found") {
    const violations = engine.validateResponse(routed.operation, response);
    if (violations.length > 0) return `${status} does not match ${routed.operation.id}: ${JSON.stringify(violations)}`;
  }
  return undefined;
}

/** Requests between two credential renewals (a generated log-out or sign-out ends the session). */
const RENEW_EVERY = 10;

/** The property over one target. */
export function createFuzzProperty(target: FuzzTarget) {
  let sent = 0;
  return fc.asyncProperty(fuzzCaseArbitrary(target.model, target.credentials), async (fuzzCase) => {
    sent += 1;
    if (sent % RENEW_EVERY === 0) {
      const fresh = await createCredentials(target.api, target.base);
      Object.assign(target.credentials.valid, fresh.valid);
      Object.assign(target.credentials.expired, fresh.expired);
    }
    const res = await sendRaw(target.base, fuzzCase.request);
    const problem = findProblem(target, fuzzCase, res);
    if (problem !== undefined) throw new Error(`${fuzzCase.kind} ${fuzzCase.operationId ?? ""}: ${problem}`);
  });
}

/** True when the mock answers its health check. */
export async function isHealthy(target: FuzzTarget): Promise<boolean> {
  const res = await sendRaw(target.base, { method: "GET", path: "/__mock/health", headers: {} });
  return res.status === 200 && (toJson(res.text) as { status?: string } | undefined)?.status === "ok";
}

/** Runs the property `numRuns` times with `seed`; throws fast-check's report on failure. */
export async function runFuzz(target: FuzzTarget, opts: { numRuns: number; seed: number }): Promise<void> {
  await fc.assert(createFuzzProperty(target), { numRuns: opts.numRuns, seed: opts.seed, endOnFailure: false });
}
