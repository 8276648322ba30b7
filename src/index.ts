/**
 * paymock's public entry (`"paymock"`): the typed clients of the four APIs, their session types and
 * named aliases of the main schemas. Browser-safe: nothing reachable from here imports `node:`
 * (the webhook signature checks are `"paymock/webhooks"`, the mock server is `"paymock/mock"`).
 * @see ../docs/clients.md
 */

export {
  type B2coreBackofficeClient,
  type B2coreBackofficeClientOptions,
  type B2coreBackofficeSession,
  type B2coreSignedIn,
  type B2coreSignInResult,
  type B2coreSignOutResult,
  type B2coreTwoFactorChallenge,
  createB2coreBackofficeClient,
} from "./clients/b2core-backoffice.js";
export { ClientConfigError } from "./clients/config-error.js";
export type { Failed } from "./clients/failure.js";
export {
  createMercuryoSpendClient,
  type MercuryoOtpChallenge,
  type MercuryoResendResult,
  type MercuryoSignInResult,
  type MercuryoSignOutResult,
  type MercuryoSpendClient,
  type MercuryoSpendClientOptions,
  type MercuryoSpendClientPaths,
  type MercuryoSpendSession,
  type MercuryoVerifyResult,
} from "./clients/mercuryo-spend.js";
export {
  createNbcgateClient,
  type NbcgateClient,
  type NbcgateClientOptions,
  type NbcgateOtpRequired,
  type NbcgateSession,
  type NbcgateSignInResult,
  type NbcgateSignOutResult,
} from "./clients/nbcgate.js";
export type { BaseClientOptions, Clock, FetchLike } from "./clients/options.js";
export {
  createSoftlineCheckoutClient,
  type SoftlineCheckoutClient,
  type SoftlineCheckoutClientOptions,
  type SoftlineCheckoutSession,
  type SoftlineLoginResult,
} from "./clients/softline-checkout.js";
export type * from "./types/b2core-backoffice.js";
export type * from "./types/mercuryo-spend.js";
export type * from "./types/nbcgate.js";
export type * from "./types/softline-checkout.js";
