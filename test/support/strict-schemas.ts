/**
 * A strict copy of a spec for tests: every object schema gets `unevaluatedProperties: false`, so a
 * scripted response with a field the spec does not declare fails. The specs themselves stay open
 * to extra fields (real APIs add them); only the mock's own answers are held to the letter.
 * Members of an `allOf` stay open (their parent is strict instead), as JSON Schema requires.
 */
import { readFileSync } from "node:fs";
import type { ValidateFunction } from "ajv";
import { parse } from "yaml";
import { type ApiId, specPath } from "../../src/apis.js";
import { createAjv } from "../../src/spec/ajv.js";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const METHODS = ["get", "put", "post", "delete", "patch"] as const;
const escapePointer = (s: string) => s.replaceAll("~", "~0").replaceAll("/", "~1");

const isObjectSchema = (s: Json): boolean =>
  "properties" in s || s.type === "object" || (Array.isArray(s.type) && s.type.includes("object") && "properties" in s);

/** Returns the schema with every object schema in it closed, except `allOf` members and `open` refs. */
function closeSchema(schema: unknown, open: ReadonlySet<string>, inAllOf = false): unknown {
  if (Array.isArray(schema)) return schema.map((s) => closeSchema(s, open, inAllOf));
  if (!isObject(schema)) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "properties" || key === "patternProperties" || key === "$defs") {
      out[key] = isObject(value)
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, closeSchema(v, open)]))
        : value;
    } else if (key === "allOf") {
      out[key] = Array.isArray(value) ? value.map((v) => closeSchema(v, open, true)) : value;
    } else if (
      [
        "items",
        "additionalProperties",
        "not",
        "if",
        "then",
        "else",
        "contains",
        "anyOf",
        "oneOf",
        "prefixItems",
      ].includes(key)
    ) {
      out[key] = closeSchema(value, open);
    } else out[key] = value;
  }
  const closable = (isObjectSchema(schema) || Array.isArray(schema.allOf)) && !inAllOf;
  if (closable && !("additionalProperties" in schema) && !("unevaluatedProperties" in schema)) {
    out.unevaluatedProperties = false;
  }
  return out;
}

/** The spec with its component schemas and response schemas closed. */
export function toStrictSpec(doc: Json): Json {
  const components = isObject(doc.components) ? doc.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  // Components used as `allOf` members stay open wherever they are.
  const open = new Set<string>();
  const findAllOfRefs = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(findAllOfRefs);
    else if (isObject(node)) {
      if (Array.isArray(node.allOf))
        for (const member of node.allOf) if (isObject(member) && typeof member.$ref === "string") open.add(member.$ref);
      for (const child of Object.values(node)) findAllOfRefs(child);
    }
  };
  findAllOfRefs(doc);
  const closedSchemas = Object.fromEntries(
    Object.entries(schemas).map(([name, s]) => [
      name,
      open.has(`#/components/schemas/${name}`) ? s : closeSchema(s, open),
    ]),
  );
  const closeContent = (content: unknown) =>
    isObject(content)
      ? Object.fromEntries(
          Object.entries(content).map(([type, media]) => [
            type,
            isObject(media) && "schema" in media ? { ...media, schema: closeSchema(media.schema, open) } : media,
          ]),
        )
      : content;
  const closeResponses = (responses: unknown) =>
    isObject(responses)
      ? Object.fromEntries(
          Object.entries(responses).map(([code, r]) => [
            code,
            isObject(r) ? { ...r, content: closeContent(r.content) } : r,
          ]),
        )
      : responses;
  const paths = Object.fromEntries(
    Object.entries(isObject(doc.paths) ? doc.paths : {}).map(([path, item]) => [
      path,
      isObject(item)
        ? Object.fromEntries(
            Object.entries(item).map(([m, op]) => [
              m,
              (METHODS as readonly string[]).includes(m) && isObject(op)
                ? { ...op, responses: closeResponses(op.responses) }
                : op,
            ]),
          )
        : item,
    ]),
  );
  const closedResponses = isObject(components.responses) ? closeResponses(components.responses) : components.responses;
  return { ...doc, paths, components: { ...components, schemas: closedSchemas, responses: closedResponses } };
}

interface StrictApi {
  readonly doc: Json;
  readonly validators: Map<string, ValidateFunction | null>;
  readonly ajv: ReturnType<typeof createAjv>;
}

const strictApis = new Map<ApiId, StrictApi>();

function strictApi(api: ApiId): StrictApi {
  const cached = strictApis.get(api);
  if (cached !== undefined) return cached;
  const doc = toStrictSpec(parse(readFileSync(specPath(api), "utf8")) as Json);
  const ajv = createAjv();
  ajv.addSchema(doc, "strict");
  const made: StrictApi = { doc, validators: new Map(), ajv };
  strictApis.set(api, made);
  return made;
}

/** Problems of a JSON body under the strict copy of the response schema of `method path` (spec path) for `status`. */
export function strictResponseProblems(
  api: ApiId,
  method: string,
  specPath_: string,
  status: number,
  body: unknown,
): string[] {
  const { doc, validators, ajv } = strictApi(api);
  const op = (doc.paths as Json)[specPath_];
  const responses =
    isObject(op) && isObject(op[method.toLowerCase()]) ? ((op[method.toLowerCase()] as Json).responses as Json) : {};
  const code = String(status) in responses ? String(status) : "default";
  const key = `${method} ${specPath_} ${code}`;
  let validate = validators.get(key);
  if (validate === undefined) {
    let response = responses[code];
    let pointer = `#/paths/${escapePointer(specPath_)}/${method.toLowerCase()}/responses/${code}`;
    if (isObject(response) && typeof response.$ref === "string") {
      pointer = response.$ref;
      response = pointer
        .replace(/^#\//, "")
        .split("/")
        .reduce<unknown>(
          (acc, part) => (isObject(acc) ? acc[part.replaceAll("~1", "/").replaceAll("~0", "~")] : undefined),
          doc,
        );
    }
    const content = isObject(response) && isObject(response.content) ? response.content : undefined;
    validate =
      content !== undefined && isObject(content["application/json"])
        ? ajv.compile({ $ref: `strict${pointer}/content/application~1json/schema` })
        : null;
    validators.set(key, validate);
  }
  if (validate === null || body === undefined) return [];
  return validate(body)
    ? []
    : (validate.errors ?? []).map((e) => `strict: ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
}
