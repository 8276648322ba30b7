/**
 * Options every client shares, resolved once into a frozen object (the caller's object is never
 * mutated or kept).
 * @see ../../docs/clients.md
 */
import { ClientConfigError } from "./config-error.js";

/** The fetch signature openapi-fetch calls. */
export type FetchLike = (request: Request) => Promise<Response>;

/** Options of every client. */
export interface BaseClientOptions {
  /** Root of the API, e.g. `https://sandbox-api.mrcr.io/v1.6` or a paymock URL. */
  readonly baseUrl: string;
  /** Replaces the global fetch (tests, proxies, instrumentation). */
  readonly fetch?: FetchLike;
  /** A paymock mock session: every request carries it as `X-Paymock-Session` (1-64 of `[A-Za-z0-9._-]`). */
  readonly session?: string;
}

/** Resolved shared options. */
export interface ResolvedBaseOptions {
  readonly baseUrl: string;
  readonly fetch: FetchLike;
}

/** The header a paymock mock reads its session from. */
export const MOCK_SESSION_HEADER = "X-Paymock-Session";

/** Milliseconds since the epoch; injected so token expiry can be tested without waiting. */
export type Clock = () => number;

/** Looks the global fetch up per call, so interceptors installed later (nock) still apply. */
const globalFetch: FetchLike = (request) => globalThis.fetch(request);

/** Validates and freezes the shared options; throws ClientConfigError on misuse. */
export function resolveBaseOptions(api: string, input: BaseClientOptions): ResolvedBaseOptions {
  if (typeof input.baseUrl !== "string" || !URL.canParse(input.baseUrl)) {
    throw new ClientConfigError(`${api}: baseUrl must be an absolute URL, got ${JSON.stringify(input.baseUrl)}.`);
  }
  if (input.fetch !== undefined && typeof input.fetch !== "function") {
    throw new ClientConfigError(`${api}: fetch must be a function.`);
  }
  const fetch = input.fetch ?? globalFetch;
  const { session } = input;
  if (session === undefined) return Object.freeze({ baseUrl: input.baseUrl, fetch });
  if (typeof session !== "string" || !/^[A-Za-z0-9._-]{1,64}$/.test(session)) {
    throw new ClientConfigError(
      `${api}: session must be 1-64 characters of A-Z, a-z, 0-9, ".", "_" or "-", got ${JSON.stringify(session)}.`,
    );
  }
  const withSession: FetchLike = (request) => {
    request.headers.set(MOCK_SESSION_HEADER, session);
    return fetch(request);
  };
  return Object.freeze({ baseUrl: input.baseUrl, fetch: withSession });
}

/** Checks that a required string option is present and not blank. */
export function requireText(api: string, name: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ClientConfigError(`${api}: option "${name}" is required (a non-empty string).`);
  }
  return value;
}
