/**
 * Base URLs and credentials for smoke runs and sandbox verification, one set of environment
 * variables per API (`PAYMOCK_<API>_<NAME>`, e.g. `PAYMOCK_MERCURYO_SPEND_PARTNER_TOKEN`).
 * When the target is the paymock mock, unset values fall back to the mock's seed accounts.
 * @see ../README.md, "Sandbox verification" (the variables per API)
 */
import type { ApiId } from "../src/apis.js";

/** The process environment, or a test's stand-in for it. */
export type Env = Readonly<Record<string, string | undefined>>;

/** One variable an API reads. */
export interface EnvVariable {
  readonly name: string;
  readonly meaning: string;
  /** Used when unset and the target is the paymock mock. */
  readonly mockSeed?: string;
  /** Used when unset, whatever the target. */
  readonly fallback?: string;
}

/** Every variable each API reads, besides `BASE_URL` and `OTP` which all of them read. */
export const ENV_VARIABLES: Readonly<Record<ApiId, readonly EnvVariable[]>> = {
  nbcgate: [
    { name: "EMAIL", meaning: "account that signs in with the password alone", mockSeed: "demo@nbcgate.test" },
    { name: "PASSWORD", meaning: "its password", mockSeed: "Password123" },
    { name: "OTP_EMAIL", meaning: "account with an e-mailed one-time code", mockSeed: "otp@nbcgate.test" },
    { name: "OTP_PASSWORD", meaning: "its password", mockSeed: "Password123" },
    { name: "PAY_LINK_ID", meaning: "pay link that invoices are created on", mockSeed: "12345" },
    { name: "PRODUCT_ID", meaning: "product id sent with invoices", mockSeed: "67890" },
    { name: "COIN_ID", meaning: "invoice currency id", fallback: "1" },
  ],
  "mercuryo-spend": [
    {
      name: "PARTNER_TOKEN",
      meaning: "Sdk-Partner-Token from the integration manager",
      mockSeed: "sandbox-partner-token",
    },
    { name: "EMAIL", meaning: "test user with KYC complete", mockSeed: "kyc-complete@mercuryo.test" },
    { name: "USER_IP", meaning: "IP sent as B2B-User-Ip", fallback: "203.0.113.7" },
  ],
  "softline-checkout": [
    { name: "USERNAME", meaning: "API login", mockSeed: "merchant" },
    { name: "PASSWORD", meaning: "API password", mockSeed: "merchant-secret" },
    { name: "PAID_ORDER_ID", meaning: "a paid, not yet refunded order (used up by a refund)", mockSeed: "5555555" },
    { name: "REFUNDING_ORDER_ID", meaning: "an order with a refund in status New or Processing" },
  ],
  "b2core-backoffice": [
    { name: "EMAIL", meaning: "administrator with e-mail 2FA", mockSeed: "admin@b2core.test" },
    { name: "PASSWORD", meaning: "its password", mockSeed: "Secret123" },
    { name: "NO2FA_EMAIL", meaning: "administrator without 2FA", mockSeed: "no2fa@b2core.test" },
    { name: "NO2FA_PASSWORD", meaning: "its password", mockSeed: "Secret123" },
  ],
};

/** `PAYMOCK_MERCURYO_SPEND_BASE_URL` for (`mercuryo-spend`, `BASE_URL`). */
export const toEnvName = (api: ApiId, name: string): string =>
  `PAYMOCK_${api.toUpperCase().replace(/-/g, "_")}_${name}`;

/** A variable's value, trimmed; `undefined` when unset or blank. */
export function readEnv(env: Env, api: ApiId, name: string): string | undefined {
  const value = env[toEnvName(api, name)]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

/** A required credential is missing (the message names the variable). */
export class MissingCredentialError extends Error {
  override readonly name = "MissingCredentialError";
}

/** The credentials of one API for one target. */
export interface Credentials {
  /** The value, its seed (mock target) or fallback; `undefined` when none applies. */
  get(name: string): string | undefined;
  /** Like `get`, but throws MissingCredentialError naming the variable to set. */
  require(name: string): string;
}

/** Resolves `api`'s credentials from `env`, with seed accounts when `isMock`. */
export function resolveCredentials(api: ApiId, env: Env, isMock: boolean): Credentials {
  const known = new Map(ENV_VARIABLES[api].map((v) => [v.name, v]));
  const get = (name: string) => {
    const variable = known.get(name);
    return readEnv(env, api, name) ?? (isMock ? variable?.mockSeed : undefined) ?? variable?.fallback;
  };
  return {
    get,
    require(name) {
      const value = get(name);
      if (value === undefined) {
        const meaning = known.get(name)?.meaning;
        throw new MissingCredentialError(`set ${toEnvName(api, name)}${meaning ? ` (${meaning})` : ""}`);
      }
      return value;
    },
  };
}
