/**
 * Named aliases of the Mercuryo Spend Card schemas, so a renamed schema breaks only this file.
 * @see ../../specs/mercuryo-spend.yaml
 */
import type { components, operations, paths, webhooks } from "../generated/mercuryo-spend.js";

type Schemas = components["schemas"];

/** Every Mercuryo `sdk-partner` path, as generated from the spec. */
export type MercuryoSpendPaths = paths;
/** Every Mercuryo operation by operationId. */
export type MercuryoSpendOperations = operations;
/** Callbacks Mercuryo sends to the partner. */
export type MercuryoSpendWebhooks = webhooks;

/** Error envelope `{status, code, message, data}`. */
export type MercuryoError = Schemas["Error"];
/** The six-digit Mercuryo error codes the docs list (named for clients and docs). */
export type MercuryoKnownErrorCode = Schemas["KnownErrorCode"];
/**
 * A six-digit Mercuryo error code: one of the known ones, or any other integer Mercuryo may send
 * (the spec's list is open). `number & {}` keeps the known codes visible to editors.
 */
export type MercuryoErrorCode = MercuryoKnownErrorCode | (number & {});
/** A card status: the known ones or another string (the spec's list is open). */
export type MercuryoCardStatus = Schemas["KnownCardStatus"] | (string & {});
/** A sell-request status: the known ones or another string (the spec's list is open). */
export type MercuryoSellRequestStatus = Schemas["KnownSellRequestStatus"] | (string & {});

/** Body of the sign-in calls. */
export type MercuryoSignInRequest = Schemas["SignInRequest"];
/** The OTP challenge (`key`, `code_length`, `timeout`, `next`). */
export type MercuryoOtpChallengeData = Schemas["OtpChallenge"];
/** The user token from verify or no-verify sign-in. */
export type MercuryoUserToken = Schemas["UserToken"];
/** The user token from a refresh. */
export type MercuryoRefreshedToken = Schemas["RefreshedToken"];

/** KYC status of every feature. */
export type MercuryoKycStatuses = Schemas["KycStatuses"];
/** The user's contact data. */
export type MercuryoUserContacts = Schemas["UserContacts"];
/** State of the Spend card. */
export type MercuryoCardState = Schemas["CardState"];
/** The masked Spend card. */
export type MercuryoCard = Schemas["MaskedCard"];
/** Card balance. */
export type MercuryoCardBalance = Schemas["CardBalance"];
/** One card transaction. */
export type MercuryoCardTransaction = Schemas["CardTransaction"];
/** A crypto top-up (sell request) answer. */
export type MercuryoCryptoDeposit = Schemas["CryptoDeposit"];
/** Body of the transaction status callback. */
export type MercuryoTransactionCallback = Schemas["TransactionCallback"];
/** Body of a Spend card event callback. */
export type MercuryoSpendCardEvent = Schemas["SpendCardEvent"];
