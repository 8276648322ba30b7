/**
 * fast-check arbitraries for JSON Schema (OpenAPI 3.1) values, so the fuzz test can send requests
 * the spec calls valid. Covers what the four specs use: types, enums, formats, patterns, bounds,
 * arrays, objects and composition; spec examples are mixed in as they are.
 * @see https://fast-check.dev/docs/core-blocks/arbitraries/
 */
import fc from "fast-check";
import type { JsonSchema } from "./spec-model.js";

type Resolve = (node: unknown) => JsonSchema;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** Dates between 2000 and 2040, as ISO strings. */
const isoDate = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) })
  .map((ms) => new Date(ms).toISOString());

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = num(schema.minLength) ?? 0;
  const maxLength = Math.min(num(schema.maxLength) ?? Math.max(minLength, 24), minLength + 64);
  switch (schema.format) {
    case "email":
      return fc.emailAddress();
    case "date-time":
      return isoDate;
    case "date":
      return isoDate.map((s) => s.slice(0, 10));
    case "uuid":
      return fc.uuid();
    case "uri":
    case "url":
      return fc.webUrl();
    case "ipv4":
      return fc.ipV4();
    default:
      break;
  }
  if (typeof schema.pattern === "string") {
    try {
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => s.length >= minLength && s.length <= (num(schema.maxLength) ?? Number.POSITIVE_INFINITY));
    } catch {
      // a pattern JavaScript cannot compile: fall through to plain strings
    }
  }
  return fc.string({ minLength, maxLength });
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const exMin = num(schema.exclusiveMinimum);
  const exMax = num(schema.exclusiveMaximum);
  let min = num(schema.minimum) ?? (exMin === undefined ? -1_000_000 : exMin + (integer ? 1 : 0.01));
  let max = num(schema.maximum) ?? (exMax === undefined ? 1_000_000 : exMax - (integer ? 1 : 0.01));
  if (min > max) [min, max] = [max, min];
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((n) => Math.round(n * 100) / 100);
}

/** An arbitrary of values valid (as far as these specs go) for `schema`; depth bounds recursion. */
export function toArbitrary(raw: unknown, resolve: Resolve, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(raw);
  if (depth > 5) return fc.constant(null);
  const examples = [
    ...("example" in schema ? [schema.example] : []),
    ...(Array.isArray(schema.examples) ? schema.examples : []),
  ];
  const generated = fromSchema(schema, resolve, depth);
  return examples.length === 0 ? generated : fc.oneof(fc.constantFrom(...examples), generated);
}

function fromSchema(schema: JsonSchema, resolve: Resolve, depth: number): fc.Arbitrary<unknown> {
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  for (const key of ["oneOf", "anyOf"] as const) {
    const list = schema[key];
    if (Array.isArray(list) && list.length > 0) return fc.oneof(...list.map((s) => toArbitrary(s, resolve, depth + 1)));
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
    const parts = schema.allOf.map((s) => toArbitrary(s, resolve, depth + 1));
    return fc
      .tuple(...parts)
      .map((values) =>
        values.every(isRecord) ? Object.assign({}, ...values) : (values[values.length - 1] as unknown),
      );
  }
  const type = schema.type;
  if (Array.isArray(type)) {
    return fc.oneof(...type.map((t) => fromSchema({ ...schema, type: t }, resolve, depth)));
  }
  switch (type) {
    case "string":
      return stringArbitrary(schema);
    case "integer":
      return numberArbitrary(schema, true);
    case "number":
      return numberArbitrary(schema, false);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const minLength = num(schema.minItems) ?? 0;
      const maxLength = Math.min(num(schema.maxItems) ?? 3, minLength + 3);
      return fc.array(toArbitrary(schema.items ?? {}, resolve, depth + 1), { minLength, maxLength });
    }
    default:
      break;
  }
  if (type === "object" || isRecord(schema.properties)) {
    const properties = isRecord(schema.properties) ? schema.properties : {};
    const required = Array.isArray(schema.required) ? schema.required.filter((k) => typeof k === "string") : [];
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, prop] of Object.entries(properties)) {
      const resolved = resolve(prop);
      if (resolved.readOnly === true) continue;
      model[name] = toArbitrary(resolved, resolve, depth + 1);
    }
    return fc.record(model, { requiredKeys: required.filter((k) => k in model) });
  }
  return fc.jsonValue({ maxDepth: 2 });
}
