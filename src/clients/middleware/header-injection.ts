/**
 * openapi-fetch middleware that puts credentials on outgoing requests.
 * @see https://openapi-ts.dev/openapi-fetch/middleware-auth
 */
import type { Middleware } from "openapi-fetch";

/** Headers to set on the request, or a response that answers it without sending (e.g. a failed refresh). */
export type HeaderResolution = Readonly<Record<string, string>> | Response;

/** Decides the headers of one request from its method and spec path (`/v1/order/{order_id}`). */
export type ResolveHeaders = (request: Request, schemaPath: string) => HeaderResolution | Promise<HeaderResolution>;

/** Creates a middleware that sets the resolved headers on every request, replacing existing values. */
export function createHeaderInjection(resolve: ResolveHeaders): Middleware {
  return {
    async onRequest({ request, schemaPath }) {
      const resolved = await resolve(request, schemaPath);
      if (resolved instanceof Response) return resolved;
      for (const [name, value] of Object.entries(resolved)) request.headers.set(name, value);
      return undefined;
    },
  };
}
