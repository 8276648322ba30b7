/**
 * The contract between the mock engine and each vendor's scripted behaviour (`mocks/<api>/`).
 * An API is a record of handlers keyed by operationId; a handler that returns `undefined`
 * falls through to Prism's example response.
 */
import type { Logger } from "pino";
import type { ApiId } from "../src/apis.js";
import type { Clock, IdGenerator, OtpGenerator, Outbox } from "./context.js";
import type { MockOptions } from "./options.js";
import type { Operation, Violation } from "./prism.js";

/** An incoming request, already parsed. Header names are lower-case; the path has no doubled slashes. */
export interface MockRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string | string[]>>;
  readonly headers: Readonly<Record<string, string>>;
  /** The body as text ('' when there is none). */
  readonly rawBody: string;
  /** The parsed JSON body, when the content type is JSON and it parsed. */
  readonly body: unknown;
  readonly bodyError: "malformed-json" | undefined;
  /** Media type without parameters, lower-case (`application/json`). */
  readonly contentType: string | undefined;
  readonly ip: string;
}

export interface MockResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** Everything a flow may use besides its state: injected time, codes, ids, outbox, options. */
export interface MockContext {
  readonly api: ApiId;
  readonly clock: Clock;
  readonly otp: OtpGenerator;
  readonly ids: IdGenerator;
  readonly outbox: Outbox;
  readonly options: MockOptions;
  readonly log: Logger;
  /** POSTs a callback (fire and forget; failures are logged, never thrown). */
  sendCallback(url: string, body: string, headers: Readonly<Record<string, string>>): void;
}

export interface Call<S> {
  readonly req: MockRequest;
  readonly operation: Operation;
  /** Path parameters by name. */
  readonly params: Readonly<Record<string, string>>;
  readonly state: S;
  readonly ctx: MockContext;
}

export type Handler<S> = (call: Call<S>) => MockResponse | undefined | Promise<MockResponse | undefined>;

/** A named situation a test can ask for (Pact provider states): sets it up and returns what the test needs. */
export interface ProviderState<S> {
  readonly description: string;
  setup(state: S, params: Readonly<Record<string, unknown>>, ctx: MockContext): Record<string, unknown>;
}

/** Renders engine-level problems in the vendor's own error envelope. */
export interface Problems<S> {
  /** The request does not satisfy the spec. */
  invalid(call: Call<S>, violations: readonly Violation[]): MockResponse;
  malformedBody(req: MockRequest): MockResponse;
  notFound(req: MockRequest): MockResponse;
  methodNotAllowed(req: MockRequest, allowed: readonly string[]): MockResponse;
  payloadTooLarge(req: MockRequest): MockResponse;
  timeout(req: MockRequest): MockResponse;
  /** The `Accept` header excludes JSON, the only media type the API answers with: 406. */
  notAcceptable(req: MockRequest): MockResponse;
  /**
   * Refused before routing: a foreign `Host` (403), or a request Node could not parse (400, 408,
   * 413, 417, 431; then there is no parsed request). The message says what happened.
   */
  refused(req: MockRequest | undefined, status: number, message: string): MockResponse;
  /** Something unexpected failed inside the mock (a bug); still answered in the vendor format. */
  internal(req: MockRequest, detail: string): MockResponse;
  /**
   * The vendor's documented problem for an HTTP status (a fault injected with `POST /__mock/faults`),
   * or undefined when the vendor documents none for it (the engine then sends `internal` with that status).
   */
  forStatus?(req: MockRequest, status: number): MockResponse | undefined;
}

export interface ApiDefinition<S> {
  readonly id: ApiId;
  /** A fresh state with the seed accounts. */
  seed(ctx: MockContext): S;
  /** Re-reads a body the engine did not parse (B2Core: JSON sent without a JSON content type). */
  readBody?(req: MockRequest): MockRequest;
  /** Runs on every routed request before validation (auth, content-type rules); a response ends the request. */
  readonly guard?: Handler<S>;
  /** Scripted operations by operationId. */
  readonly handlers: Readonly<Record<string, Handler<S>>>;
  readonly problems: Problems<S>;
  readonly states: Readonly<Record<string, ProviderState<S>>>;
  /** Moves time-driven state (e.g. sell requests) forward; called before each request and after clock moves. */
  tick?(state: S, ctx: MockContext): void;
  /** Lines printed at startup describing the seed accounts. */
  readonly seedAccounts: readonly string[];
}

/** Lets each API module keep its own state type while the registry holds them together. */
// biome-ignore lint/suspicious/noExplicitAny: the registry is heterogeneous by design; each module is typed.
export type AnyApiDefinition = ApiDefinition<any>;

/** A JSON response. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}): MockResponse => ({
  status,
  headers: { "content-type": "application/json", ...headers },
  body,
});

/** A response with no body. */
export const empty = (status = 204, headers: Record<string, string> = {}): MockResponse => ({ status, headers });

/** Reads a header (names are lower-case in MockRequest). */
export const header = (req: MockRequest, name: string): string | undefined => req.headers[name.toLowerCase()];
