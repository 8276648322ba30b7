/**
 * Who is calling: `Sdk-Partner-Token` on the sign-in calls, `Sdk-User-Token` on user calls (with
 * the mandatory `B2B-User-Ip`, checked by spec validation), and the JSON-only content type. Runs
 * as the guard, so it also protects the operations served from Prism's examples.
 * @see specs/mercuryo-spend.yaml (components.securitySchemes)
 */
import { type Call, header, type MockResponse } from "../api.js";
import type { Operation } from "../prism.js";
import { isProblem, type Problem, toProblem } from "./flows/problem.js";
import { type Session, stepSession } from "./flows/session.js";
import type { User } from "./flows/user.js";
import { renderError, renderValidation } from "./problems.js";
import { fail } from "./responses.js";
import { hashSecret, safeEqual } from "./secrets.js";
import type { MercuryoState } from "./state.js";

type Scheme = "sdkPartnerToken" | "sdkUserToken";

/** The security scheme an operation declares (each declares exactly one). */
function schemeOf(operation: Operation): Scheme | undefined {
  const keys = (operation.raw.security ?? []).flat().map((s) => s.key);
  if (keys.includes("sdkUserToken")) return "sdkUserToken";
  if (keys.includes("sdkPartnerToken")) return "sdkPartnerToken";
  return undefined;
}

/** The signed-in caller of a user call. */
export interface Caller {
  readonly session: Session;
  readonly user: User;
}

/** How a token is checked: for an ordinary call, or for a refresh (expired tokens may refresh). */
export type TokenCheck = "use" | "refresh";

/** The check an operation's token gets: the refresh call accepts a recently expired token. */
const checkOf = (call: Call<MercuryoState>): TokenCheck => (call.operation.id === "refreshToken" ? "refresh" : "use");

/** Resolves `Sdk-User-Token` to its session and user, or the 401000 variant that applies. */
export function authenticateUser(call: Call<MercuryoState>, check: TokenCheck = checkOf(call)): Caller | Problem {
  const token = header(call.req, "sdk-user-token");
  const session = token === undefined ? undefined : call.state.sessions.get(hashSecret(token));
  const now = call.ctx.clock.now();
  const checked = stepSession(
    session,
    check === "refresh"
      ? { type: "refresh", now, windowSeconds: call.ctx.options.mercuryo.refreshWindowSeconds }
      : { type: "use", now },
  );
  if (isProblem(checked)) return checked;
  const user = call.state.users.get(checked.userId);
  return user === undefined ? toProblem("UNAUTHORIZED") : { session: checked, user };
}

const hasBody = (operation: Operation): boolean => operation.raw.request?.body !== undefined;

/** Auth on every secured operation, then JSON-only bodies; `undefined` lets the request through. */
export function guard(call: Call<MercuryoState>): MockResponse | undefined {
  const scheme = schemeOf(call.operation);
  if (scheme === "sdkPartnerToken") {
    const given = header(call.req, "sdk-partner-token");
    if (given === undefined || !safeEqual(given, call.ctx.options.mercuryo.partnerToken)) {
      return renderError("UNAUTHORIZED");
    }
  }
  if (scheme === "sdkUserToken") {
    const caller = authenticateUser(call);
    if (isProblem(caller)) return fail(caller);
  }
  const { contentType, rawBody } = call.req;
  const isJson = contentType === "application/json" || contentType?.endsWith("+json") === true;
  if (hasBody(call.operation) && rawBody.length > 0 && !isJson) {
    return renderValidation({ "Content-Type": ["Only application/json is accepted."] });
  }
  return undefined;
}

/** A handler for a user call: it runs only with an authenticated caller. */
export type UserHandler = (call: Call<MercuryoState>, caller: Caller) => MockResponse | undefined;

/** Wraps a user handler with the `Sdk-User-Token` check (the guard has run it too). */
export const asUser =
  (handler: UserHandler) =>
  (call: Call<MercuryoState>): MockResponse | undefined => {
    const caller = authenticateUser(call);
    return isProblem(caller) ? fail(caller) : handler(call, caller);
  };
