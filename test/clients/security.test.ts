/**
 * The per-client credential tables agree with the `security` of every operation in the specs, so a
 * spec change that moves an operation between public and protected fails here.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { AuthKind } from "../../src/clients/security/auth-kind.js";
import { toB2coreAuth } from "../../src/clients/security/b2core-backoffice.js";
import { toMercuryoAuth } from "../../src/clients/security/mercuryo-spend.js";
import { toNbcgateAuth } from "../../src/clients/security/nbcgate.js";
import { toSoftlineAuth } from "../../src/clients/security/softline-checkout.js";

const SCHEME_KIND: Record<string, AuthKind> = {
  clientToken: "user",
  externalApiKey: "api-key",
  sdkPartnerToken: "partner",
  sdkUserToken: "user",
  authorizationJwt: "user",
  bearerAuth: "user",
};
const METHODS = ["get", "put", "post", "delete", "patch"];

interface Spec {
  security?: Record<string, unknown>[];
  paths: Record<string, Record<string, { security?: Record<string, unknown>[] }>>;
}

function expectedKinds(api: string): Record<string, AuthKind> {
  const spec = parse(readFileSync(new URL(`../../specs/${api}.yaml`, import.meta.url), "utf8")) as Spec;
  const out: Record<string, AuthKind> = {};
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      const scheme = Object.keys((operation.security ?? spec.security ?? [])[0] ?? {})[0];
      out[`${method.toUpperCase()} ${path}`] = scheme === undefined ? "none" : (SCHEME_KIND[scheme] ?? "none");
    }
  }
  return out;
}

const tables: [string, (method: string, path: string) => AuthKind][] = [
  ["nbcgate", toNbcgateAuth],
  ["mercuryo-spend", toMercuryoAuth],
  ["softline-checkout", toSoftlineAuth],
  ["b2core-backoffice", toB2coreAuth],
];

describe("credential tables match the specs", () => {
  it.each(tables)("%s", (api, toAuth) => {
    const expected = expectedKinds(api);
    const actual = Object.fromEntries(
      Object.keys(expected).map((key) => {
        const [method = "", path = ""] = key.split(" ");
        return [key, toAuth(method, path)];
      }),
    );
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });
});
