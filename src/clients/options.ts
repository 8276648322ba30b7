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
}

/** Resolved shared options. */
export interface ResolvedBaseOptions {
  readonly baseUrl: string;
  readonly fetch: FetchLike;
}

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
  return Object.freeze({ baseUrl: input.baseUrl, fetch: input.fetch ?? globalFetch });
}

/** Checks that a required string option is present and not blank. */
export function requireText(api: string, name: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ClientConfigError(`${api}: option "${name}" is required (a non-empty string).`);
  }
  return value;
}
