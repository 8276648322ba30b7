/**
 * The two openapi-fetch clients behind every typed client: `api` (what callers use, with the auth
 * middleware) and `auth` (bare, for the session's own sign-in/refresh calls, so a refresh can never
 * trigger another refresh).
 * @see https://openapi-ts.dev/openapi-fetch/api#createclient
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { ResolvedBaseOptions } from "./options.js";

/** The caller-facing client and the bare one used by session methods. */
export interface Transport<Paths extends {}> {
  readonly api: Client<Paths>;
  readonly auth: Client<Paths>;
}

/** Creates both clients; `middleware` runs on `api` in the given order. */
export function createTransport<Paths extends {}>(
  options: ResolvedBaseOptions,
  middleware: readonly Middleware[],
): Transport<Paths> {
  const init = { baseUrl: options.baseUrl, fetch: options.fetch };
  const api = createClient<Paths>(init);
  api.use(...middleware);
  return { api, auth: createClient<Paths>(init) };
}
