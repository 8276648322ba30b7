/**
 * The developer's dashboard at `/__mock/ui` on every port: static assets (no build step, no CDN),
 * one JSON view of everything the admin API holds for a session, a same-origin pass-through to the
 * admin API of every served API (so one page drives all four ports' worlds), a spec viewer, and
 * `GET /__mock/events`, a Server-Sent Events stream that says when something changed.
 * It reads through the admin API and the vendor summarisers only: engine and vendors stay unaware of it.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { ApiId } from "../../src/apis.js";
import { json, type MockRequest, type MockResponse } from "../api.js";
import { redactBody, redactHeaders, redactQuery } from "../engine/redact.js";
import type { SpecStatus } from "../engine/spec-watch.js";
import type { Operation } from "../prism.js";
import { toMockRequest } from "../request.js";
import { adminTokenParam, isValidAdminToken, toAdminTokenCookie } from "./admin-cookie.js";
import { summarise } from "./summaries/index.js";

export const UI_PATH = "/__mock/ui";
export const EVENTS_PATH = "/__mock/events";

/** Whether a path belongs to the dashboard (it is under the admin prefix, so admin rules apply). */
export const isDashboardPath = (path: string): boolean =>
  path === UI_PATH || path.startsWith(`${UI_PATH}/`) || path === EVENTS_PATH;

/** What the dashboard needs from the mock. */
export interface DashboardDeps {
  readonly apis: readonly ApiId[];
  /** Answers an admin request of `api` (path under `/__mock`), honouring `X-Paymock-Session`; not journaled. */
  admin(api: ApiId, req: MockRequest): MockResponse | Promise<MockResponse>;
  /** The vendor state object of `api` in a session (undefined = the default session). */
  stateOf(api: ApiId, session: string | undefined): unknown;
  /** Ids of the live sessions (offered in the session picker). */
  sessionIds(): readonly string[];
  /** The session's mock time (ms). */
  nowOf(session: string | undefined): number;
  specFile(api: ApiId): string;
  /** The operations the API's current spec declares. */
  operations(api: ApiId): readonly Operation[];
  /** The hot-reload status per watched API (empty when not watching). */
  specStatus(): readonly SpecStatus[];
  /** How often the event stream looks for changes. */
  readonly pollMs?: number;
}

export interface Dashboard {
  handle(api: ApiId, req: MockRequest): Promise<MockResponse>;
  /** Ends every open event stream. */
  close(): void;
}

/** Journal entries sent to the page per API (the newest). */
export const JOURNAL_VIEW_LIMIT = 200;

const SESSION_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

const ASSETS: Readonly<Record<string, string>> = {
  "index.html": "text/html; charset=utf-8",
  "app.js": "text/javascript; charset=utf-8",
  "app.css": "text/css; charset=utf-8",
};

const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

const assetCache = new Map<string, string>();
function readAsset(name: string): string {
  let text = assetCache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`./assets/${name}`, import.meta.url), "utf8");
    assetCache.set(name, text);
  }
  return text;
}

const problem = (status: number, message: string): MockResponse => json(status, { error: message });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The session a dashboard request is about: header for fetches, `?session=` for the event stream. */
function sessionOf(req: MockRequest): { session: string | undefined } | { error: MockResponse } {
  const fromQuery = req.query.session;
  const raw = req.headers["x-paymock-session"] ?? (Array.isArray(fromQuery) ? fromQuery[0] : fromQuery);
  if (raw === undefined || raw === "") return { session: undefined };
  if (!SESSION_PATTERN.test(raw)) {
    return { error: problem(400, "A session id is 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' and '-'.") };
  }
  return { session: raw };
}

/** A journal entry as the page shows it: secrets redacted again, whatever the journal already did. */
function toViewEntry(entry: unknown): unknown {
  if (!isRecord(entry)) return entry;
  const out: Record<string, unknown> = { ...entry };
  if (isRecord(entry.headers)) out.headers = redactHeaders(entry.headers as Record<string, string>);
  if (isRecord(entry.query)) out.query = redactQuery(entry.query as Record<string, string>);
  if ("body" in entry) out.body = redactBody(entry.body);
  if ("response" in entry) out.response = redactBody(entry.response);
  return out;
}

/** The line (1-based) of each `operationId:` in a spec's text. */
function operationLines(text: string): Record<string, number> {
  const lines: Record<string, number> = {};
  text.split("\n").forEach((line, i) => {
    const match = /^\s*operationId:\s*['"]?([^'"\s#]+)/.exec(line);
    if (match?.[1] !== undefined) lines[match[1]] ??= i + 1;
  });
  return lines;
}

export function createDashboard(deps: DashboardDeps): Dashboard {
  const pollMs = deps.pollMs ?? 250;
  const streams = new Set<() => void>();

  const callAdmin = async (api: ApiId, method: string, path: string, session: string | undefined) => {
    const headers: Record<string, string> = session === undefined ? {} : { "x-paymock-session": session };
    return deps.admin(api, toMockRequest({ method, path: `/__mock${path}`, headers }));
  };
  /** The body of a 2xx admin answer; `null` when this mock's admin API lacks the route. */
  const adminJson = async (api: ApiId, path: string, session: string | undefined): Promise<unknown> => {
    const response = await callAdmin(api, "GET", path, session);
    return response.status >= 200 && response.status < 300 ? response.body : null;
  };

  const specOf = (api: ApiId) => {
    const status = deps.specStatus().find((s) => s.api === api);
    return status ?? { api, file: deps.specFile(api), state: "serving", watching: false, problems: [] };
  };

  async function view(here: ApiId, session: string | undefined): Promise<unknown> {
    const first = deps.apis[0] as ApiId;
    const now = deps.nowOf(session);
    const clock = await adminJson(first, "/clock", session);
    const sessions = deps.sessionIds().slice(0, 200);
    const apis = await Promise.all(
      deps.apis.map(async (api) => {
        const journal = await adminJson(api, `/requests?limit=${JOURNAL_VIEW_LIMIT}`, session);
        return {
          api,
          outbox: await adminJson(api, "/outbox", session),
          requests: Array.isArray(journal) ? journal.slice(-JOURNAL_VIEW_LIMIT).map(toViewEntry) : null,
          callbacks: await adminJson(api, "/callbacks", session),
          faults: await adminJson(api, "/faults", session),
          states: await adminJson(api, "/states", session),
          summary: summarise(api, deps.stateOf(api, session), now),
          spec: specOf(api),
        };
      }),
    );
    return { here, session: session ?? null, now: new Date(now).toISOString(), clock, sessions, apis };
  }

  /** Changes only when something the page shows changes (not as real time passes). */
  async function fingerprint(session: string | undefined): Promise<string> {
    const first = deps.apis[0] as ApiId;
    const clock = await adminJson(first, "/clock", session);
    const offset =
      isRecord(clock) && typeof clock.offsetSeconds === "number"
        ? [clock.offsetSeconds, clock.frozen === true ? clock.now : null]
        : Math.round((deps.nowOf(session) - Date.now()) / 1000);
    const parts: unknown[] = [offset, deps.specStatus().map((s) => [s.version, s.state, s.problems.length])];
    const now = deps.nowOf(session);
    for (const api of deps.apis) {
      const journal = await adminJson(api, "/requests?limit=1", session);
      const lists = await Promise.all(["/outbox", "/callbacks", "/faults"].map((p) => adminJson(api, p, session)));
      const last = Array.isArray(journal) ? journal.at(-1) : undefined;
      parts.push(
        Array.isArray(journal) ? journal.length : null,
        isRecord(last) ? (last.id ?? `${String(last.time)} ${String(last.path)}`) : null,
        // Length and newest entry, plus deliveries still pending (a callback's status changes in place).
        lists.map((l) =>
          Array.isArray(l) ? [l.length, l.at(-1), l.filter((x) => isRecord(x) && x.status === "pending").length] : null,
        ),
        summarise(api, deps.stateOf(api, session), now),
      );
    }
    return createHash("sha1").update(JSON.stringify(parts)).digest("hex");
  }

  function events(session: string | undefined): MockResponse {
    const encoder = new TextEncoder();
    let stop = () => {};
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        let last = "";
        let busy = false;
        let beats = 0;
        const send = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            stop();
          }
        };
        const check = async () => {
          if (busy) return;
          busy = true;
          try {
            const next = await fingerprint(session);
            if (next !== last) {
              last = next;
              send(`event: change\ndata: ${JSON.stringify({ fingerprint: next })}\n\n`);
            } else if (++beats * pollMs >= 15_000) {
              beats = 0;
              send(": still here\n\n");
            }
          } finally {
            busy = false;
          }
        };
        const timer = setInterval(() => void check().catch(() => {}), pollMs);
        stop = () => {
          clearInterval(timer);
          streams.delete(stop);
          try {
            controller.close();
          } catch {
            // already closed
          }
        };
        streams.add(stop);
        send("retry: 1000\n\n");
        void check().catch(() => {});
      },
      cancel() {
        stop();
      },
    });
    return {
      status: 200,
      headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store" },
      body,
    };
  }

  function specView(api: string): MockResponse {
    if (!(deps.apis as readonly string[]).includes(api)) return problem(404, `API "${api}" is not served here.`);
    const file = deps.specFile(api as ApiId);
    const text = readFileSync(file, "utf8");
    return json(200, { api, file, text, operations: operationLines(text) }, SECURITY_HEADERS);
  }

  async function handle(api: ApiId, req: MockRequest): Promise<MockResponse> {
    const sub = req.path === EVENTS_PATH ? "events" : req.path.slice(UI_PATH.length + 1);
    const found = sessionOf(req);
    if ("error" in found) return found.error;
    const { session } = found;
    if (req.method === "GET" && sub === "") {
      const token = adminTokenParam(req);
      if (token !== undefined) {
        if (!isValidAdminToken(token)) return problem(400, "admin-token has characters a cookie cannot hold.");
        // The token leaves the address bar (and the history) at once.
        return {
          status: 303,
          headers: { location: UI_PATH, "set-cookie": toAdminTokenCookie(token), ...SECURITY_HEADERS },
        };
      }
      return {
        status: 200,
        headers: { "content-type": ASSETS["index.html"] as string, ...SECURITY_HEADERS },
        body: readAsset("index.html"),
      };
    }
    if (req.method === "GET" && sub in ASSETS && sub !== "index.html") {
      return {
        status: 200,
        headers: { "content-type": ASSETS[sub] as string, ...SECURITY_HEADERS },
        body: readAsset(sub),
      };
    }
    if (req.method === "GET" && sub === "events") return events(session);
    if (req.method === "GET" && sub === "view") return json(200, await view(api, session), SECURITY_HEADERS);
    if (req.method === "GET" && sub === "operations") {
      const all = deps.apis.map((a) => [
        a,
        deps.operations(a).map((op) => ({ id: op.id, method: op.method, path: op.path })),
      ]);
      return json(200, Object.fromEntries(all), SECURITY_HEADERS);
    }
    if (req.method === "GET" && sub.startsWith("spec/")) return specView(sub.slice("spec/".length));
    if (sub.startsWith("admin/")) {
      // `/__mock/ui/admin/<api>/<route>` is `<route>` of that API's admin API, from this origin.
      const [target = "", ...rest] = sub.slice("admin/".length).split("/");
      if (!(deps.apis as readonly string[]).includes(target)) {
        return problem(404, `API "${target}" is not served here; served: ${deps.apis.join(", ")}.`);
      }
      return deps.admin(target as ApiId, { ...req, path: `/__mock/${rest.join("/")}` });
    }
    return problem(404, `No dashboard route ${req.method} ${req.path}; open ${UI_PATH}.`);
  }

  return {
    handle: (api, req) => handle(api, req),
    close() {
      for (const stop of [...streams]) stop();
    },
  };
}
