/**
 * The strict copy used for scripted responses (test/support/strict-schemas.ts) forbids fields the
 * spec does not declare, at every depth, while the spec itself stays open.
 */
import { describe, expect, it } from "vitest";
import { createAjv } from "../../src/spec/ajv.js";
import { strictResponseProblems, toStrictSpec } from "../support/strict-schemas.js";

describe("strict response schemas", () => {
  it("refuses an undeclared field in a scripted answer, also a nested one", () => {
    const token = { token: "t", createdAt: "2026-01-01T00:00:00+00:00", expiresAt: "2026-01-01T10:00:00+00:00" };
    const ok = { accessToken: token, refreshToken: token };
    expect(strictResponseProblems("b2core-backoffice", "POST", "/api/v2/refresh", 200, ok)).toEqual([]);
    expect(
      strictResponseProblems("b2core-backoffice", "POST", "/api/v2/refresh", 200, { ...ok, extra: 1 }),
    ).not.toEqual([]);
    const nested = { ...ok, accessToken: { ...token, scope: "all" } };
    expect(strictResponseProblems("b2core-backoffice", "POST", "/api/v2/refresh", 200, nested)).not.toEqual([]);
  });

  it("checks error answers against the status's (or the default) response", () => {
    const error = { code: "notFound", message: "Client 1 was not found." };
    expect(strictResponseProblems("b2core-backoffice", "GET", "/api/v2/clients/{clientId}", 404, error)).toEqual([]);
    expect(
      strictResponseProblems("b2core-backoffice", "GET", "/api/v2/clients/{clientId}", 415, { ...error, hint: "x" }),
    ).not.toEqual([]);
  });

  it("closes objects but leaves allOf members open, so allOf still composes", () => {
    const doc = {
      components: {
        schemas: {
          Base: { type: "object", properties: { id: { type: "string" } } },
          Event: {
            allOf: [
              { $ref: "#/components/schemas/Base" },
              { type: "object", properties: { name: { type: "string" } } },
            ],
          },
        },
      },
    };
    const ajv = createAjv();
    ajv.addSchema(toStrictSpec(doc), "s");
    const validate = ajv.compile({ $ref: "s#/components/schemas/Event" });
    expect(validate({ id: "1", name: "x" })).toBe(true);
    expect(validate({ id: "1", name: "x", other: true })).toBe(false);
  });
});
