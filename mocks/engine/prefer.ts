/**
 * `Prefer` on every operation, scripted or not: `code=N` answers the spec's declared N response
 * (its example), `example=name` picks a named example, `delay=ms` waits first. What the spec does
 * not declare is refused with the list of what it does, so a typo never falls through to another
 * status's body or to a Prism error.
 * @see https://docs.stoplight.io/docs/prism/beec9c4a5cb5f-request-headers (Prism's Prefer)
 */
import type { Operation } from "../prism.js";
import { MAX_DELAY_MS } from "./faults.js";

/** What the engine should do about a request's `Prefer` header. */
export type PreferDecision =
  | { readonly kind: "none" }
  /** Answer the declared response; `body` is absent when the response has no example (Prism generates one). */
  | {
      readonly kind: "answer";
      readonly status: number;
      readonly mediaType: string | undefined;
      readonly hasExample: boolean;
      readonly body?: unknown;
    }
  | { readonly kind: "refuse"; readonly message: string };

export interface PreferParts {
  readonly code?: number;
  readonly example?: string;
  readonly delayMs?: number;
  /** Set when `delay=` is not an integer in 0-60,000. */
  readonly badDelay?: string;
}

/** Reads `code`, `example` and `delay` of a `Prefer` header. */
export function readPrefer(value: string | undefined): PreferParts {
  if (value === undefined) return {};
  const out: { code?: number; example?: string; delayMs?: number; badDelay?: string } = {};
  for (const part of value.split(/[,;]/)) {
    const [key, raw] = part.split("=").map((s) => s.trim());
    if (raw === undefined) continue;
    const text = raw.replace(/^"|"$/g, "");
    if (key === "code" && /^\d{3}$/.test(text)) out.code = Number(text);
    if (key === "example") out.example = text;
    if (key === "delay") {
      const ms = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
      if (ms >= 0 && ms <= MAX_DELAY_MS) out.delayMs = ms;
      else out.badDelay = text;
    }
  }
  return out;
}

const examplesOf = (response: Operation["raw"]["responses"][number]) =>
  (response.contents ?? []).flatMap((c) => (c.examples ?? []).map((e) => ({ content: c, example: e })));

/** Decides what `code=` / `example=` ask for on `operation`. */
export function decidePrefer(operation: Operation, prefer: PreferParts): PreferDecision {
  if (prefer.code === undefined && prefer.example === undefined) return { kind: "none" };
  const responses = operation.raw.responses.filter((r) => /^\d{3}$/.test(r.code));
  const declared = responses.map((r) => r.code);
  let candidates = responses;
  if (prefer.code !== undefined) {
    candidates = responses.filter((r) => r.code === String(prefer.code));
    if (candidates.length === 0) {
      return {
        kind: "refuse",
        message: `Prefer: code=${prefer.code} is not declared for ${operation.id}; it declares ${declared.join(", ")}.`,
      };
    }
  }
  if (prefer.example !== undefined) {
    for (const response of candidates) {
      const found = examplesOf(response).find((e) => e.example.key === prefer.example);
      if (found !== undefined) {
        return {
          kind: "answer",
          status: Number(response.code),
          mediaType: found.content.mediaType,
          hasExample: true,
          body: "value" in found.example ? found.example.value : undefined,
        };
      }
    }
    const names = [...new Set(candidates.flatMap((r) => examplesOf(r).map((e) => e.example.key)))];
    const where = prefer.code === undefined ? operation.id : `the ${prefer.code} response of ${operation.id}`;
    return {
      kind: "refuse",
      message: `Prefer: example=${prefer.example} is not an example of ${where}; ${names.length === 0 ? "it has no named examples" : `its examples are ${names.join(", ")}`}.`,
    };
  }
  const [response] = candidates;
  if (response === undefined) return { kind: "none" };
  const [first] = examplesOf(response);
  const content = response.contents?.[0];
  return first === undefined
    ? { kind: "answer", status: Number(response.code), mediaType: content?.mediaType, hasExample: false }
    : {
        kind: "answer",
        status: Number(response.code),
        mediaType: first.content.mediaType,
        hasExample: true,
        body: "value" in first.example ? first.example.value : undefined,
      };
}
