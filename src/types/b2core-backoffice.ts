/**
 * Named aliases of the B2Core Back Office schemas, so a renamed schema breaks only this file.
 * @see ../../specs/b2core-backoffice.yaml
 */
import type { components, operations, paths } from "../generated/b2core-backoffice.js";

type Schemas = components["schemas"];

/** Every B2Core Back Office path, as generated from the spec. */
export type B2coreBackofficePaths = paths;
/** Every B2Core Back Office operation by operationId. */
export type B2coreBackofficeOperations = operations;

/** Error envelope `{code, message, errors?}`. */
export type B2coreError = Schemas["Error"];
/** Machine-readable B2Core error code. */
export type B2coreErrorCode = Schemas["Error"]["code"];

/** Body of `POST /api/v2/signin`. */
export type B2coreSignInRequest = Schemas["SignInRequest"];
/** Answer of sign-in: a 2FA challenge or a token pair, told apart by `2faRequired`. */
export type B2coreSignInResponse = Schemas["SignInResponse"];
/** Sign-in answer when 2FA is enabled. */
export type B2coreSignInTwoFactorRequired = Schemas["SignInTwoFactorRequired"];
/** Sign-in answer when 2FA is disabled. */
export type B2coreSignInCompleted = Schemas["SignInCompleted"];
/** The 2FA challenge details (`2faDetails`). */
export type B2coreTwoFactorDetails = Schemas["TwoFactorDetails"];
/** An issued token with its validity window. */
export type B2coreTokenInfo = Schemas["TokenInfo"];
/** Access and refresh token pair. */
export type B2coreTokenPair = Schemas["TokenPair"];

/** A client profile. */
export type B2coreClient = Schemas["Client"];
/** A client account. */
export type B2coreAccount = Schemas["Account"];
/** A money movement. */
export type B2coreTransaction = Schemas["Transaction"];
/** Status of a transaction. */
export type B2coreTransactionStatus = Schemas["TransactionStatus"];
