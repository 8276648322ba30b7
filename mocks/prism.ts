/**
 * The only module that touches Prism. It loads a spec into Prism's operation model, routes with an
 * exact path table (Prism's own router sorts and matches every operation on every request), and
 * turns Prism's fp-ts results into plain data: violations, example responses and errors.
 * @see https://github.com/stoplightio/prism/tree/master/packages/http
 */
import { createInstance, getHttpOperationsFromSpec, type IHttpConfig } from "@stoplight/prism-http";
import { validateInput, validateOutput } from "@stoplight/prism-http/dist/validator/index.js";
import type { IHttpOperation } from "@stoplight/types";
import * as E from "fp-ts/lib/Either.js";
import { type Logger, pino } from "pino";

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

export type RouteResult =
  | {
      readonly kind: "found";
      readonly operation: Operation;
      readonly params: Readonly<Record<string, string>>;
      /** The path as the spec knows it (a server base path such as `/v1.6` removed). */
      readonly path: string;
    }
  | { readonly kind: "no-path" }
  | { readonly kind: "no-method"; readonly allowed: readonly string[] };

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
  mock(operation: Operation, request: EngineRequest, prefer?: MockPreference): Promise<MockOutcome>;
}

interface CompiledRoute {
  readonly operation: Operation;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  /** Static segments count: more specific templates win. */
  readonly weight: number;
}

// Prism logs at a custom `success` level; its chatter is silenced (paymock logs one line per request).
const silentLogger = pino({ level: "silent", customLevels: { success: 35 } }) as unknown as Logger;

const baseConfig: IHttpConfig = {
  checkSecurity: false,
  validateRequest: false,
  validateResponse: true,
  errors: false,
  upstreamProxy: undefined,
  isProxy: false,
  mock: { dynamic: false },
};

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

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function compileRoute(operation: Operation): CompiledRoute {
  const names: string[] = [];
  let weight = 0;
  const source = operation.path
    .split("/")
    .map((segment) => {
      if (!segment.includes("{")) {
        weight += 1;
        return escapeRegExp(segment);
      }
      return segment
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const name = /^\{([^}]+)\}$/.exec(part)?.[1];
          if (name === undefined) return escapeRegExp(part);
          names.push(name);
          return "([^/]+)";
        })
        .join("");
    })
    .join("/");
  return { operation, pattern: new RegExp(`^${source}/?$`), names, weight };
}

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

/** Loads a spec file and returns the engine that routes, validates and mocks its operations. */
export async function loadSpecEngine(specFile: string): Promise<SpecEngine> {
  const rawOperations = await getHttpOperationsFromSpec(specFile);
  const operations = rawOperations.map(toOperation);
  const exact = new Map<string, Operation>();
  const templated = new Map<string, CompiledRoute[]>();
  const methodsByPath = new Map<string, Set<string>>();
  for (const operation of operations) {
    const methods = methodsByPath.get(operation.path) ?? new Set<string>();
    methods.add(operation.method.toUpperCase());
    methodsByPath.set(operation.path, methods);
    if (operation.path.includes("{")) {
      const list = templated.get(operation.method) ?? [];
      list.push(compileRoute(operation));
      templated.set(operation.method, list);
    } else {
      exact.set(`${operation.method} ${operation.path}`, operation);
    }
  }
  for (const list of templated.values()) list.sort((a, b) => b.weight - a.weight);
  const allTemplates = [...templated.values()].flat();

  const matchTemplate = (routes: readonly CompiledRoute[] | undefined, path: string) => {
    for (const route of routes ?? []) {
      const m = route.pattern.exec(path);
      if (m === null) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1] ?? "");
      });
      return { operation: route.operation, params };
    }
    return undefined;
  };

  // Prism is handed the one operation we routed to, so its router only confirms it.
  const prism = createInstance(baseConfig, {
    logger: silentLogger,
    route: ({ resources }) => {
      const first = resources[0];
      return first === undefined ? E.left(new Error("no operation")) : E.right(first);
    },
  });

  // Servers such as `https://host/v1.6` put a base path before the spec's paths: accept both forms.
  const basePaths = [
    ...new Set(
      rawOperations
        .flatMap((op) => op.servers ?? [])
        .map((server) => server.url.replace(/^[a-z]+:\/\/[^/]*/i, "").replace(/\/+$/, ""))
        .filter((base) => base.length > 0 && !base.includes("{")),
    ),
  ];
  const stripBase = (path: string) => {
    const base = basePaths.find((b) => path.startsWith(`${b}/`));
    return base === undefined ? undefined : path.slice(base.length);
  };

  const route = (method: string, path: string): RouteResult => {
    const direct = routeExact(method, path);
    if (direct.kind === "found") return direct;
    const stripped = stripBase(path);
    return stripped === undefined ? direct : routeExact(method, stripped);
  };

  function routeExact(method: string, path: string): RouteResult {
    {
      const m = method.toLowerCase();
      const trimmed = path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
      const hit = exact.get(`${m} ${trimmed}`);
      if (hit !== undefined) return { kind: "found", operation: hit, params: {}, path: trimmed };
      const found = matchTemplate(templated.get(m), trimmed);
      if (found !== undefined) return { kind: "found", ...found, path: trimmed };
      const allowed =
        methodsByPath.get(trimmed) ?? methodsByPath.get(matchTemplate(allTemplates, trimmed)?.operation.path ?? "");
      return allowed === undefined ? { kind: "no-path" } : { kind: "no-method", allowed: [...allowed] };
    }
  }

  return {
    operations,
    route,
    validateRequest(operation, request) {
      const result = validateInput({ resource: operation.raw, element: toHttpRequest(operation, request) });
      return E.isLeft(result) ? toViolations(result.left).filter((v) => v.severity === "error") : [];
    },
    validateResponse(operation, response) {
      const result = validateOutput({
        resource: operation.raw,
        element: { statusCode: response.status, headers: { ...response.headers }, body: response.body },
      });
      return E.isLeft(result) ? toViolations(result.left).filter((v) => v.severity === "error") : [];
    },
    async mock(operation, request, prefer = {}) {
      const config: IHttpConfig = {
        ...baseConfig,
        mock: {
          dynamic: prefer.dynamic ?? false,
          ...(prefer.code === undefined ? {} : { code: prefer.code }),
          ...(prefer.example === undefined ? {} : { exampleKey: prefer.example }),
        },
      };
      const result = await prism.request(toHttpRequest(operation, request), [operation.raw], config)();
      if (E.isLeft(result)) {
        const error = result.left as Error & { status?: number; detail?: string };
        return { kind: "error", status: error.status ?? 500, title: error.message, detail: error.detail ?? "" };
      }
      const { output, validations } = result.right;
      return {
        kind: "response",
        response: {
          status: output.statusCode,
          headers: Object.fromEntries(
            Object.entries(output.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]),
          ),
          body: output.body,
        },
        violations: toViolations(validations.output).filter((v) => v.severity === "error"),
      };
    },
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
