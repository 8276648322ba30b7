/**
 * `"paymock/webhooks"`: signature checks for the callbacks a receiver gets from Mercuryo
 * (`X-Signature`) and Softline (`signature` field). Node only: they use `node:crypto` and stay
 * synchronous (Web Crypto's HMAC is async only); Deno, Bun and edge runtimes with Node
 * compatibility provide `node:crypto` too.
 * @see ../../docs/packaging.md
 */
export { toMercuryoSignature, verifyMercuryoSignature } from "./mercuryo-signature.js";
export { type SoftlineSignedFields, toSoftlineSignature, verifySoftlineSignature } from "./softline-signature.js";
