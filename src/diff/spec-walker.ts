/**
 * Walks an OpenAPI 3.x document into plain data the breaking-change rules compare: per operation
 * (`GET /orders/{}`) its parameters, request body, responses by status and effective security,
 * with every local `$ref` resolved and `allOf` merged. Node-only; never imported by the browser entry.
 * @see https://spec.openapis.org/oas/v3.1.0
 */
import { parse } from "yaml";

/** A JSON Schema object (after `$ref` resolution), as far as the rules read it. */
export type Schema = Readonly<Record<string, unknown>>;

/** One parameter of an operation. */
export interface WalkedParameter {
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  readonly schema: Schema;
}

/** One response of an operation: its JSON schema per content type. */
export interface WalkedResponse {
  readonly content: Readonly<Record<string, Schema>>;
}

/** One operation, with everything the rules compare. */
export interface WalkedOperation {
  /** `GET /orders/{id}` as the spec writes it. */
  readonly label: string;
  readonly method: string;
  readonly path: string;
  readonly parameters: readonly WalkedParameter[];
  readonly requestBody?: { readonly required: boolean; readonly content: Readonly<Record<string, Schema>> };
  readonly responses: Readonly<Record<string, WalkedResponse>>;
  /** Alternatives (OR) of requirements (AND), each as sorted `scheme(scopes)` strings with the scheme's definition. */
  readonly security: readonly (readonly string[])[];
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Parses YAML or JSON text into a document; throws with `source` when it is not an OpenAPI object. */
export function parseSpec(text: string, source: string): Record<string, unknown> {
  const doc: unknown = parse(text);
  if (!isRecord(doc) || typeof doc.openapi !== "string" || !isRecord(doc.paths)) {
    throw new Error(`${source} is not an OpenAPI 3 document (no "openapi" and "paths").`);
  }
  return doc;
}

/** Resolves `#/a/b` inside `doc`. */
function lookUp(doc: Record<string, unknown>, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node = isRecord(node) ? node[key] : undefined;
  }
  return node;
}

/** Returns `node` with local `$ref`s replaced by their targets (a cycle ends in `{}`), `allOf` merged. */
function resolve(
  doc: Record<string, unknown>,
  node: unknown,
  seen: readonly string[] = [],
  isPropertyMap = false,
): unknown {
  if (Array.isArray(node)) return node.map((n) => resolve(doc, n, seen));
  if (!isRecord(node)) return node;
  if (typeof node.$ref === "string") {
    if (seen.includes(node.$ref)) return {};
    return resolve(doc, lookUp(doc, node.$ref), [...seen, node.$ref]);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // Examples never change what a client can rely on; skipping them keeps the walk small.
    if (!isPropertyMap && (key === "example" || key === "examples")) continue;
    out[key] = resolve(doc, value, seen, !isPropertyMap && (key === "properties" || key === "patternProperties"));
  }
  return Array.isArray(out.allOf) ? mergeAllOf(out) : out;
}

/** One schema for `allOf`: properties and required lists joined, the first type and enum kept. */
function mergeAllOf(schema: Record<string, unknown>): Record<string, unknown> {
  const { allOf, ...rest } = schema;
  const merged: Record<string, unknown> = { ...rest };
  const properties: Record<string, unknown> = isRecord(rest.properties) ? { ...rest.properties } : {};
  const required = new Set<string>(Array.isArray(rest.required) ? (rest.required as string[]) : []);
  for (const part of allOf as unknown[]) {
    if (!isRecord(part)) continue;
    if (isRecord(part.properties)) Object.assign(properties, part.properties);
    if (Array.isArray(part.required)) for (const r of part.required) if (typeof r === "string") required.add(r);
    for (const key of ["type", "enum", "const", "items", "nullable", "oneOf", "anyOf"]) {
      if (merged[key] === undefined && part[key] !== undefined) merged[key] = part[key];
    }
  }
  if (Object.keys(properties).length > 0) merged.properties = properties;
  if (required.size > 0) merged.required = [...required];
  return merged;
}

/** `/orders/{orderId}` → `/orders/{}`: renaming a path parameter is not a new operation. */
export const toPathShape = (path: string): string => path.replace(/\{[^}]+\}/g, "{}");

function toContent(content: unknown): Record<string, Schema> {
  const out: Record<string, Schema> = {};
  if (!isRecord(content)) return out;
  for (const [type, media] of Object.entries(content))
    out[type] = isRecord(media) && isRecord(media.schema) ? media.schema : {};
  return out;
}

function toSecurity(doc: Record<string, unknown>, security: unknown): string[][] {
  if (!Array.isArray(security)) return [];
  const schemes =
    isRecord(doc.components) && isRecord(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  return security.filter(isRecord).map((requirement) =>
    Object.entries(requirement)
      .map(([name, scopes]) => {
        const scheme = resolve(doc, schemes[name]);
        const def = isRecord(scheme)
          ? [
              scheme.type,
              scheme.in,
              typeof scheme.name === "string" ? scheme.name.toLowerCase() : undefined,
              scheme.scheme,
            ]
              .filter((p) => p !== undefined)
              .join(" ")
          : "undefined scheme";
        const scopeList = Array.isArray(scopes) && scopes.length > 0 ? ` [${[...scopes].sort().join(", ")}]` : "";
        return `${name} (${def})${scopeList}`;
      })
      .sort(),
  );
}

/** Every operation of the document by `METHOD /path/{}`. */
export function walkOperations(doc: Record<string, unknown>): Map<string, WalkedOperation> {
  const operations = new Map<string, WalkedOperation>();
  const paths = isRecord(doc.paths) ? doc.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolve(doc, rawItem);
    if (!isRecord(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isRecord(op)) continue;
      const params = new Map<string, WalkedParameter>();
      for (const p of [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])]) {
        if (!isRecord(p) || typeof p.name !== "string" || typeof p.in !== "string") continue;
        const name = p.in === "header" ? p.name.toLowerCase() : p.name;
        params.set(`${p.in} ${name}`, {
          name,
          in: p.in,
          required: p.required === true || p.in === "path",
          schema: isRecord(p.schema) ? p.schema : {},
        });
      }
      const body = isRecord(op.requestBody) ? op.requestBody : undefined;
      const responses: Record<string, WalkedResponse> = {};
      for (const [status, response] of Object.entries(isRecord(op.responses) ? op.responses : {})) {
        responses[status] = { content: toContent(isRecord(response) ? response.content : undefined) };
      }
      const label = `${method.toUpperCase()} ${path}`;
      operations.set(`${method.toUpperCase()} ${toPathShape(path)}`, {
        label,
        method: method.toUpperCase(),
        path,
        parameters: [...params.values()],
        ...(body ? { requestBody: { required: body.required === true, content: toContent(body.content) } } : {}),
        responses,
        security: toSecurity(doc, op.security ?? doc.security),
      });
    }
  }
  return operations;
}
