/**
 * Softline's error templates, declared once, and the one helper that renders them into the vendor
 * envelope `{"errors":[{"error": <code>, "message": <text>}]}`. Codes 100, 104, 112 and 2xxx are
 * paymock's choices (the vendor documents only 110, 111, 1005-1009). Missing or invalid data answers
 * the documented 1005 on every request ("the request is not valid, the data required is missing").
 * @see specs/softline-checkout.yaml (components.schemas.Error, components.examples)
 */

import type { components } from "../../src/generated/softline-checkout.js";
import { json, type MockRequest, type MockResponse, type Problems } from "../api.js";
import type { Violation } from "../prism.js";

type ErrorCode = components["schemas"]["Error"]["errors"][number]["error"];

interface ErrorTemplate {
  readonly status: number;
  readonly code: ErrorCode;
  readonly message: string;
}

/** Every error the mock can answer, by name; messages are the spec's example messages. */
export const ERRORS = {
  INTERNAL: { status: 500, code: 100, message: "Internal Server Error. Please try again later or contact support." },
  URL_NOT_FOUND: { status: 404, code: 104, message: "Invalid request URL." },
  METHOD_NOT_ALLOWED: { status: 405, code: 104, message: "Invalid request method." },
  JSON_INVALID: { status: 400, code: 110, message: "JSON is not valid." },
  BODY_TIMEOUT: { status: 408, code: 110, message: "JSON is not valid." },
  CONTENT_TYPE_INVALID: { status: 400, code: 111, message: "Invalid data format (Content-type)." },
  BODY_TOO_LARGE: { status: 413, code: 112, message: "Request body is too large." },
  /** Missing or invalid data on a non-login request: the documented 1005, with the field named. */
  PARAMETERS_INVALID: { status: 400, code: 1005, message: "Invalid authorization data." },
  AUTH_DATA_INVALID: { status: 400, code: 1005, message: "Invalid authorization data." },
  BAD_CREDENTIALS: { status: 401, code: 1006, message: "Bad credentials." },
  TOKEN_INVALID: { status: 401, code: 1007, message: "Your token is invalid." },
  TOKEN_MISSING: { status: 401, code: 1008, message: "Missing token." },
  TOKEN_EXPIRED: { status: 401, code: 1009, message: "Your token is expired." },
  ORDER_NOT_FOUND: { status: 404, code: 2001, message: "Order not found." },
  SUBSCRIPTION_NOT_FOUND: { status: 404, code: 2002, message: "Subscription not found." },
  PRODUCT_NOT_FOUND: { status: 404, code: 2003, message: "Product not found." },
  REFUND_ORDER_NOT_PAID: { status: 400, code: 2101, message: "Order is not paid." },
  REFUND_IN_PROGRESS: {
    status: 400,
    code: 2102,
    message: "A refund request for this order is already in progress.",
  },
  REFUND_NOTHING_TO_REFUND: { status: 400, code: 2103, message: "Order amount is zero." },
  PARENT_ORDER_INVALID: { status: 400, code: 2201, message: "Parent order cannot be used for auto-payment." },
  CURRENCY_MISMATCH: { status: 400, code: 2202, message: "Currency must match the parent order." },
  CARD_VERIFICATION_NOT_ALLOWED: {
    status: 400,
    code: 2301,
    message: "Card verification is not allowed for this order.",
  },
  SUBSCRIPTION_NOT_ACTIVE: { status: 400, code: 2401, message: "Subscription is not active." },
  EXPIRATION_DATE_INVALID: { status: 400, code: 2402, message: "Expiration date is not allowed." },
} as const satisfies Record<string, ErrorTemplate>;

/** The name of an error template. */
export type ErrorName = keyof typeof ERRORS;

/** A refused step: flows return it as data, handlers render it. */
export interface Problem {
  readonly kind: "problem";
  readonly error: ErrorName;
  /** One error entry per detail, each `<template message>: <detail>.`; none gives the bare message. */
  readonly details?: readonly string[];
  /** Overrides the template's HTTP status (an unknown id sent in a body answers 400, not 404). */
  readonly status?: number;
}

/** Builds a Problem (flows use it so they never import HTTP code). */
export const problem = (error: ErrorName, extra: Omit<Problem, "kind" | "error"> = {}): Problem => ({
  kind: "problem",
  error,
  ...extra,
});

const withDetail = (message: string, detail: string): string =>
  `${message.replace(/\.$/, "")}: ${detail.replace(/\.$/, "")}.`;

/** Renders a Problem into the vendor envelope with the template's status and code. */
export function renderProblem(p: Problem, headers: Record<string, string> = {}): MockResponse {
  const template: ErrorTemplate = ERRORS[p.error];
  const messages =
    p.details === undefined || p.details.length === 0
      ? [template.message]
      : p.details.map((d) => withDetail(template.message, d));
  return json(
    p.status ?? template.status,
    { errors: messages.map((message) => ({ error: template.code, message })) },
    headers,
  );
}

/** Renders one named error (shorthand for `renderProblem(problem(name, extra))`). */
export const renderError = (error: ErrorName, extra: Omit<Problem, "kind" | "error"> = {}): MockResponse =>
  renderProblem(problem(error, extra));

/** Turns a Prism violation into the short field message used after "Invalid authorization data:". */
export function toFieldMessage(violation: Violation): string {
  const required = /must have required property '([^']+)'/.exec(violation.message);
  if (required?.[1] !== undefined) {
    const parent = violation.location.slice(1).join(".");
    return `${parent === "" ? "" : `${parent}.`}${required[1]} is required`;
  }
  return violation.message
    .replace(/^Request (body property|query parameter|path parameter|header parameter|header|body) /, "")
    .replace(/^Body parameter is required$/, "request body is required");
}

const isLogin = (operationId: string) => operationId === "loginCheck";

/** The generic error of each status a fault may ask for (`POST /__mock/faults {"status"}`). */
const STATUS_ERRORS: Readonly<Record<number, ErrorName>> = {
  400: "PARAMETERS_INVALID",
  401: "TOKEN_INVALID",
  404: "URL_NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  408: "BODY_TIMEOUT",
  413: "BODY_TOO_LARGE",
  500: "INTERNAL",
};
/** Engine-level problems in Softline's envelope: 1005 for invalid data (bare on login, with the fields elsewhere), 104 for unknown URLs. */
export const softlineProblems: Problems<unknown> = {
  invalid: (call, violations) =>
    isLogin(call.operation.id)
      ? renderError("AUTH_DATA_INVALID")
      : renderError("PARAMETERS_INVALID", { details: [...new Set(violations.map(toFieldMessage))] }),
  malformedBody: () => renderError("JSON_INVALID"),
  notFound: () => renderError("URL_NOT_FOUND"),
  methodNotAllowed: (_req: MockRequest, allowed) =>
    renderProblem(problem("METHOD_NOT_ALLOWED", { details: [`use ${allowed.join(", ")}`] }), {
      allow: allowed.join(", "),
    }),
  payloadTooLarge: () => renderError("BODY_TOO_LARGE"),
  timeout: () => renderError("BODY_TIMEOUT", { details: ["the request body did not arrive in time"] }),
  internal: () => renderError("INTERNAL"),
  forStatus: (_req, status) => {
    const name = STATUS_ERRORS[status];
    return name === undefined ? undefined : renderError(name);
  },
  notAcceptable: () =>
    renderError("CONTENT_TYPE_INVALID", {
      status: 406,
      details: ["406 Not Acceptable: this API answers application/json only"],
    }),
  refused: (_req, status, message) => renderError("URL_NOT_FOUND", { status, details: [message] }),
};
