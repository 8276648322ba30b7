/**
 * Which recorded pact interactions a spec change breaks: an interaction is named when it calls the
 * changed operation and relies on what changed (the response status it expects, a response field
 * its body holds, a request it sends without a now-required field or parameter).
 * @see ./compare.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SpecChange } from "./compare.js";

/** The part of a V4 (or V3) pact interaction this check reads. */
export interface PactInteractionLike {
  readonly description: string;
  readonly request: {
    readonly method: string;
    readonly path: string;
    readonly query?: Readonly<Record<string, unknown>>;
    readonly headers?: Readonly<Record<string, unknown>>;
    readonly body?: unknown;
  };
  readonly response: { readonly status: number; readonly body?: unknown };
}

/** A pact file's provider and interactions. */
export interface PactLike {
  readonly provider: string;
  readonly interactions: readonly PactInteractionLike[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Reads every `*.json` pact in `dir` (none when the folder is missing). */
export function readPacts(dir: string): PactLike[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".json"));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const parsed: unknown = JSON.parse(readFileSync(join(dir, name), "utf8"));
    if (!isRecord(parsed) || !Array.isArray(parsed.interactions) || !isRecord(parsed.provider)) return [];
    return [{ provider: String(parsed.provider.name), interactions: parsed.interactions as PactInteractionLike[] }];
  });
}

/** V4 keeps the body under `content`; V3 has it bare. */
const bodyOf = (body: unknown): unknown => (isRecord(body) && "content" in body ? body.content : body);

/** Whether `value` holds the field path (`data.items[].status`; `[]` looks into every array item). */
function hasField(value: unknown, path: string): boolean {
  if (path === "") return value !== undefined;
  const [head = "", ...rest] = path.split(".");
  const tail = rest.join(".");
  const isArray = head.endsWith("[]");
  const key = isArray ? head.slice(0, -2) : head;
  const inner = key === "" ? value : isRecord(value) ? value[key] : undefined;
  if (inner === undefined) return false;
  if (!isArray) return hasField(inner, tail);
  return Array.isArray(inner) && inner.some((item) => hasField(item, tail));
}

/** `GET /orders/{id}` → a matcher for concrete request paths. */
function toOperationMatcher(operation: string): (method: string, path: string) => boolean {
  const [method = "", template = ""] = operation.split(" ");
  const pattern = new RegExp(
    `^${template
      .split(/\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[^/]+")}/?$`,
  );
  return (m, p) => m.toUpperCase() === method && pattern.test(p.split("?")[0] ?? "");
}

/** Whether the interaction relies on what `change` altered. */
function reliesOn(change: SpecChange, interaction: PactInteractionLike): boolean {
  const status = String(interaction.response.status);
  if (change.status !== undefined && change.status !== status && !(change.status === "default" && status >= "400")) {
    return false;
  }
  if (change.where.endsWith(" body") && change.status !== undefined) {
    // A response field: relied on when the pact's expected body holds it (or it is the whole body).
    return hasField(bodyOf(interaction.response.body), change.field);
  }
  if (change.where === "request body") {
    if (change.kind === "field-became-required") return !hasField(bodyOf(interaction.request.body), change.field);
    return change.field === "" || hasField(bodyOf(interaction.request.body), change.field);
  }
  const param = /^(query|header) parameter (.+)$/.exec(change.where);
  if (param) {
    const [, location, name = ""] = param;
    const sent = location === "query" ? interaction.request.query : interaction.request.headers;
    const present = sent !== undefined && Object.keys(sent).some((k) => k.toLowerCase() === name.toLowerCase());
    return change.kind === "parameter-added" || change.kind === "parameter-became-required" ? !present : present;
  }
  return true;
}

/** The descriptions of the interactions of `provider`'s pacts that `change` breaks. */
export function findBrokenInteractions(change: SpecChange, pacts: readonly PactLike[], provider: string): string[] {
  if (!change.breaking) return [];
  const onOperation = toOperationMatcher(change.operation);
  return pacts
    .filter((p) => p.provider === provider)
    .flatMap((p) => p.interactions)
    .filter((i) => onOperation(i.request.method, i.request.path) && reliesOn(change, i))
    .map((i) => i.description);
}
