/**
 * Where the Pact Broker is and how to sign in to it, from the variables the Pact tools read:
 * `PACT_BROKER_BASE_URL`, and `PACT_BROKER_TOKEN` or `PACT_BROKER_USERNAME` + `PACT_BROKER_PASSWORD`.
 * @see https://docs.pact.io/pact_broker/client_cli/readme
 */
import type { Env } from "../credentials.js";

/** A broker and its credentials. */
export interface BrokerSettings {
  readonly baseUrl: string;
  readonly auth: { readonly token: string } | { readonly username: string; readonly password: string } | undefined;
}

/** Settings are missing or unusable; the message says which variable to set. */
export class BrokerSettingsError extends Error {
  override readonly name = "BrokerSettingsError";
}

const read = (env: Env, name: string) => {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
};

/** Whether a broker is configured at all (`PACT_BROKER_BASE_URL` set). */
export const hasBroker = (env: Env): boolean => read(env, "PACT_BROKER_BASE_URL") !== undefined;

/** Reads the settings; throws BrokerSettingsError naming what is missing. */
export function readBrokerSettings(env: Env): BrokerSettings {
  const baseUrl = read(env, "PACT_BROKER_BASE_URL");
  if (baseUrl === undefined) {
    throw new BrokerSettingsError(
      "PACT_BROKER_BASE_URL is not set. Set it to your Pact Broker (e.g. https://broker.example.com), " +
        "with PACT_BROKER_TOKEN or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD.",
    );
  }
  if (!URL.canParse(baseUrl))
    throw new BrokerSettingsError(`PACT_BROKER_BASE_URL "${baseUrl}" is not an absolute URL.`);
  const token = read(env, "PACT_BROKER_TOKEN");
  const username = read(env, "PACT_BROKER_USERNAME");
  const password = read(env, "PACT_BROKER_PASSWORD");
  if (token !== undefined) return { baseUrl, auth: { token } };
  if (username !== undefined && password !== undefined) return { baseUrl, auth: { username, password } };
  if (username !== undefined || password !== undefined) {
    throw new BrokerSettingsError("Set both PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD (or PACT_BROKER_TOKEN).");
  }
  // A broker without authentication (a local one) is allowed.
  return { baseUrl, auth: undefined };
}

/** The `Authorization` header value for the settings, if any. */
export function toAuthorization(settings: BrokerSettings): string | undefined {
  const { auth } = settings;
  if (auth === undefined) return undefined;
  if ("token" in auth) return `Bearer ${auth.token}`;
  return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}`;
}
