/**
 * A typed helper for the admin API (specs/admin.yaml), so tests do not hand-write admin calls:
 * `createAdminClient(baseUrl | fetch, { session })`. It is an openapi-fetch client over the types
 * generated from the admin spec; a refusal rejects with the admin API's own message.
 * @see ../../specs/admin.yaml, ../../docs/mock-server.md
 */
import createClient from "openapi-fetch";
import type { ApiId } from "../../src/apis.js";
import type { components, operations } from "../../src/generated/admin.js";
import { isSessionId, SESSION_HEADER, sessionIdProblem } from "./session-registry.js";

type Schemas = components["schemas"];
export type OutboxMessage = Schemas["OutboxMessage"];
export type ClockState = Schemas["ClockState"];
export type JournalEntry = Schemas["JournalEntry"];
export type CountFilter = Schemas["CountFilter"];
export type FaultSpec = Schemas["FaultSpec"];
export type FaultRule = Schemas["FaultRule"];
export type CallbackRecord = Schemas["CallbackRecord"];
export type RequestFilter = NonNullable<operations["listRequests"]["parameters"]["query"]>;

/** The fetch signature the helper calls (a global fetch, or createMockFetch's). */
export type AdminFetch = (request: Request) => Promise<Response>;

export interface AdminClient {
  outbox(to?: string, opts?: { limit?: number }): Promise<OutboxMessage[]>;
  /** The newest code sent to `to`; rejects with a clear error when none was. */
  latestCode(to: string): Promise<string>;
  /**
   * Puts the session back to the seed (every API, the clock to real time); with `{ api }` only that
   * API of the session (the clock and the callback target stay).
   */
  reset(opts?: { api?: ApiId }): Promise<void>;
  clock: {
    get(): Promise<ClockState>;
    advance(seconds: number): Promise<ClockState>;
    set(now: string | Date): Promise<ClockState>;
    freeze(frozen?: boolean): Promise<ClockState>;
  };
  requests(filter?: RequestFilter): Promise<JournalEntry[]>;
  count(filter?: CountFilter): Promise<number>;
  clearRequests(): Promise<void>;
  /** Sets up a named provider state and returns its values (tokens, ids). */
  state(name: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
  fault(spec: FaultSpec): Promise<{ id: string }>;
  /** The faults and stubs in place, in the order they are tried. */
  faults(): Promise<FaultRule[]>;
  /** Removes one fault by the id `fault()` returned; rejects (404) when there is none by that id. */
  removeFault(id: string): Promise<void>;
  clearFaults(): Promise<void>;
  callbacks(): Promise<CallbackRecord[]>;
  callbackTarget: {
    /** The session's callback URL; `null` when `--callback-url` applies. */
    get(): Promise<string | null>;
    /** Sends the session's callbacks to `url` (http or https); `null` goes back to `--callback-url`. */
    set(url: string | URL | null): Promise<string | null>;
  };
  snapshot(): Promise<unknown>;
  restore(snapshot: unknown): Promise<void>;
}

export interface AdminClientOptions {
  /** The `X-Paymock-Session` the calls carry (default: the default session). */
  readonly session?: string;
  /** With a fetch function: the base URL its requests use (default `http://localhost`). */
  readonly baseUrl?: string;
}

/** Creates the helper for the API at `target` (its base URL, or a fetch that serves it). */
export function createAdminClient(target: string | AdminFetch, opts: AdminClientOptions = {}): AdminClient {
  const { session } = opts;
  if (session !== undefined && !isSessionId(session)) throw new TypeError(`paymock: ${sessionIdProblem(session)}`);
  const baseUrl = typeof target === "string" ? target : (opts.baseUrl ?? "http://localhost");
  const client = createClient<import("../../src/generated/admin.js").paths>({
    baseUrl: baseUrl.replace(/\/+$/, ""),
    ...(typeof target === "function" ? { fetch: target } : {}),
    headers: session === undefined ? {} : { [SESSION_HEADER]: session },
  });

  /** The data of a 2xx answer; a refusal rejects with the admin API's message. */
  async function ok<T>(call: string, result: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
    const { data, error, response } = await result;
    if (response.ok) return data as T;
    const message = typeof error === "object" && error !== null && "error" in error ? String(error.error) : "";
    throw new Error(`paymock admin: ${call} answered ${response.status}${message ? `: ${message}` : ""}`);
  }

  const changeClock = (body: operations["changeClock"]["requestBody"]["content"]["application/json"]) =>
    ok("POST /__mock/clock", client.POST("/__mock/clock", { body }));

  const admin: AdminClient = {
    outbox: (to, o = {}) =>
      ok(
        "GET /__mock/outbox",
        client.GET("/__mock/outbox", {
          params: {
            query: { ...(to === undefined ? {} : { to: [to] }), ...(o.limit === undefined ? {} : { limit: o.limit }) },
          },
        }),
      ),
    async latestCode(to) {
      const [latest] = await admin.outbox(to, { limit: 1 });
      if (latest === undefined) {
        throw new Error(
          `paymock admin: no code was sent to ${to}${session === undefined ? "" : ` in session ${session}`} (GET /__mock/outbox?to=${to} is empty).`,
        );
      }
      return latest.code;
    },
    reset: (o = {}) =>
      ok(
        "POST /__mock/reset",
        client.POST("/__mock/reset", { params: { query: o.api === undefined ? {} : { api: o.api } } }),
      ).then(() => undefined),
    clock: {
      get: () => ok("GET /__mock/clock", client.GET("/__mock/clock")),
      advance: (seconds) => changeClock({ advanceSeconds: seconds }),
      set: (now) => changeClock({ now: typeof now === "string" ? now : now.toISOString() }),
      freeze: (frozen = true) => changeClock({ freeze: frozen }),
    },
    requests: (filter = {}) =>
      ok("GET /__mock/requests", client.GET("/__mock/requests", { params: { query: filter } })),
    count: (filter = {}) =>
      ok("POST /__mock/requests/count", client.POST("/__mock/requests/count", { body: filter })).then((r) => r.count),
    clearRequests: () => ok("DELETE /__mock/requests", client.DELETE("/__mock/requests")).then(() => undefined),
    state: (name, params = {}) =>
      ok("POST /__mock/states", client.POST("/__mock/states", { body: { state: name, params } })).then(
        (r) => r.values as Record<string, unknown>,
      ),
    fault: (spec) =>
      ok("POST /__mock/faults", client.POST("/__mock/faults", { body: spec })).then((r) => ({ id: r.id })),
    faults: () => ok("GET /__mock/faults", client.GET("/__mock/faults")),
    removeFault: (id) =>
      ok(`DELETE /__mock/faults/${id}`, client.DELETE("/__mock/faults/{id}", { params: { path: { id } } })).then(
        () => undefined,
      ),
    clearFaults: () => ok("DELETE /__mock/faults", client.DELETE("/__mock/faults")).then(() => undefined),
    callbacks: () => ok("GET /__mock/callbacks", client.GET("/__mock/callbacks")),
    callbackTarget: {
      get: () => ok("GET /__mock/callbacks/target", client.GET("/__mock/callbacks/target")).then((r) => r.url),
      set: (url) =>
        ok(
          "POST /__mock/callbacks/target",
          client.POST("/__mock/callbacks/target", { body: { url: url === null ? null : String(url) } }),
        ).then((r) => r.url),
    },
    snapshot: () => ok("GET /__mock/snapshot", client.GET("/__mock/snapshot")),
    restore: (snapshot) =>
      ok("PUT /__mock/snapshot", client.PUT("/__mock/snapshot", { body: snapshot as Schemas["Snapshot"] })).then(
        () => undefined,
      ),
  };
  return admin;
}
