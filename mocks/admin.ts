/**
 * The admin API under `/__mock` on every port, for the session of the request's
 * `X-Paymock-Session` header: health, reset, outbox, clock, request journal, provider states,
 * faults and stubs, callbacks and snapshots. Plain JSON, not a vendor format: it is paymock's own
 * surface, specified in specs/admin.yaml. Every input is checked; a refusal changes nothing.
 */
import type { ApiId } from "../src/apis.js";
import { empty, json, type MockRequest, type MockResponse } from "./api.js";
import { checkFaultSpec } from "./engine/faults.js";
import type { CountFilter, RequestFilter } from "./engine/journal.js";
import { restoreSnapshot, toSnapshot } from "./engine/snapshot.js";
import type { SpecEngine } from "./prism.js";
import type { MockSession, Store } from "./store.js";

export const ADMIN_PREFIX = "/__mock";

/** Whether a path is an admin route (`/__mock` or below it; `/__mockx` is a vendor path). */
export const isAdminPath = (path: string): boolean => path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`);

/**
 * Whether an admin request only reads (`GET`, `HEAD`, `POST /__mock/requests/count`): for a session
 * that is not live it is answered from a blank session that is not kept, so looking never creates one.
 */
export const isAdminRead = (req: Pick<MockRequest, "method" | "path">): boolean =>
  isAdminPath(req.path) &&
  (req.method === "GET" ||
    req.method === "HEAD" ||
    (req.method === "POST" && req.path === `${ADMIN_PREFIX}/requests/count`));

export interface AdminDeps {
  readonly api: ApiId;
  readonly session: MockSession;
  readonly store: Store;
  readonly engine: SpecEngine;
  /** Runs the session's time-driven steps (after its clock moved). */
  tickSession(): void;
  /** Why the API cannot serve in this session, or undefined. */
  probe(): Promise<string | undefined>;
}

const ROUTES = [
  "GET health",
  "POST reset?api=",
  "GET outbox?to=&limit=&since=",
  "GET|POST clock",
  "GET|DELETE requests",
  "POST requests/count",
  "GET|POST states",
  "GET|POST|DELETE faults",
  "DELETE faults/{id}",
  "GET callbacks",
  "GET|POST callbacks/target",
  "GET|PUT snapshot",
];

const adminError = (status: number, message: string): MockResponse => json(status, { error: message });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[v.length - 1] : v);

/** A non-negative integer query parameter; `Error` when it is given but not one. */
function intParam(req: MockRequest, name: string): number | undefined | Error {
  const raw = one(req.query[name]);
  if (raw === undefined || raw === "") return undefined;
  if (!/^\d{1,9}$/.test(raw)) return new Error(`${name} must be a non-negative integer, got ${JSON.stringify(raw)}.`);
  return Number(raw);
}

function requestFilter(req: MockRequest): RequestFilter | Error {
  const status = intParam(req, "status");
  const since = intParam(req, "since");
  const limit = intParam(req, "limit");
  for (const v of [status, since, limit]) if (v instanceof Error) return v;
  const method = one(req.query.method);
  const path = one(req.query.path);
  const operationId = one(req.query.operationId);
  return {
    ...(method ? { method } : {}),
    ...(path ? { path } : {}),
    ...(operationId ? { operationId } : {}),
    ...(status === undefined ? {} : { status: status as number }),
    ...(since === undefined ? {} : { since: since as number }),
    ...(limit === undefined ? {} : { limit: limit as number }),
  };
}

function countFilter(body: unknown): CountFilter | Error {
  if (body === undefined) return {};
  if (!isRecord(body)) return new Error('Send {"method"?, "path"?, "operationId"?, "status"?, "body"?}.');
  const known = new Set(["method", "path", "operationId", "status", "body"]);
  const unknown = Object.keys(body).filter((k) => !known.has(k));
  if (unknown.length > 0) return new Error(`Unknown field(s) ${unknown.join(", ")}; known: ${[...known].join(", ")}.`);
  for (const k of ["method", "path", "operationId"]) {
    if (body[k] !== undefined && typeof body[k] !== "string") return new Error(`${k} must be a string.`);
  }
  if (body.status !== undefined && !(typeof body.status === "number" && Number.isInteger(body.status))) {
    return new Error("status must be an integer.");
  }
  return body as CountFilter;
}

/** The operation a fault names, by id or by method and path (exact or template). */
function operationFor(engine: SpecEngine, spec: { operationId?: string; method?: string; path?: string }) {
  if (spec.operationId !== undefined) {
    const found = engine.operations.find((o) => o.id === spec.operationId);
    return (
      found ?? new Error(`No operation "${spec.operationId}"; known: ${engine.operations.map((o) => o.id).join(", ")}.`)
    );
  }
  const method = (spec.method ?? "").toLowerCase();
  const byTemplate = engine.operations.find((o) => o.method === method && o.path === spec.path);
  if (byTemplate !== undefined) return byTemplate;
  const routed = engine.route(method.toUpperCase(), spec.path ?? "/");
  if (routed.kind === "found") return routed.operation;
  return new Error(`No operation answers ${spec.method?.toUpperCase()} ${spec.path}.`);
}

function addFault(deps: AdminDeps, body: unknown): MockResponse {
  const checked = checkFaultSpec(body);
  if (checked.spec === undefined) return adminError(400, `The fault was refused: ${checked.problems.join("; ")}.`);
  const { spec } = checked;
  const operation = operationFor(deps.engine, spec);
  if (operation instanceof Error) return adminError(400, operation.message);
  if (spec.status !== undefined && (spec.body !== undefined || spec.headers !== undefined) && spec.unchecked !== true) {
    const headers = { "content-type": "application/json", ...spec.headers };
    const violations = deps.engine.validateResponse(operation, { status: spec.status, headers, body: spec.body });
    if (violations.length > 0) {
      const list = violations.map((v) => `${v.location.join(".") || "response"}: ${v.message}`).join("; ");
      return json(400, {
        error: `The stub does not match the ${spec.status} response ${operation.id} declares (send "unchecked": true to use it anyway): ${list}`,
        violations,
      });
    }
  }
  const rule = deps.session.slot(deps.api).faults.add(spec, operation.id);
  return json(201, { id: rule.id, operationId: rule.operationId });
}

/** Answers one admin request. */
export async function handleAdmin(req: MockRequest, deps: AdminDeps): Promise<MockResponse> {
  const { api, session } = deps;
  const slot = session.slot(api);
  const sub = req.path.slice(ADMIN_PREFIX.length) || "/";
  // HEAD answers like GET without a body (the HTTP layer sends no body for HEAD).
  const method = req.method === "HEAD" ? "GET" : req.method;
  const faultId = /^\/faults\/([^/]+)$/.exec(sub)?.[1];
  const route = faultId === undefined ? `${method} ${sub}` : `${method} /faults/{id}`;
  switch (route) {
    case "GET /health": {
      const reason = await deps.probe();
      return reason === undefined ? json(200, { api, status: "ok" }) : json(503, { api, status: "degraded", reason });
    }
    case "POST /reset": {
      const only = one(req.query.api);
      if (only === undefined) {
        session.reset();
        return empty(204);
      }
      const served = session.apis.find((a) => a === only);
      if (served === undefined) {
        return adminError(
          400,
          `api must be one of the APIs this mock serves (${session.apis.join(", ")}); got ${JSON.stringify(only.slice(0, 80))}. Without api the whole session is reset.`,
        );
      }
      session.reset(served);
      return empty(204);
    }
    case "GET /outbox": {
      const to = req.query.to;
      const limit = intParam(req, "limit");
      const since = intParam(req, "since");
      for (const v of [limit, since]) if (v instanceof Error) return adminError(400, v.message);
      return json(
        200,
        slot.ctx.outbox.list({
          ...(to === undefined ? {} : { to }),
          ...(limit === undefined ? {} : { limit: limit as number }),
          ...(since === undefined ? {} : { since: since as number }),
        }),
      );
    }
    case "GET /clock":
      return json(200, session.clock.state());
    case "POST /clock": {
      const refused = session.clock.apply(req.body);
      if (refused !== undefined) return adminError(400, refused);
      deps.tickSession();
      return json(200, session.clock.state());
    }
    case "GET /requests": {
      const filter = requestFilter(req);
      return filter instanceof Error ? adminError(400, filter.message) : json(200, slot.journal.list(filter));
    }
    case "DELETE /requests":
      slot.journal.clear();
      return empty(204);
    case "POST /requests/count": {
      const filter = countFilter(req.body);
      return filter instanceof Error
        ? adminError(400, filter.message)
        : json(200, { count: slot.journal.count(filter) });
    }
    case "GET /states":
      return json(
        200,
        Object.entries(slot.definition.states).map(([name, s]) => ({ name, description: s.description })),
      );
    case "POST /states": {
      if (!isRecord(req.body) || typeof req.body.state !== "string") {
        return adminError(400, 'Send {"state": "<name>", "params": {...}}; GET /__mock/states lists the names.');
      }
      const state = slot.definition.states[req.body.state];
      if (state === undefined) {
        const names = Object.keys(slot.definition.states).join(", ");
        return adminError(404, `Unknown state "${req.body.state}" for ${api}. Known states: ${names}.`);
      }
      const params = isRecord(req.body.params) ? req.body.params : {};
      try {
        return json(200, { state: req.body.state, values: state.setup(slot.state, params, slot.ctx) });
      } catch (error) {
        return adminError(400, `State "${req.body.state}" could not be set up: ${(error as Error).message}`);
      }
    }
    case "GET /faults":
      return json(200, slot.faults.list());
    case "POST /faults":
      return addFault(deps, req.body);
    case "DELETE /faults":
      slot.faults.clear();
      return empty(204);
    case "DELETE /faults/{id}":
      return slot.faults.remove(decodeURIComponent(faultId ?? ""))
        ? empty(204)
        : adminError(404, `No fault ${faultId}; GET /__mock/faults lists them.`);
    case "GET /callbacks":
      return json(200, slot.callbacks.list());
    case "GET /callbacks/target":
      return json(200, { url: session.callbackTarget ?? null });
    case "POST /callbacks/target": {
      const url = isRecord(req.body) ? req.body.url : undefined;
      if (url === null) {
        session.callbackTarget = undefined;
        return json(200, { url: null });
      }
      if (typeof url !== "string" || !URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
        return adminError(400, 'Send {"url": "http(s)://..."} (or {"url": null} to go back to --callback-url).');
      }
      session.callbackTarget = url;
      return json(200, { url });
    }
    case "GET /snapshot":
      return json(200, toSnapshot(session));
    case "PUT /snapshot": {
      const refused = restoreSnapshot(session, req.body);
      return refused === undefined ? empty(204) : adminError(400, refused);
    }
    default:
      return adminError(404, `No admin route ${req.method} ${sub}. Routes: ${ROUTES.join(", ")}.`);
  }
}
