/**
 * node:http front for the mock engine: one port per API, CORS, body size limit and stall timeout.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import type { ApiId } from "../src/apis.js";
import type { MockRequest, MockResponse } from "./api.js";
import { portOf } from "./options.js";
import { toCachedJson } from "./prism.js";
import { parseRequest } from "./request.js";
import type { EngineResponse, MockServer } from "./server.js";

export interface RunningServer {
  /** Base URL of each API, e.g. `http://127.0.0.1:4010`. */
  readonly urls: Readonly<Partial<Record<ApiId, string>>>;
  /** Base URL of one API; throws when this server does not serve it (a test's mistake). */
  url(api: ApiId): string;
  close(): Promise<void>;
}

const EXPOSED_HEADERS = "retry-after, x-paymock-source, content-type";

function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
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

/**
 * Handles one HTTP request for `api`: reads the body within limits, then asks the engine.
 * Helpers are module functions rather than per-request closures (this runs for every request).
 */
function createListener(mock: MockServer, api: ApiId) {
  const { maxBodyBytes, requestTimeoutMs } = mock.options;
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
    const cors = corsHeaders(req);
    const headers = headersOf(req);
    if (req.method === "OPTIONS" && req.headers["access-control-request-method"] !== undefined) {
      writeResponse(
        res,
        { status: 204 },
        {
          ...cors,
          "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
          "access-control-allow-headers": req.headers["access-control-request-headers"] ?? "*",
          "access-control-max-age": "600",
        },
      );
      return;
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
    const timer = setTimeout(() => {
      done = true;
      refuse(req, res, problems().timeout(toRequest(req, headers, "")), cors);
    }, requestTimeoutMs);
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBodyBytes) {
        done = true;
        clearTimeout(timer);
        refuse(req, res, problems().payloadTooLarge(toRequest(req, headers, "")), cors);
        return;
      }
      chunks.push(chunk);
    });
    req.on("error", () => clearTimeout(timer));
    req.on("end", () => {
      clearTimeout(timer);
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

/** Listens on one port per API (`port` 0 in options.portBase picks free ports, for tests). */
export async function listen(mock: MockServer, opts: { ephemeralPorts?: boolean } = {}): Promise<RunningServer> {
  const servers: Server[] = [];
  const urls: Partial<Record<ApiId, string>> = {};
  const { host } = mock.options;
  try {
    for (const api of mock.options.apis) {
      const server = createServer({ keepAliveTimeout: 5_000 }, createListener(mock, api));
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
