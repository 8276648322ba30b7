/**
 * A plain model of one spec for the robustness tests: its operations with parameters, request
 * bodies and security, and a validator for the API's own error envelope(s).
 * Read straight from specs/<api>.yaml (the source of truth), independent of the mock engine.
 * @see specs/nbcgate.yaml, specs/mercuryo-spend.yaml, specs/softline-checkout.yaml, specs/b2core-backoffice.yaml
 */
import { readFileSync } from "node:fs";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { type ApiId, specPath } from "../../../src/apis.js";
import { createAjv } from "../../../src/spec/ajv.js";

/** A JSON Schema node as written in the spec (refs unresolved). */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** One parameter of an operation. */
export interface ParamModel {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  readonly schema: JsonSchema;
  readonly examples: readonly unknown[];
}

/** One operation of the spec. */
export interface OperationModel {
  readonly id: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  readonly path: string;
  readonly params: readonly ParamModel[];
  readonly body?: {
    readonly required: boolean;
    readonly mediaTypes: readonly string[];
    readonly schema: JsonSchema | undefined;
    readonly examples: readonly unknown[];
  };
  /** Alternatives of security scheme keys (`[[]]` or `[]` when public). */
  readonly security: readonly (readonly string[])[];
}

/** A security scheme, reduced to what a request needs. */
export interface SchemeModel {
  readonly type: string;
  readonly in?: string;
  readonly name?: string;
  readonly scheme?: string;
}

export interface SpecModel {
  readonly api: ApiId;
  readonly operations: readonly OperationModel[];
  readonly schemes: Readonly<Record<string, SchemeModel>>;
  /** Follows `$ref`s inside the spec document. */
  resolve(node: unknown): JsonSchema;
  /** Errors of `body` against the API's error envelope schema(s); empty when one of them matches. */
  errorEnvelopeProblems(body: unknown): string[];
}

/** The error envelope schemas of each API (the external NBC Gate API has its own). */
export const ERROR_SCHEMAS: Readonly<Record<ApiId, readonly string[]>> = {
  nbcgate: ["Error", "ExternalError"],
  "mercuryo-spend": ["Error"],
  "softline-checkout": ["Error"],
  "b2core-backoffice": ["Error"],
};

const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Loads specs/<api>.yaml into a SpecModel. */
export function loadSpecModel(api: ApiId): SpecModel {
  const doc = parse(readFileSync(specPath(api), "utf8")) as Record<string, unknown>;

  const resolve = (node: unknown, seen = 0): JsonSchema => {
    if (!isRecord(node)) return {};
    const ref = node.$ref;
    if (typeof ref !== "string" || !ref.startsWith("#/") || seen > 20) return node;
    let target: unknown = doc;
    for (const part of ref.slice(2).split("/")) {
      target = isRecord(target) ? target[part.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
    }
    return resolve(target, seen + 1);
  };

  const examplesOf = (holder: JsonSchema): unknown[] => {
    const out: unknown[] = [];
    if ("example" in holder) out.push(holder.example);
    if (isRecord(holder.examples)) {
      for (const e of Object.values(holder.examples)) {
        const ex = resolve(e);
        if ("value" in ex) out.push(ex.value);
      }
    }
    return out;
  };

  const operations: OperationModel[] = [];
  const paths = isRecord(doc.paths) ? doc.paths : {};
  const globalSecurity = Array.isArray(doc.security) ? doc.security : [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolve(rawItem);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isRecord(op)) continue;
      const own = Array.isArray(op.parameters) ? op.parameters : [];
      const byKey = new Map<string, ParamModel>();
      for (const raw of [...shared, ...own]) {
        const p = resolve(raw);
        const schema = resolve(p.schema);
        const model: ParamModel = {
          name: String(p.name),
          in: p.in as ParamModel["in"],
          required: p.required === true || p.in === "path",
          schema,
          examples: [...examplesOf(p), ...examplesOf(schema)],
        };
        byKey.set(`${model.in}:${model.name}`, model);
      }
      let body: OperationModel["body"];
      if (op.requestBody !== undefined) {
        const rb = resolve(op.requestBody);
        const content = isRecord(rb.content) ? rb.content : {};
        const mediaTypes = Object.keys(content);
        const first = resolve(content[mediaTypes[0] ?? ""]);
        const schema = first.schema === undefined ? undefined : resolve(first.schema);
        body = {
          required: rb.required === true,
          mediaTypes,
          schema,
          examples: [...examplesOf(first), ...(schema === undefined ? [] : examplesOf(schema))],
        };
      }
      const security = (Array.isArray(op.security) ? op.security : globalSecurity) as Record<string, unknown>[];
      operations.push({
        id: typeof op.operationId === "string" ? op.operationId : `${method} ${path}`,
        method: method.toUpperCase(),
        path,
        params: [...byKey.values()],
        ...(body === undefined ? {} : { body }),
        security: security.map((alternative) => Object.keys(alternative)),
      });
    }
  }

  const components = isRecord(doc.components) ? doc.components : {};
  const schemes: Record<string, SchemeModel> = {};
  for (const [key, raw] of Object.entries(isRecord(components.securitySchemes) ? components.securitySchemes : {})) {
    const s = resolve(raw);
    schemes[key] = {
      type: String(s.type),
      ...(typeof s.in === "string" ? { in: s.in } : {}),
      ...(typeof s.name === "string" ? { name: s.name } : {}),
      ...(typeof s.scheme === "string" ? { scheme: s.scheme } : {}),
    };
  }

  const ajv = createAjv();
  ajv.addSchema({ $id: "spec", components });
  const validators: [string, ValidateFunction][] = ERROR_SCHEMAS[api].map((name) => [
    name,
    ajv.compile({ $ref: `spec#/components/schemas/${name}` }),
  ]);
  const describe = (errors: ErrorObject[] | null | undefined) =>
    (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`).join("; ");

  return {
    api,
    operations,
    schemes,
    resolve: (node) => resolve(node),
    errorEnvelopeProblems(body) {
      const problems: string[] = [];
      for (const [name, validate] of validators) {
        if (validate(body)) return [];
        problems.push(`${name}: ${describe(validate.errors)}`);
      }
      return problems;
    },
  };
}
