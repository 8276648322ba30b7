/**
 * NBC Gate errors, declared once: every client-API code (`ErrorCode`) and external-API code
 * (`ExternalErrorCode`) with its status and default message, rendered into the vendor envelope
 * `{statusCode, message, errors[{code, field?}]}` by `renderProblem`, the only place that builds one.
 * @see specs/nbcgate.yaml (components.schemas.Error, ErrorCode, ExternalError, ExternalErrorCode)
 * @see https://integration.nbcgate.com/avtorizaciya-klienta (the documented external envelope)
 */
import type { components } from "../../src/generated/nbcgate.js";
import { type Call, json, type MockRequest, type MockResponse, type Problems } from "../api.js";
import type { Operation, Violation } from "../prism.js";

/** A machine-readable code of the client API. */
export type ErrorCode = components["schemas"]["ErrorCode"];
/** A numeric code of the external (X-API-Key) API. */
export type ExternalErrorCode = components["schemas"]["ExternalErrorCode"];
type ErrorBody = components["schemas"]["Error"];
type ExternalErrorBody = components["schemas"]["ExternalError"];

interface Template {
  readonly status: number;
  readonly message: string;
}

/** Status and default message of each client-API code, as tabled in the spec's `ErrorCode`. */
export const ERROR_TEMPLATES: Readonly<Record<ErrorCode, Template>> = {
  VALIDATION_ERROR: { status: 400, message: "Validation failed" },
  INVALID_JSON: { status: 400, message: "Request body is not valid JSON" },
  INVALID_CREDENTIALS: { status: 400, message: "Invalid email or password" },
  OTP_REQUIRED: { status: 400, message: "OTP required: a one-time code was sent to the account's e-mail" },
  OTP_INVALID: { status: 400, message: "Invalid OTP" },
  OTP_EXPIRED: { status: 400, message: "OTP expired: request a new code" },
  OTP_ATTEMPTS_EXCEEDED: { status: 400, message: "Too many invalid OTP attempts: request a new code" },
  OTP_NOT_VERIFIED: { status: 400, message: "OTP not verified: check the code with .../otp/check first" },
  EMAIL_TAKEN: { status: 400, message: "Email already registered" },
  EMAIL_NOT_VERIFIED: { status: 400, message: "Email not verified" },
  INSUFFICIENT_FUNDS: { status: 400, message: "Insufficient funds" },
  DUPLICATE_ORDER_ID: { status: 400, message: "order_id already exists" },
  INVOICE_NOT_PAYABLE: { status: 400, message: "Invoice cannot be paid" },
  UNAUTHORIZED: { status: 401, message: "Authorization header is required" },
  TOKEN_INVALID: { status: 401, message: "Invalid token" },
  TOKEN_EXPIRED: { status: 401, message: "Token expired" },
  TOKEN_REVOKED: { status: 401, message: "Token revoked" },
  REFRESH_TOKEN_INVALID: { status: 401, message: "Invalid refresh token" },
  USER_NOT_FOUND: { status: 404, message: "User not found" },
  INVOICE_NOT_FOUND: { status: 404, message: "Invoice not found" },
  NOT_FOUND: { status: 404, message: "Not found" },
  METHOD_NOT_ALLOWED: { status: 405, message: "Method not allowed" },
  PAYLOAD_TOO_LARGE: { status: 413, message: "Request body too large" },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: "Content-Type must be application/json" },
  RATE_LIMITED: { status: 429, message: "Too many requests" },
  INTERNAL_ERROR: { status: 500, message: "Internal server error" },
};

/** Status and default message of each external-API code (4016/4017 documented, the rest paymock's). */
export const EXTERNAL_ERROR_TEMPLATES: Readonly<Record<ExternalErrorCode, Template>> = {
  4000: { status: 400, message: "Validation failed" },
  4004: { status: 404, message: "Not found" },
  4013: { status: 413, message: "Request body too large" },
  4016: { status: 401, message: "Unauthorized: X-API-Key header is required" },
  4017: { status: 401, message: "Unauthorized: integration key not found, disabled or expired" },
  5000: { status: 500, message: "Internal server error" },
};

/** One problem of a response: a code and, when there is one, the request field it is about. */
export interface ProblemDetail<C> {
  readonly code: C;
  readonly field?: string;
}

/** An expected client-API failure as data. */
export interface ClientProblem {
  readonly code: ErrorCode;
  readonly field?: string;
  /** Replaces the template's message. */
  readonly message?: string;
  /** More details (validation lists every bad field); `code`/`field` come first. */
  readonly more?: readonly ProblemDetail<ErrorCode>[];
  /** Overrides the template's status (e.g. 408 for a stalled body, which has no code of its own). */
  readonly status?: number;
  /** Methods the path supports (405); sent as `Allow`. */
  readonly allow?: readonly string[];
}

/** An expected external-API failure as data. */
export interface ExternalProblem {
  readonly code: ExternalErrorCode;
  readonly field?: string;
  readonly message?: string;
  readonly more?: readonly ProblemDetail<ExternalErrorCode>[];
  readonly status?: number;
  readonly allow?: readonly string[];
}

export type Problem = ClientProblem | ExternalProblem;

const isExternal = (problem: Problem): problem is ExternalProblem => typeof problem.code === "number";

const toDetail = <C>(d: ProblemDetail<C>): ProblemDetail<C> =>
  d.field === undefined ? { code: d.code } : { code: d.code, field: d.field };

/** Renders a problem in the NBC Gate envelope with its status (and `Allow` for 405). */
export function renderProblem(problem: Problem): MockResponse {
  const template = isExternal(problem) ? EXTERNAL_ERROR_TEMPLATES[problem.code] : ERROR_TEMPLATES[problem.code];
  const status = problem.status ?? template.status;
  const headers: Record<string, string> = problem.allow === undefined ? {} : { allow: problem.allow.join(", ") };
  const message = problem.message ?? template.message;
  if (isExternal(problem)) {
    const body: ExternalErrorBody = {
      statusCode: status,
      message,
      errors: [toDetail(problem), ...(problem.more ?? []).map(toDetail)],
    };
    return json(status, body, headers);
  }
  const body: ErrorBody = {
    statusCode: status,
    message,
    errors: [toDetail(problem), ...(problem.more ?? []).map(toDetail)],
  };
  return json(status, body, headers);
}

/** Paths served by the external integration host (X-API-Key, external envelope). */
export const isExternalPath = (path: string): boolean => /^\/(external|notify|paylink)(\/|$)/.test(path);

/** Whether an operation belongs to the external API (it lives under the external host's paths). */
export const isExternalOperation = (operation: Operation): boolean => isExternalPath(operation.path);

/** The field of a violation under its declared name (Prism lower-cases query and header names). */
function fieldOf(violation: Violation, operation: Operation): string | undefined {
  const [where, ...rest] = violation.location;
  const missing = /required property '([^']+)'/.exec(violation.message)?.[1];
  const name = missing ?? (rest.length > 0 ? rest.join(".") : undefined);
  if (name === undefined || where === "body" || where === undefined) return name;
  const declared = [
    ...(operation.raw.request?.query ?? []),
    ...(operation.raw.request?.path ?? []),
    ...(operation.raw.request?.headers ?? []),
  ].find((p) => p.name.toLowerCase() === name.toLowerCase());
  return declared?.name ?? name;
}

/** A readable one-line summary of the violations, e.g. "password is required; otp must be string". */
function summarize(violations: readonly Violation[], operation: Operation): string {
  const parts = violations.map((v) => {
    const field = fieldOf(v, operation);
    if (/required property/.test(v.message)) return `${field} is required`;
    if (v.message === "Body parameter is required") return "a JSON body is required";
    const text = v.message.replace(/^Request (body|query|path|header)( parameter| property)? ?/, "");
    return field === undefined || text.startsWith(field) ? text : `${field} ${text}`;
  });
  return [...new Set(parts)].join("; ");
}

/** The VALIDATION_ERROR (client) or 4000 (external) problem for spec violations. */
export function toValidationProblem(violations: readonly Violation[], operation: Operation): Problem {
  const fields = [...new Set(violations.map((v) => fieldOf(v, operation)))];
  const message = `Validation failed: ${summarize(violations, operation)}`;
  const [first, ...others] = fields;
  if (isExternalOperation(operation)) {
    const more = others.map((field) => ({ code: 4000 as const, ...(field === undefined ? {} : { field }) }));
    return { code: 4000, ...(first === undefined ? {} : { field: first }), message, more };
  }
  const more = others.map((field) => ({
    code: "VALIDATION_ERROR" as const,
    ...(field === undefined ? {} : { field }),
  }));
  return { code: "VALIDATION_ERROR", ...(first === undefined ? {} : { field: first }), message, more };
}

/** The generic code of each status a fault may ask for (`POST /__mock/faults {"status"}`). */
const STATUS_CODES: Readonly<Record<number, ErrorCode>> = {
  400: "VALIDATION_ERROR",
  401: "UNAUTHORIZED",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  429: "RATE_LIMITED",
  500: "INTERNAL_ERROR",
};
const EXTERNAL_STATUS_CODES: Readonly<Record<number, ExternalErrorCode>> = {
  400: 4000,
  401: 4016,
  404: 4004,
  405: 4000,
  413: 4013,
  415: 4000,
  429: 5000,
  500: 5000,
};

/** Picks the client or external form of an engine-level problem by the request path. */
const byPath = (req: MockRequest, client: ClientProblem, external: ExternalProblem): MockResponse =>
  renderProblem(isExternalPath(req.path) ? external : client);

/** Engine-level failures, each in the envelope of the API the path belongs to. */
export const nbcgateProblems: Problems<unknown> = {
  invalid: (call: Call<unknown>, violations) => renderProblem(toValidationProblem(violations, call.operation)),
  malformedBody: (req) =>
    byPath(req, { code: "INVALID_JSON" }, { code: 4000, message: "Request body is not valid JSON" }),
  notFound: (req) => {
    const message = `No route ${req.method} ${req.path}`;
    return byPath(req, { code: "NOT_FOUND", message }, { code: 4004, message });
  },
  methodNotAllowed: (req, allowed) => {
    const message = `${req.path} supports ${allowed.join(", ")}, not ${req.method}`;
    return byPath(
      req,
      { code: "METHOD_NOT_ALLOWED", message, allow: allowed },
      { code: 4000, status: 405, message, allow: allowed },
    );
  },
  payloadTooLarge: (req) => byPath(req, { code: "PAYLOAD_TOO_LARGE" }, { code: 4013 }),
  // No code exists for a stalled body: it is a body that could not be read as JSON.
  timeout: (req) => {
    const message = "The request body did not arrive in time";
    return byPath(req, { code: "INVALID_JSON", status: 408, message }, { code: 4000, status: 408, message });
  },
  internal: (req, detail) => byPath(req, { code: "INTERNAL_ERROR", message: detail }, { code: 5000, message: detail }),
  forStatus: (req, status) => {
    const client = STATUS_CODES[status];
    const external = EXTERNAL_STATUS_CODES[status];
    return client === undefined || external === undefined
      ? undefined
      : byPath(req, { code: client }, { code: external });
  },
  // The catalogue has no code for these: the status and the message carry them.
  notAcceptable: (req) => {
    const message = "406 Not Acceptable: this API answers application/json only";
    return byPath(req, { code: "VALIDATION_ERROR", status: 406, message }, { code: 4000, status: 406, message });
  },
  refused: (req, status, message) => {
    const client: ClientProblem = { code: status === 403 ? "UNAUTHORIZED" : "VALIDATION_ERROR", status, message };
    return req === undefined ? renderProblem(client) : byPath(req, client, { code: 4000, status, message });
  },
};
