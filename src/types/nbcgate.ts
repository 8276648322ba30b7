/**
 * Named aliases of the NBC Gate schemas, so a renamed schema breaks only this file.
 * @see ../../specs/nbcgate.yaml
 */
import type { components, operations, paths } from "../generated/nbcgate.js";

type Schemas = components["schemas"];

/** Every NBC Gate path, as generated from the spec. */
export type NbcgatePaths = paths;
/** Every NBC Gate operation by operationId. */
export type NbcgateOperations = operations;

/** Client API error envelope `{statusCode, message, errors[{code, field?}]}`. */
export type NbcgateError = Schemas["Error"];
/** Machine-readable client API error code (`errors[].code`). */
export type NbcgateErrorCode = Schemas["ErrorCode"];
/** External integration API error envelope (numeric codes). */
export type NbcgateExternalError = Schemas["ExternalError"];

/** Body of `POST /auth/sign-in`. */
export type NbcgateSignInRequest = Schemas["SignInRequest"];
/** Token pair from sign-in and refresh. */
export type NbcgateSignInResponse = Schemas["SignInResponse"];
/** Data of the current access token (`GET /auth/token`). */
export type NbcgateTokenInfo = Schemas["TokenInfo"];

/** One crypto or fiat balance. */
export type NbcgateBalance = Schemas["Balance"];
/** A coin or fiat currency. */
export type NbcgateCoin = Schemas["Coin"];
/** Body of `POST /api/transfer`. */
export type NbcgateTransferRequest = Schemas["TransferRequest"];
/** A transfer between NBC Gate balances. */
export type NbcgateTransfer = Schemas["Transfer"];
/** A payment link. */
export type NbcgatePayLink = Schemas["PayLink"];
/** A withdrawal. */
export type NbcgateWithdrawal = Schemas["Withdrawal"];
/** An invoice paid in crypto. */
export type NbcgateInvoice = Schemas["Invoice"];
/** The merchant (owner) account. */
export type NbcgateOwner = Schemas["Owner"];
/** A user of the company account. */
export type NbcgateUser = Schemas["User"];
