/**
 * No schema object carries a key outside the OpenAPI 3.1 / JSON Schema 2020-12 vocabulary (or an
 * `x-` extension). A YAML slip such as `{ $ref: ..., description: a, b }` (the comma splits the
 * flow mapping: the description is cut and `b` becomes a key) fails here.
 */
import { describe, expect, it } from "vitest";
import { API_IDS } from "../../src/apis.js";
import { HTTP_METHODS, isObject, type Json, loadSpec } from "./spec-doc.js";

/** JSON Schema 2020-12 (core, applicator, unevaluated, validation, meta-data, format, content) plus OpenAPI's additions. */
const SCHEMA_KEYWORDS = new Set([
  "$schema",
  "$id",
  "$ref",
  "$anchor",
  "$dynamicRef",
  "$dynamicAnchor",
  "$vocabulary",
  "$comment",
  "$defs",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "if",
  "then",
  "else",
  "dependentSchemas",
  "prefixItems",
  "items",
  "contains",
  "properties",
  "patternProperties",
  "additionalProperties",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
  "type",
  "enum",
  "const",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "maxItems",
  "minItems",
  "uniqueItems",
  "maxContains",
  "minContains",
  "maxProperties",
  "minProperties",
  "required",
  "dependentRequired",
  "title",
  "description",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "examples",
  "format",
  "contentEncoding",
  "contentMediaType",
  "contentSchema",
  "discriminator",
  "xml",
  "externalDocs",
  "example",
]);
/** Keywords whose value is one subschema, a list of them, or a map of them. */
const ONE = [
  "items",
  "contains",
  "additionalProperties",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
  "not",
  "if",
  "then",
  "else",
  "contentSchema",
];
const LIST = ["allOf", "anyOf", "oneOf", "prefixItems"];
const MAP = ["properties", "patternProperties", "dependentSchemas", "$defs"];

/** Every schema object of a spec, with where it sits. */
function collectSchemas(doc: Json): { at: string; schema: Json }[] {
  const found: { at: string; schema: Json }[] = [];
  const schema = (node: unknown, at: string) => {
    if (!isObject(node)) return;
    found.push({ at, schema: node });
    for (const key of ONE) schema(node[key], `${at}/${key}`);
    for (const key of LIST)
      if (Array.isArray(node[key]))
        (node[key] as unknown[]).forEach((s, i) => {
          schema(s, `${at}/${key}/${i}`);
        });
    for (const key of MAP)
      if (isObject(node[key])) for (const [k, s] of Object.entries(node[key])) schema(s, `${at}/${key}/${k}`);
  };
  const withSchema = (node: unknown, at: string) => {
    if (isObject(node) && "schema" in node) schema(node.schema, `${at}/schema`);
  };
  const content = (node: unknown, at: string) => {
    if (isObject(node)) for (const [type, media] of Object.entries(node)) withSchema(media, `${at}/${type}`);
  };
  const parameters = (list: unknown, at: string) => {
    if (Array.isArray(list))
      list.forEach((p, i) => {
        withSchema(p, `${at}/${i}`);
      });
  };
  const operation = (op: unknown, at: string) => {
    if (!isObject(op)) return;
    parameters(op.parameters, `${at}/parameters`);
    if (isObject(op.requestBody)) content(op.requestBody.content, `${at}/requestBody/content`);
    if (isObject(op.responses))
      for (const [code, r] of Object.entries(op.responses))
        if (isObject(r)) {
          content(r.content, `${at}/responses/${code}/content`);
          if (isObject(r.headers))
            for (const [h, v] of Object.entries(r.headers)) withSchema(v, `${at}/responses/${code}/headers/${h}`);
        }
  };
  for (const tree of ["paths", "webhooks"] as const)
    if (isObject(doc[tree]))
      for (const [path, item] of Object.entries(doc[tree])) {
        if (!isObject(item)) continue;
        parameters(item.parameters, `#/${tree}/${path}/parameters`);
        for (const m of HTTP_METHODS) operation(item[m], `#/${tree}/${path}/${m}`);
      }
  const components = isObject(doc.components) ? doc.components : {};
  if (isObject(components.schemas))
    for (const [name, s] of Object.entries(components.schemas)) schema(s, `#/components/schemas/${name}`);
  if (isObject(components.parameters))
    for (const [name, p] of Object.entries(components.parameters)) withSchema(p, `#/components/parameters/${name}`);
  if (isObject(components.headers))
    for (const [name, h] of Object.entries(components.headers)) withSchema(h, `#/components/headers/${name}`);
  if (isObject(components.responses))
    for (const [name, r] of Object.entries(components.responses))
      if (isObject(r)) content(r.content, `#/components/responses/${name}/content`);
  if (isObject(components.requestBodies))
    for (const [name, b] of Object.entries(components.requestBodies))
      if (isObject(b)) content(b.content, `#/components/requestBodies/${name}/content`);
  return found;
}

describe.each(API_IDS)("schemas in specs/%s.yaml", (api) => {
  const schemas = collectSchemas(loadSpec(api));

  it("finds schemas to check", () => {
    expect(schemas.length).toBeGreaterThan(10);
  });

  it("use only JSON Schema / OpenAPI keywords and x- extensions", () => {
    const stray = schemas.flatMap(({ at, schema }) =>
      Object.keys(schema)
        .filter((key) => !SCHEMA_KEYWORDS.has(key) && !key.startsWith("x-"))
        .map((key) => `${at}: ${key}`),
    );
    expect(stray).toEqual([]);
  });

  it("would catch a description cut by a comma in a flow mapping", () => {
    const doc = {
      components: {
        schemas: {
          A: { properties: { amount: { $ref: "#/x", description: "Positive to credit", "negative to debit.": null } } },
        },
      },
    };
    const found = collectSchemas(doc as Json).flatMap(({ schema }) =>
      Object.keys(schema).filter((k) => !SCHEMA_KEYWORDS.has(k)),
    );
    expect(found).toEqual(["negative to debit."]);
  });
});
