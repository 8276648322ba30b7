/**
 * Which fields every response schema of a spec requires, by the JSON pointer of the schema
 * (`$ref`s are followed, so a component is listed once under its own pointer).
 */
import { HTTP_METHODS, isObject, type Json, resolvePointer } from "./spec-doc.js";

const SUBSCHEMA_ONE = [
  "items",
  "additionalProperties",
  "unevaluatedProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
];
const SUBSCHEMA_LIST = ["allOf", "anyOf", "oneOf", "prefixItems"];
const escapePointer = (s: string) => s.replaceAll("~", "~0").replaceAll("/", "~1");

/** `{pointer: required[]}` for every schema reachable from a response of the spec. */
export function requiredFieldsOf(doc: Json): Record<string, string[]> {
  const pinned: Record<string, string[]> = {};
  const seen = new Set<string>();
  const visit = (node: unknown, at: string) => {
    if (!isObject(node)) return;
    if (typeof node.$ref === "string" && node.$ref.startsWith("#/")) {
      if (!seen.has(node.$ref)) {
        seen.add(node.$ref);
        visit(resolvePointer(doc, node.$ref), node.$ref);
      }
      return;
    }
    if (Array.isArray(node.required) && node.required.length > 0) pinned[at] = [...(node.required as string[])].sort();
    for (const key of SUBSCHEMA_ONE) visit(node[key], `${at}/${key}`);
    for (const key of SUBSCHEMA_LIST)
      if (Array.isArray(node[key])) {
        for (const [i, s] of (node[key] as unknown[]).entries()) visit(s, `${at}/${key}/${i}`);
      }
    if (isObject(node.properties))
      for (const [k, s] of Object.entries(node.properties)) visit(s, `${at}/properties/${escapePointer(k)}`);
  };
  const response = (r: unknown, at: string) => {
    const resolved = isObject(r) && typeof r.$ref === "string" ? resolvePointer(doc, r.$ref) : r;
    if (!isObject(resolved) || !isObject(resolved.content)) return;
    for (const [type, media] of Object.entries(resolved.content))
      if (isObject(media)) visit(media.schema, `${at}/content/${escapePointer(type)}/schema`);
  };
  for (const tree of ["paths", "webhooks"] as const) {
    if (!isObject(doc[tree])) continue;
    for (const [path, item] of Object.entries(doc[tree])) {
      if (!isObject(item)) continue;
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!isObject(op) || !isObject(op.responses)) continue;
        for (const [code, r] of Object.entries(op.responses))
          response(r, `#/${tree}/${escapePointer(path)}/${method}/responses/${code}`);
      }
    }
  }
  return Object.fromEntries(Object.entries(pinned).sort(([a], [b]) => a.localeCompare(b)));
}
