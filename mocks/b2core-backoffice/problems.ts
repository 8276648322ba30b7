/**
 * B2Core Back Office errors: every code is declared once (status + default message) and rendered
 * into the `{code, message, errors?}` envelope by `renderProblem`, the only place that builds one.
 * @see specs/b2core-backoffice.yaml (components.schemas.Error)
 */

import type { components } from "../../src/generated/b2core-backoffice.js";
import type { Call, MockRequest, MockResponse, Problems } from "../api.js";
import { json } from "../api.js";
import type { Violation } from "../prism.js";

/** A machine-readable code of the vendor envelope. */
export type ErrorCode = components["schemas"]["Error"]["code"];
type ErrorBody = components["schemas"]["Error"];

interface ErrorTemplate {
  readonly status: number;
  readonly message: string;
}

/** What can go wrong: every vendor code, plus a stalled body (408, which has no code of its own). */
export type ProblemName = ErrorCode | "requestTimeout";

/** Status and default message of each problem, as tabled in the spec's `Error` schema. */
export const ERROR_TEMPLATES: Readonly<Record<ProblemName, ErrorTemplate>> = {
  badRequest: { status: 400, message: "The request body could not be parsed as JSON." },
  validationFailed: { status: 400, message: "The given data was invalid." },
  invalidCredentials: { status: 401, message: "The e-mail or password is incorrect." },
  twoFactorCodeInvalid: { status: 401, message: "The verification code is incorrect." },
  twoFactorTokenInvalid: { status: 401, message: "The 2FA token has expired or is invalid. Sign in again." },
  refreshTokenInvalid: { status: 401, message: "The refresh token is invalid or has expired. Sign in again." },
  tokenExpired: { status: 401, message: "The access token has expired." },
  unauthorized: { status: 401, message: "The access token is missing or has been revoked." },
  forbidden: { status: 403, message: "You may not access this resource." },
  notFound: { status: 404, message: "The requested resource was not found." },
  methodNotAllowed: { status: 405, message: "The route does not support this method." },
  payloadTooLarge: { status: 413, message: "The request body is too large." },
  unsupportedMediaType: { status: 415, message: "The request body must be sent as application/json." },
  tooManyAttempts: { status: 429, message: "Too many attempts." },
  internalError: { status: 500, message: "Something went wrong. Please try again later." },
  requestTimeout: { status: 408, message: "The request body did not arrive in time." },
};

/** An expected failure as data: a code plus what varies per occurrence. */
export interface Problem {
  readonly code: ProblemName;
  readonly message?: string;
  /** Field errors (only with `validationFailed`). */
  readonly errors?: Readonly<Record<string, readonly string[]>>;
  /** Seconds until a block is lifted (only with `tooManyAttempts`); sent as `Retry-After`. */
  readonly retryAfterSeconds?: number;
  /** Overrides the template's status (406, and refusals made before routing). */
  readonly status?: number;
  /** Methods the route supports (only with `methodNotAllowed`); sent as `Allow`. */
  readonly allow?: readonly string[];
}

/** Renders a problem in the vendor envelope with the template's status and the matching headers. */
export function renderProblem(problem: Problem): MockResponse {
  const template = ERROR_TEMPLATES[problem.code];
  const headers: Record<string, string> = {};
  let message = problem.message ?? template.message;
  if (problem.retryAfterSeconds !== undefined) {
    headers["retry-after"] = String(problem.retryAfterSeconds);
    message = problem.message ?? `Too many attempts. Try again in ${problem.retryAfterSeconds} seconds.`;
  }
  if (problem.allow !== undefined) headers.allow = problem.allow.join(", ");
  // A stalled body has no code of its own; it is a request that could not be read.
  const code: ErrorCode = problem.code === "requestTimeout" ? "badRequest" : problem.code;
  const body: ErrorBody = { code, message };
  if (problem.errors !== undefined) {
    body.errors = Object.fromEntries(Object.entries(problem.errors).map(([field, list]) => [field, [...list]]));
  }
  return json(problem.status ?? template.status, body, headers);
}

const PRISM_PREFIX = /^Request (?:body|query parameter|path parameter|header)(?: property)? ?/;

/** Field name of a violation: the missing property, the path/query parameter, or `body`. */
function fieldOf(violation: Violation, pathParams: readonly string[]): string {
  const [where, ...rest] = violation.location;
  const missing = /required property '([^']+)'/.exec(violation.message)?.[1];
  if (missing !== undefined) return [...rest, missing].join(".");
  if (where === "path") {
    const name = rest.join(".");
    return pathParams.find((p) => p.toLowerCase() === name.toLowerCase()) ?? name;
  }
  // deepObject query parameters are written `filter[status]` by clients.
  if (where === "query" && rest.length > 1) return `${rest[0]}[${rest.slice(1).join("][")}]`;
  return rest.length > 0 ? rest.join(".") : "body";
}

/** Rephrases a Prism message as a field error, e.g. "The email must match format \"email\"." */
function messageOf(violation: Violation, field: string): string {
  if (/required property/.test(violation.message)) return `The ${field} field is required.`;
  if (violation.message === "Body parameter is required") return "The request body is required.";
  const rest = violation.message.replace(PRISM_PREFIX, "").replace(/^\S+ /, "");
  return `The ${field} ${rest.replace(/\.$/, "")}.`;
}

/** Groups spec violations into the envelope's `errors` map, keyed by field name. */
export function toFieldErrors(
  violations: readonly Violation[],
  pathParams: readonly string[] = [],
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const violation of violations) {
    const field = fieldOf(violation, pathParams);
    const list = errors[field] ?? [];
    const message = messageOf(violation, field);
    if (!list.includes(message)) list.push(message);
    errors[field] = list;
  }
  return errors;
}

/** A `validationFailed` problem for the given field errors. */
export const validationFailed = (errors: Readonly<Record<string, readonly string[]>>): Problem => ({
  code: "validationFailed",
  errors,
});

/** The generic problem of each status a fault may ask for (`POST /__mock/faults {"status"}`). */
const STATUS_PROBLEMS: Readonly<Record<number, ProblemName>> = {
  400: "badRequest",
  401: "unauthorized",
  403: "forbidden",
  404: "notFound",
  405: "methodNotAllowed",
  408: "requestTimeout",
  413: "payloadTooLarge",
  415: "unsupportedMediaType",
  429: "tooManyAttempts",
  500: "internalError",
};

/** Engine-level failures rendered in the B2Core envelope. */
export const b2coreProblems: Problems<unknown> = {
  invalid: (call: Call<unknown>, violations) => {
    const pathParams = (call.operation.raw.request?.path ?? []).map((p) => p.name);
    return renderProblem(validationFailed(toFieldErrors(violations, pathParams)));
  },
  malformedBody: () => renderProblem({ code: "badRequest" }),
  notFound: (req: MockRequest) =>
    renderProblem({ code: "notFound", message: `The route ${req.method} ${req.path} was not found.` }),
  methodNotAllowed: (req, allowed) =>
    renderProblem({
      code: "methodNotAllowed",
      message: `The route ${req.path} supports ${allowed.join(", ")}, not ${req.method}.`,
      allow: allowed,
    }),
  payloadTooLarge: () => renderProblem({ code: "payloadTooLarge" }),
  timeout: () => renderProblem({ code: "requestTimeout" }),
  internal: (_req, detail) => renderProblem({ code: "internalError", message: detail }),
  forStatus: (_req, status) => {
    const code = STATUS_PROBLEMS[status];
    return code === undefined ? undefined : renderProblem({ code });
  },
  notAcceptable: () =>
    renderProblem({
      code: "badRequest",
      status: 406,
      message: "406 Not Acceptable: this API answers application/json only.",
    }),
  refused: (_req, status, message) =>
    renderProblem({ code: status === 403 ? "forbidden" : "badRequest", status, message }),
};
