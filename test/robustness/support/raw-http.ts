/**
 * A raw HTTP client for the robustness tests: any method, header and body bytes (fetch refuses
 * some, such as a GET body), an explicit or missing content-length, and a hard deadline so a
 * server that never answers fails the test instead of hanging it.
 * @see https://nodejs.org/api/http.html#httprequesturl-options-callback
 */
import { Agent, request } from "node:http";

/** A request exactly as it goes on the wire (the path may carry a query string). */
export interface RawRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

/** What came back. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly text: string;
}

/** One keep-alive agent per test file keeps sockets few and reused. */
export const agent = new Agent({ keepAlive: true, maxSockets: 16 });

/** Sends `req` to `base` and resolves with the answer, or rejects after `deadlineMs` ("hang"). */
export function sendRaw(base: string, req: RawRequest, deadlineMs = 5_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const url = new URL(base);
    const body = req.body === undefined ? undefined : Buffer.from(req.body);
    const headers: Record<string, string> = { ...req.headers };
    if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === "content-length")) {
      headers["content-length"] = String(body.length);
    }
    const outgoing = request(
      { host: url.hostname, port: url.port, method: req.method, path: req.path, headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") });
        });
        res.on("error", (error) => {
          clearTimeout(timer);
          reject(error);
        });
      },
    );
    const timer = setTimeout(() => {
      outgoing.destroy(new Error(`no answer within ${deadlineMs} ms: ${req.method} ${req.path}`));
    }, deadlineMs);
    outgoing.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    outgoing.end(body);
  });
}

/** Parses a JSON answer; `undefined` for an empty body, the raw text when it is not JSON. */
export function toJson(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A request whose body the test writes piece by piece (or never finishes). */
export interface StreamingRequest {
  /** Writes one chunk; false once the server has answered or closed the connection. */
  write(chunk: string | Buffer): Promise<boolean>;
  /** Resolves with the answer, whenever it comes (also before the body is complete). */
  readonly response: Promise<RawResponse>;
  /** True once the answer has arrived. */
  answered(): boolean;
  destroy(): void;
}

/** Opens a request on a fresh connection; without `content-length` the body goes chunked. */
export function openStreaming(base: string, req: Omit<RawRequest, "body">): StreamingRequest {
  const url = new URL(base);
  let done = false;
  let closed = false;
  const outgoing = request({
    host: url.hostname,
    port: url.port,
    method: req.method,
    path: req.path,
    headers: req.headers,
    agent: false,
  });
  const response = new Promise<RawResponse>((resolve, reject) => {
    outgoing.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        done = true;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") });
      });
    });
    outgoing.on("error", (error) => {
      closed = true;
      // Writing after the server answered and hung up is expected here; only a missing answer fails.
      if (!done) setTimeout(() => (done ? undefined : reject(error)), 50);
    });
  });
  outgoing.flushHeaders();
  return {
    write: (chunk) =>
      new Promise((resolve) => {
        if (done || closed || outgoing.destroyed) {
          resolve(false);
          return;
        }
        outgoing.write(chunk, () => resolve(!done && !closed));
      }),
    response,
    answered: () => done,
    destroy: () => outgoing.destroy(),
  };
}
