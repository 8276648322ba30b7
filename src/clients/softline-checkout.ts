/**
 * Typed Softline Checkout / Payments client: every path, parameter, body and answer comes from the
 * spec; HTTP errors come back as `{error, response}` in the `{errors:[{error, message}]}` envelope.
 *
 *   logged-out --login(credentials)--> logged-in --------------------------+
 *                                          |  401 code 1009 (expired)      |
 *                                          +--> login again (one for all) --ok--> call resent once
 *                                                     \--failed--> login error returned (401: logged-out)
 *
 * There is no refresh endpoint: renewing means calling `/v1/login_check` again with the same
 * credentials, which the client keeps after `login` for that purpose.
 * @see https://docs.softline.com/en-en/checkout/authentication-api-request and ../../specs/softline-checkout.yaml
 */
import type { Client } from "openapi-fetch";
import type { SoftlineCheckoutPaths, SoftlineError, SoftlineLoginRequest } from "../types/softline-checkout.js";
import { hasSoftlineCode } from "./error-codes.js";
import { type Failed, toFailed } from "./failure.js";
import { createHeaderInjection } from "./middleware/header-injection.js";
import { peekJson } from "./middleware/peek-json.js";
import { createRetryOnce, type RenewOutcome } from "./middleware/retry-once.js";
import { createSingleFlight } from "./middleware/single-flight.js";
import { toResponse } from "./middleware/to-response.js";
import { type BaseClientOptions, resolveBaseOptions } from "./options.js";
import { toSoftlineAuth } from "./security/softline-checkout.js";
import { createSessionStore } from "./session-store.js";
import { createTransport } from "./transport.js";

const AUTH_HEADER = "AuthorizationJWT";

/** Options of `createSoftlineCheckoutClient`. */
export type SoftlineCheckoutClientOptions = BaseClientOptions;

/** Answer of `login`. */
export type SoftlineLoginResult = { readonly kind: "logged-in" } | Failed<SoftlineError>;

/** The session part of the Softline client. */
export interface SoftlineCheckoutSession {
  /** Gets a token (`POST /v1/login_check`); later calls send `AuthorizationJWT: Bearer <token>`. */
  login(credentials: SoftlineLoginRequest): Promise<SoftlineLoginResult>;
  /** Forgets the token and credentials (Softline has no logout call; tokens expire after 24 h). */
  logout(): void;
  /** Whether a token is held. */
  isLoggedIn(): boolean;
}

/** The typed Softline client: openapi-fetch methods (`GET`, `POST`, ...) plus the session. */
export type SoftlineCheckoutClient = Client<SoftlineCheckoutPaths> & SoftlineCheckoutSession;

interface Session {
  readonly credentials: SoftlineLoginRequest;
  readonly token: string;
}

/** Creates a Softline client; throws ClientConfigError on bad options, never on HTTP errors. */
export function createSoftlineCheckoutClient(input: SoftlineCheckoutClientOptions): SoftlineCheckoutClient {
  const options = resolveBaseOptions("softline-checkout", input);
  const store = createSessionStore<Session>();
  const bearer = (session: Session) => `Bearer ${session.token}`;

  async function requestToken(credentials: SoftlineLoginRequest) {
    return auth.POST("/v1/login_check", { body: { username: credentials.username, password: credentials.password } });
  }

  const relogin = createSingleFlight(async (): Promise<RenewOutcome> => {
    const session = store.get();
    if (session === undefined) return { kind: "renewed" };
    const { data, error, response } = await requestToken(session.credentials);
    if (data !== undefined) {
      if (store.get() === session) store.set({ credentials: session.credentials, token: data.token });
      return { kind: "renewed" };
    }
    if (response.status === 401 && store.get() === session) store.clear();
    return { kind: "failed", response: toResponse(error, response) };
  });

  const headers = createHeaderInjection((request, schemaPath): Record<string, string> => {
    const session = store.get();
    if (session === undefined || toSoftlineAuth(request.method, schemaPath) !== "user") return {};
    return { [AUTH_HEADER]: bearer(session) };
  });

  const retry = createRetryOnce({
    credentialOf: (request, schemaPath) =>
      toSoftlineAuth(request.method, schemaPath) === "user"
        ? (request.headers.get(AUTH_HEADER) ?? undefined)
        : undefined,
    currentCredential: () => {
      const session = store.get();
      return session === undefined ? undefined : bearer(session);
    },
    isStale: async (response) => response.status === 401 && hasSoftlineCode(await peekJson(response), 1009),
    renew: () => relogin.run(),
    authorize(request) {
      const session = store.get();
      if (session !== undefined) request.headers.set(AUTH_HEADER, bearer(session));
    },
  });

  const { api, auth } = createTransport<SoftlineCheckoutPaths>(options, [headers, retry]);

  async function login(credentials: SoftlineLoginRequest): Promise<SoftlineLoginResult> {
    const kept = Object.freeze({ username: credentials.username, password: credentials.password });
    const { data, error, response } = await requestToken(kept);
    if (data === undefined) return toFailed(error, response);
    store.set({ credentials: kept, token: data.token });
    return { kind: "logged-in" };
  }

  return Object.freeze({
    ...api,
    login,
    logout: () => store.clear(),
    isLoggedIn: () => store.get() !== undefined,
  });
}
