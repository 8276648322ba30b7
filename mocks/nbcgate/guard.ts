/**
 * Runs before validation on every routed request, including operations served from Prism's
 * examples: the access token of `clientToken` operations, the integration key of `externalApiKey`
 * operations, then the JSON-only rule for bodies. Map lookups only: it is on every request's path.
 * @see specs/nbcgate.yaml (components.securitySchemes clientToken, externalApiKey;
 *   codes UNAUTHORIZED, TOKEN_*, UNSUPPORTED_MEDIA_TYPE, 4016, 4017)
 */
import { type Handler, header } from "../api.js";
import type { Operation } from "../prism.js";
import { authenticateRequest } from "./auth.js";
import { renderProblem } from "./problems.js";
import type { NbcgateState } from "./state.js";

type Security = "clientToken" | "externalApiKey" | "public";

/** What each operation asks for, worked out once per operation and then looked up. */
interface OperationTraits {
  readonly security: Security;
  readonly takesBody: boolean;
}

const traitsCache = new WeakMap<Operation, OperationTraits>();

function traitsOf(operation: Operation): OperationTraits {
  const cached = traitsCache.get(operation);
  if (cached !== undefined) return cached;
  const keys = new Set((operation.raw.security ?? []).flat().map((scheme) => scheme.key));
  const security: Security = keys.has("externalApiKey")
    ? "externalApiKey"
    : keys.has("clientToken")
      ? "clientToken"
      : "public";
  const traits = { security, takesBody: (operation.raw.request?.body?.contents ?? []).length > 0 };
  traitsCache.set(operation, traits);
  return traits;
}

const isJson = (contentType: string | undefined): boolean =>
  contentType === "application/json" || (contentType?.endsWith("+json") ?? false);

/** 401 without a usable token or key; 415 for a body that is not JSON. */
export const guard: Handler<NbcgateState> = ({ req, operation, state, ctx }) => {
  const traits = traitsOf(operation);
  const external = traits.security === "externalApiKey";
  if (traits.security === "clientToken") {
    const auth = authenticateRequest(state, req, ctx.clock.now());
    if (auth.kind === "problem") return renderProblem({ code: auth.code });
  } else if (external) {
    const key = header(req, "x-api-key");
    if (key === undefined || key === "") return renderProblem({ code: 4016, field: "X-API-Key" });
    if (!state.apiKeys.has(key)) return renderProblem({ code: 4017, field: "X-API-Key" });
  }
  if (traits.takesBody && req.rawBody.length > 0 && !isJson(req.contentType)) {
    const message = `Content-Type must be application/json, not ${req.contentType ?? "missing"}`;
    return renderProblem(
      external
        ? { code: 4000, status: 415, field: "Content-Type", message }
        : { code: "UNSUPPORTED_MEDIA_TYPE", field: "Content-Type", message },
    );
  }
  return undefined;
};
