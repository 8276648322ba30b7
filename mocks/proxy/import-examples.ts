/**
 * `paymock examples import <dir>`: turns the candidates a `--record` run wrote into a patch of the
 * specs that adds each answer as a named example marked `x-paymock-source: recorded <date>`. The
 * specs on disk are never written: the patch is printed or saved for review (`git apply` it).
 * A candidate is skipped, with the reason, when its status is not declared or its body does not
 * validate (that is drift: fix the spec first), or when the spec already has the same example.
 * @see ./record.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { createTwoFilesPatch } from "diff";
import { parseDocument } from "yaml";
import { API_IDS, type ApiId, isApiId, specPath } from "../../src/apis.js";
import { REDACTED } from "../engine/redact.js";
import { loadSpecEngine, type Operation, type SpecEngine } from "../prism.js";
import { RECORDING_FORMAT, type RecordedExample } from "./record.js";
import { addNamedExample } from "./spec-text.js";
import { checkAnswer } from "./violations.js";

export interface ImportOptions {
  /** The folder a `--record` run wrote (`<dir>/<api>/<operationId>.<status>.json`). */
  readonly dir: string;
  /** The spec of each API; default: the shipped `specs/<api>.yaml`. */
  readonly specFile?: (api: ApiId) => string;
  /** Paths in the patch are relative to this folder (default: the working directory). */
  readonly root?: string;
}

export interface ImportedExample {
  readonly api: ApiId;
  readonly operationId: string;
  readonly status: number;
  readonly name: string;
  readonly file: string;
}

export interface SkippedRecording {
  readonly file: string;
  readonly reason: string;
}

export interface SpecChange {
  readonly api: ApiId;
  readonly specFile: string;
  readonly before: string;
  readonly after: string;
}

export interface ImportResult {
  readonly added: readonly ImportedExample[];
  readonly skipped: readonly SkippedRecording[];
  readonly changes: readonly SpecChange[];
  /** A unified diff of every changed spec, for `git apply` (empty when nothing changed). */
  readonly patch: string;
}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

const isRecording = (v: unknown): v is RecordedExample =>
  isRecord(v) &&
  v.format === RECORDING_FORMAT &&
  typeof v.api === "string" &&
  typeof v.operationId === "string" &&
  typeof v.status === "number" &&
  typeof v.contentType === "string" &&
  typeof v.recordedAt === "string";

/** Reads every candidate under `dir`, oldest API order first; unreadable files are reported. */
function readRecordings(dir: string): { recordings: [string, RecordedExample][]; skipped: SkippedRecording[] } {
  const recordings: [string, RecordedExample][] = [];
  const skipped: SkippedRecording[] = [];
  const apis = new Set(
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name),
  );
  for (const api of API_IDS.filter((a) => apis.has(a))) {
    for (const name of readdirSync(join(dir, api))
      .filter((n) => n.endsWith(".json"))
      .sort()) {
      const file = join(dir, api, name);
      try {
        const data: unknown = JSON.parse(readFileSync(file, "utf8"));
        if (isRecording(data) && data.api === api) recordings.push([file, data]);
        else skipped.push({ file, reason: `not a paymock recording (${RECORDING_FORMAT}) of ${api}` });
      } catch (error) {
        skipped.push({ file, reason: `unreadable: ${(error as Error).message}` });
      }
    }
  }
  return { recordings, skipped };
}

const refName = (value: unknown): string | undefined =>
  isRecord(value) && typeof value.$ref === "string" ? value.$ref : undefined;

/** Follows local `$ref`s (`#/components/...`) to the path of the object they point at. */
function resolvePath(doc: Json, path: readonly string[]): string[] | undefined {
  let current = [...path];
  for (let hops = 0; hops < 8; hops += 1) {
    const value = getAt(doc, current);
    const ref = refName(value);
    if (ref === undefined) return value === undefined ? undefined : current;
    if (!ref.startsWith("#/")) return undefined;
    current = ref
      .slice(2)
      .split("/")
      .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  }
  return undefined;
}

function getAt(doc: unknown, path: readonly string[]): unknown {
  let node = doc;
  for (const key of path) node = isRecord(node) ? node[key] : undefined;
  return node;
}

/** Example values of a media type, in order, with `$ref`s to `components/examples` resolved. */
function existingExamples(doc: Json, media: Json): [string, unknown][] {
  if (media.example !== undefined) return [["example", media.example]];
  if (!isRecord(media.examples)) return [];
  return Object.entries(media.examples).map(([name, ex]) => {
    const ref = refName(ex);
    const resolved = ref?.startsWith("#/") ? getAt(doc, ref.slice(2).split("/")) : ex;
    return [name, isRecord(resolved) ? resolved.value : undefined];
  });
}

/**
 * Puts the spec's own example value (a published sample, never the live secret) where the recording
 * has `[redacted]`, so the example still validates (a uuid-format token, an object-valued token).
 */
function fillRedacted(recorded: unknown, model: unknown): unknown {
  if (recorded === REDACTED) return model === undefined ? recorded : model;
  if (Array.isArray(recorded)) {
    return recorded.map((item, i) => fillRedacted(item, Array.isArray(model) ? (model[i] ?? model[0]) : undefined));
  }
  if (isRecord(recorded)) {
    return Object.fromEntries(
      Object.entries(recorded).map(([k, v]) => [k, fillRedacted(v, isRecord(model) ? model[k] : undefined)]),
    );
  }
  return recorded;
}

/** The JS form of the spec once the example is added (what the text edit must amount to). */
function withExample(doc: Json, mediaPath: readonly string[], name: string, example: Json): Json {
  const expected = structuredClone(doc);
  const media = getAt(expected, mediaPath) as Json;
  if (media.example !== undefined && media.examples === undefined) {
    media.examples = { default: { value: media.example } };
    delete media.example;
  }
  media.examples = { ...(isRecord(media.examples) ? media.examples : {}), [name]: example };
  return expected;
}

const statusKeyOf = (operation: Operation, status: number): string | undefined =>
  operation.responseCodes.find((c) => c === String(status));

/** Adds one recording to `text`; returns the new text or the reason it was skipped. */
function importOne(
  text: string,
  engine: SpecEngine,
  rec: RecordedExample,
): { kind: "added"; text: string; name: string } | { kind: "skipped"; reason: string } {
  const skip = (reason: string) => ({ kind: "skipped" as const, reason });
  const operation = engine.operations.find((o) => o.id === rec.operationId);
  if (operation === undefined) return skip(`the spec has no operation ${rec.operationId}`);
  const statusKey = statusKeyOf(operation, rec.status);
  if (statusKey === undefined) {
    return skip(`status ${rec.status} is not declared for ${rec.operationId}: drift, fix the spec first`);
  }
  const doc = parseDocument(text).toJS({ maxAliasCount: -1 }) as Json;
  const responsePath = resolvePath(doc, ["paths", operation.path, operation.method, "responses", statusKey]);
  const content = responsePath === undefined ? undefined : getAt(doc, [...responsePath, "content"]);
  if (responsePath === undefined || !isRecord(content))
    return skip(`response ${statusKey} of ${rec.operationId} has no content`);
  const mediaType = content[rec.contentType] !== undefined ? rec.contentType : undefined;
  if (mediaType === undefined)
    return skip(`response ${statusKey} of ${rec.operationId} declares no ${rec.contentType}`);
  const mediaPath = [...responsePath, "content", mediaType];
  const media = getAt(doc, mediaPath) as Json;
  const existing = existingExamples(doc, media);
  const body = fillRedacted(rec.body, existing[0]?.[1]);
  const drift = checkAnswer(engine, operation, {
    status: rec.status,
    headers: { "content-type": rec.contentType },
    body,
  }).filter((v) => v.kind !== "header");
  if (drift.length > 0) {
    return skip(
      `the answer does not match the spec (drift, fix the spec first): ${drift.map((v) => v.message).join("; ")}`,
    );
  }
  const same = existing.find(([, value]) => isDeepStrictEqual(value, body));
  if (same !== undefined) return skip(`the spec already has this answer as the example "${same[0]}"`);
  const name = `recorded-${rec.operationId}-${rec.status}`;
  const date = rec.recordedAt.slice(0, 10);
  const example = {
    summary: `Recorded ${rec.request} -> ${rec.status} (secrets replaced by the spec's sample values)`,
    "x-paymock-source": `recorded ${date}`,
    value: body,
  };
  const edit = addNamedExample(text, mediaPath, name, example);
  if (edit.kind === "refused") return skip(`${rec.operationId} ${rec.status}: ${edit.reason}`);
  const after = parseDocument(edit.text).toJS({ maxAliasCount: -1 }) as unknown;
  if (!isDeepStrictEqual(after, withExample(doc, mediaPath, name, example))) {
    return skip(`${rec.operationId} ${rec.status}: the example could not be inserted without changing other text`);
  }
  return { kind: "added", text: edit.text, name };
}

/** Builds the patch for every recording under `options.dir`; never writes a spec. */
export async function importExamples(options: ImportOptions): Promise<ImportResult> {
  const specFile = options.specFile ?? specPath;
  const root = options.root ?? process.cwd();
  const { recordings, skipped } = readRecordings(options.dir);
  const added: ImportedExample[] = [];
  const changes: SpecChange[] = [];
  const byApi = new Map<ApiId, [string, RecordedExample][]>();
  for (const entry of recordings) byApi.set(entry[1].api, [...(byApi.get(entry[1].api) ?? []), entry]);
  for (const [api, list] of byApi) {
    if (!isApiId(api)) continue;
    const file = specFile(api);
    const before = readFileSync(file, "utf8");
    const engine = await loadSpecEngine(file);
    let text = before;
    for (const [path, rec] of list) {
      const outcome = importOne(text, engine, rec);
      if (outcome.kind === "skipped") skipped.push({ file: path, reason: outcome.reason });
      else {
        text = outcome.text;
        added.push({ api, operationId: rec.operationId, status: rec.status, name: outcome.name, file: path });
      }
    }
    if (text !== before) changes.push({ api, specFile: file, before, after: text });
  }
  const patch = changes
    .map((c) => {
      const rel = relative(root, c.specFile).split("\\").join("/");
      return createTwoFilesPatch(`a/${rel}`, `b/${rel}`, c.before, c.after, undefined, undefined, { context: 3 });
    })
    .join("");
  return { added, skipped, changes, patch };
}
