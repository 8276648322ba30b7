/**
 * Checks an edited spec before the mock serves it: YAML syntax, the OpenAPI version, `$ref`s that
 * point nowhere, duplicate operationIds and examples that do not satisfy their schema. Each problem
 * carries the file and line, so the log and the dashboard can point at it.
 * (The full Redocly lint is a development tool; this is the part that would break a running mock.)
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { isScalar, LineCounter, type Node, parseDocument, visit } from "yaml";
import { createAjv } from "../../src/spec/ajv.js";

/** One reason a spec cannot be served. */
export interface SpecProblem {
  readonly file: string;
  /** 1-based; 0 when the place is unknown. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const unescapePointer = (s: string) => decodeURIComponent(s).replaceAll("~1", "/").replaceAll("~0", "~");
const escapePointer = (s: string) => s.replaceAll("~", "~0").replaceAll("/", "~1");

/** Follows a JSON pointer (`/components/schemas/X`); `undefined` when it leads nowhere. */
function atPointer(doc: unknown, pointer: string): unknown {
  if (pointer === "" || pointer === "/") return doc;
  let current = doc;
  for (const raw of pointer.replace(/^\//, "").split("/")) {
    const part = unescapePointer(raw);
    if (Array.isArray(current)) current = current[Number(part)];
    else if (isObject(current)) current = current[part];
    else return undefined;
    if (current === undefined) return undefined;
  }
  return current;
}

interface ParsedFile {
  readonly file: string;
  readonly data: unknown;
  readonly lines: LineCounter;
  readonly doc: ReturnType<typeof parseDocument>;
}

function parseFile(file: string, problems: SpecProblem[]): ParsedFile | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    problems.push({ file, line: 0, column: 0, message: `cannot read the file: ${(error as Error).message}` });
    return undefined;
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = lines.linePos(error.pos[0]);
      problems.push({ file, line: pos.line, column: pos.col, message: error.message.split("\n")[0] ?? "" });
    }
    return undefined;
  }
  return { file, data: doc.toJS({ maxAliasCount: 1000 }), lines, doc };
}

const positionOf = (parsed: ParsedFile, node: Node | null | undefined) => {
  const offset = node?.range?.[0];
  if (offset === undefined) return { line: 0, column: 0 };
  const pos = parsed.lines.linePos(offset);
  return { line: pos.line, column: pos.col };
};

/** The node at a JSON pointer of the document, for its line. */
const nodeAt = (parsed: ParsedFile, pointer: string): Node | undefined => {
  const path = pointer === "" ? [] : pointer.replace(/^\//, "").split("/").map(unescapePointer);
  return parsed.doc.getIn(path, true) as Node | undefined;
};

/** Every `$ref` must resolve: inside the file, or in a file next to it. */
function checkRefs(parsed: ParsedFile, problems: SpecProblem[], files: Set<string>): void {
  const others = new Map<string, ParsedFile | undefined>();
  visit(parsed.doc, {
    Pair(_key, pair) {
      if (!isScalar(pair.key) || pair.key.value !== "$ref" || !isScalar(pair.value)) return;
      const ref = String(pair.value.value);
      const [target = "", pointer = ""] = ref.split("#");
      const at = positionOf(parsed, pair.value as Node);
      let data = parsed.data;
      if (target !== "") {
        if (/^[a-z]+:\/\//i.test(target)) return; // remote refs are not followed
        const file = resolve(dirname(parsed.file), target);
        files.add(file);
        if (!existsSync(file)) {
          problems.push({ file: parsed.file, ...at, message: `$ref "${ref}": file ${target} does not exist` });
          return;
        }
        if (!others.has(file)) others.set(file, parseFile(file, problems));
        const other = others.get(file);
        if (other === undefined) return;
        data = other.data;
      }
      if (atPointer(data, pointer) === undefined) {
        problems.push({ file: parsed.file, ...at, message: `$ref "${ref}" points to nothing` });
      }
    },
  });
}

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

function checkOperationIds(parsed: ParsedFile, problems: SpecProblem[]): void {
  const paths = isObject(parsed.data) && isObject(parsed.data.paths) ? parsed.data.paths : {};
  const seen = new Map<string, string>();
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method) || !isObject(op) || typeof op.operationId !== "string") continue;
      const where = `${method.toUpperCase()} ${path}`;
      const first = seen.get(op.operationId);
      if (first !== undefined) {
        const node = nodeAt(parsed, `/paths/${escapePointer(path)}/${method}/operationId`);
        problems.push({
          file: parsed.file,
          ...positionOf(parsed, node),
          message: `operationId "${op.operationId}" of ${where} is already used by ${first}`,
        });
      } else seen.set(op.operationId, where);
    }
  }
}

/**
 * Examples already found valid, keyed by their schema and value (plus the components they may use),
 * so a re-check after an edit compiles only what changed.
 */
export type ExampleMemo = Set<string>;

/** Media-type and parameter examples (`example`, `examples.*.value`) against the schema beside them. */
function checkExamples(parsed: ParsedFile, problems: SpecProblem[], memo: ExampleMemo): void {
  const data = parsed.data as Json;
  const context = createHash("sha1")
    .update(JSON.stringify(data.components ?? {}))
    .digest("hex");
  let ajv: ReturnType<typeof createAjv> | undefined;
  const validators = new Map<string, ReturnType<ReturnType<typeof createAjv>["compile"]>>();
  const check = (schema: Json, schemaPointer: string, value: unknown, where: string) => {
    const onlyRef = typeof schema.$ref === "string" && Object.keys(schema).length === 1;
    const schemaKey = onlyRef ? String(schema.$ref) : JSON.stringify(schema);
    const key = `${context}\u0000${schemaKey}\u0000${JSON.stringify(value)}`;
    if (memo.has(key)) return;
    try {
      if (ajv === undefined) {
        ajv = createAjv();
        ajv.addSchema(data, "spec");
      }
      let validate = validators.get(schemaKey);
      if (validate === undefined) {
        validate = ajv.compile({ $ref: onlyRef ? `spec${String(schema.$ref)}` : `spec#${schemaPointer}` });
        validators.set(schemaKey, validate);
      }
      if (validate(value)) {
        memo.add(key);
        return;
      }
      const first = validate.errors?.[0];
      const detail = first === undefined ? "" : `${first.instancePath || "(root)"} ${first.message ?? ""}`;
      problems.push({
        file: parsed.file,
        ...positionOf(parsed, nodeAt(parsed, where)),
        message: `example does not match its schema: ${detail}`.trim(),
      });
    } catch (error) {
      problems.push({
        file: parsed.file,
        ...positionOf(parsed, nodeAt(parsed, schemaPointer)),
        message: `schema cannot be compiled: ${(error as Error).message}`,
      });
    }
  };
  const walk = (node: unknown, pointer: string) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        walk(child, `${pointer}/${i}`);
      });
      return;
    }
    if (!isObject(node)) return;
    if (isObject(node.schema)) {
      const schemaPointer = `${pointer}/schema`;
      if ("example" in node) check(node.schema, schemaPointer, node.example, `${pointer}/example`);
      if (isObject(node.examples)) {
        for (const [name, example] of Object.entries(node.examples)) {
          // A vendor sample kept verbatim although it breaks the vendor's own rules is marked
          // `x-paymock-invalid` (docs/spec-marks.md); it is meant not to match.
          if (isObject(example) && "value" in example && example["x-paymock-invalid"] === undefined) {
            check(node.schema, schemaPointer, example.value, `${pointer}/examples/${escapePointer(name)}/value`);
          }
        }
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== "example" && key !== "examples") walk(child, `${pointer}/${escapePointer(key)}`);
    }
  };
  walk(data, "");
}

/** Checks a spec file; returns its problems (empty when it can be served) and every file it reads. */
export function checkSpec(file: string, memo: ExampleMemo = new Set()): { problems: SpecProblem[]; files: string[] } {
  const problems: SpecProblem[] = [];
  const files = new Set([resolve(file)]);
  const parsed = parseFile(resolve(file), problems);
  if (parsed === undefined) return { problems, files: [...files] };
  const version = isObject(parsed.data) ? parsed.data.openapi : undefined;
  if (typeof version !== "string" || !version.startsWith("3.")) {
    problems.push({ file: parsed.file, line: 1, column: 1, message: 'not an OpenAPI 3 document (no "openapi: 3.x")' });
    return { problems, files: [...files] };
  }
  checkRefs(parsed, problems, files);
  checkOperationIds(parsed, problems);
  if (problems.length === 0) checkExamples(parsed, problems, memo);
  return { problems, files: [...files] };
}

/** `file:line:column message`, as editors and terminals link it. */
export const formatProblem = (p: SpecProblem): string =>
  `${p.file}${p.line > 0 ? `:${p.line}:${p.column}` : ""} ${p.message}`;
