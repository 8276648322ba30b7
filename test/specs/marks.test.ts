/**
 * The marks of docs/spec-marks.md cannot go stale: an operation that cites a source names at least
 * one fact that source documents (`x-paymock-documented`), and every named fact is still in the
 * operation (a parameter, field, code, example value or word of its text). Removing a documented
 * field, or citing a page for an operation the page says nothing about, fails here.
 */
import { describe, expect, it } from "vitest";
import { API_IDS } from "../../src/apis.js";
import { dereference, type Json, loadSpec, operationsAndWebhooksOf } from "./spec-doc.js";

/** Facts that are about the operation itself rather than a name inside it. */
const OPERATION_FACTS = new Set(["path", "method"]);

/** Every key and scalar value inside a node, as text. */
function wordsOf(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const child of node) wordsOf(child, out);
  else if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      out.add(key);
      wordsOf(value, out);
    }
  } else if (node !== null && node !== undefined) out.add(String(node));
  return out;
}

/** Whether a documented fact can be found in the operation. */
function isPresent(fact: string, words: Set<string>): boolean {
  if (OPERATION_FACTS.has(fact) || words.has(fact)) return true;
  for (const word of words) if (word.includes(fact)) return true;
  return false;
}

describe.each(API_IDS)("marks in specs/%s.yaml", (api) => {
  const doc = loadSpec(api);
  const operations = operationsAndWebhooksOf(doc);

  it.each(operations.map((o) => [o.name, o] as const))("%s: its marks hold", (_name, o) => {
    const source = o.op["x-paymock-source"];
    const documented = o.op["x-paymock-documented"];
    expect(typeof source, "x-paymock-source").toBe("string");
    if (source !== "inferred") {
      expect(
        Array.isArray(documented) && documented.length > 0,
        `${o.name} cites ${source} but documents nothing`,
      ).toBe(true);
    }
    if (documented === undefined) return;
    expect(Array.isArray(documented), "x-paymock-documented is a list").toBe(true);
    const words = wordsOf(dereference(doc, { ...o.op, "x-paymock-documented": undefined }) as Json);
    for (const path of o.path.split("/")) words.add(path);
    const missing = (documented as unknown[]).map(String).filter((fact) => !isPresent(fact, words));
    expect(missing, `documented facts no longer in ${o.name}`).toEqual([]);
  });

  it("marks invented schemas, responses and parameters only with `inferred`", () => {
    const bad: string[] = [];
    const visit = (node: unknown, at: string) => {
      if (Array.isArray(node))
        node.forEach((child, i) => {
          visit(child, `${at}/${i}`);
        });
      else if (typeof node === "object" && node !== null) {
        const record = node as Json;
        const isOperation = typeof record.operationId === "string";
        if ("x-paymock-source" in record && !isOperation && record["x-paymock-source"] !== "inferred") bad.push(at);
        for (const [key, value] of Object.entries(record)) visit(value, `${at}/${key}`);
      }
    };
    visit(doc.components, "#/components");
    expect(bad).toEqual([]);
  });
});
