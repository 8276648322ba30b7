/**
 * The mock server engine: one process, one Prism engine per spec, the scripted layer in front.
 * Pipeline per request (conventions #5): admin routes (session-aware) -> session -> route ->
 * faults, stubs and `Prefer` -> guard -> body/spec validation -> scripted handler -> Prism example.
 * Sessions, the journal and faults are engine features (mocks/engine/), never per-vendor code.
 */
import { type Logger, pino } from "pino";
import { type ApiId, specPath } from "../src/apis.js";
import { ADMIN_PREFIX, handleAdmin, isAdminPath, isAdminRead } from "./admin.js";
import type { AnyApiDefinition, Call, MockRequest, MockResponse } from "./api.js";
import {
  type Clock,
  createClock,
  createOtpGenerator,
  createRandomIds,
  type IdGenerator,
  type OtpGenerator,
} from "./context.js";
import { createDashboard, isDashboardPath } from "./dashboard/server.js";
import { acceptsJson } from "./engine/accept.js";
import { withoutEmptyBody } from "./engine/empty-body.js";
import type { FaultRule, SocketFault } from "./engine/faults.js";
import { type JournalSource, toJournaledBody } from "./engine/journal.js";
import { LOG_LIMITS } from "./engine/log-limits.js";
import { decidePrefer, readPrefer } from "./engine/prefer.js";
import { createContextFactory, isoOf } from "./engine/session-context.js";
import { isSessionId, SESSION_HEADER, sessionIdProblem } from "./engine/session-registry.js";
import { findMissingScripted, type SpecWatcher, watchSpecs } from "./engine/spec-watch.js";
import { type MockOptions, type MockOptionsInput, resolveOptions } from "./options.js";
import { loadSpecEngine, type Operation, type SpecEngine, type Violation } from "./prism.js";
import { definitionsFor } from "./registry.js";
import { parsePrefer, type RequestInit, toMockRequest } from "./request.js";
import { type ApiSlot, createStore, type MockSession, type Store } from "./store.js";

export interface MockServerDeps {
  readonly clock?: Clock;
  readonly otp?: OtpGenerator;
  readonly ids?: IdGenerator;
  readonly logger?: Logger;
  /** Used for outgoing callbacks. */
  readonly fetch?: typeof fetch;
  /** Replaces the built-in API definitions (tests). */
  readonly definitions?: readonly AnyApiDefinition[];
}

/** An engine answer; `fault` asks the HTTP layer for a failure below HTTP instead of an answer. */
export type EngineResponse = MockResponse & { readonly fault?: SocketFault };

export interface MockServer {
  readonly options: MockOptions;
  /** The server's clock; each session runs its own offset on top of it. */
  readonly clock: Clock;
  readonly store: Store;
  readonly logger: Logger;
  engine(api: ApiId): SpecEngine;
  /** Serves one request in-process, without a port (tests, benchmarks). */
  request(api: ApiId, init: RequestInit): Promise<EngineResponse>;
  /** Serves one parsed request. */
  handle(api: ApiId, req: MockRequest): Promise<EngineResponse>;
  /** Runs every API's time-driven step in every live session. */
  tickAll(): void;
  /** Serves a new version of an API's spec from the next request on (hot reload); state stays. */
  replaceEngine(api: ApiId, engine: SpecEngine): void;
  /** The spec watcher (`watch: true`), for its status. */
  readonly specWatcher: SpecWatcher | undefined;
  /** Ends pending delays and callbacks, the spec watcher and the dashboard's streams (the HTTP layer closes its own sockets). */
  close(): Promise<void>;
}

interface Outcome {
  readonly response: EngineResponse;
  readonly operation?: Operation;
  /** Absent: not journaled (an admin call that succeeded). */
  readonly source?: JournalSource;
}

const violation = (location: string[], message: string): Violation => ({ location, message, severity: "error" });

/** A vendor problem moved to another status, with the status fields of its body moved too. */
function withStatus(response: MockResponse, status: number): MockResponse {
  const body = response.body;
  if (typeof body !== "object" || body === null || Array.isArray(body)) return { ...response, status };
  const moved: Record<string, unknown> = { ...body };
  for (const key of ["statusCode", "status"]) {
    if (moved[key] === response.status) moved[key] = status;
    if (moved[key] === String(response.status)) moved[key] = String(status);
  }
  return { ...response, status, body: moved };
}

/** Creates the engine for the APIs in `options.apis`; listening is `listen()` in ./http.ts. */
export async function createMockServer(input: MockOptionsInput = {}, deps: MockServerDeps = {}): Promise<MockServer> {
  const options = resolveOptions(input);
  const clock = deps.clock ?? createClock();
  const otp = deps.otp ?? createOtpGenerator(options.otpCode);
  const ids = deps.ids ?? createRandomIds();
  const logger = deps.logger ?? pino({ level: options.logLevel, base: undefined, ...LOG_LIMITS });
  const doFetch = deps.fetch ?? fetch;
  const definitions = (deps.definitions ?? definitionsFor(options.apis)).filter((d) => options.apis.includes(d.id));
  const closing = new AbortController();
  const pending = new Set<Promise<void>>();

  const engines = new Map<ApiId, SpecEngine>();
  const specFile = (api: ApiId) => options.specs[api] ?? specPath(api);
  await Promise.all(
    definitions.map(async (d) => {
      engines.set(d.id, await loadSpecEngine(specFile(d.id)));
    }),
  );
  for (const d of definitions) {
    const missing = findMissingScripted(Object.keys(d.handlers), engines.get(d.id) as SpecEngine);
    if (missing.length > 0 && options.specs[d.id] !== undefined) {
      logger.warn({ api: d.id, missing }, `${specFile(d.id)} lacks operations the mock scripts: ${missing.join(", ")}`);
    }
  }

  const contextOf = createContextFactory({
    options,
    otp,
    ids,
    logger,
    fetch: doFetch,
    signal: closing.signal,
    track(delivery) {
      pending.add(delivery);
      delivery.finally(() => pending.delete(delivery));
    },
  });
  const store = createStore(definitions, {
    clock,
    log: logger,
    contextOf,
    limits: { maxSessions: options.maxSessions, journalLimit: options.journalLimit, callbackLimit: 1_000 },
  });

  const tick = (slot: ApiSlot) => slot.definition.tick?.(slot.state, slot.ctx);
  const tickSession = (session: MockSession) => {
    for (const api of session.apis) tick(session.slot(api));
  };
  const tickAll = () => {
    for (const session of store.sessions()) {
      try {
        tickSession(session);
      } catch (error) {
        logger.error({ session: session.id, err: error instanceof Error ? error.stack : String(error) }, "tick failed");
      }
    }
  };

  const engine = (api: ApiId): SpecEngine => {
    const found = engines.get(api);
    if (found === undefined) throw new Error(`paymock: API "${api}" is not served by this mock.`);
    return found;
  };

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      if (ms <= 0 || closing.signal.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        closing.signal.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      closing.signal.addEventListener("abort", done, { once: true });
    });

  /** The operation's declared response for `status` (its example), else the vendor's problem for it. */
  async function answerWithStatus(call: Call<unknown>, specReq: MockRequest, status: number): Promise<MockResponse> {
    const { operation, req } = call;
    const declared = decidePrefer(operation, { code: status });
    if (declared.kind === "answer" && declared.hasExample) {
      return { status, headers: { "content-type": declared.mediaType ?? "application/json" }, body: declared.body };
    }
    if (declared.kind === "answer") {
      const mocked = await engine(call.ctx.api).mock(operation, specReq, { code: status });
      if (mocked.kind === "response") return mocked.response;
    }
    const problems = store.slot(call.ctx.api).definition.problems;
    return (
      problems.forStatus?.(req, status) ??
      withStatus(problems.internal(req, `Fault injected by paymock: ${status}`), status)
    );
  }

  /** What a fault rule makes of the request; undefined lets it go on (a delay only). */
  async function applyRule(
    rule: FaultRule,
    call: Call<unknown>,
    specReq: MockRequest,
  ): Promise<EngineResponse | undefined> {
    if (rule.delayMs !== undefined) await sleep(rule.delayMs);
    if (rule.fault === "malformed-json") {
      return { status: 200, headers: { "content-type": "application/json" }, body: '{"paymock": "malformed-json", ' };
    }
    if (rule.fault !== undefined) return { status: 0, fault: rule.fault };
    if (rule.status === undefined) return undefined;
    if (rule.body !== undefined || rule.headers !== undefined) {
      return {
        status: rule.status,
        headers: { "content-type": "application/json", ...rule.headers, "x-paymock-source": "stub" },
        ...(rule.body === undefined ? {} : { body: rule.body }),
      };
    }
    return answerWithStatus(call, specReq, rule.status);
  }

  /** Guard, validation, scripted handler, example: what every routed request goes through. */
  async function serve(call: Call<unknown>, specReq: MockRequest, slot: ApiSlot): Promise<Omit<Outcome, "operation">> {
    const { definition } = slot;
    const { req, operation } = call;
    const guarded = await definition.guard?.(call);
    if (guarded !== undefined) return { response: guarded, source: "scripted" };
    if (req.bodyError === "malformed-json")
      return { response: definition.problems.malformedBody(req), source: "error" };
    const violations = engine(call.ctx.api).validateRequest(operation, specReq);
    if (violations.length > 0) return { response: definition.problems.invalid(call, violations), source: "error" };
    const scripted = await definition.handlers[operation.id]?.(call);
    if (scripted !== undefined) return { response: scripted, source: "scripted" };

    const { dynamic } = parsePrefer(req.headers.prefer);
    const mocked = await engine(call.ctx.api).mock(operation, specReq, dynamic === true ? { dynamic } : {});
    if (mocked.kind === "error") {
      const status = mocked.status >= 400 && mocked.status < 500 ? mocked.status : 500;
      const detail = `${mocked.title}${mocked.detail ? `: ${mocked.detail}` : ""}`;
      const response =
        status === 500 ? definition.problems.internal(req, detail) : { ...definition.problems.notFound(req), status };
      return { response, source: "error" };
    }
    const headers = { ...mocked.response.headers, "x-paymock-source": "example" };
    return { response: { ...mocked.response, headers }, source: "example" };
  }

  type Routed = { call: Call<unknown>; specReq: MockRequest } | { response: MockResponse };
  function routeOf(api: ApiId, slot: ApiSlot, incoming: MockRequest): Routed {
    // A vendor may read bodies its own way first (B2Core: JSON sent without a JSON content type).
    const read = slot.definition.readBody?.(incoming) ?? incoming;
    const routed = engine(api).route(read.method, read.path);
    if (routed.kind === "no-path") return { response: slot.definition.problems.notFound(read) };
    if (routed.kind === "no-method")
      return { response: slot.definition.problems.methodNotAllowed(read, routed.allowed) };
    // `{}` sent to an operation that documents no body counts as no body.
    const req = withoutEmptyBody(routed.operation, read);
    // Validation and Prism see the path the spec knows (e.g. without Mercuryo's `/v1.6`).
    const specReq = routed.path === req.path ? req : { ...req, path: routed.path };
    const call: Call<unknown> = {
      req,
      operation: routed.operation,
      params: routed.params,
      state: slot.state,
      ctx: slot.ctx,
    };
    return { call, specReq };
  }

  async function dispatch(api: ApiId, session: MockSession, req: MockRequest): Promise<Outcome> {
    const slot = session.slot(api);
    if (isDashboardPath(req.path)) return { response: await dashboard.handle(api, req) };
    if (isAdminPath(req.path)) {
      const response = await handleAdmin(req, {
        api,
        session,
        store,
        engine: engine(api),
        tickSession: () => tickSession(session),
        probe: () => probe(api, session),
      });
      return { response, ...(response.status >= 400 ? { source: "admin-refused" as const } : {}) };
    }
    const routed = routeOf(api, slot, req);
    if ("response" in routed) return { response: routed.response, source: "error" };
    const { call, specReq } = routed;
    const { operation } = call;
    if (!acceptsJson(req.headers.accept)) {
      return { response: slot.definition.problems.notAcceptable(req), operation, source: "error" };
    }
    tick(slot);

    let faulted = false;
    const rule = slot.faults.take(operation.id);
    if (rule !== undefined) {
      faulted = true;
      const response = await applyRule(rule, call, specReq);
      if (response !== undefined) return { response, operation, source: "fault" };
    }
    const prefer = readPrefer(req.headers.prefer);
    if (prefer.badDelay !== undefined) {
      const message = `Prefer: delay=${prefer.badDelay} must be an integer number of milliseconds from 0 to 60000.`;
      return {
        response: slot.definition.problems.invalid(call, [violation(["header", "prefer"], message)]),
        operation,
        source: "error",
      };
    }
    if (prefer.delayMs !== undefined) await sleep(prefer.delayMs);
    const decision = decidePrefer(operation, prefer);
    if (decision.kind === "refuse") {
      return {
        response: slot.definition.problems.invalid(call, [violation(["header", "prefer"], decision.message)]),
        operation,
        source: "error",
      };
    }
    if (decision.kind === "answer") {
      let response: MockResponse;
      if (decision.hasExample && parsePrefer(req.headers.prefer).dynamic !== true) {
        response = {
          status: decision.status,
          headers: {
            ...(decision.mediaType === undefined ? {} : { "content-type": decision.mediaType }),
            "x-paymock-source": "example",
          },
          ...(decision.body === undefined ? {} : { body: decision.body }),
        };
      } else {
        const mocked = await engine(api).mock(operation, specReq, {
          ...parsePrefer(req.headers.prefer),
          code: decision.status,
        });
        response =
          mocked.kind === "response"
            ? { ...mocked.response, headers: { ...mocked.response.headers, "x-paymock-source": "example" } }
            : { status: decision.status };
      }
      return { response, operation, source: faulted ? "fault" : "example" };
    }
    const served = await serve(call, specReq, slot);
    return { ...served, operation, ...(faulted ? { source: "fault" as const } : {}) };
  }

  /** One operation per API that health sends through the pipeline: a GET without path parameters. */
  const probeOperation = (api: ApiId): Operation | undefined => {
    const ops = engine(api).operations;
    return ops.find((o) => o.method === "get" && !o.path.includes("{")) ?? ops.find((o) => !o.path.includes("{"));
  };

  /** Why `api` cannot serve in `session`, or undefined when it can (clock readable, one routed request served). */
  async function probe(api: ApiId, session: MockSession): Promise<string | undefined> {
    try {
      new Date(session.clock.now()).toISOString();
    } catch {
      return "the session clock does not hold a valid time; POST /__mock/reset puts it back";
    }
    const operation = probeOperation(api);
    if (operation === undefined) return undefined;
    try {
      const slot = session.slot(api);
      tick(slot);
      const routed = routeOf(api, slot, toMockRequest({ method: operation.method, path: operation.path }));
      if ("response" in routed)
        return `the probe request ${operation.method.toUpperCase()} ${operation.path} was not routed`;
      const { response } = await serve(routed.call, routed.specReq, slot);
      if (response.status >= 500) return `${operation.id} answered ${response.status}`;
      return undefined;
    } catch (error) {
      return `${operation.id} failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  /** The answer to a request whose session header is not valid: 400 in the vendor's envelope (admin: plain JSON). */
  function badSession(api: ApiId, req: MockRequest, value: string): MockResponse {
    const message = sessionIdProblem(value);
    if (isAdminPath(req.path))
      return { status: 400, headers: { "content-type": "application/json" }, body: { error: message } };
    const slot = store.slot(api);
    const routed = routeOf(api, slot, req);
    if ("call" in routed)
      return slot.definition.problems.invalid(routed.call, [violation(["header", SESSION_HEADER], message)]);
    return withStatus(slot.definition.problems.malformedBody(req), 400);
  }

  async function handle(api: ApiId, req: MockRequest): Promise<EngineResponse> {
    const started = performance.now();
    const sessionId = req.headers[SESSION_HEADER];
    if (sessionId !== undefined && !isSessionId(sessionId)) {
      logger.warn({ api }, `${req.method} ${req.path}: invalid ${SESSION_HEADER}`);
      return badSession(api, req, sessionId);
    }
    // Looking at a session (admin reads, the dashboard) never creates it.
    const session = isAdminRead(req) || isDashboardPath(req.path) ? store.view(sessionId) : store.session(sessionId);
    const slot = session.slot(api);
    let outcome: Outcome;
    try {
      outcome = await dispatch(api, session, req);
    } catch (error) {
      slot.ctx.log.error(
        { err: error instanceof Error ? error.stack : String(error) },
        `${req.method} ${req.path}: mock failed`,
      );
      outcome = { response: slot.definition.problems.internal(req, "The mock failed; see its log."), source: "error" };
    }
    const { response, operation, source } = outcome;
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    try {
      if (source !== undefined) {
        slot.journal.record({
          time: isoOf(session.clock.now()),
          method: req.method,
          path: req.path,
          template: operation?.path,
          query: req.query,
          headers: req.headers,
          body: toJournaledBody(req.body, req.rawBody),
          status: response.status,
          response: response.body,
          operationId: operation?.id,
          durationMs,
          source,
        });
      }
      if (
        options.validateResponses === "warn" &&
        operation !== undefined &&
        source !== "fault" &&
        response.status > 0
      ) {
        const problems = engine(api).validateResponse(operation, { headers: {}, ...response });
        if (problems.length > 0)
          slot.ctx.log.warn({ operationId: operation.id, problems }, "response does not match the spec");
      }
      if (slot.ctx.log.isLevelEnabled("info") && !isDashboardPath(req.path))
        slot.ctx.log.info(`${req.method} ${req.path} ${response.status} ${durationMs}ms`);
    } catch (error) {
      slot.ctx.log.error({ err: error instanceof Error ? error.stack : String(error) }, "journal failed");
    }
    return response;
  }

  const replaceEngine = (api: ApiId, next: SpecEngine) => {
    engine(api);
    engines.set(api, next);
  };
  const specWatcher = options.watch
    ? watchSpecs({
        files: Object.fromEntries(definitions.map((d) => [d.id, specFile(d.id)])),
        engine,
        replaceEngine,
        load: (file) => loadSpecEngine(file, { precomputeExamples: false }),
        scripted: (api) => Object.keys(store.slot(api).definition.handlers),
        logger,
        now: () => clock.now(),
      })
    : undefined;
  /** The admin API as the dashboard calls it in-process: same routes and session header, not journaled. */
  const adminFor = async (api: ApiId, req: MockRequest): Promise<MockResponse> => {
    const id = req.headers[SESSION_HEADER];
    if (id !== undefined && !isSessionId(id)) return badSession(api, req, id);
    const session = isAdminRead(req) ? store.view(id) : store.session(id);
    return handleAdmin(req, {
      api,
      session,
      store,
      engine: engine(api),
      tickSession: () => tickSession(session),
      probe: () => probe(api, session),
    });
  };
  const dashboard = createDashboard({
    apis: definitions.map((d) => d.id),
    admin: adminFor,
    stateOf: (api, session) => store.view(session).slot(api).state,
    sessionIds: () => [...store.sessions()].map((s) => s.id),
    nowOf: (session) => store.view(session).clock.now(),
    specFile,
    operations: (api) => engine(api).operations,
    specStatus: () => specWatcher?.status() ?? [],
  });

  return {
    options,
    clock,
    store,
    logger,
    engine,
    handle,
    tickAll,
    replaceEngine,
    specWatcher,
    request: (api, init) => handle(api, toMockRequest(init)),
    async close() {
      closing.abort();
      dashboard.close();
      await specWatcher?.close();
      await Promise.allSettled([...pending]);
    },
  };
}

export { ADMIN_PREFIX };
