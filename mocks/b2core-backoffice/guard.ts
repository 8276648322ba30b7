/**
 * Runs before validation on every routed request: the bearer token of protected operations
 * (also those served from Prism's examples), then the JSON-only rule for request bodies.
 * @see specs/b2core-backoffice.yaml (components.securitySchemes.bearerAuth; Error codes
 *   `unauthorized`, `tokenExpired`, `unsupportedMediaType`)
 */
import { type Handler, header } from "../api.js";
import type { Operation } from "../prism.js";
import { authenticate, toBearerToken } from "./auth.js";
import { renderProblem } from "./problems.js";
import { toRules } from "./rules.js";
import type { B2coreState } from "./state.js";

const takesBody = (operation: Operation): boolean => (operation.raw.request?.body?.contents ?? []).length > 0;

const isJson = (contentType: string | undefined): boolean =>
  contentType === "application/json" || (contentType?.endsWith("+json") ?? false);

/** 401 without a live access token on secured operations; 415 for a non-JSON body. */
export const guard: Handler<B2coreState> = ({ req, operation, state, ctx }) => {
  if (operation.secured) {
    const token = toBearerToken(header(req, "authorization"));
    const result = authenticate(state, toRules(ctx.options), token, ctx.clock.now());
    if (result.kind === "problem") return renderProblem(result.problem);
  }
  if (takesBody(operation) && req.rawBody.length > 0 && !isJson(req.contentType)) {
    return renderProblem({
      code: "unsupportedMediaType",
      message: `The request body must be sent as application/json, not ${req.contentType ?? "without a Content-Type"}.`,
    });
  }
  return undefined;
};
