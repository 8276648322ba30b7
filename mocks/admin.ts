/**
 * The admin API under `/__mock` on every port: health, reset, outbox, clock, request journal and
 * named provider states. Plain JSON, not a vendor format: it is paymock's own surface.
 */
import type { ApiId } from "../src/apis.js";
import { empty, json, type MockRequest, type MockResponse } from "./api.js";
import type { Clock } from "./context.js";
import type { Store } from "./store.js";

export const ADMIN_PREFIX = "/__mock";

const adminError = (status: number, message: string): MockResponse => json(status, { error: message });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Answers one admin request for `api`. */
export function handleAdmin(
  api: ApiId,
  req: MockRequest,
  deps: { store: Store; clock: Clock; tickAll: () => void },
): MockResponse {
  const { store, clock } = deps;
  const slot = store.slot(api);
  const route = `${req.method} ${req.path.slice(ADMIN_PREFIX.length) || "/"}`;
  switch (route) {
    case "GET /health":
      return json(200, { api, status: "ok" });
    case "POST /reset":
      store.reset(api);
      return empty(204);
    case "GET /outbox": {
      const to = typeof req.query.to === "string" ? req.query.to : undefined;
      return json(200, slot.ctx.outbox.list(to));
    }
    case "GET /clock":
      return json(200, { now: new Date(clock.now()).toISOString() });
    case "POST /clock": {
      const seconds = isRecord(req.body) ? req.body.advanceSeconds : undefined;
      if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds < 0) {
        return adminError(400, 'Send {"advanceSeconds": N} with N a number of seconds >= 0.');
      }
      const now = clock.advance(seconds);
      deps.tickAll();
      return json(200, { now: new Date(now).toISOString() });
    }
    case "GET /requests":
      return json(200, slot.journal);
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
    default:
      return adminError(
        404,
        `No admin route ${route}. Routes: GET health, POST reset, GET outbox?to=, GET|POST clock, GET requests, GET|POST states.`,
      );
  }
}
