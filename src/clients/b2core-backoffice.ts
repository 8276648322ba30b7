/**
 * Typed B2Core Back Office client: every path, parameter, body and answer comes from the spec;
 * HTTP errors come back as `{error, response}` in the `{code, message, errors?}` envelope.
 *
 *   signed-out --signIn--> two-factor --confirm(code)--> signed-in --signOut--> signed-out
 *       |                                                  ^   |
 *       +--signIn (2FA off)------------------------------->+   | access token due (clock) or 401
 *                                                          |   v
 *                                                          +-- refresh (one for all callers, rotates both tokens)
 *                                                                \--failed--> refresh error returned (401: signed-out)
 *
 * Protected calls carry `Authorization: Bearer <accessToken.token>`. The token is refreshed before
 * `accessToken.expiresAt` (minus a margin, by the injected clock) and after a 401; a resent call is
 * never resent again.
 * @see ../../specs/b2core-backoffice.yaml (Authentication tag)
 */
import type { Client } from "openapi-fetch";
import type {
  B2coreBackofficePaths,
  B2coreError,
  B2coreSignInRequest,
  B2coreTokenPair,
  B2coreTwoFactorDetails,
} from "../types/b2core-backoffice.js";
import { ClientConfigError } from "./config-error.js";
import { type Failed, toFailed } from "./failure.js";
import { createHeaderInjection } from "./middleware/header-injection.js";
import { createRetryOnce, type RenewOutcome } from "./middleware/retry-once.js";
import { createSingleFlight } from "./middleware/single-flight.js";
import { toResponse } from "./middleware/to-response.js";
import { type BaseClientOptions, type Clock, resolveBaseOptions } from "./options.js";
import { toB2coreAuth } from "./security/b2core-backoffice.js";
import { createSessionStore } from "./session-store.js";
import { createTransport } from "./transport.js";

/** Options of `createB2coreBackofficeClient`. */
export interface B2coreBackofficeClientOptions extends BaseClientOptions {
  /** Milliseconds since the epoch; defaults to the system clock. */
  readonly clock?: Clock;
  /** Refresh this many seconds before the access token's `expiresAt` (default 60). */
  readonly refreshMarginSeconds?: number;
}

/** Answer of `signIn`: a 2FA challenge, a session, or the error. */
export type B2coreSignInResult = B2coreTwoFactorChallenge | B2coreSignedIn | Failed<B2coreError>;

/** 2FA is enabled: confirm the code e-mailed to the administrator. */
export interface B2coreTwoFactorChallenge {
  readonly kind: "two-factor";
  readonly details: B2coreTwoFactorDetails;
  /** Sends the code (`POST /api/v2/2fa/confirm`); on success the client is signed in. */
  confirm(code: string): Promise<B2coreSignedIn | Failed<B2coreError>>;
}

/** Signed in; `session` is the token pair as issued (the client keeps and rotates its own copy). */
export interface B2coreSignedIn {
  readonly kind: "signed-in";
  readonly session: B2coreTokenPair;
}

/** Answer of `signOut`; the local session is cleared either way. */
export type B2coreSignOutResult = { readonly kind: "signed-out" } | Failed<B2coreError | undefined>;

/** The session part of the B2Core client. */
export interface B2coreBackofficeSession {
  /** Signs in with `POST /api/v2/signin`. */
  signIn(credentials: B2coreSignInRequest): Promise<B2coreSignInResult>;
  /** Revokes the tokens (`POST /api/v2/signout`) and forgets them. */
  signOut(): Promise<B2coreSignOutResult>;
  /** The current token pair, if signed in (changes after each refresh). */
  session(): B2coreTokenPair | undefined;
}

/** The typed B2Core client: openapi-fetch methods (`GET`, `POST`, `PATCH`, ...) plus the session. */
export type B2coreBackofficeClient = Client<B2coreBackofficePaths> & B2coreBackofficeSession;

const DEFAULT_MARGIN_SECONDS = 60;

function resolveMargin(value: unknown): number {
  if (value === undefined) return DEFAULT_MARGIN_SECONDS;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new ClientConfigError(`b2core-backoffice: refreshMarginSeconds must be a number >= 0, got ${String(value)}.`);
  }
  return value;
}

/** Creates a B2Core client; throws ClientConfigError on bad options, never on HTTP errors. */
export function createB2coreBackofficeClient(input: B2coreBackofficeClientOptions): B2coreBackofficeClient {
  const base = resolveBaseOptions("b2core-backoffice", input);
  if (input.clock !== undefined && typeof input.clock !== "function") {
    throw new ClientConfigError("b2core-backoffice: clock must be a function returning epoch milliseconds.");
  }
  const options = Object.freeze({
    ...base,
    clock: input.clock ?? Date.now,
    refreshMarginMs: resolveMargin(input.refreshMarginSeconds) * 1000,
  });
  const store = createSessionStore<B2coreTokenPair>();
  const bearer = (pair: B2coreTokenPair) => `Bearer ${pair.accessToken.token}`;
  const isDue = (pair: B2coreTokenPair) =>
    options.clock() >= Date.parse(pair.accessToken.expiresAt) - options.refreshMarginMs;

  const refresh = createSingleFlight(async (): Promise<RenewOutcome> => {
    const pair = store.get();
    if (pair === undefined) return { kind: "renewed" };
    const { data, error, response } = await auth.POST("/api/v2/refresh", {
      body: { refreshToken: pair.refreshToken.token },
    });
    if (data !== undefined) {
      if (store.get() === pair) store.set(data);
      return { kind: "renewed" };
    }
    if (response.status === 401 && store.get() === pair) store.clear();
    return { kind: "failed", response: toResponse(error, response) };
  });

  const headers = createHeaderInjection(async (request, schemaPath): Promise<Record<string, string> | Response> => {
    if (toB2coreAuth(request.method, schemaPath) !== "user") return {};
    const pair = store.get();
    if (pair !== undefined && isDue(pair)) {
      const outcome = await refresh.run();
      if (outcome.kind === "failed") return outcome.response;
    }
    const current = store.get();
    return current === undefined ? {} : { Authorization: bearer(current) };
  });

  const retry = createRetryOnce({
    credentialOf: (request, schemaPath) =>
      toB2coreAuth(request.method, schemaPath) === "user"
        ? (request.headers.get("Authorization") ?? undefined)
        : undefined,
    currentCredential: () => {
      const pair = store.get();
      return pair === undefined ? undefined : bearer(pair);
    },
    isStale: async (response) => response.status === 401,
    renew: () => refresh.run(),
    authorize(request) {
      const pair = store.get();
      if (pair !== undefined) request.headers.set("Authorization", bearer(pair));
    },
  });

  const { api, auth } = createTransport<B2coreBackofficePaths>(options, [headers, retry]);

  const signedIn = (pair: B2coreTokenPair): B2coreSignedIn => {
    const session = { accessToken: pair.accessToken, refreshToken: pair.refreshToken };
    store.set(session);
    return { kind: "signed-in", session };
  };

  async function signIn(credentials: B2coreSignInRequest): Promise<B2coreSignInResult> {
    const { data, error, response } = await auth.POST("/api/v2/signin", {
      body: { email: credentials.email, password: credentials.password },
    });
    if (data === undefined) return toFailed(error, response);
    if (!data["2faRequired"]) return signedIn(data);
    const details = data["2faDetails"];
    return {
      kind: "two-factor",
      details,
      async confirm(code) {
        const confirmed = await auth.POST("/api/v2/2fa/confirm", { body: { token: details.token, code } });
        return confirmed.data !== undefined ? signedIn(confirmed.data) : toFailed(confirmed.error, confirmed.response);
      },
    };
  }

  async function signOut(): Promise<B2coreSignOutResult> {
    const pair = store.get();
    if (pair === undefined) return { kind: "signed-out" };
    store.clear();
    const { error, response } = await auth.POST("/api/v2/signout", { headers: { Authorization: bearer(pair) } });
    return response.ok ? { kind: "signed-out" } : toFailed(error, response);
  }

  return Object.freeze({ ...api, signIn, signOut, session: () => store.get() });
}
