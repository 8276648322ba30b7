/**
 * The proxy's own admin routes under `/__mock`: health, the journal of proxied traffic, the drift
 * summary and a reset. They are answered here and never forwarded to the target.
 */
import type { ApiId } from "../../src/apis.js";
import { empty, json, type MockRequest, type MockResponse } from "../api.js";
import type { DriftLog } from "./drift.js";
import type { ProxyJournalEntry as JournalEntry } from "./journal.js";

export interface ProxyAdminDeps {
  readonly api: ApiId;
  readonly target: string;
  journal(): readonly JournalEntry[];
  readonly drift: DriftLog;
  /** Empties the journal and the drift log. */
  reset(): void;
}

const toCount = (value: unknown): number | undefined => {
  const n = typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
  return n;
};

/** `since=<id>` (exclusive) and `limit=N` (the newest N), as the mock's list routes (conventions #7). */
function selectEntries(entries: readonly JournalEntry[], query: MockRequest["query"]): readonly JournalEntry[] {
  const since = toCount(query.since);
  const limit = toCount(query.limit);
  const after =
    since === undefined
      ? entries
      : entries.filter((e) => ((e as { id?: number }).id ?? Number.POSITIVE_INFINITY) > since);
  return limit === undefined ? after : after.slice(Math.max(0, after.length - limit));
}

/** Answers one `/__mock/...` request of the proxy. */
export function handleProxyAdmin(req: MockRequest, deps: ProxyAdminDeps): MockResponse {
  const route = `${req.method} ${req.path.slice("/__mock".length) || "/"}`;
  switch (route) {
    case "GET /health":
      return json(200, { api: deps.api, status: "ok", mode: "proxy", target: deps.target });
    case "GET /requests":
      return json(200, selectEntries(deps.journal(), req.query));
    case "GET /drift":
      return json(200, { api: deps.api, target: deps.target, operations: deps.drift.summary() });
    case "POST /reset":
      deps.reset();
      return empty(204);
    default:
      return json(404, {
        error: `No proxy admin route ${route}. Routes: GET health, GET requests?since=&limit=, GET drift, POST reset.`,
      });
  }
}
