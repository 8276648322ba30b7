/**
 * The "no" answer of every flow: a catalogued Mercuryo error plus optional details, rendered to
 * HTTP only by the handlers.
 * @see ../problems.ts
 */
import type { ErrorData, ErrorName } from "../problems.js";

/** A flow's refusal; data, not an exception. */
export interface Problem {
  readonly kind: "problem";
  readonly error: ErrorName;
  readonly data?: ErrorData;
}

/** Builds a refusal. */
export const toProblem = (error: ErrorName, data?: ErrorData): Problem => ({ kind: "problem", error, data });

/** Tells a refusal from a flow's next state. */
export const isProblem = (value: unknown): value is Problem =>
  typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "problem";

/** A 400001 refusal for one field, worded like Mercuryo's validator. */
export const fieldProblem = (field: string, message: string): Problem =>
  toProblem("VALIDATION", { [field]: [message] });
