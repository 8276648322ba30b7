/**
 * Working and expired credentials for each API, set up through the mock's provider states
 * (`POST /__mock/states`), as header values per security scheme of the spec.
 * @see README.md, the seed accounts and provider states of each API
 */
import type { ApiId } from "../../../src/apis.js";
import { sendRaw, toJson } from "./raw-http.js";

/**
 * Header values by security scheme key (see the spec's `securitySchemes`). Mutable: the fuzz run
 * renews them in place, because generated requests may sign the session out.
 */
export interface Credentials {
  readonly valid: Record<string, string>;
  readonly expired: Record<string, string>;
}

/** Runs one provider state and returns its values. */
export async function setUpState(
  base: string,
  state: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const res = await sendRaw(base, {
    method: "POST",
    path: "/__mock/states",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ state, params }),
  });
  const body = toJson(res.text) as { values?: Record<string, unknown> } | undefined;
  if (res.status !== 200 || body?.values === undefined) {
    throw new Error(`state "${state}" failed: ${res.status} ${res.text}`);
  }
  return body.values;
}

const text = (values: Record<string, unknown>, key: string): string => {
  const value = values[key];
  if (typeof value !== "string") throw new Error(`provider state did not return "${key}"`);
  return value;
};

/** Sets up credentials for `api` on the mock at `base`. */
export async function createCredentials(api: ApiId, base: string): Promise<Credentials> {
  switch (api) {
    case "nbcgate": {
      const signedIn = await setUpState(base, "a signed-in user");
      const expired = await setUpState(base, "an expired token");
      const key = await setUpState(base, "an external integration key");
      return {
        valid: { clientToken: text(signedIn, "token"), externalApiKey: text(key, "apiKey") },
        expired: { clientToken: text(expired, "token"), externalApiKey: "expired-integration-key" },
      };
    }
    case "mercuryo-spend": {
      const user = await setUpState(base, "a user with KYC complete and an open card");
      const expired = await setUpState(base, "an expired user token");
      return {
        valid: { sdkUserToken: text(user, "token"), sdkPartnerToken: "sandbox-partner-token" },
        expired: { sdkUserToken: text(expired, "token"), sdkPartnerToken: "revoked-partner-token" },
      };
    }
    case "softline-checkout": {
      const valid = await setUpState(base, "a valid token");
      const expired = await setUpState(base, "an expired token");
      return {
        valid: { authorizationJwt: `Bearer ${text(valid, "token")}` },
        expired: { authorizationJwt: `Bearer ${text(expired, "token")}` },
      };
    }
    case "b2core-backoffice": {
      const admin = await setUpState(base, "a signed-in admin");
      const expired = await setUpState(base, "an expired access token");
      return {
        valid: { bearerAuth: text(admin, "accessToken") },
        expired: { bearerAuth: text(expired, "accessToken") },
      };
    }
  }
}

/** Headers that authenticate a user call of `api` with the valid credentials. */
export function toUserHeaders(api: ApiId, creds: Credentials): Record<string, string> {
  switch (api) {
    case "nbcgate":
      return { authorization: creds.valid.clientToken ?? "" };
    case "mercuryo-spend":
      return { "sdk-user-token": creds.valid.sdkUserToken ?? "", "b2b-user-ip": "203.0.113.7" };
    case "softline-checkout":
      return { authorizationjwt: creds.valid.authorizationJwt ?? "" };
    case "b2core-backoffice":
      return { authorization: `Bearer ${creds.valid.bearerAuth ?? ""}` };
  }
}
