/**
 * Reading a spec in tests: its operations and webhooks, and `$ref`s resolved inline, so a test can
 * ask what an operation really says (parameters, bodies, responses, examples).
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { type ApiId, specPath } from "../../src/apis.js";

export type Json = Record<string, unknown>;

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"] as const;

export const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
export const asRecord = (v: unknown): Json => (isObject(v) ? v : {});

/** The parsed spec of an API. */
export const loadSpec = (api: ApiId): Json => parse(readFileSync(specPath(api), "utf8")) as Json;

/** One operation (or webhook operation) of a spec. */
export interface SpecOperation {
  readonly name: string;
  readonly path: string;
  readonly method: string;
  readonly op: Json;
  /** Parameters declared on the path item, shared by its operations. */
  readonly pathParameters: readonly unknown[];
}

const itemsOf = (tree: unknown, prefix: string): SpecOperation[] =>
  Object.entries(asRecord(tree)).flatMap(([path, item]) =>
    HTTP_METHODS.filter((m) => m in asRecord(item)).map((method) => ({
      name: `${prefix}${method.toUpperCase()} ${path}`,
      path,
      method,
      op: asRecord(asRecord(item)[method]),
      pathParameters: (asRecord(item).parameters as unknown[] | undefined) ?? [],
    })),
  );

/** Every operation under `paths`. */
export const operationsOf = (doc: Json): SpecOperation[] => itemsOf(doc.paths, "");

/** Every operation under `paths` and `webhooks` (webhooks named `webhook <name>`). */
export const operationsAndWebhooksOf = (doc: Json): SpecOperation[] => [
  ...operationsOf(doc),
  ...itemsOf(doc.webhooks, "webhook "),
];

/** The node a local `#/...` pointer names. */
export function resolvePointer(doc: Json, ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((acc, part) => asRecord(acc)[part.replaceAll("~1", "/").replaceAll("~0", "~")], doc);
}

/** A copy of `node` with every local `$ref` replaced by what it points at (a cycle stays a `$ref`). */
export function dereference(doc: Json, node: unknown, seen: readonly string[] = []): unknown {
  if (Array.isArray(node)) return node.map((child) => dereference(doc, child, seen));
  if (!isObject(node)) return node;
  if (typeof node.$ref === "string" && node.$ref.startsWith("#/")) {
    if (seen.includes(node.$ref)) return node;
    const { $ref, ...siblings } = node;
    const target = dereference(doc, resolvePointer(doc, $ref), [...seen, $ref]);
    return isObject(target) ? { ...target, ...siblings } : target;
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, dereference(doc, v, seen)]));
}
