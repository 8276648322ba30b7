/**
 * The mock without a port: `createMockFetch()` returns a `fetch` that serves every request
 * in-process (jsdom, component tests), with the same sessions, journal, faults and admin API as
 * over HTTP. Pass it as a typed client's `fetch` with `baseUrl: mockFetch.url(api)`.
 * Like Hono's `app.request()`: the server is called directly, no socket is opened. Streamed answers
 * (`GET /__mock/events`) come as a streaming body, read as they are written.
 */
import { API_IDS, type ApiId, isApiId } from "../../src/apis.js";
import type { MockOptionsInput } from "../options.js";
import { portOf } from "../options.js";
import { createMockServer, type EngineResponse, type MockServer, type MockServerDeps } from "../server.js";
import { type AdminClient, createAdminClient } from "./admin-client.js";

/** A fetch served by the mock, plus the base URL of each API and the admin helper. */
export interface MockFetch {
  (input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** The base URL that routes to `api` (`http://<api>.paymock.localhost`). */
  url(api: ApiId): string;
  admin(api: ApiId, opts?: { session?: string }): AdminClient;
  /** Ends pending delays and callbacks. */
  close(): Promise<void>;
}

export interface MockFetchOptions extends MockOptionsInput {}

const HOST_SUFFIX = ".paymock.localhost";

/** How long a `timeout` fault holds a request that has no abort signal. */
const TIMEOUT_FAULT_MS = 60_000;

const NO_BODY = new Set([101, 204, 205, 304]);

function toResponse(answer: EngineResponse, method: string, signal: AbortSignal | null): Response {
  const headers = new Headers(answer.headers);
  if (answer.body instanceof ReadableStream) {
    // A stream (the dashboard's Server-Sent Events) flows through as it comes, as over HTTP; it ends
    // when the reader cancels it or the request's signal aborts.
    return new Response(relay(answer.body as ReadableStream<Uint8Array>, signal), { status: answer.status, headers });
  }
  let body: string | null = null;
  if (answer.body !== undefined && !NO_BODY.has(answer.status) && method !== "HEAD") {
    body = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  return new Response(body, { status: answer.status, headers });
}

/** `source` read by the caller as it comes; the request's abort ends it (the reader sees the reason), as fetch does. */
function relay(source: ReadableStream<Uint8Array>, signal: AbortSignal | null): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const abort = () => {
        void reader.cancel(signal?.reason).catch(() => {});
        try {
          controller.error(signal?.reason);
        } catch {
          // already closed
        }
      };
      if (signal?.aborted) abort();
      else signal?.addEventListener("abort", abort, { once: true });
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

/** Waits as a connection that never answers would: until the caller aborts, or 60 s. */
function hang(signal: AbortSignal | null | undefined): Promise<never> {
  return new Promise((_resolve, reject) => {
    const fail = () => {
      clearTimeout(timer);
      reject(signal?.reason ?? new TypeError("fetch failed", { cause: new Error("paymock: timeout fault") }));
    };
    const timer = setTimeout(fail, TIMEOUT_FAULT_MS);
    timer.unref?.();
    if (signal?.aborted) fail();
    signal?.addEventListener("abort", fail, { once: true });
  });
}

/** Creates the in-process fetch; the engine starts on the first request (or `url`/`admin` calls do not need it). */
export function createMockFetch(options: MockFetchOptions = {}, deps: MockServerDeps = {}): MockFetch {
  const apis: readonly ApiId[] = options.apis && options.apis.length > 0 ? options.apis : API_IDS;
  let server: Promise<MockServer> | undefined;
  const started = () => {
    server ??= createMockServer({ logLevel: "silent", ...options, apis }, deps);
    return server;
  };

  const apiOf = (url: URL, server: MockServer): ApiId => {
    const host = url.hostname.toLowerCase();
    if (host.endsWith(HOST_SUFFIX)) {
      const name = host.slice(0, -HOST_SUFFIX.length);
      if (isApiId(name) && apis.includes(name)) return name;
    }
    const byPort = apis.find((api) => String(portOf(server.options, api)) === url.port);
    if (byPort !== undefined && (host === "localhost" || host === "127.0.0.1")) return byPort;
    const [only] = apis;
    if (apis.length === 1 && only !== undefined) return only;
    throw new TypeError(
      `paymock: createMockFetch cannot tell which API ${url.origin} is; use mockFetch.url(api) as the base URL (${apis.map((a) => `http://${a}${HOST_SUFFIX}`).join(", ")}).`,
    );
  };

  const mockFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    // The caller's own signal, not request.signal: undici's Request follows the caller's signal
    // through a weak reference, so once the Request is collected an abort no longer reaches it.
    const signal = init?.signal ?? (input instanceof Request ? input.signal : null);
    const mock = await started();
    const url = new URL(request.url);
    const api = apiOf(url, mock);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const body = request.body === null ? "" : await request.text();
    const answer = await mock.request(api, {
      method: request.method,
      path: `${url.pathname}${url.search}`,
      headers,
      body,
    });
    if (answer.fault === "timeout") return hang(signal);
    if (answer.fault !== undefined) {
      throw new TypeError("fetch failed", { cause: new Error(`paymock: ${answer.fault} fault`) });
    }
    return toResponse(answer, request.method, signal);
  };

  const url = (api: ApiId) => {
    if (!apis.includes(api)) throw new Error(`paymock: ${api} is not served here (serving ${apis.join(", ")}).`);
    return `http://${api}${HOST_SUFFIX}`;
  };
  return Object.assign(mockFetch, {
    url,
    admin: (api: ApiId, opts: { session?: string } = {}) =>
      createAdminClient((request: Request) => mockFetch(request), { ...opts, baseUrl: url(api) }),
    async close() {
      if (server !== undefined) await (await server).close();
    },
  });
}
