/**
 * What the proxy found wrong with one exchange, sorted into the smoke runs' drift kinds, and the
 * short `x-paymock-violations` header that carries it to the client (like Prism's `sl-violations`).
 * @see ../engine/response-check.ts (checkResponse: the same checks and wording as a smoke run)
 */
import { isDeclaredStatus, toViolationText } from "../engine/response-check.js";
import type { EngineResponse, Operation, SpecEngine, Violation } from "../prism.js";

/** The kinds of drift: three for answers (as in a smoke run), one for requests, one for unknown routes. */
export const DRIFT_KINDS = ["status-not-declared", "body-schema", "header", "request", "no-operation"] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];

/** One thing the spec does not allow, found in a request or an answer. */
export interface ProxyViolation {
  readonly side: "request" | "response";
  readonly kind: DriftKind;
  readonly message: string;
}

export const VIOLATIONS_HEADER = "x-paymock-violations";

/** Request violations as proxy violations. */
export const toRequestViolations = (violations: readonly Violation[]): ProxyViolation[] =>
  violations.map((v) => ({ side: "request", kind: "request", message: toViolationText(v) }));

/** Whether the spec names the status (`418` or `4XX`), as opposed to covering it only with `default`. */
const isNamedStatus = (operation: Operation, status: number): boolean =>
  operation.responseCodes.some((c) => c === String(status) || c.toUpperCase() === `${Math.floor(status / 100)}XX`);

/**
 * Checks an answer: undeclared status first (nothing else is checkable then), else headers and
 * body. Every operation of the four specs ends in `default` ("any other error in the vendor
 * envelope"), so a status the spec never names is reported too, and still checked against `default`.
 */
export function checkAnswer(engine: SpecEngine, operation: Operation, response: EngineResponse): ProxyViolation[] {
  const declared = operation.responseCodes.join(", ");
  if (!isDeclaredStatus(operation, response.status)) {
    const message = `status ${response.status} is not declared for ${operation.id} (declared: ${declared})`;
    return [{ side: "response", kind: "status-not-declared", message }];
  }
  const found: ProxyViolation[] = engine.validateResponse(operation, response).map((v) => ({
    side: "response",
    kind: v.location[0] === "header" ? "header" : "body-schema",
    message: toViolationText(v),
  }));
  if (isNamedStatus(operation, response.status)) return found;
  const message = `status ${response.status} is not declared for ${operation.id} (declared: ${declared}; only default covers it)`;
  return [{ side: "response", kind: "status-not-declared", message }, ...found];
}

const MAX_LISTED = 8;
const MAX_MESSAGE = 200;

/** The header value: a JSON list, at most eight entries of 200 characters, ASCII only (header-safe). */
export function toViolationsHeader(violations: readonly ProxyViolation[]): string {
  const listed = violations.slice(0, MAX_LISTED).map((v) => ({
    side: v.side,
    kind: v.kind,
    message: v.message.length > MAX_MESSAGE ? `${v.message.slice(0, MAX_MESSAGE - 1)}…` : v.message,
  }));
  const more = violations.length - listed.length;
  const list = more > 0 ? [...listed, { side: "response", kind: "more", message: `${more} more` }] : listed;
  return JSON.stringify(list).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
