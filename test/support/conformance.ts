/**
 * One check for every mock response a test sees: it must be what the spec allows for the operation
 * the request routes to, and, where nothing routes (404/405), one of the API's error envelopes
 * (`components.schemas.Error`, or another schema named `*Error` such as NBC Gate's `ExternalError`).
 * A scripted response (one the mock wrote, not a Prism example) is also checked against a strict copy
 * of the spec that forbids undeclared fields (./strict-schemas.ts), so a flow cannot emit a field the
 * spec does not declare.
 */
import { readFileSync } from "node:fs";
import type { ValidateFunction } from "ajv";
import { expect } from "vitest";
import { parse } from "yaml";
import type { MockResponse } from "../../mocks/api.js";
import { normalizePath } from "../../mocks/request.js";
import type { MockServer } from "../../mocks/server.js";
import { type ApiId, specPath } from "../../src/apis.js";
import { createAjv } from "../../src/spec/ajv.js";
import { strictResponseProblems } from "./strict-schemas.js";

const errorValidators = new Map<ApiId, ValidateFunction>();

/** Validates a body against any of the API's error envelope schemas. */
function errorEnvelopeValidator(api: ApiId): ValidateFunction {
  const cached = errorValidators.get(api);
  if (cached !== undefined) return cached;
  const ajv = createAjv();
  const doc = parse(readFileSync(specPath(api), "utf8")) as { components: { schemas: Record<string, unknown> } };
  ajv.addSchema(doc, "spec");
  const envelopes = Object.keys(doc.components.schemas).filter((name) => name.endsWith("Error"));
  const validate = ajv.compile({ anyOf: envelopes.map((name) => ({ $ref: `spec#/components/schemas/${name}` })) });
  errorValidators.set(api, validate);
  return validate;
}

/** What is wrong with `response` for `method path` of `api`; empty when it conforms. */
export function responseProblems(
  mock: MockServer,
  api: ApiId,
  method: string,
  path: string,
  response: MockResponse,
): string[] {
  const bare = normalizePath(path.split("?")[0] ?? "/");
  if (bare.startsWith("/__mock")) return [];
  const routed = mock.engine(api).route(method, bare);
  if (routed.kind === "found") {
    const problems = mock
      .engine(api)
      .validateResponse(routed.operation, { headers: {}, ...response })
      .map((v) => `${v.location.join(".")}: ${v.message}`);
    const scripted = response.headers?.["x-paymock-source"] !== "example";
    const json = (response.headers?.["content-type"] ?? "application/json").startsWith("application/json");
    if (scripted && json) {
      problems.push(...strictResponseProblems(api, method, routed.operation.path, response.status, response.body));
    }
    return problems;
  }
  const validate = errorEnvelopeValidator(api);
  return validate(response.body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Asserts the response conforms (see responseProblems). */
export function expectConforms(
  mock: MockServer,
  api: ApiId,
  method: string,
  path: string,
  response: MockResponse,
): void {
  expect(responseProblems(mock, api, method, path, response), `${method} ${path} -> ${response.status}`).toEqual([]);
}
