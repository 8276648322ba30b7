/**
 * `startProxy`: paymock between an app and a real sandbox. It listens like the mock, forwards every
 * request to the target, checks both directions against `specs/<api>.yaml` with the mock's own
 * validators, journals the traffic redacted, counts drift and, with `record`, keeps the answers as
 * candidate examples. `/__mock/*` is answered here and never forwarded.
 * @see ../../docs/proxy.md
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import { API_IDS, type ApiId, DEFAULT_PORT_BASE } from "../../src/apis.js";
import { isAdminPath } from "../admin.js";
import { json, type MockResponse } from "../api.js";
import type { Clock } from "../context.js";
import {
  type AccessRefusal,
  checkAdminToken,
  checkExposure,
  createExposurePolicy,
  refuseHostOrOrigin,
} from "../engine/exposure.js";
import { redactHeaders, redactQuery } from "../engine/redact.js";
import { isSessionId, SESSION_HEADER, sessionIdProblem } from "../engine/session-registry.js";
import type { MockOptionsInput } from "../options.js";
import { normalizePath, parseRequest } from "../request.js";
import { ConfigError, checkProxyOptions } from "../resolve-config.js";
import { createMockServer, type MockServer } from "../server.js";
import { handleProxyAdmin } from "./admin.js";
import { flatHeaders, readAll } from "./body.js";
import { createDriftLog, type OperationDrift } from "./drift.js";
import { type ExchangeContext, handleExchange } from "./exchange.js";
import { toStoredBody } from "./journal.js";
import { PROXY_DEFAULTS, type SharedOptionName } from "./options.js";

/**
 * What `paymock proxy` and tests may set; everything else has a default. Besides its own options
 * (the `proxy` group of the config file) the proxy takes the mock options it shares with
 * `paymock start` under the same names: `host`, `allowedHosts`, `adminOrigins`, `adminToken`,
 * `insecureAdmin`, `portBase`, `maxBodyBytes`, `requestTimeoutMs`, `logLevel`, `specs`,
 * `maxSessions`, `journalLimit`.
 */
export interface ProxyOptions extends Pick<MockOptionsInput, SharedOptionName> {
  readonly api: ApiId;
  /** The target's base URL, e.g. `https://sandbox-api.mrcr.io/v1.6`. */
  readonly target: string;
  /** Default: the mock's port for the API (`portBase` + its index: nbcgate 4010 ... b2core-backoffice 4013); 0 picks a free one. */
  readonly port?: number;
  /** Refuse invalid requests (the vendor's 400) and invalid answers (502) instead of only reporting them. */
  readonly strict?: boolean;
  /** Folder for candidate examples, one file per operation and status. */
  readonly record?: string;
  /** How long to wait for the target's answer; then 504. Default 30 s. */
  readonly timeoutMs?: number;
  /** JSON answers up to this size are read whole and validated; larger ones stream through. Default 8 MiB. */
  readonly maxValidatedBytes?: number;
}

export interface ProxyDeps {
  readonly clock?: Clock;
  readonly logger?: Logger;
}

export interface RunningProxy {
  /** Where the proxy listens, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly api: ApiId;
  readonly target: string;
  /** The drift summary so far, per operation (what `GET /__mock/drift` answers). */
  drift(): OperationDrift[];
  stop(): Promise<void>;
}

/** The options as the proxy uses them: checked against the option table, defaulted, frozen. */
function resolveProxyOptions(input: ProxyOptions) {
  checkProxyOptions(input as unknown as Record<string, unknown>);
  if (input.api === undefined) {
    throw new ConfigError(
      `paymock proxy: which API? Pass --api <id> (PAYMOCK_PROXY_API, "proxy.api" in the config file); known: ${API_IDS.join(", ")}.`,
    );
  }
  if (input.target === undefined) {
    throw new ConfigError(
      'paymock proxy: where to? Pass --target <base URL> (PAYMOCK_PROXY_TARGET, "proxy.target" in the config file).',
    );
  }
  const portBase = input.portBase ?? DEFAULT_PORT_BASE;
  return Object.freeze({
    api: input.api,
    target: new URL(input.target),
    port: input.port ?? (portBase === 0 ? 0 : portBase + API_IDS.indexOf(input.api)),
    strict: input.strict ?? PROXY_DEFAULTS.strict,
    record: input.record,
    timeoutMs: input.timeoutMs ?? PROXY_DEFAULTS.timeoutMs,
    maxValidatedBytes: input.maxValidatedBytes ?? PROXY_DEFAULTS.maxValidatedBytes,
  });
}

/** CORS for the proxy's admin answers to a page the policy allowed (the target's own CORS covers the rest). */
const adminCors = (origin: string | undefined): Record<string, string> =>
  origin === undefined
    ? {}
    : { "access-control-allow-origin": origin, "access-control-allow-credentials": "true", vary: "Origin" };

function sendJson(res: ServerResponse, response: MockResponse, extra: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const body = response.body === undefined ? undefined : JSON.stringify(response.body);
  res.writeHead(response.status, {
    ...response.headers,
    ...(body === undefined ? {} : { "content-type": "application/json" }),
    ...extra,
  });
  res.end(body);
}

/** Answers at once and drops the rest of the body. */
function refuse(req: IncomingMessage, res: ServerResponse, response: MockResponse): void {
  sendJson(res, response, { connection: "close" });
  req.resume();
  res.once("finish", () => req.destroy());
}

/** The session a request names (`X-Paymock-Session`), or undefined for the default one. */
const sessionOf = (mock: MockServer, headers: Readonly<Record<string, string>>) => {
  const id = headers[SESSION_HEADER];
  return mock.store.session(id !== undefined && isSessionId(id) ? id : undefined);
};

/** Starts a proxy for one API in front of `target`. */
export async function startProxy(input: ProxyOptions, deps: ProxyDeps = {}): Promise<RunningProxy> {
  const options = resolveProxyOptions(input);
  const { api } = options;
  // The mock engine of the API gives the proxy its spec, problems, sessions (journal), clock, log
  // and who may talk to it: the options it shares with `paymock start` go to it unchanged.
  const shared: MockOptionsInput = {
    host: input.host,
    allowedHosts: input.allowedHosts,
    adminOrigins: input.adminOrigins,
    adminToken: input.adminToken,
    insecureAdmin: input.insecureAdmin,
    maxBodyBytes: input.maxBodyBytes,
    requestTimeoutMs: input.requestTimeoutMs,
    logLevel: input.logLevel,
    specs: input.specs,
    maxSessions: input.maxSessions,
    journalLimit: input.journalLimit,
  };
  const mock = await createMockServer(
    { ...Object.fromEntries(Object.entries(shared).filter(([, v]) => v !== undefined)), apis: [api] },
    {
      ...(deps.clock === undefined ? {} : { clock: deps.clock }),
      ...(deps.logger === undefined ? {} : { logger: deps.logger }),
    },
  );
  let policy: ReturnType<typeof createExposurePolicy>;
  try {
    // Off loopback: warn, and refuse to start without an admin token unless insecureAdmin (conventions #4).
    for (const line of checkExposure(mock.options)) mock.logger.warn(line);
    policy = createExposurePolicy(mock.options);
  } catch (error) {
    await mock.close();
    throw error;
  }
  const drift = createDriftLog();
  const engine = mock.engine(api);
  const ctx: ExchangeContext = {
    api,
    target: options.target,
    strict: options.strict,
    record: options.record,
    timeoutMs: options.timeoutMs,
    maxBodyBytes: mock.options.maxBodyBytes,
    maxValidatedBytes: options.maxValidatedBytes,
    mock,
    engine,
    drift,
    journalOf: (req) => sessionOf(mock, req.headers).slot(api).journal,
  };
  const target = options.target.href.replace(/\/$/, "");
  const slot = mock.store.slot(api);
  const problems = () => mock.store.slot(api).definition.problems;

  /** `/__mock/*`: checked like the mock's admin routes, answered here, never forwarded. */
  async function answerAdmin(req: IncomingMessage, res: ServerResponse, cors: Record<string, string>) {
    const started = performance.now();
    const read = await readAll(req, mock.options.maxBodyBytes, mock.options.requestTimeoutMs);
    if (read.kind !== "read") {
      const message = read.kind === "too-large" ? "The admin request body is too large." : "The admin request stalled.";
      return refuse(req, res, json(read.kind === "too-large" ? 413 : 408, { error: message }));
    }
    const headers = flatHeaders(req.headers);
    const mreq = parseRequest({
      method: req.method ?? "GET",
      url: req.url ?? "/",
      headers,
      rawBody: read.body.toString("utf8"),
      ip: req.socket.remoteAddress ?? "",
    });
    const id = headers[SESSION_HEADER];
    const answer =
      id !== undefined && !isSessionId(id)
        ? json(400, { error: sessionIdProblem(id) })
        : await handleProxyAdmin(mreq, {
            api,
            target,
            session: sessionOf(mock, headers),
            store: mock.store,
            engine: mock.engine(api),
            drift,
          });
    sendJson(res, req.method === "HEAD" ? { ...answer, body: undefined } : answer, cors);
    // As on the mock: a refused admin call is journaled (a successful one, or a bad session id, is not).
    if (answer.status >= 400 && (id === undefined || isSessionId(id))) {
      const session = sessionOf(mock, headers);
      session.slot(api).journal.record({
        time: new Date(session.clock.now()).toISOString(),
        method: mreq.method,
        path: mreq.path,
        template: undefined,
        query: redactQuery(mreq.query),
        headers: redactHeaders(headers),
        body: toStoredBody(mreq.body, mreq.contentType),
        status: answer.status,
        response: answer.body,
        operationId: undefined,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        source: "admin-refused",
      });
    }
  }

  const server: Server = createServer({ keepAliveTimeout: 5_000 }, (req, res) => {
    const url = req.url ?? "/";
    const admin = isAdminPath(normalizePath(url.split("?")[0] ?? "/"));
    const origin = req.headers.origin;
    // The mock's checks in the mock's order (conventions #4, #5): Host for every request (DNS
    // rebinding reaches the proxied traffic too), then Origin and the admin token for /__mock/*.
    const refused: AccessRefusal | undefined = refuseHostOrOrigin(policy, { host: req.headers.host, origin, admin });
    if (refused !== undefined) {
      const bare = parseRequest({ method: req.method ?? "GET", url, headers: {}, rawBody: "", ip: "" });
      return refuse(
        req,
        res,
        admin
          ? json(refused.status, { error: refused.message })
          : problems().refused(bare, refused.status, refused.message),
      );
    }
    if (!admin) {
      handleExchange(ctx, req, res).catch((error: unknown) => {
        slot.ctx.log.error({ err: error instanceof Error ? error.stack : String(error) }, "proxy failed");
        if (!res.headersSent) {
          const bare = parseRequest({ method: req.method ?? "GET", url, headers: {}, rawBody: "", ip: "" });
          sendJson(res, problems().internal(bare, "The paymock proxy failed; see its log."));
        } else res.destroy();
      });
      return;
    }
    let cors = adminCors(origin);
    if (req.method === "OPTIONS" && req.headers["access-control-request-method"] !== undefined) {
      req.resume();
      return sendJson(
        res,
        { status: 204 },
        {
          ...cors,
          "access-control-allow-methods": "GET, HEAD, POST, DELETE, OPTIONS",
          "access-control-allow-headers":
            req.headers["access-control-request-headers"] ?? "content-type, x-paymock-session, x-paymock-admin-token",
          "access-control-max-age": "600",
        },
      );
    }
    const token = checkAdminToken(policy, req.headers, url);
    if (token.refusal !== undefined) {
      return refuse(req, res, json(token.refusal.status, { error: token.refusal.message }));
    }
    if (token.setCookie !== undefined) cors = { ...cors, "set-cookie": token.setCookie };
    answerAdmin(req, res, cors).catch((error: unknown) => {
      slot.ctx.log.error({ err: error instanceof Error ? error.stack : String(error) }, "proxy admin failed");
      sendJson(res, json(500, { error: "The paymock proxy failed; see its log." }));
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", (error: NodeJS.ErrnoException) =>
        reject(
          error.code === "EADDRINUSE"
            ? new Error(
                `paymock proxy: port ${options.port} is in use. Stop the other process or choose one with --port N.`,
              )
            : error,
        ),
      );
      server.listen(options.port, mock.options.host, () => resolve());
    });
  } catch (error) {
    await mock.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    api,
    target,
    drift: () => drift.summary(),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => mock.close()),
  };
}
