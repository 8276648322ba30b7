/**
 * Typed Mercuryo Spend Card (`sdk-partner`) client: every path, parameter, body and answer comes
 * from the spec; HTTP errors come back as `{error, response}` in the `{status, code, message, data}`
 * envelope.
 *
 *   signed-out --signIn(email)--> challenge --verify(code)--> signed-in --signOut--> signed-out
 *       |                           |  ^                          |
 *       |                           +--+ resend()                 | 401000 on a user call
 *       +--signInWithoutOtp(email)------------------------------->+--> refresh (one for all callers)
 *                                                                        ok: call resent once
 *                                                                        401: signed-out, error returned
 *
 * Sign-in calls carry `Sdk-Partner-Token`; every other call carries `Sdk-User-Token` (raw, no
 * `Bearer`) and `B2B-User-Ip` from options, so callers never pass that header themselves.
 * @see https://widget.docs.mercuryo.io and ../../specs/mercuryo-spend.yaml
 */
import ipaddr from "ipaddr.js";
import type { Client } from "openapi-fetch";
import type {
  MercuryoError,
  MercuryoOtpChallengeData,
  MercuryoSpendPaths,
  MercuryoUserToken,
} from "../types/mercuryo-spend.js";
import { ClientConfigError } from "./config-error.js";
import { hasMercuryoCode } from "./error-codes.js";
import { type Failed, toFailed } from "./failure.js";
import type { WithInjectedHeader } from "./injected-header.js";
import { createHeaderInjection } from "./middleware/header-injection.js";
import { peekJson } from "./middleware/peek-json.js";
import { createRetryOnce, type RenewOutcome } from "./middleware/retry-once.js";
import { createSingleFlight } from "./middleware/single-flight.js";
import { toResponse } from "./middleware/to-response.js";
import { type BaseClientOptions, requireText, resolveBaseOptions } from "./options.js";
import { toMercuryoAuth } from "./security/mercuryo-spend.js";
import { createSessionStore } from "./session-store.js";
import { createTransport } from "./transport.js";

const USER_IP = "B2B-User-Ip";

/** Mercuryo paths with `B2B-User-Ip` optional: the client sends it from options. */
export type MercuryoSpendClientPaths = WithInjectedHeader<MercuryoSpendPaths, typeof USER_IP>;

/** Options of `createMercuryoSpendClient`. */
export interface MercuryoSpendClientOptions extends BaseClientOptions {
  /** `Sdk-Partner-Token` issued by the integration manager; sent on the sign-in calls. */
  readonly partnerToken: string;
  /** Real IP address of the end user, sent as `B2B-User-Ip` on every user call (mandatory). */
  readonly userIp: string;
}

/** Answer of `signIn`: the OTP challenge to complete, or the error. */
export type MercuryoSignInResult =
  | { readonly kind: "challenge"; readonly challenge: MercuryoOtpChallenge }
  | Failed<MercuryoError>;

/** Answer of `challenge.verify` and `signInWithoutOtp`. */
export type MercuryoVerifyResult = { readonly kind: "signed-in"; readonly userUuid: string } | Failed<MercuryoError>;

/** Answer of `challenge.resend`. */
export type MercuryoResendResult =
  | { readonly kind: "resent"; readonly details: MercuryoOtpChallengeData }
  | Failed<MercuryoError>;

/** An open e-mail OTP sign-in. */
export interface MercuryoOtpChallenge {
  /** The latest challenge data (`key`, `code_length`, `timeout`, `next`). */
  details(): MercuryoOtpChallengeData;
  /** Sends the code the user typed; on success the client is signed in. */
  verify(code: string): Promise<MercuryoVerifyResult>;
  /** Asks Mercuryo to e-mail a new code (the key may stay the same). */
  resend(): Promise<MercuryoResendResult>;
}

/** Answer of `signOut`; the local session is cleared either way. */
export type MercuryoSignOutResult = { readonly kind: "signed-out" } | Failed<MercuryoError>;

/** The session part of the Mercuryo client. */
export interface MercuryoSpendSession {
  /**
   * Starts an e-mail OTP sign-in (`POST /sdk-partner/user/sign-in`, unknown e-mails are signed up).
   * Sends `accept: true`: call it only after the user accepted Mercuryo's Terms of Service.
   */
  signIn(email: string): Promise<MercuryoSignInResult>;
  /** Signs in without OTP (`sign-in-no-verify`), for partners allowed to verify e-mails themselves. */
  signInWithoutOtp(email: string): Promise<MercuryoVerifyResult>;
  /** Revokes the user token (`POST /sdk-partner/user/sign-out`) and forgets it. */
  signOut(): Promise<MercuryoSignOutResult>;
  /** Whether a user token is held. */
  isSignedIn(): boolean;
}

/** The typed Mercuryo client: openapi-fetch methods (`GET`, `POST`, ...) plus the session. */
export type MercuryoSpendClient = Client<MercuryoSpendClientPaths> & MercuryoSpendSession;

interface UserSession {
  readonly token: string;
  readonly userUuid: string;
}

/** Strict dotted-quad IPv4 or any IPv6 form, as `node:net`'s `isIP` accepts, without Node (browser-safe). */
const isIpAddress = (value: string): boolean => ipaddr.IPv4.isValidFourPartDecimal(value) || ipaddr.IPv6.isValid(value);

function resolveUserIp(value: unknown): string {
  if (value === undefined || value === null || value === "") {
    throw new ClientConfigError(
      'mercuryo-spend: option "userIp" is required: Mercuryo needs the end user\'s real IP as B2B-User-Ip on every user call.',
    );
  }
  if (typeof value !== "string" || !isIpAddress(value)) {
    throw new ClientConfigError(
      `mercuryo-spend: option "userIp" must be an IPv4 or IPv6 address, got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

/** Creates a Mercuryo client; throws ClientConfigError on bad options (e.g. no `userIp`), never on HTTP errors. */
export function createMercuryoSpendClient(input: MercuryoSpendClientOptions): MercuryoSpendClient {
  const base = resolveBaseOptions("mercuryo-spend", input);
  const options = Object.freeze({
    ...base,
    partnerToken: requireText("mercuryo-spend", "partnerToken", input.partnerToken),
    userIp: resolveUserIp(input.userIp),
  });
  const store = createSessionStore<UserSession>();
  const partnerHeaders = { "Sdk-Partner-Token": options.partnerToken };
  const userHeaders = (session: UserSession) => ({ "Sdk-User-Token": session.token, [USER_IP]: options.userIp });
  const isUserCall = (request: Request, schemaPath: string) => toMercuryoAuth(request.method, schemaPath) === "user";

  const refresh = createSingleFlight(async (): Promise<RenewOutcome> => {
    const session = store.get();
    if (session === undefined) return { kind: "renewed" };
    const { data, error, response } = await auth.GET("/sdk-partner/user/refresh-token", {
      headers: userHeaders(session),
    });
    if (data !== undefined) {
      if (store.get() === session) store.set({ token: data.data.bearer_token, userUuid: data.data.user_uuid });
      return { kind: "renewed" };
    }
    if (response.status === 401 && store.get() === session) store.clear();
    return { kind: "failed", response: toResponse(error, response) };
  });

  const headers = createHeaderInjection((request, schemaPath): Record<string, string> => {
    if (toMercuryoAuth(request.method, schemaPath) === "partner") return partnerHeaders;
    const session = store.get();
    const out: Record<string, string> = session === undefined ? {} : { "Sdk-User-Token": session.token };
    if (!request.headers.has(USER_IP)) out[USER_IP] = options.userIp;
    return out;
  });

  const retry = createRetryOnce({
    credentialOf: (request, schemaPath) =>
      isUserCall(request, schemaPath) ? (request.headers.get("Sdk-User-Token") ?? undefined) : undefined,
    currentCredential: () => store.get()?.token,
    isStale: async (response) => response.status === 401 && hasMercuryoCode(await peekJson(response), 401000),
    renew: () => refresh.run(),
    authorize(request) {
      const token = store.get()?.token;
      if (token !== undefined) request.headers.set("Sdk-User-Token", token);
    },
  });

  const { api, auth } = createTransport<MercuryoSpendClientPaths>(options, [headers, retry]);

  const signedIn = (user: MercuryoUserToken): MercuryoVerifyResult => {
    store.set({ token: user.bearer_token, userUuid: user.user_uuid });
    return { kind: "signed-in", userUuid: user.user_uuid };
  };

  function toChallenge(first: MercuryoOtpChallengeData): MercuryoOtpChallenge {
    let latest = first;
    return {
      details: () => latest,
      async verify(code) {
        const { data, error, response } = await auth.POST("/sdk-partner/user/sign-in/verify", {
          headers: partnerHeaders,
          body: { key: latest.key, code },
        });
        return data !== undefined ? signedIn(data.data) : toFailed(error, response);
      },
      async resend() {
        const { data, error, response } = await auth.POST("/sdk-partner/user/sign-in/verify/resend", {
          headers: partnerHeaders,
          body: { key: latest.key },
        });
        if (data === undefined) return toFailed(error, response);
        latest = data.data;
        return { kind: "resent", details: latest };
      },
    };
  }

  async function signIn(email: string): Promise<MercuryoSignInResult> {
    const { data, error, response } = await auth.POST("/sdk-partner/user/sign-in", {
      headers: partnerHeaders,
      body: { email, accept: true },
    });
    return data !== undefined ? { kind: "challenge", challenge: toChallenge(data.data) } : toFailed(error, response);
  }

  async function signInWithoutOtp(email: string): Promise<MercuryoVerifyResult> {
    const { data, error, response } = await auth.POST("/sdk-partner/user/sign-in-no-verify", {
      headers: partnerHeaders,
      body: { email, accept: true },
    });
    return data !== undefined ? signedIn(data.data) : toFailed(error, response);
  }

  async function signOut(): Promise<MercuryoSignOutResult> {
    const session = store.get();
    if (session === undefined) return { kind: "signed-out" };
    store.clear();
    const { data, error, response } = await auth.POST("/sdk-partner/user/sign-out", { headers: userHeaders(session) });
    return data !== undefined ? { kind: "signed-out" } : toFailed(error, response);
  }

  return Object.freeze({
    ...api,
    signIn,
    signInWithoutOtp,
    signOut,
    isSignedIn: () => store.get() !== undefined,
  });
}
