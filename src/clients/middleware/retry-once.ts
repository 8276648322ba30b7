/**
 * openapi-fetch middleware: when a call fails because its credential is stale, renew the credential
 * (single-flight) and send a copy of the original request once more.
 *
 *   send(copy kept) --ok--> done
 *        |
 *      stale --credential already renewed by another call--> resend copy --> done (never retried again)
 *        |
 *        +--renew--ok--> resend copy --> done
 *                 \--failed--> the renewal's error answer (no loop)
 *
 * The copy is cloned BEFORE the request is sent, so a retried POST sends the same bytes.
 * @see https://openapi-ts.dev/openapi-fetch/middleware-auth
 */
import type { Middleware } from "openapi-fetch";

/** Result of renewing a credential: renewed, or the answer to surface instead of retrying. */
export type RenewOutcome = { readonly kind: "renewed" } | { readonly kind: "failed"; readonly response: Response };

/** What the retry middleware needs to know about one client's auth scheme. */
export interface RetryOncePolicy {
  /** The credential header value this request carries, or `undefined` when it takes no part. */
  readonly credentialOf: (request: Request, schemaPath: string) => string | undefined;
  /** The credential header value a resent request would carry now (`undefined`: signed out). */
  readonly currentCredential: () => string | undefined;
  /** Tells from the answer whether the credential was stale (expired, revoked). */
  readonly isStale: (response: Response) => Promise<boolean>;
  /** Renews the credential; must be single-flight so concurrent callers share one renewal. */
  readonly renew: () => Promise<RenewOutcome>;
  /** Puts the current credential on the copy that is resent. */
  readonly authorize: (request: Request) => void;
}

/** Releases the body of an answer that is replaced (not awaited: a tee'd body may settle late). */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

interface Pending {
  readonly copy: Request;
  readonly credential: string;
}

/** Creates the middleware; register it after the header injection so the copy carries the final headers. */
export function createRetryOnce(policy: RetryOncePolicy): Middleware {
  const pending = new WeakMap<Request, Pending>();
  return {
    onRequest({ request, schemaPath }) {
      const credential = policy.credentialOf(request, schemaPath);
      if (credential !== undefined) pending.set(request, { copy: request.clone(), credential });
      return undefined;
    },
    async onResponse({ request, response, options }) {
      const entry = pending.get(request);
      pending.delete(request);
      if (entry === undefined || !(await policy.isStale(response))) return undefined;
      let current = policy.currentCredential();
      if (current === undefined) return undefined;
      if (current === entry.credential) {
        const outcome = await policy.renew();
        if (outcome.kind === "failed") {
          discard(response);
          return outcome.response;
        }
        current = policy.currentCredential();
        if (current === undefined) return undefined;
      }
      discard(response);
      policy.authorize(entry.copy);
      return options.fetch(entry.copy);
    },
    onError({ request }) {
      pending.delete(request);
      return undefined;
    },
  };
}
