/**
 * The proxy's own admin routes under `/__mock`: health, the journal of proxied traffic, the drift
 * summary and a reset. They are answered here and never forwarded to the target. The journal
 * routes are the mock's own (mocks/admin.ts) on the same session journal, so their answers, filters
 * and refusals are exactly the mock's.
 */
import type { ApiId } from "../../src/apis.js";
import { handleAdmin } from "../admin.js";
import { empty, json, type MockRequest, type MockResponse } from "../api.js";
import type { SpecEngine } from "../prism.js";
import type { MockSession, Store } from "../store.js";
import type { DriftLog } from "./drift.js";

export interface ProxyAdminDeps {
  readonly api: ApiId;
  readonly target: string;
  /** The session of the request's `X-Paymock-Session` (already checked). */
  readonly session: MockSession;
  readonly store: Store;
  readonly engine: SpecEngine;
  readonly drift: DriftLog;
}

/** The journal routes, answered by the mock's admin API. */
const JOURNAL_ROUTES: ReadonlySet<string> = new Set(["GET /requests", "DELETE /requests", "POST /requests/count"]);

const ROUTES = "GET health, GET|DELETE requests, POST requests/count, GET drift, POST reset";

/** Answers one `/__mock/...` request of the proxy. */
export async function handleProxyAdmin(req: MockRequest, deps: ProxyAdminDeps): Promise<MockResponse> {
  // HEAD answers like GET without a body (the HTTP layer sends none), as on the mock.
  const method = req.method === "HEAD" ? "GET" : req.method;
  const route = `${method} ${req.path.slice("/__mock".length) || "/"}`;
  if (JOURNAL_ROUTES.has(route)) {
    return handleAdmin(
      { ...req, method },
      {
        api: deps.api,
        session: deps.session,
        store: deps.store,
        engine: deps.engine,
        tickSession: () => undefined,
        probe: async () => undefined,
      },
    );
  }
  switch (route) {
    case "GET /health":
      return json(200, { api: deps.api, status: "ok", mode: "proxy", target: deps.target });
    case "GET /drift":
      return json(200, { api: deps.api, target: deps.target, operations: deps.drift.summary() });
    case "POST /reset":
      // The session's journal, as on the mock; the drift log is the proxy's one summary of the run.
      deps.session.reset();
      deps.drift.clear();
      return empty(204);
    default:
      return json(404, { error: `No proxy admin route ${req.method} ${route.split(" ")[1]}. Routes: ${ROUTES}.` });
  }
}
