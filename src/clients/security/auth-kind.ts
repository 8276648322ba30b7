/**
 * Which credential a call carries, from the `security` of its operation in the spec.
 * @see ../../../specs
 */

/** `none`: public; `user`: the signed-in session token; `partner`/`api-key`: a static key from options. */
export type AuthKind = "none" | "user" | "partner" | "api-key";

/** `METHOD /spec/path` key of an operation, as the tables below list them. */
export const toOperationKey = (method: string, schemaPath: string): string => `${method.toUpperCase()} ${schemaPath}`;
