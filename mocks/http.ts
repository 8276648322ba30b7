/**
 * node:http front for the mock engine: one port per API, CORS, body size limit and stall timeout.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ApiId } from "../src/apis.js";
import type { MockResponse } from "./api.js";
import { portOf } from "./options.js";
import { parseRequest } from "./request.js";
import type { MockServer } from "./server.js";

export interface RunningServer {
  /** Base URL of each API, e.g. `http://127.0.0.1:4010`. */
  readonly urls: Readonly<Partial<Record<ApiId, string>>>;
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
  let payload: string | undefined;
  if (response.body !== undefined) {
    payload = typeof response.body === "string" ? response.body : JSON.stringify(response.body);
    headers["content-type"] ??= "application/json";
  }
  res.writeHead(response.status, headers);
  res.end(payload);
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(", ") : v;
  }
  return out;
}

/** Handles one HTTP request for `api`: reads the body within limits, then asks the engine. */
function createListener(mock: MockServer, api: ApiId) {
  const { maxBodyBytes, requestTimeoutMs } = mock.options;
  const problems = () => mock.store.slot(api).definition.problems;
  return (req: IncomingMessage, res: ServerResponse) => {
    const cors = corsHeaders(req);
    const base = parseRequest({
      method: req.method ?? "GET",
      url: req.url ?? "/",
      headers: headersOf(req),
      rawBody: "",
      ip: req.socket.remoteAddress ?? "",
    });
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
    const refuse = (response: MockResponse) => {
      writeResponse(res, response, { ...cors, connection: "close" });
      req.resume();
      res.once("finish", () => req.destroy());
    };
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > maxBodyBytes) {
      refuse(problems().payloadTooLarge(base));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const timer = setTimeout(() => {
      done = true;
      refuse(problems().timeout(base));
    }, requestTimeoutMs);
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBodyBytes) {
        done = true;
        clearTimeout(timer);
        refuse(problems().payloadTooLarge(base));
        return;
      }
      chunks.push(chunk);
    });
    req.on("error", () => clearTimeout(timer));
    req.on("end", () => {
      clearTimeout(timer);
      if (done) return;
      done = true;
      const request = parseRequest({
        method: base.method,
        url: req.url ?? "/",
        headers: base.headers as Record<string, string>,
        rawBody: Buffer.concat(chunks).toString("utf8"),
        ip: base.ip,
      });
      mock.handle(api, request).then(
        (response) => writeResponse(res, response, cors),
        () => writeResponse(res, problems().internal(base, "The mock failed; see its log."), cors),
      );
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
