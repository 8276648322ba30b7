/**
 * Mercuryo's error catalogue, declared once, and the one helper that renders it into the vendor
 * envelope `{status, code, message, data}` (HTTP status = first three digits of `code`).
 * @see specs/mercuryo-spend.yaml (components.schemas.Error, components.examples)
 */
import { json, type MockRequest, type MockResponse, type Problems } from "../api.js";
import type { Violation } from "../prism.js";
import type { MercuryoState } from "./state.js";

/** Details carried in `data`: per-field messages for 400001, KYC details for 400251. */
export type ErrorData = Readonly<Record<string, unknown>>;

interface ErrorTemplate {
  readonly code: number;
  readonly message: string;
  /** Only when the HTTP status differs from the code's first three digits (413, 408). */
  readonly status?: number;
}

/** Every error the mock answers with; names are ours, codes and messages are Mercuryo's. */
export const ERRORS = {
  BAD_REQUEST: { code: 400000, message: "Bad requests" },
  VALIDATION: { code: 400001, message: "Validation error" },
  TRX_TOKEN_USED: { code: 400004, message: "Token is already used" },
  AMOUNT_OFF_LIMITS: { code: 400007, message: "Antifraud error. Amount off limits" },
  CARD_LOCK_FAILED: { code: 400085, message: "Failed to lock card." },
  CARD_UNLOCK_FAILED: { code: 400086, message: "Failed to unlock card. Wrong card." },
  CARD_NOT_LOCKED: { code: 400088, message: "Failed to replace card; Unable to process request now; Wrong card;" },
  PHONE_ALREADY_SET: { code: 400090, message: "User phone has already been set" },
  CARD_NOT_AVAILABLE: { code: 400201, message: "Card is not available." },
  INVALID_CARD_STATUS: { code: 400210, message: "Invalid card status" },
  BIRTHDAY_ALREADY_SET: { code: 400240, message: "Birthday is already set" },
  KYC_REQUIRED: { code: 400251, message: "KYC is required, details in data field." },
  KYC_NOT_COMPLETED: { code: 400251, message: "KYC is not completed. See response data for more details" },
  PHONE_REQUIRED: { code: 400252, message: "Phone is required." },
  UNAUTHORIZED: { code: 401000, message: "Authorization failed" },
  TOKEN_EXPIRED: { code: 401000, message: "Authorization failed. Token is expired" },
  TOKEN_REVOKED: { code: 401000, message: "Authorization failed. Token is revoked" },
  KEY_INVALID: { code: 401004, message: "Verification key is invalid." },
  KEY_EXPIRED: { code: 401004, message: "Verification key is invalid. Key is expired" },
  ANOTHER_ACTIVE_TRANSACTION: { code: 403007, message: "There's another active transaction" },
  OTP_INVALID: { code: 403042, message: "Verification failed. Code is invalid" },
  OTP_ATTEMPTS_EXCEEDED: { code: 403042, message: "Verification failed. Too many attempts" },
  KYC_ALREADY_COMPLETED: { code: 403082, message: "KYC is already completed" },
  NO_OPEN_CARD: { code: 404000, message: "No open card found" },
  /** The iframe init page words the same code differently. */
  NO_OPEN_CARDS: { code: 404000, message: "User has no open cards" },
  NOT_FOUND: { code: 404000, message: "Not Found" },
  METHOD_NOT_ALLOWED: { code: 405000, message: "Method Not Allowed" },
  PAYLOAD_TOO_LARGE: { code: 400001, message: "Request body is too large", status: 413 },
  REQUEST_TIMEOUT: { code: 400000, message: "Request timeout: the body did not arrive in time", status: 408 },
  NOT_ACCEPTABLE: { code: 400000, message: "406 Not Acceptable: this API answers application/json only", status: 406 },
  INTERNAL: { code: 500001, message: "Internal server error" },
} as const satisfies Record<string, ErrorTemplate>;

/** The name of one catalogued error. */
export type ErrorName = keyof typeof ERRORS;

/** Renders a catalogued error in the Mercuryo envelope; `data` is added only when given. */
export function renderError(name: ErrorName, data?: ErrorData, headers: Record<string, string> = {}): MockResponse {
  const template: ErrorTemplate = ERRORS[name];
  const status = template.status ?? Math.floor(template.code / 1000);
  return json(
    status,
    { status: String(status), code: template.code, message: template.message, ...(data === undefined ? {} : { data }) },
    headers,
  );
}

/** A 400001 answer with per-field messages, as Mercuryo's validator words them. */
export const renderValidation = (fields: Readonly<Record<string, readonly string[]>>): MockResponse =>
  renderError("VALIDATION", fields);

const BLANK = "This value should not be blank.";
const HEADER_NAMES: Readonly<Record<string, string>> = {
  "b2b-user-ip": "B2B-User-Ip",
  "sdk-user-token": "Sdk-User-Token",
  "sdk-partner-token": "Sdk-Partner-Token",
  "content-type": "Content-Type",
};

/** Where a violation points, named as the client sent it (`email`, `B2B-User-Ip`, `limit`). */
function fieldOf(violation: Violation): string {
  const [where, ...rest] = violation.location;
  const missing = /required property '([^']+)'/.exec(violation.message)?.[1];
  const name = rest.length > 0 ? rest.join(".") : (missing ?? "body");
  return where === "header" ? (HEADER_NAMES[name.toLowerCase()] ?? name) : name;
}

/** One violation in Mercuryo's (Symfony validator) wording. */
function messageOf(field: string, violation: Violation): string {
  const m = violation.message;
  if (/required property|Body parameter is required/.test(m)) return BLANK;
  if (field === "accept") return "Terms of Service must be accepted.";
  if (field === "phone") return "This value is not a valid phone number.";
  if (/format "email"/.test(m)) return "This value is not a valid email address.";
  if (/format "date"/.test(m)) return "This value is not a valid date.";
  if (/format "ipv[46]"|anyOf/.test(m)) return "This value is not a valid IP address.";
  if (/allowed values/.test(m)) return "The value you selected is not a valid choice.";
  if (/must be object/.test(m) && field === "body") return "The body must be a JSON object.";
  const rule = /(must .*)$/.exec(m)?.[1];
  return rule === undefined ? "This value is not valid." : `This value is not valid: it ${rule}.`;
}

/** Groups spec violations into Mercuryo's `data: {field: [messages]}`. */
export function toValidationData(violations: readonly Violation[]): Record<string, string[]> {
  const data: Record<string, string[]> = {};
  for (const violation of violations) {
    const field = fieldOf(violation);
    const message = messageOf(field, violation);
    const list = data[field] ?? [];
    if (!list.includes(message)) list.push(message);
    data[field] = list;
  }
  return data;
}

/** The generic error of each status a fault may ask for (`POST /__mock/faults {"status"}`). */
const STATUS_ERRORS: Readonly<Record<number, ErrorName>> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  408: "REQUEST_TIMEOUT",
  413: "PAYLOAD_TOO_LARGE",
  500: "INTERNAL",
};

/** Engine-level problems in the Mercuryo envelope; client mistakes are never 5xx. */
export const mercuryoProblems: Problems<MercuryoState> = {
  invalid: (_call, violations) => renderValidation(toValidationData(violations)),
  malformedBody: () => renderValidation({ body: ["Invalid JSON."] }),
  notFound: () => renderError("NOT_FOUND"),
  methodNotAllowed: (_req: MockRequest, allowed) =>
    renderError("METHOD_NOT_ALLOWED", undefined, { allow: allowed.join(", ") }),
  payloadTooLarge: () => renderError("PAYLOAD_TOO_LARGE"),
  timeout: () => renderError("REQUEST_TIMEOUT"),
  internal: (_req, detail) => renderError("INTERNAL", { detail }),
  forStatus: (_req, status) => {
    const name = STATUS_ERRORS[status];
    return name === undefined ? undefined : renderError(name);
  },
  notAcceptable: () => renderError("NOT_ACCEPTABLE"),
  // Refusals before routing have no code of their own: "Bad request" with the status that applies.
  refused: (_req, status, message) => json(status, { status: String(status), code: ERRORS.BAD_REQUEST.code, message }),
};
