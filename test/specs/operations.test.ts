/**
 * Pins what each spec must keep: its operation count (so none silently disappears), the security
 * schemes the clients and mock rely on, and the per-operation rules every spec follows.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { API_IDS, type ApiId, specPath } from "../../src/apis.js";

type Json = Record<string, unknown>;
const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"] as const;

const EXPECTED: Record<ApiId, { operations: number; securitySchemes: string[]; webhooks: number }> = {
  nbcgate: { operations: 163, securitySchemes: ["clientToken", "externalApiKey"], webhooks: 0 },
  "mercuryo-spend": { operations: 27, securitySchemes: ["sdkPartnerToken", "sdkUserToken"], webhooks: 2 },
  "softline-checkout": { operations: 15, securitySchemes: ["authorizationJwt"], webhooks: 1 },
  "b2core-backoffice": { operations: 31, securitySchemes: ["bearerAuth"], webhooks: 0 },
};

const asRecord = (v: unknown): Json => (typeof v === "object" && v !== null ? (v as Json) : {});

function operationsOf(doc: Json) {
  return Object.entries(asRecord(doc.paths)).flatMap(([path, item]) =>
    METHODS.filter((m) => m in asRecord(item)).map((method) => ({
      path,
      method,
      op: asRecord(asRecord(item)[method]),
    })),
  );
}

describe.each(API_IDS)("specs/%s.yaml", (api) => {
  const doc = parse(readFileSync(specPath(api), "utf8")) as Json;
  const operations = operationsOf(doc);
  const expected = EXPECTED[api];

  it("is OpenAPI 3.1 with production and sandbox servers", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect((doc.servers as unknown[]).length).toBeGreaterThanOrEqual(2);
  });

  it(`has exactly ${expected.operations} operations and ${expected.webhooks} webhooks`, () => {
    expect(operations).toHaveLength(expected.operations);
    expect(Object.keys(asRecord(doc.webhooks))).toHaveLength(expected.webhooks);
  });

  it("declares the security schemes the clients and the mock use, and an Error envelope", () => {
    const components = asRecord(doc.components);
    expect(Object.keys(asRecord(components.securitySchemes)).sort()).toEqual([...expected.securitySchemes].sort());
    expect(asRecord(components.schemas)).toHaveProperty("Error");
  });

  it("lists its decisions in info.description", () => {
    expect(String(asRecord(doc.info).description)).toContain("## Decisions");
  });

  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    "%s follows the rules",
    (_name, o) => {
      const { op } = o;
      expect(op.operationId, "operationId").toMatch(/^[a-z][A-Za-z0-9]+$/);
      expect(op.summary, "summary").toBeTruthy();
      expect(op["x-paymock-source"], "x-paymock-source").toMatch(/\S/);
      expect((op.tags as unknown[] | undefined)?.length, "tags").toBeGreaterThan(0);
      const responses = asRecord(op.responses);
      expect(responses, "default response in the vendor envelope").toHaveProperty("default");
      expect(
        Object.keys(responses).some((code) => code.startsWith("2")),
        "a 2xx response",
      ).toBe(true);
    },
  );

  it("has unique operationIds", () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
