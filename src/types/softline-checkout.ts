/**
 * Named aliases of the Softline Checkout schemas, so a renamed schema breaks only this file.
 * @see ../../specs/softline-checkout.yaml
 */
import type { components, operations, paths, webhooks } from "../generated/softline-checkout.js";

type Schemas = components["schemas"];

/** Every Softline Checkout path, as generated from the spec. */
export type SoftlineCheckoutPaths = paths;
/** Every Softline Checkout operation by operationId. */
export type SoftlineCheckoutOperations = operations;
/** Webhooks Softline sends to the merchant. */
export type SoftlineCheckoutWebhooks = webhooks;

/** Error envelope `{errors:[{error, message}]}`. */
export type SoftlineError = Schemas["Error"];
/** Numeric Softline error code (`errors[].error`). */
export type SoftlineErrorCode = SoftlineKnownErrorCode | (number & {});
/** The Softline error codes paymock knows (vendor-documented and paymock's own). */
export type SoftlineKnownErrorCode = Schemas["KnownErrorCode"];

/** Body of `POST /v1/login_check`. */
export type SoftlineLoginRequest = Schemas["LoginRequest"];
/** Token from `POST /v1/login_check`. */
export type SoftlineLoginResponse = Schemas["LoginResponse"];

/** Body of `POST /v1/payment`. */
export type SoftlineCreatePaymentRequest = Schemas["CreatePaymentRequest"];
/** Answer of the payment-creating calls. */
export type SoftlinePaymentResponse = Schemas["PaymentResponse"];
/** An order (payment). */
export type SoftlineOrder = Schemas["Order"];
/** Payment status of an order. */
export type SoftlinePaymentStatus = Schemas["PaymentStatus"];
/** A refund request of an order. */
export type SoftlineRefund = Schemas["Refund"];
/** Body of `POST /v1/generate_buy_link`. */
export type SoftlineGenerateBuyLinkRequest = Schemas["GenerateBuyLinkRequest"];
/** A dynamic buy link. */
export type SoftlineBuyLink = Schemas["BuyLink"];
/** A subscription. */
export type SoftlineSubscription = Schemas["Subscription"];
/** A product. */
export type SoftlineProduct = Schemas["Product"];
/** Body of an order webhook (signature in the body field `signature`). */
export type SoftlineWebhookEvent = Schemas["WebhookEvent"];
