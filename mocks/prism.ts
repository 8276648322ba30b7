/**
 * The only module that touches Prism. It loads a spec into Prism's operation model, routes with
 * paymock's exact path table (./router.ts), and turns Prism's fp-ts results into plain data:
 * violations, example responses and errors.
 *
 * Speed (README.md, "Speed and robustness, measured"): the parsed operations and the default
 * example responses of a spec are kept in a disk cache (./spec-cache.ts) keyed by the spec's bytes
 * and the Prism version, so a warm start parses no YAML and does not load Prism's mocker (faker,
 * json-schema-faker) at all; it is loaded on the first request that needs it (a `Prefer` header,
 * an unusual `Accept`). Static example responses are
 * computed once per operation and preference and then served frozen, with their JSON text and their
 * response validation remembered. Request validation runs on every request.
 * @see https://github.com/stoplightio/prism/tree/master/packages/http
 */
import { createRequire } from "node:module";
import type { IHttpConfig } from "@stoplight/prism-http";
import { validateInput, validateOutput } from "@stoplight/prism-http/dist/validator/index.js";
import type { IHttpOperation } from "@stoplight/types";
import * as E from "fp-ts/lib/Either.js";
import { type Logger, pino } from "pino";
import { readSpecArtefact, toSpecArtefact } from "./engine/spec-artefact.js";
import { createRequestPlan, createResponsePlan, type RequestPlan, type ResponsePlan } from "./prism-validation-plan.js";
import { createRouter, type Routed } from "./router.js";
import { defaultCacheDir, loadCached } from "./spec-cache.js";

/** One operation of a spec, as paymock sees it. */
export interface Operation {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  /** True when the operation declares at least one security requirement. */
  readonly secured: boolean;
  /** `x-paymock-*` and other `x-` extensions of the operation. */
  readonly extensions: Readonly<Record<string, unknown>>;
  /** Response status codes the spec declares (`"200"`, `"default"`, ...). */
  readonly responseCodes: readonly string[];
  readonly raw: IHttpOperation;
}

/** A request or response problem found by validation, in plain words. */
export interface Violation {
  /** Where it is: `["body", "email"]`, `["query", "limit"]`, `["header", "b2b-user-ip"]`. */
  readonly location: readonly string[];
  readonly message: string;
  readonly severity: "error" | "warning";
}

export interface EngineRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string | string[]>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface EngineResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export type RouteResult = Routed<Operation>;

/** What a developer may ask Prism for with the `Prefer` header. */
export interface MockPreference {
  readonly code?: number;
  readonly example?: string;
  readonly dynamic?: boolean;
}

export type MockOutcome =
  | { readonly kind: "response"; readonly response: EngineResponse; readonly violations: readonly Violation[] }
  | { readonly kind: "error"; readonly status: number; readonly title: string; readonly detail: string };

export interface SpecEngine {
  readonly operations: readonly Operation[];
  route(method: string, path: string): RouteResult;
  validateRequest(operation: Operation, request: EngineRequest): Violation[];
  validateResponse(operation: Operation, response: EngineResponse): Violation[];
  /** A static example response (frozen: do not modify it), or a dynamic one with `prefer.dynamic`. */
  mock(operation: Operation, request: EngineRequest, prefer?: MockPreference): Promise<MockOutcome>;
}

/** Where the parsed-spec cache lives; `false` turns it off. */
export interface SpecEngineOptions {
  readonly cacheDir?: string | false;
  /** Compute the default example responses while loading (default); `false` computes them on first use (hot reload). */
  readonly precomputeExamples?: boolean;
}

type PrismMock = typeof import("@stoplight/prism-http/dist/mocker/index.js").default;

/** What the disk cache holds for one spec. */
interface CachedSpec {
  readonly format: number;
  readonly operations: IHttpOperation[];
  /** Default-preference example outcomes by memo key. */
  readonly examples: [string, MockOutcome][];
}

/** Bump when the cached shape or the way examples are computed changes. */
const CACHE_FORMAT = 1;

/** `Accept` values whose default examples are computed when the cache is built: none, curl, fetch, axios. */
const PRECOMPUTED_ACCEPTS = ["", "*/*", "application/json", "application/json, text/plain, */*"];

/** Upper bound on remembered example outcomes per spec (`Prefer: example=` names come from clients). */
const MEMO_LIMIT = 5_000;

// Prism logs at a custom `success` level; its chatter is silenced (paymock logs one line per request).
const silentLogger = pino({ level: "silent", customLevels: { success: 35 } }) as unknown as Logger;

const toOperation = (raw: IHttpOperation): Operation => {
  const extensions = (raw.extensions ?? {}) as Record<string, unknown>;
  return {
    id: raw.iid ?? `${raw.method} ${raw.path}`,
    method: raw.method.toLowerCase(),
    path: raw.path,
    secured: (raw.security ?? []).some((alternative) => alternative.length > 0),
    extensions,
    responseCodes: raw.responses.map((r) => r.code),
    raw,
  };
};

const toViolations = (diagnostics: readonly { path?: string[]; message: string; severity: number }[]): Violation[] =>
  diagnostics.map((d) => ({
    location: d.path ?? [],
    message: d.message,
    severity: d.severity === 0 ? "error" : "warning",
  }));

const toHttpRequest = (operation: Operation, request: EngineRequest) => ({
  method: operation.raw.method as IHttpOperation["method"] as never,
  url: { path: request.path, query: request.query as Record<string, string | string[]> },
  headers: request.headers as Record<string, string>,
  body: request.body,
});

/**
 * The operation as Prism's input validator should see it: empty parameter lists are dropped, so
 * Prism does not build a URI template to match path parameters an operation does not have.
 */
export function toValidationView(raw: IHttpOperation): IHttpOperation {
  const request = raw.request;
  if (request === undefined) return raw;
  const trimmed = { ...request };
  for (const key of ["path", "query", "headers"] as const) if (trimmed[key]?.length === 0) delete trimmed[key];
  return { ...raw, request: trimmed };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** JSON text of frozen example bodies, so the HTTP layer does not serialise them again. */
const jsonOfExample = new WeakMap<object, string>();
/** Response validation results of frozen example bodies, by status and headers. */
const checkedExamples = new WeakMap<object, Map<string, Violation[]>>();

/** The JSON text of a body the engine served as a (frozen) example, if it is one. */
export function toCachedJson(body: unknown): string | undefined {
  return typeof body === "object" && body !== null ? jsonOfExample.get(body) : undefined;
}

/** Freezes an outcome and remembers its body's JSON text; the outcome is then shared by all requests. */
function toSharedOutcome(outcome: MockOutcome): MockOutcome {
  const shared = deepFreeze(structuredClone(outcome));
  if (shared.kind === "response") {
    const body = shared.response.body;
    if (typeof body === "object" && body !== null) jsonOfExample.set(body, JSON.stringify(body));
  }
  return shared;
}

/** The `Accept` header, whatever the case of its name ('' when absent). */
function acceptOf(headers: Readonly<Record<string, string>>): string {
  const direct = headers.accept;
  if (direct !== undefined) return direct;
  for (const [name, value] of Object.entries(headers)) if (name.toLowerCase() === "accept") return value;
  return "";
}

const memoKey = (operation: Operation, accept: string, prefer: MockPreference): string =>
  `${operation.method} ${operation.path}\u0000${accept}\u0000${prefer.code ?? ""}\u0000${prefer.example ?? ""}`;

let prismMock: Promise<PrismMock> | undefined;

/** Loads Prism's mocker (and with it faker) on first use only. */
function loadPrismMock(): Promise<PrismMock> {
  prismMock ??= import("@stoplight/prism-http/dist/mocker/index.js").then((m) => {
    const mod = m as unknown as { default: PrismMock | { default: PrismMock } };
    return typeof mod.default === "function" ? mod.default : mod.default.default;
  });
  return prismMock;
}

/** Asks Prism's mocker for a response and validates it against the spec, as `prism mock` does. */
async function mockWithPrism(
  operation: Operation,
  request: EngineRequest,
  prefer: MockPreference,
): Promise<MockOutcome> {
  const mock = await loadPrismMock();
  const config: IHttpConfig["mock"] = {
    dynamic: prefer.dynamic ?? false,
    ...(prefer.code === undefined ? {} : { code: prefer.code }),
    ...(prefer.example === undefined ? {} : { exampleKey: prefer.example }),
  };
  const result = mock({
    resource: operation.raw,
    input: { data: toHttpRequest(operation, request), validations: [] },
    config,
  })(silentLogger);
  if (E.isLeft(result)) {
    const error = result.left as Error & { status?: number; detail?: string };
    return { kind: "error", status: error.status ?? 500, title: error.message, detail: error.detail ?? "" };
  }
  const output = result.right;
  const validated = validateOutput({ resource: operation.raw, element: output });
  return {
    kind: "response",
    response: {
      status: output.statusCode,
      headers: Object.fromEntries(Object.entries(output.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)])),
      body: output.body,
    },
    violations: E.isLeft(validated) ? toViolations(validated.left).filter((v) => v.severity === "error") : [],
  };
}

const packageRequire = createRequire(import.meta.url);

type MediaTypeMatch = (a: string, b: string) => boolean;

/**
 * Prism's validators compare media types with `wildcardMediaTypeMatch`, which parses both strings
 * on every call: about 7 % of a scripted request's CPU in the bench profile (README.md, "Speed and robustness, measured"). It is a
 * pure function of two strings and Prism reads the export on every call, so a bounded memo is put
 * in its place; results are the same.
 */
function memoizeMediaTypeMatch(): void {
  const mod = packageRequire("@stoplight/prism-http/dist/validator/utils/wildcardMediaTypeMatch.js") as {
    wildcardMediaTypeMatch?: MediaTypeMatch & { memoized?: true };
  };
  const original = mod.wildcardMediaTypeMatch;
  if (typeof original !== "function" || original.memoized) return;
  const results = new Map<string, boolean>();
  const memoized = (a: string, b: string): boolean => {
    if (typeof a !== "string" || typeof b !== "string") return original(a, b);
    const key = `${a}\u0000${b}`;
    let result = results.get(key);
    if (result === undefined) {
      result = original(a, b);
      if (results.size < 1_000) results.set(key, result);
    }
    return result;
  };
  mod.wildcardMediaTypeMatch = Object.assign(memoized, { memoized: true as const });
}
memoizeMediaTypeMatch();

const versionOf = (name: string): string => {
  try {
    return (packageRequire(`${name}/package.json`) as { version: string }).version;
  } catch {
    return "unknown";
  }
};

/** Parses a spec with Prism and computes its default example responses for the cache. */
async function buildSpec(specFile: string, precompute: boolean): Promise<CachedSpec> {
  const { getHttpOperationsFromSpec } = await import("@stoplight/prism-http/dist/utils/operations.js");
  const operations = await getHttpOperationsFromSpec(specFile);
  const examples: [string, MockOutcome][] = [];
  for (const raw of precompute ? operations : []) {
    if ((raw.callbacks ?? []).length > 0) continue;
    const operation = toOperation(raw);
    for (const accept of PRECOMPUTED_ACCEPTS) {
      const headers: Record<string, string> = accept === "" ? {} : { accept };
      const request: EngineRequest = { method: raw.method, path: raw.path, query: {}, headers };
      examples.push([memoKey(operation, accept, {}), await mockWithPrism(operation, request, {})]);
    }
  }
  return { format: CACHE_FORMAT, operations, examples };
}

const isCachedSpec = (data: unknown): data is CachedSpec => {
  const d = data as Partial<CachedSpec> | undefined;
  return d?.format === CACHE_FORMAT && Array.isArray(d.operations) && Array.isArray(d.examples);
};

/** What a shipped artefact (./engine/spec-artefact.ts) depends on besides the spec's bytes: JSON, so no V8 version. */
const artefactInputs = () => [CACHE_FORMAT, versionOf("@stoplight/prism-http"), PRECOMPUTED_ACCEPTS];

/** The JSON text of a spec's shipped artefact, written by `npm run build` beside the spec. */
export async function buildSpecArtefact(specFile: string): Promise<string> {
  return toSpecArtefact(specFile, artefactInputs(), await buildSpec(specFile, true));
}

/** Loads a spec file and returns the engine that routes, validates and mocks its operations. */
export async function loadSpecEngine(specFile: string, opts: SpecEngineOptions = {}): Promise<SpecEngine> {
  // The shipped artefact first (no YAML, no $ref work); a reload without precomputed examples skips it.
  const spec =
    (opts.precomputeExamples === false ? undefined : readSpecArtefact(specFile, artefactInputs(), isCachedSpec)) ??
    (await loadCached({
      specFile,
      // A version without precomputed examples is not worth keeping (and must not stand in for a full one).
      dir: opts.precomputeExamples === false ? false : (opts.cacheDir ?? defaultCacheDir()),
      dependsOn: [CACHE_FORMAT, versionOf("@stoplight/prism-http"), process.versions.v8, PRECOMPUTED_ACCEPTS],
      isValid: isCachedSpec,
      build: () => buildSpec(specFile, opts.precomputeExamples ?? true),
    }));
  const rawOperations = spec.operations;
  const operations = rawOperations.map(toOperation);
  // Servers such as `https://host/v1.6` put a base path before the spec's paths: accept both forms.
  const basePaths = [
    ...new Set(
      rawOperations
        .flatMap((op) => op.servers ?? [])
        .map((server) => server.url.replace(/^[a-z]+:\/\/[^/]*/i, "").replace(/\/+$/, ""))
        .filter((base) => base.length > 0 && !base.includes("{")),
    ),
  ];
  const route = createRouter(operations, basePaths);

  const validationViews = new WeakMap<Operation, IHttpOperation>();
  const viewOf = (operation: Operation) => {
    let view = validationViews.get(operation);
    if (view === undefined) {
      view = toValidationView(operation.raw);
      validationViews.set(operation, view);
    }
    return view;
  };

  // Validation plans (./prism-validation-plan.ts): made once per operation, on first use.
  const requestPlans = new WeakMap<Operation, RequestPlan>();
  const responsePlans = new WeakMap<Operation, ResponsePlan>();
  const requestPlanOf = (operation: Operation) => {
    let plan = requestPlans.get(operation);
    if (plan === undefined) {
      plan = createRequestPlan(viewOf(operation));
      requestPlans.set(operation, plan);
    }
    return plan;
  };
  const responsePlanOf = (operation: Operation) => {
    let plan = responsePlans.get(operation);
    if (plan === undefined) {
      plan = createResponsePlan(operation.raw);
      responsePlans.set(operation, plan);
    }
    return plan;
  };

  const runValidateOutput = (operation: Operation, response: EngineResponse): Violation[] => {
    // A plan that is sure of "no violations" answers; anything else is Prism's full validator.
    if (responsePlanOf(operation).check(response.status, response.headers, response.body) === true) return [];
    const result = validateOutput({
      resource: operation.raw,
      element: { statusCode: response.status, headers: { ...response.headers }, body: response.body },
    });
    return E.isLeft(result) ? toViolations(result.left).filter((v) => v.severity === "error") : [];
  };

  const memo = new Map<string, MockOutcome>();
  // Cached examples are frozen on first use, so a start does not copy all of them.
  const stored = new Map(spec.examples);

  return {
    operations,
    route,
    validateRequest(operation, request) {
      // Prism decodes path parameters with decodeURIComponent, which throws on `%zz`: such a `%` is
      // taken literally, as the router does.
      const path = request.path.replace(/%(?![0-9a-fA-F]{2})/g, "%25");
      const element = toHttpRequest(operation, path === request.path ? request : { ...request, path });
      try {
        if (requestPlanOf(operation).check(element.headers, element.body) === true) return [];
        const result = validateInput({ resource: viewOf(operation), element });
        return E.isLeft(result) ? toViolations(result.left).filter((v) => v.severity === "error") : [];
      } catch (error) {
        // Input Prism's validator cannot digest is invalid input, not a mock failure.
        const reason = error instanceof Error ? error.message : String(error);
        return [{ location: [], message: `The request could not be validated: ${reason}`, severity: "error" }];
      }
    },
    validateResponse(operation, response) {
      const body = response.body;
      const known = typeof body === "object" && body !== null ? checkedExamples.get(body) : undefined;
      if (body === undefined || (known === undefined && toCachedJson(body) === undefined)) {
        return runValidateOutput(operation, response);
      }
      // A frozen example body cannot change: its result per status, headers and operation is reused.
      const key = `${operation.method} ${operation.path}\u0000${response.status}\u0000${JSON.stringify(response.headers)}`;
      const results = known ?? new Map<string, Violation[]>();
      if (known === undefined) checkedExamples.set(body as object, results);
      let violations = results.get(key);
      if (violations === undefined) {
        violations = runValidateOutput(operation, response);
        if (results.size < 16) results.set(key, violations);
      }
      return [...violations];
    },
    async mock(operation, request, prefer = {}) {
      if (prefer.dynamic === true || (operation.raw.callbacks ?? []).length > 0) {
        return mockWithPrism(operation, request, prefer);
      }
      const key = memoKey(operation, acceptOf(request.headers), prefer);
      const hit = memo.get(key);
      if (hit !== undefined) return hit;
      const outcome = stored.get(key) ?? (await mockWithPrism(operation, request, prefer));
      stored.delete(key);
      if (memo.size >= MEMO_LIMIT) return outcome;
      const shared = toSharedOutcome(outcome);
      memo.set(key, shared);
      return shared;
    },
  };
}
