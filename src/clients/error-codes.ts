/**
 * Reads the machine-readable code out of an unknown error body, one reader per vendor envelope.
 * Used by middleware that must tell "token expired" from other failures.
 * @see ../../specs (the `Error` schema of each API)
 */
import type { B2coreErrorCode } from "../types/b2core-backoffice.js";
import type { MercuryoErrorCode } from "../types/mercuryo-spend.js";
import type { NbcgateErrorCode } from "../types/nbcgate.js";
import type { SoftlineErrorCode } from "../types/softline-checkout.js";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

const listCodes = (body: unknown, key: string): unknown[] => {
  if (!isRecord(body) || !Array.isArray(body.errors)) return [];
  return body.errors.map((entry: unknown) => (isRecord(entry) ? entry[key] : undefined));
};

/** NBC Gate `{statusCode, message, errors[{code}]}`: is `code` among the errors? */
export const hasNbcgateCode = (body: unknown, code: NbcgateErrorCode): boolean =>
  listCodes(body, "code").includes(code);

/** Mercuryo `{status, code, message, data}`: is the code `code`? */
export const hasMercuryoCode = (body: unknown, code: MercuryoErrorCode): boolean =>
  isRecord(body) && body.code === code;

/** Softline `{errors:[{error, message}]}`: is `code` among the errors? */
export const hasSoftlineCode = (body: unknown, code: SoftlineErrorCode): boolean =>
  listCodes(body, "error").includes(code);

/** B2Core `{code, message, errors?}`: is the code `code`? */
export const hasB2coreCode = (body: unknown, code: B2coreErrorCode): boolean => isRecord(body) && body.code === code;
