/**
 * Checks one answer against its operation in the spec, in the words the smoke runs and the proxy
 * both print: an undeclared status, or headers and a body that do not validate. The request side
 * is the engine's own `validateRequest`. (Not to be confused with ./spec-check.ts, which checks a
 * spec document before the mock serves it.)
 * @see ../../contracts/smoke/recorder.ts and ../proxy/violations.ts (the two users)
 */
import type { EngineResponse, Operation, SpecEngine, Violation } from "../prism.js";

/** `["header", "b2b-user-ip"]: must match format` -> `header b2b-user-ip: must match format`. */
export const toViolationText = (v: Violation): string =>
  v.location.length === 0 ? v.message : `${v.location.join(" ")}: ${v.message}`;

/** Whether the spec declares `status` for the operation (exactly, as `4XX`, or through `default`). */
export function isDeclaredStatus(operation: Operation, status: number): boolean {
  const codes = operation.responseCodes.map((c) => c.toUpperCase());
  return codes.includes(String(status)) || codes.includes(`${Math.floor(status / 100)}XX`) || codes.includes("DEFAULT");
}

/** Problems of a response for `operation`: undeclared status, or headers/body that do not validate. */
export function checkResponse(engine: SpecEngine, operation: Operation, response: EngineResponse): string[] {
  if (!isDeclaredStatus(operation, response.status)) {
    return [
      `status ${response.status} is not declared for ${operation.id} (declared: ${operation.responseCodes.join(", ")})`,
    ];
  }
  return engine.validateResponse(operation, response).map(toViolationText);
}
