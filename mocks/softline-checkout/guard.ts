/**
 * Runs before validation on every routed request, so the documented order of checks holds even for
 * operations that fall through to Prism: token (1008/1007/1009) first, then content type (111), then
 * a body that is not a JSON object (110); field validation (1005) comes after, in the engine.
 * @see https://docs.noventiq.com/en-en/payment/authentication-api-token-usage
 * @see specs/softline-checkout.yaml (paths./v1/login_check.post.description)
 */
import { type Handler, header } from "../api.js";
import { checkToken } from "./flows/session.js";
import { renderError, renderProblem } from "./problems.js";
import type { SoftlineState } from "./state.js";

const isJsonObject = (value: unknown): boolean => typeof value === "object" && value !== null && !Array.isArray(value);

/** Auth and body-format checks in Softline's fail-fast order. */
export const guard: Handler<SoftlineState> = ({ req, operation, state, ctx }) => {
  if (operation.secured) {
    const check = checkToken(
      state.tokens,
      { authorizationJwt: header(req, "AuthorizationJWT"), authorization: header(req, "Authorization") },
      ctx.clock.now(),
    );
    if (check.kind === "problem") return renderProblem(check);
  }
  if (operation.raw.request?.body !== undefined) {
    if (req.contentType !== "application/json") return renderError("CONTENT_TYPE_INVALID");
    if (req.bodyError !== undefined || !isJsonObject(req.body)) return renderError("JSON_INVALID");
  }
  return undefined;
};
