/**
 * node:http front for the mock engine: one port per API; Host, admin-origin and admin-token checks;
 * CORS; body size limit, idle timeout and deadline; Node's own refusals in the vendor's envelope.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type Duplex, Readable } from "node:stream";
import type { ApiId } from "../src/apis.js";
import { ADMIN_PREFIX } from "./admin.js";
import { json, type MockRequest, type MockResponse } from "./api.js";
import {
  checkExposure,
  createExposurePolicy,
  type ExposurePolicy,
  presentedAdminToken,
  toAdminCookie,
} from "./engine/exposure.js";
import { portOf } from "./options.js";
import { toCachedJson } from "./prism.js";
import { normalizePath, parseRequest } from "./request.js";
import type { EngineResponse, MockServer } from "./server.js";

export interface RunningServer {
  /** Base URL of each API, e.g. `http://127.0.0.1:4010`. */
  readonly urls: Readonly<Partial<Record<ApiId, string>>>;
  /** Base URL of one API; throws when this server does not serve it (a test's mistake). */
  url(api: ApiId): string;
  close(): Promise<void>;
}

const EXPOSED_HEADERS = "retry-after, x-paymock-source, content-type";

/** Every method the four specs use, plus HEAD and OPTIONS (a test holds this against the specs). */
export const CORS_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

/** Headers a preflight allows when it names none (it usually does, and then those are echoed). */
const CORS_HEADERS = "content-type, authorization, x-paymock-session, x-paymock-admin-token, prefer";

/** Permissive CORS for vendor routes: frontend apps on any origin (and port) call the mock. */
function corsHeaders(origin: string | undefined): Record<string, string> {
  if (origin === undefined) return {};
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-credentials": "true",
    "access-control-expose-headers": EXPOSED_HEADERS,
    vary: "Origin",
  };
}

function writeResponse(res: ServerResponse, response: MockResponse, extra: Record<string, string>): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string> = { ...response.headers, ...extra };
  if (response.body instanceof ReadableStream) {
    // A stream (the dashboard's Server-Sent Events): sent as it comes, cancelled when the client goes.
    res.writeHead(response.status, headers);
    const stream = Readable.fromWeb(response.body as import("node:stream/web").ReadableStream);
    res.once("close", () => stream.destroy());
    stream.pipe(res);
    return;
  }
  let payload: string | undefined;
  if (response.body !== undefined) {
    // Example bodies come with their JSON text already made (see toCachedJson).
    payload =
      typeof response.body === "string"
        ? response.body
        : (toCachedJson(response.body) ?? JSON.stringify(response.body));
    headers["content-type"] ??= "application/json";
    // A known length lets Node send the answer in one piece instead of chunked.
    headers["content-length"] ??= String(Buffer.byteLength(payload));
  }
  res.writeHead(response.status, headers);
  res.end(payload);
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  const raw = req.headers;
  for (const k in raw) {
    const v = raw[k];
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(", ") : v;
  }
  return out;
}

/** The parsed request; refusals (413, 408) are rendered for it with an empty body. */
function toRequest(req: IncomingMessage, headers: Record<string, string>, rawBody: string): MockRequest {
  return parseRequest({
    method: req.method ?? "GET",
    url: req.url ?? "/",
    headers,
    rawBody,
    ip: req.socket.remoteAddress ?? "",
  });
}

/**
 * Fails below HTTP as a fault rule asked (POST /__mock/faults): a TCP reset, a connection that never
 * answers (closed after 60 s, or when the client or the server gives up), or one closed with no answer.
 */
function applySocketFault(res: ServerResponse, fault: NonNullable<EngineResponse["fault"]>): void {
  const socket = res.socket;
  if (socket === null) return;
  if (fault === "connection-reset") socket.resetAndDestroy();
  else if (fault === "empty-response") socket.destroy();
  else {
    const timer = setTimeout(() => socket.destroy(), 60_000);
    socket.once("close", () => clearTimeout(timer));
  }
}

/** Answers at once and closes the connection; the rest of the body is drained, not kept. */
function refuse(req: IncomingMessage, res: ServerResponse, response: MockResponse, cors: Record<string, string>): void {
  writeResponse(res, response, { ...cors, connection: "close" });
  req.resume();
  res.once("finish", () => req.destroy());
}

/** HTTP/1.1: a request has a body only with a non-zero content-length or a transfer-encoding. */
function hasBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  return (length !== undefined && length !== "0") || req.headers["transfer-encoding"] !== undefined;
}

/** Admin routes are paymock's own `/__mock` and `/__mock/...` (not `/__mockx`). */
function isAdminUrl(url: string | undefined): boolean {
  const path = normalizePath((url ?? "/").split("?")[0] ?? "/");
  return path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`);
}

/** Admin refusals are paymock's plain JSON, like every admin answer. */
const adminRefusal = (status: number, message: string): MockResponse => json(status, { error: message });

/** Node's own refusals (`clientError`), as the status we answer and what to say. */
function toClientRefusal(error: NodeJS.ErrnoException): { status: number; message: string } {
  switch (error.code) {
    case "HPE_HEADER_OVERFLOW":
      return { status: 431, message: "Request header fields too large" };
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return { status: 408, message: "The request headers did not arrive in time" };
    default:
      return { status: 400, message: `Bad request: ${error.code ?? "the request could not be parsed"}` };
  }
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: "Bad Request",
  408: "Request Timeout",
  413: "Payload Too Large",
  417: "Expectation Failed",
  431: "Request Header Fields Too Large",
};

/** Writes a whole response straight to a socket Node refused to parse, then closes it. */
function answerOnSocket(socket: Duplex, response: MockResponse): void {
  const body = response.body === undefined ? "" : JSON.stringify(response.body);
  const head = [
    `HTTP/1.1 ${response.status} ${STATUS_TEXT[response.status] ?? "Error"}`,
    "content-type: application/json",
    `content-length: ${Buffer.byteLength(body)}`,
    "connection: close",
  ];
  socket.end(`${head.join("\r\n")}\r\n\r\n${body}`);
}

/**
 * Handles one HTTP request for `api`: the Host and admin checks, then reads the body within
 * limits (size, idle timeout, absolute deadline), then asks the engine.
 * Helpers are module functions rather than per-request closures (this runs for every request).
 */
function createListener(mock: MockServer, api: ApiId, policy: ExposurePolicy) {
  const { maxBodyBytes, requestTimeoutMs, bodyDeadlineMs } = mock.options;
  const problems = () => mock.store.slot(api).definition.problems;
  const answer = (res: ServerResponse, request: MockRequest, cors: Record<string, string>) => {
    mock.handle(api, request).then(
      (response) =>
        response.fault === undefined ? writeResponse(res, response, cors) : applySocketFault(res, response.fault),
      (error: unknown) => {
        mock.logger.error({ api, err: error instanceof Error ? error.stack : String(error) }, "mock failed");
        writeResponse(res, problems().internal(request, "The mock failed; see its log."), cors);
      },
    );
  };
  return (req: IncomingMessage, res: ServerResponse) => {
    const headers = headersOf(req);
    const admin = isAdminUrl(req.url);
    const origin = req.headers.origin;
    // DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends Host: evil.example.
    if (!policy.isHostAllowed(req.headers.host)) {
      const message = `Host "${req.headers.host}" is not allowed; start paymock with --allowed-hosts to add it.`;
      refuse(
        req,
        res,
        admin ? adminRefusal(403, message) : problems().refused(toRequest(req, headers, ""), 403, message),
        {},
      );
      return;
    }
    // A web page may not read OTPs or reset state: admin routes answer only loopback pages, the
    // mock's own origin and --admin-origins; any other Origin is refused before anything happens.
    if (admin && origin !== undefined && !policy.isAdminOriginAllowed(origin, req.headers.host)) {
      refuse(req, res, adminRefusal(403, `Origin "${origin}" may not call the admin API; see --admin-origins.`), {});
      return;
    }
    let cors = corsHeaders(origin);
    if (req.method === "OPTIONS" && req.headers["access-control-request-method"] !== undefined) {
      writeResponse(
        res,
        { status: 204 },
        {
          ...cors,
          "access-control-allow-methods": CORS_METHODS,
          "access-control-allow-headers": req.headers["access-control-request-headers"] ?? CORS_HEADERS,
          "access-control-max-age": "600",
        },
      );
      return;
    }
    if (admin && policy.adminTokenRequired) {
      const presented = presentedAdminToken(req.headers, req.url);
      if (!policy.isAdminTokenValid(presented.token)) {
        const message = "Admin routes need the X-Paymock-Admin-Token header (--admin-token).";
        refuse(req, res, adminRefusal(401, message), cors);
        return;
      }
      // A dashboard opened once with ?admin-token= keeps it in a cookie (conventions #4).
      if (presented.from === "query" && presented.token !== undefined) {
        cors = { ...cors, "set-cookie": toAdminCookie(presented.token) };
      }
    }
    if (Number(req.headers["content-length"] ?? 0) > maxBodyBytes) {
      refuse(req, res, problems().payloadTooLarge(toRequest(req, headers, "")), cors);
      return;
    }
    if (!hasBody(req)) {
      // Nothing to read, so nothing can stall: no timer (Node drains the empty stream itself).
      answer(res, toRequest(req, headers, ""), cors);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const stall = () => {
      if (done) return;
      done = true;
      clearTimeout(idle);
      clearTimeout(deadline);
      refuse(req, res, problems().timeout(toRequest(req, headers, "")), cors);
    };
    // Idle: restarted by every chunk, so a slow but steady body is read; the deadline caps it all.
    const idle = setTimeout(stall, requestTimeoutMs);
    const deadline = setTimeout(stall, bodyDeadlineMs);
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBodyBytes) {
        done = true;
        clearTimeout(idle);
        clearTimeout(deadline);
        refuse(req, res, problems().payloadTooLarge(toRequest(req, headers, "")), cors);
        return;
      }
      chunks.push(chunk);
      idle.refresh();
    });
    req.on("error", () => {
      clearTimeout(idle);
      clearTimeout(deadline);
    });
    req.on("end", () => {
      clearTimeout(idle);
      clearTimeout(deadline);
      if (done) return;
      done = true;
      const rawBody =
        chunks.length === 0
          ? ""
          : chunks.length === 1
            ? (chunks[0]?.toString("utf8") ?? "")
            : Buffer.concat(chunks).toString("utf8");
      answer(res, toRequest(req, headers, rawBody), cors);
    });
  };
}

/** One server for `api`: the listener plus Node's own refusals in the vendor's envelope. */
function createApiServer(mock: MockServer, api: ApiId, policy: ExposurePolicy): Server {
  const listener = createListener(mock, api, policy);
  const problems = () => mock.store.slot(api).definition.problems;
  const server = createServer({ keepAliveTimeout: 5_000 }, listener);
  // `Expect: 100-continue`: a body over the limit is refused with 413 before the client sends it.
  server.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => {
    if (Number(req.headers["content-length"] ?? 0) <= mock.options.maxBodyBytes) res.writeContinue();
    listener(req, res);
  });
  // Any other expectation cannot be met (RFC 9110 §10.1.1).
  server.on("checkExpectation", (req: IncomingMessage, res: ServerResponse) => {
    const message = `Expectation "${req.headers.expect}" cannot be met; only 100-continue is supported`;
    refuse(req, res, problems().refused(toRequest(req, headersOf(req), ""), 417, message), {});
  });
  // Requests Node cannot parse (bad request line, header overflow, header timeout): answer in the
  // vendor's envelope while the socket is writable and no answer has started, then close it.
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    const current = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === "ECONNRESET" || !socket.writable || current?.headersSent === true) {
      socket.destroy();
      return;
    }
    const { status, message } = toClientRefusal(error);
    answerOnSocket(socket, problems().refused(undefined, status, message));
  });
  return server;
}

/** Listens on one port per API (`port` 0 in options.portBase picks free ports, for tests). */
export async function listen(mock: MockServer, opts: { ephemeralPorts?: boolean } = {}): Promise<RunningServer> {
  const servers: Server[] = [];
  const urls: Partial<Record<ApiId, string>> = {};
  const { host } = mock.options;
  const policy = createExposurePolicy(mock.options);
  // Off loopback: warn, and refuse to start without an admin token unless --insecure-admin.
  for (const line of checkExposure(mock.options)) mock.logger.warn(line);
  try {
    for (const api of mock.options.apis) {
      const server = createApiServer(mock, api, policy);
      const port = opts.ephemeralPorts ? 0 : portOf(mock.options, api);
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve());
      });
      servers.push(server);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
      urls[api] = `http://${shownHost}:${address.port}`;
    }
  } catch (error) {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    const e = error as NodeJS.ErrnoException;
    if (e.code === "EADDRINUSE") {
      throw new Error(
        `paymock: port ${e.message.split(":").pop()} is in use. Stop the other process or choose ports with --port-base N.`,
      );
    }
    throw error;
  }
  // Time-driven state (sell requests) moves on its own while the server runs.
  const ticker = setInterval(() => mock.tickAll(), 1_000);
  ticker.unref();
  return {
    urls,
    url(api) {
      const url = urls[api];
      if (url === undefined)
        throw new Error(`paymock: ${api} is not served here (serving ${Object.keys(urls).join(", ")}).`);
      return url;
    },
    async close() {
      clearInterval(ticker);
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.close(() => resolve());
              s.closeAllConnections();
            }),
        ),
      );
    },
  };
}
