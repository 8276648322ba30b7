/**
 * The mock server engine: one process, one Prism engine per spec, the scripted layer in front.
 * Pipeline per request: admin -> route -> guard -> body/spec validation -> scripted handler -> Prism example.
 */
import { type Logger, pino } from "pino";
import { type ApiId, specPath } from "../src/apis.js";
import { ADMIN_PREFIX, handleAdmin } from "./admin.js";
import type { AnyApiDefinition, Call, MockContext, MockRequest, MockResponse } from "./api.js";
import {
  type Clock,
  createClock,
  createOtpGenerator,
  createOutbox,
  createRandomIds,
  type IdGenerator,
  type OtpGenerator,
} from "./context.js";
import { withoutEmptyBody } from "./engine/empty-body.js";
import { type MockOptions, type MockOptionsInput, resolveOptions } from "./options.js";
import { loadSpecEngine, type Operation, type SpecEngine } from "./prism.js";
import { definitionsFor } from "./registry.js";
import { parsePrefer, type RequestInit, toMockRequest } from "./request.js";
import { createStore, JOURNAL_LIMIT, type Store } from "./store.js";

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

export interface MockServer {
  readonly options: MockOptions;
  readonly clock: Clock;
  readonly store: Store;
  readonly logger: Logger;
  engine(api: ApiId): SpecEngine;
  /** Serves one request in-process, without a port (tests, benchmarks). */
  request(api: ApiId, init: RequestInit): Promise<MockResponse>;
  /** Serves one parsed request. */
  handle(api: ApiId, req: MockRequest): Promise<MockResponse>;
  /** Runs every API's time-driven step (after the clock moves). */
  tickAll(): void;
}

/** Creates the engine for the APIs in `options.apis`; listening is `listen()` in ./http.ts. */
export async function createMockServer(input: MockOptionsInput = {}, deps: MockServerDeps = {}): Promise<MockServer> {
  const options = resolveOptions(input);
  const clock = deps.clock ?? createClock();
  const otp = deps.otp ?? createOtpGenerator(options.otpCode);
  const ids = deps.ids ?? createRandomIds();
  const logger = deps.logger ?? pino({ level: options.logLevel, base: undefined });
  const doFetch = deps.fetch ?? fetch;
  const definitions = (deps.definitions ?? definitionsFor(options.apis)).filter((d) => options.apis.includes(d.id));

  const engines = new Map<ApiId, SpecEngine>();
  await Promise.all(
    definitions.map(async (d) => {
      engines.set(d.id, await loadSpecEngine(specPath(d.id)));
    }),
  );

  const contextOf = (api: ApiId): MockContext => {
    const log = logger.child({ api });
    return {
      api,
      clock,
      otp,
      ids,
      options,
      log,
      outbox: createOutbox(clock, (m) =>
        log.info({ to: m.to, purpose: m.purpose, code: m.code }, `code sent to ${m.to}: ${m.code}`),
      ),
      sendCallback(url, body, headers) {
        doFetch(url, { method: "POST", body, headers: { "content-type": "application/json", ...headers } })
          .then((res) => log.info({ url, status: res.status }, "callback delivered"))
          .catch((error: unknown) => log.warn({ url, err: String(error) }, "callback failed"));
      },
    };
  };
  const store = createStore(definitions, contextOf);

  const tick = (api: ApiId) => {
    const slot = store.slot(api);
    slot.definition.tick?.(slot.state, slot.ctx);
  };
  const tickAll = () => {
    for (const d of definitions) tick(d.id);
  };

  const engine = (api: ApiId): SpecEngine => {
    const found = engines.get(api);
    if (found === undefined) throw new Error(`paymock: API "${api}" is not served by this mock.`);
    return found;
  };

  async function dispatch(
    api: ApiId,
    incoming: MockRequest,
  ): Promise<{ response: MockResponse; operation?: Operation }> {
    const slot = store.slot(api);
    const { definition, ctx } = slot;
    if (incoming.path === ADMIN_PREFIX || incoming.path.startsWith(`${ADMIN_PREFIX}/`)) {
      return { response: handleAdmin(api, incoming, { store, clock, tickAll }) };
    }
    const read = definition.readBody?.(incoming) ?? incoming;
    const routed = engine(api).route(read.method, read.path);
    if (routed.kind === "no-path") return { response: definition.problems.notFound(read) };
    if (routed.kind === "no-method") return { response: definition.problems.methodNotAllowed(read, routed.allowed) };
    const { operation, params } = routed;
    const req = withoutEmptyBody(operation, read);
    // Validation and Prism see the path the spec knows (e.g. without Mercuryo's `/v1.6`).
    const specReq = routed.path === req.path ? req : { ...req, path: routed.path };
    tick(api);
    const call: Call<unknown> = { req, operation, params, state: slot.state, ctx };

    const guarded = await definition.guard?.(call);
    if (guarded !== undefined) return { response: guarded, operation };
    if (req.bodyError === "malformed-json") return { response: definition.problems.malformedBody(req), operation };
    const violations = engine(api).validateRequest(operation, specReq);
    if (violations.length > 0) return { response: definition.problems.invalid(call, violations), operation };
    const scripted = await definition.handlers[operation.id]?.(call);
    if (scripted !== undefined) return { response: scripted, operation };

    const mocked = await engine(api).mock(operation, specReq, parsePrefer(req.headers.prefer));
    if (mocked.kind === "error") {
      // Prism could not produce what was asked (e.g. a `Prefer: code=` the spec lacks): a client error.
      const status = mocked.status >= 400 && mocked.status < 500 ? mocked.status : 500;
      const detail = `${mocked.title}${mocked.detail ? `: ${mocked.detail}` : ""}`;
      const response =
        status === 500 ? definition.problems.internal(req, detail) : { ...definition.problems.notFound(req), status };
      return { response, operation };
    }
    const headers = { ...mocked.response.headers, "x-paymock-source": "example" };
    return { response: { ...mocked.response, headers }, operation };
  }

  async function handle(api: ApiId, req: MockRequest): Promise<MockResponse> {
    const started = performance.now();
    const slot = store.slot(api);
    let outcome: { response: MockResponse; operation?: Operation };
    try {
      outcome = await dispatch(api, req);
    } catch (error) {
      slot.ctx.log.error({ err: error instanceof Error ? error.stack : String(error) }, "mock failed");
      outcome = { response: slot.definition.problems.internal(req, "The mock failed; see its log.") };
    }
    const { response, operation } = outcome;
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    if (!req.path.startsWith(ADMIN_PREFIX)) {
      slot.journal.push({
        method: req.method,
        path: req.path,
        status: response.status,
        time: new Date(clock.now()).toISOString(),
        durationMs,
        operationId: operation?.id,
      });
      // shift() drops the oldest entry in O(1); splice(0, n) moved all 10,000 entries on every request.
      while (slot.journal.length > JOURNAL_LIMIT) slot.journal.shift();
      if (options.validateResponses === "warn" && operation !== undefined) {
        const problems = engine(api).validateResponse(operation, { headers: {}, ...response });
        if (problems.length > 0)
          slot.ctx.log.warn({ operationId: operation.id, problems }, "response does not match the spec");
      }
    }
    if (slot.ctx.log.isLevelEnabled("info"))
      slot.ctx.log.info(`${req.method} ${req.path} ${response.status} ${durationMs}ms`);
    return response;
  }

  return {
    options,
    clock,
    store,
    logger,
    engine,
    handle,
    tickAll,
    request: (api, init) => handle(api, toMockRequest(init)),
  };
}
