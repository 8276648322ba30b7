/**
 * The breaking-change rules: two walked specs in, every change out, each classified breaking or
 * not for a client built on the old spec. A client reads responses and writes requests, so the
 * same edit can be harmless on one side and breaking on the other (a new enum value breaks a
 * response the client switches over, not a request it sends).
 * @see ./spec-walker.ts, ../../docs/contracts.md ("Breaking-change check")
 */
import type { Schema, WalkedOperation } from "./spec-walker.js";

/** What changed, by rule. */
export type ChangeKind =
  | "operation-removed"
  | "operation-added"
  | "response-status-removed"
  | "response-status-added"
  | "content-type-removed"
  | "content-type-added"
  | "field-removed"
  | "field-renamed"
  | "field-added"
  | "field-became-optional"
  | "field-became-required"
  | "field-became-nullable"
  | "null-no-longer-accepted"
  | "type-changed"
  | "enum-changed"
  | "constraint-changed"
  | "parameter-added"
  | "parameter-removed"
  | "parameter-became-required"
  | "parameter-became-optional"
  | "request-body-became-required"
  | "request-body-added"
  | "security-changed";

/** One change between the old and the new spec. */
export interface SpecChange {
  readonly kind: ChangeKind;
  readonly breaking: boolean;
  /** `GET /orders/{id}` (the new spec's spelling when both have it). */
  readonly operation: string;
  /** `response 200 application/json`, `request body`, `query parameter limit`, `security`, `operation`. */
  readonly where: string;
  /** Field path inside a body or parameter schema (`data.items[].status`); `""` for the whole. */
  readonly field: string;
  readonly message: string;
  /** For response changes: the status, so pacts can be matched. */
  readonly status?: string;
}

type Side = "request" | "response";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const variantsOf = (s: Schema): Schema[] | undefined => {
  const list = Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : undefined;
  return list?.filter(isRecord);
};

/** The JSON types a schema allows (`null` included when nullable), or `undefined` for any. */
function typesOf(s: Schema): Set<string> | undefined {
  const variants = variantsOf(s);
  if (variants !== undefined) {
    const all = new Set<string>();
    for (const v of variants) {
      const t = typesOf(v);
      if (t === undefined) return undefined;
      for (const x of t) all.add(x);
    }
    return all;
  }
  let types: Set<string> | undefined;
  if (typeof s.type === "string") types = new Set([s.type]);
  else if (Array.isArray(s.type)) types = new Set(s.type.filter((t): t is string => typeof t === "string"));
  else if (Array.isArray(s.enum)) types = new Set(s.enum.map((v) => (v === null ? "null" : typeof v)));
  else if (s.const !== undefined) types = new Set([s.const === null ? "null" : typeof s.const]);
  if (types === undefined) return undefined;
  if (s.nullable === true) types.add("null");
  if (types.has("integer") && types.has("number")) types.delete("integer");
  return types;
}

/** The allowed values, as JSON text, or `undefined` when any value of the type is allowed. */
function enumOf(s: Schema): Set<string> | undefined {
  const variants = variantsOf(s);
  if (variants !== undefined) {
    const all = new Set<string>();
    for (const v of variants) {
      const e = enumOf(v);
      if (e === undefined) return undefined;
      for (const x of e) all.add(x);
    }
    return all;
  }
  if (Array.isArray(s.enum)) return new Set(s.enum.filter((v) => v !== null).map((v) => JSON.stringify(v)));
  if (s.const !== undefined && s.const !== null) return new Set([JSON.stringify(s.const)]);
  return undefined;
}

/** Properties of an object schema; with `oneOf`/`anyOf`, those of every variant. */
function propertiesOf(s: Schema): Record<string, Schema> {
  const out: Record<string, Schema> = {};
  if (isRecord(s.properties)) for (const [k, v] of Object.entries(s.properties)) if (isRecord(v)) out[k] = v;
  for (const variant of variantsOf(s) ?? []) for (const [k, v] of Object.entries(propertiesOf(variant))) out[k] ??= v;
  return out;
}

/** Required property names; with `oneOf`/`anyOf`, only those every variant requires. */
function requiredOf(s: Schema): Set<string> {
  const own = new Set(Array.isArray(s.required) ? s.required.filter((r): r is string => typeof r === "string") : []);
  const variants = variantsOf(s);
  if (variants === undefined || variants.length === 0) return own;
  const [first, ...rest] = variants.map(requiredOf);
  for (const name of first ?? []) if (rest.every((r) => r.has(name))) own.add(name);
  return own;
}

/** Whether every type in `a` is one `b` allows (an integer is a number). */
const isCoveredBy = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  [...a].every((t) => b.has(t) || (t === "integer" && b.has("number")));

const show = (set: ReadonlySet<string>) => [...set].sort().join(" | ");
const joinPath = (base: string, name: string) => (base === "" ? name : `${base}.${name}`);

interface Place {
  readonly operation: string;
  readonly where: string;
  readonly status?: string;
}

type Emit = (kind: ChangeKind, breaking: boolean, field: string, message: string) => void;

/** Compares two schemas of one body or parameter, seen from `side`. */
function compareSchema(old: Schema, next: Schema, side: Side, field: string, emit: Emit, depth = 0): void {
  if (depth > 32) return;
  const ot = typesOf(old);
  const nt = typesOf(next);
  const label = field === "" ? "the body" : `"${field}"`;
  if (ot !== undefined && nt !== undefined) {
    const oldNull = ot.has("null");
    const newNull = nt.has("null");
    if (side === "response" && !oldNull && newNull)
      emit("field-became-nullable", true, field, `${label} may now be null`);
    if (side === "request" && oldNull && !newNull)
      emit("null-no-longer-accepted", true, field, `${label} no longer accepts null`);
    const o = new Set([...ot].filter((t) => t !== "null"));
    const n = new Set([...nt].filter((t) => t !== "null"));
    if (o.size > 0 && n.size > 0 && show(o) !== show(n)) {
      // A response may now carry a type the client did not expect; a request may no longer accept what it sends.
      const breaking = side === "response" ? !isCoveredBy(n, o) : !isCoveredBy(o, n);
      const how = side === "request" && breaking ? "narrowed" : "changed";
      emit("type-changed", breaking, field, `type of ${label} ${how} from ${show(o)} to ${show(n)}`);
    }
  } else if (side === "request" && ot === undefined && nt !== undefined) {
    emit("type-changed", true, field, `type of ${label} narrowed from any to ${show(nt)}`);
  }

  const oe = enumOf(old);
  const ne = enumOf(next);
  if (oe !== undefined || ne !== undefined) {
    const added = ne === undefined ? ["(any value)"] : [...ne].filter((v) => oe !== undefined && !oe.has(v));
    const removed = oe === undefined ? [] : ne === undefined ? [] : [...oe].filter((v) => !ne.has(v));
    if (oe === undefined && ne !== undefined) {
      emit("enum-changed", side === "request", field, `${label} is now limited to ${[...ne].join(", ")}`);
    } else if (added.length > 0 || removed.length > 0) {
      const parts = [
        ...(added.length > 0 ? [`added ${added.join(", ")}`] : []),
        ...(removed.length > 0 ? [`removed ${removed.join(", ")}`] : []),
      ].join("; ");
      const breaking = side === "response" ? added.length > 0 : removed.length > 0;
      const how = side === "response" && breaking ? "widened" : side === "request" && breaking ? "narrowed" : "changed";
      emit("enum-changed", breaking, field, `values of ${label} ${how}: ${parts}`);
    }
  }

  if (side === "request") compareConstraints(old, next, field, label, emit);

  const op = propertiesOf(old);
  const np = propertiesOf(next);
  const or = requiredOf(old);
  const nr = requiredOf(next);
  const removed = Object.keys(op).filter((k) => !(k in np));
  const added = Object.keys(np).filter((k) => !(k in op));
  const renamedTo = new Map<string, string>();
  for (const name of removed) {
    const types = typesOf(op[name] ?? {});
    const twin = added.find(
      (a) =>
        ![...renamedTo.values()].includes(a) && show(typesOf(np[a] ?? {}) ?? new Set()) === show(types ?? new Set()),
    );
    if (twin !== undefined && or.has(name) === nr.has(twin)) renamedTo.set(name, twin);
  }
  for (const name of removed) {
    const path = joinPath(field, name);
    const twin = renamedTo.get(name);
    if (side === "response") {
      if (twin !== undefined)
        emit("field-renamed", true, path, `"${path}" removed; renamed to "${joinPath(field, twin)}"?`);
      else emit("field-removed", true, path, `"${path}" removed`);
    } else {
      emit(
        "field-removed",
        false,
        path,
        `"${path}" is no longer described (clients that send it are not refused by the spec)`,
      );
    }
  }
  for (const name of added) {
    const path = joinPath(field, name);
    if (side === "request" && nr.has(name)) emit("field-became-required", true, path, `new required field "${path}"`);
    else if (side === "response" || !renamedTo.has(name))
      emit("field-added", false, path, `new ${side === "request" ? "optional " : ""}field "${path}"`);
  }
  for (const [name, schema] of Object.entries(op)) {
    const nextSchema = np[name];
    if (nextSchema === undefined) continue;
    const path = joinPath(field, name);
    if (side === "response" && or.has(name) && !nr.has(name))
      emit("field-became-optional", true, path, `"${path}" is no longer required (may be absent)`);
    if (side === "response" && !or.has(name) && nr.has(name))
      emit("field-became-required", false, path, `"${path}" is now always present`);
    if (side === "request" && !or.has(name) && nr.has(name))
      emit("field-became-required", true, path, `"${path}" is now required`);
    if (side === "request" && or.has(name) && !nr.has(name))
      emit("field-became-optional", false, path, `"${path}" is now optional`);
    compareSchema(schema, nextSchema, side, path, emit, depth + 1);
  }

  if (isRecord(old.items) && isRecord(next.items))
    compareSchema(old.items, next.items, side, `${field}[]`, emit, depth + 1);
}

/** Tighter string or number limits refuse requests the old spec allowed. */
function compareConstraints(old: Schema, next: Schema, field: string, label: string, emit: Emit): void {
  const num = (s: Schema, k: string) => (typeof s[k] === "number" ? (s[k] as number) : undefined);
  const checks: [key: string, tighter: (o: number | undefined, n: number | undefined) => boolean][] = [
    ["maxLength", (o, n) => n !== undefined && (o === undefined || n < o)],
    ["minLength", (o, n) => n !== undefined && (o === undefined || n > o)],
    ["maximum", (o, n) => n !== undefined && (o === undefined || n < o)],
    ["minimum", (o, n) => n !== undefined && (o === undefined || n > o)],
    ["maxItems", (o, n) => n !== undefined && (o === undefined || n < o)],
    ["minItems", (o, n) => n !== undefined && (o === undefined || n > o)],
  ];
  for (const [key, tighter] of checks) {
    const o = num(old, key);
    const n = num(next, key);
    if (o === n) continue;
    const breaking = tighter(o, n);
    emit(
      "constraint-changed",
      breaking,
      field,
      `${key} of ${label} ${breaking ? "narrowed" : "changed"} from ${o ?? "none"} to ${n ?? "none"}`,
    );
  }
  if (next.pattern !== undefined && next.pattern !== old.pattern) {
    emit("constraint-changed", true, field, `pattern of ${label} changed to ${String(next.pattern)}`);
  }
}

/** The JSON-ish content types of a body, in a stable order. */
const jsonTypeOf = (content: Readonly<Record<string, Schema>>): string | undefined =>
  Object.keys(content).find((t) => /json/i.test(t)) ?? Object.keys(content)[0];

function compareOperation(old: WalkedOperation, next: WalkedOperation, out: SpecChange[]): void {
  const operation = next.label;
  const push = (place: Place) => (kind: ChangeKind, breaking: boolean, field: string, message: string) =>
    out.push({
      kind,
      breaking,
      operation,
      where: place.where,
      field,
      message,
      ...(place.status ? { status: place.status } : {}),
    });

  // Parameters
  const oldParams = new Map(old.parameters.map((p) => [`${p.in} ${p.name}`, p]));
  const newParams = new Map(next.parameters.map((p) => [`${p.in} ${p.name}`, p]));
  for (const [key, p] of newParams) {
    const emit = push({ operation, where: `${p.in} parameter ${p.name}` });
    const before = oldParams.get(key);
    if (before === undefined) {
      if (p.in === "path") continue;
      emit(
        "parameter-added",
        p.required,
        "",
        p.required ? `new required ${p.in} parameter "${p.name}"` : `new optional ${p.in} parameter "${p.name}"`,
      );
      continue;
    }
    if (!before.required && p.required)
      emit("parameter-became-required", true, "", `${p.in} parameter "${p.name}" is now required`);
    if (before.required && !p.required)
      emit("parameter-became-optional", false, "", `${p.in} parameter "${p.name}" is now optional`);
    compareSchema(before.schema, p.schema, "request", "", emit);
  }
  for (const [key, p] of oldParams) {
    if (!newParams.has(key) && p.in !== "path") {
      push({ operation, where: `${p.in} parameter ${p.name}` })(
        "parameter-removed",
        false,
        "",
        `${p.in} parameter "${p.name}" removed (no longer read)`,
      );
    }
  }

  // Request body
  const ob = old.requestBody;
  const nb = next.requestBody;
  if (nb !== undefined) {
    const emit = push({ operation, where: "request body" });
    if (ob === undefined)
      emit(
        "request-body-added",
        nb.required,
        "",
        nb.required ? "a request body is now required" : "an optional request body was added",
      );
    else {
      if (!ob.required && nb.required)
        emit("request-body-became-required", true, "", "the request body is now required");
      for (const type of Object.keys(ob.content)) {
        if (!(type in nb.content))
          emit("content-type-removed", true, "", `request content type ${type} is no longer accepted`);
      }
      const type = jsonTypeOf(ob.content);
      const before = type === undefined ? undefined : ob.content[type];
      const after = type === undefined ? undefined : nb.content[type];
      if (before !== undefined && after !== undefined) compareSchema(before, after, "request", "", emit);
    }
  }

  // Responses
  for (const [status, response] of Object.entries(old.responses)) {
    const emitStatus = push({ operation, where: `response ${status}`, status });
    const after = next.responses[status];
    if (after === undefined) {
      emitStatus("response-status-removed", true, "", `response ${status} removed`);
      continue;
    }
    for (const type of Object.keys(response.content)) {
      if (!(type in after.content))
        emitStatus("content-type-removed", true, "", `response ${status} no longer has ${type}`);
    }
    for (const type of Object.keys(after.content)) {
      if (!(type in response.content) && Object.keys(response.content).length > 0) {
        emitStatus("content-type-added", false, "", `response ${status} may also be ${type}`);
      }
    }
    const type = jsonTypeOf(response.content);
    const before = type === undefined ? undefined : response.content[type];
    const now = type === undefined ? undefined : after.content[type];
    if (before !== undefined && now !== undefined)
      compareSchema(before, now, "response", "", push({ operation, where: `response ${status} body`, status }));
  }
  for (const status of Object.keys(next.responses)) {
    if (!(status in old.responses))
      push({ operation, where: `response ${status}`, status })(
        "response-status-added",
        false,
        "",
        `new response ${status}`,
      );
  }

  // Security: breaking when a way the old client authenticated is gone, or auth appears where there was none.
  const toKey = (alternative: readonly string[]) => alternative.join(" + ") || "(none)";
  const oldAlts = new Set(old.security.map(toKey));
  const newAlts = new Set(next.security.map(toKey));
  if (show(oldAlts) !== show(newAlts)) {
    const gone = [...oldAlts].filter((a) => !newAlts.has(a));
    const wasOpen = oldAlts.size === 0 || oldAlts.has("(none)");
    const isOpen = newAlts.size === 0 || newAlts.has("(none)");
    const breaking = !isOpen && (wasOpen || gone.length > 0);
    const describe = (alts: Set<string>) => (alts.size === 0 ? "none" : [...alts].join(" or "));
    push({ operation, where: "security" })(
      "security-changed",
      breaking,
      "",
      `security changed from ${describe(oldAlts)} to ${describe(newAlts)}`,
    );
  }
}

/** Every change from `old` to `next`, operations in the new spec's order, removed ones last. */
export function compareOperations(
  old: ReadonlyMap<string, WalkedOperation>,
  next: ReadonlyMap<string, WalkedOperation>,
): SpecChange[] {
  const out: SpecChange[] = [];
  for (const [key, op] of next) {
    const before = old.get(key);
    if (before === undefined) {
      out.push({
        kind: "operation-added",
        breaking: false,
        operation: op.label,
        where: "operation",
        field: "",
        message: "new operation",
      });
    } else compareOperation(before, op, out);
  }
  for (const [key, op] of old) {
    if (!next.has(key)) {
      out.push({
        kind: "operation-removed",
        breaking: true,
        operation: op.label,
        where: "operation",
        field: "",
        message: "operation removed",
      });
    }
  }
  return out;
}
