/**
 * Typed NBC Gate client: every path, parameter, body and answer comes from the spec; HTTP errors
 * come back as `{error, response}` in the `{statusCode, message, errors[{code, field?}]}` envelope.
 *
 *   signed-out --signIn--> signed-in ----------------------------------+--signOut--> signed-out
 *       |                     |  401 TOKEN_EXPIRED                      |
 *       |                     +--> refresh (one for all callers) --ok---+ (call resent once)
 *       |                               \--401--> signed-out, refresh error returned
 *       +--signIn (OTP account)--> otp-required --submitOtp(code)--> signed-in | failed
 *
 * `Authorization` carries the raw token (no `Bearer`), as the vendor docs show; external calls
 * (`/external/*`, `/notify/*`, `/paylink/external-environment*`) carry `X-API-Key` from options.
 * @see https://integration.nbcgate.com (sign-in guide) and ../../specs/nbcgate.yaml
 */
import type { Client } from "openapi-fetch";
import type { NbcgateError, NbcgatePaths, NbcgateSignInRequest, NbcgateSignInResponse } from "../types/nbcgate.js";
import { hasNbcgateCode } from "./error-codes.js";
import { type Failed, toFailed } from "./failure.js";
import { createHeaderInjection } from "./middleware/header-injection.js";
import { peekJson } from "./middleware/peek-json.js";
import { createRetryOnce, type RenewOutcome } from "./middleware/retry-once.js";
import { createSingleFlight } from "./middleware/single-flight.js";
import { toResponse } from "./middleware/to-response.js";
import { type BaseClientOptions, requireText, resolveBaseOptions } from "./options.js";
import { toNbcgateAuth } from "./security/nbcgate.js";
import { createSessionStore } from "./session-store.js";
import { createTransport } from "./transport.js";

/** Options of `createNbcgateClient`. */
export interface NbcgateClientOptions extends BaseClientOptions {
  /** Integration key for the external API (`X-API-Key`); only needed for external calls. */
  readonly apiKey?: string;
}

/** Answer of `signIn` (and of `submitOtp`). */
export type NbcgateSignInResult = { readonly kind: "signed-in" } | NbcgateOtpRequired | Failed<NbcgateError>;

/** The account has two-factor login: repeat the sign-in with a code. */
export interface NbcgateOtpRequired {
  readonly kind: "otp-required";
  /** The `400 OTP_REQUIRED` answer. */
  readonly error: NbcgateError;
  /** Repeats the sign-in with the same credentials and `otp`. */
  submitOtp(otp: string): Promise<NbcgateSignInResult>;
  /** Asks NBC Gate to e-mail a code (`POST /auth/tfa/otp/email`), for accounts with the e-mail factor. */
  sendEmailCode(): Promise<{ readonly kind: "sent" } | Failed<NbcgateError | undefined>>;
}

/** Answer of `signOut`; the local session is cleared either way (`error` is undefined for a bodiless error). */
export type NbcgateSignOutResult = { readonly kind: "signed-out" } | Failed<NbcgateError | undefined>;

/** The session part of the NBC Gate client. */
export interface NbcgateSession {
  /** Signs in with `POST /auth/sign-in`; on success later `/api/*` calls carry the token. */
  signIn(credentials: NbcgateSignInRequest): Promise<NbcgateSignInResult>;
  /** Revokes the token with `POST /auth/log-out` and forgets it. */
  signOut(): Promise<NbcgateSignOutResult>;
  /** Whether a token is held. */
  isSignedIn(): boolean;
}

/** The typed NBC Gate client: openapi-fetch methods (`GET`, `POST`, ...) plus the session. */
export type NbcgateClient = Client<NbcgatePaths> & NbcgateSession;

type Tokens = NbcgateSignInResponse;

/** Creates an NBC Gate client; throws ClientConfigError on bad options, never on HTTP errors. */
export function createNbcgateClient(input: NbcgateClientOptions): NbcgateClient {
  const base = resolveBaseOptions("nbcgate", input);
  const options = Object.freeze({
    ...base,
    apiKey: input.apiKey === undefined ? undefined : requireText("nbcgate", "apiKey", input.apiKey),
  });
  const store = createSessionStore<Tokens>();
  const isUserCall = (request: Request, schemaPath: string) => toNbcgateAuth(request.method, schemaPath) === "user";

  const refresh = createSingleFlight(async (): Promise<RenewOutcome> => {
    const tokens = store.get();
    if (tokens === undefined) return { kind: "renewed" };
    const { data, error, response } = await auth.POST("/auth/token/refresh", {
      body: { refreshToken: tokens.refreshToken },
    });
    if (data !== undefined) {
      if (store.get() === tokens) store.set({ token: data.token, refreshToken: data.refreshToken });
      return { kind: "renewed" };
    }
    if (response.status === 401 && store.get() === tokens) store.clear();
    return { kind: "failed", response: toResponse(error, response) };
  });

  const headers = createHeaderInjection((request, schemaPath): Record<string, string> => {
    const kind = toNbcgateAuth(request.method, schemaPath);
    const token = store.get()?.token;
    if (kind === "user" && token !== undefined) return { Authorization: token };
    if (kind === "api-key" && options.apiKey !== undefined) return { "X-API-Key": options.apiKey };
    return {};
  });

  const retry = createRetryOnce({
    credentialOf: (request, schemaPath) =>
      isUserCall(request, schemaPath) ? (request.headers.get("Authorization") ?? undefined) : undefined,
    currentCredential: () => store.get()?.token,
    isStale: async (response) => response.status === 401 && hasNbcgateCode(await peekJson(response), "TOKEN_EXPIRED"),
    renew: () => refresh.run(),
    authorize(request) {
      const token = store.get()?.token;
      if (token !== undefined) request.headers.set("Authorization", token);
    },
  });

  const { api, auth } = createTransport<NbcgatePaths>(options, [headers, retry]);

  async function signIn(credentials: NbcgateSignInRequest): Promise<NbcgateSignInResult> {
    const body: NbcgateSignInRequest = { ...credentials };
    const { data, error, response } = await auth.POST("/auth/sign-in", { body });
    if (data !== undefined) {
      store.set({ token: data.token, refreshToken: data.refreshToken });
      return { kind: "signed-in" };
    }
    if (response.status === 400 && hasNbcgateCode(error, "OTP_REQUIRED")) {
      return {
        kind: "otp-required",
        error,
        submitOtp: (otp) => signIn({ ...body, otp }),
        async sendEmailCode() {
          const sent = await auth.POST("/auth/tfa/otp/email", { body: { email: body.email } });
          return sent.response.ok ? { kind: "sent" } : toFailed(sent.error, sent.response);
        },
      };
    }
    return toFailed(error, response);
  }

  async function signOut(): Promise<NbcgateSignOutResult> {
    const tokens = store.get();
    if (tokens === undefined) return { kind: "signed-out" };
    store.clear();
    const { error, response } = await auth.POST("/auth/log-out", { headers: { Authorization: tokens.token } });
    return response.ok ? { kind: "signed-out" } : toFailed(error, response);
  }

  return Object.freeze({ ...api, signIn, signOut, isSignedIn: () => store.get() !== undefined });
}
