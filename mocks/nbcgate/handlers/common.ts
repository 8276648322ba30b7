/**
 * What every NBC Gate handler needs: the validated body, rules and time of a call, the signed-in
 * user, and the success responses. Handlers stay thin: read the request, call a flow, store, answer.
 * @see mocks/api.ts (Handler, Call)
 */
import { type Call, empty, type Handler, json, type MockResponse } from "../../api.js";
import { authenticateRequest } from "../auth.js";
import type { AccessToken } from "../flows/session.js";
import { type ClientProblem, renderProblem } from "../problems.js";
import { type NbcgateRules, toRules } from "../rules.js";
import type { UserRecord } from "../seed-data.js";
import type { NbcgateState } from "../state.js";

export type NbcgateCall = Call<NbcgateState>;
export type NbcgateHandler = Handler<NbcgateState>;

/** The request body; the engine has validated it against the spec before any handler runs. */
export const bodyOf = <T>(call: NbcgateCall): T => call.req.body as T;

/** The rules for this server's options. */
export const rulesOf = (call: NbcgateCall): NbcgateRules => toRules(call.ctx.options);

/** The mock's current time in milliseconds. */
export const nowOf = (call: NbcgateCall): number => call.ctx.clock.now();

/** 200 with a JSON body. */
export const ok = (body: unknown): MockResponse => json(200, body);

/** 204 No Content: the success of every OTP check and change. */
export const noContent = (): MockResponse => empty(204);

/** A client-API error response. */
export const fail = (problem: ClientProblem): MockResponse => renderProblem(problem);

/** Too many codes sent to one account: NBC Gate's too-many-attempts code, with `Retry-After`. */
export function tooManyCodes(limit: { readonly retryAfterSeconds: number }): MockResponse {
  const seconds = limit.retryAfterSeconds;
  const response = renderProblem({
    code: "OTP_ATTEMPTS_EXCEEDED",
    field: "otp",
    message: `Too many one-time codes requested for this account: try again in ${seconds} seconds`,
  });
  return { ...response, headers: { ...response.headers, "retry-after": String(seconds) } };
}

/** A handler for a `clientToken` operation, given the user the guard let in. */
export const withUser =
  (fn: (call: NbcgateCall, user: UserRecord, access: AccessToken) => MockResponse): NbcgateHandler =>
  (call) => {
    const auth = authenticateRequest(call.state, call.req, nowOf(call));
    // The guard already answered 401 and left its verdict with the request; this only narrows the type.
    if (auth.kind === "problem") return fail({ code: auth.code });
    return fn(call, auth.user, auth.access);
  };
