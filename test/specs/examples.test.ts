/**
 * Walks every example in every spec (media-type `examples`/`example`, parameter examples and
 * schema-level `examples`) and validates it against the schema it sits next to. A vendor sample kept
 * verbatim although it breaks the vendor's own rules carries `x-paymock-invalid: <reason>`
 * (docs/spec-marks.md): it must stay invalid, so the mark cannot outlive the conflict.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { API_IDS, specPath } from "../../src/apis.js";
import { createAjv } from "../../src/spec/ajv.js";

type Json = Record<string, unknown>;

interface ExampleSite {
  where: string;
  schemaPointer: string;
  value: unknown;
  /** Why a verbatim vendor sample does not validate (`x-paymock-invalid`). */
  invalid?: string;
}

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const escapePointer = (s: string) => s.replaceAll("~", "~0").replaceAll("/", "~1");

function resolveRef(doc: Json, node: unknown): unknown {
  let current = node;
  for (let hops = 0; isObject(current) && typeof current.$ref === "string" && hops < 10; hops++) {
    const parts = current.$ref.replace(/^#\//, "").split("/");
    current = parts.reduce<unknown>(
      (acc, part) => (isObject(acc) ? acc[part.replaceAll("~1", "/").replaceAll("~0", "~")] : undefined),
      doc,
    );
  }
  return current;
}

/** Collects every example in the document with the JSON pointer of the schema it must satisfy. */
function collectExamples(doc: Json): ExampleSite[] {
  const sites: ExampleSite[] = [];
  const visit = (node: unknown, pointer: string) => {
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) visit(child, `${pointer}/${i}`);
      return;
    }
    if (!isObject(node)) return;
    const hasSchema = isObject(node.schema);
    if (hasSchema) {
      const schemaPointer = `${pointer}/schema`;
      if ("example" in node) sites.push({ where: `${pointer}/example`, schemaPointer, value: node.example });
      if (isObject(node.examples)) {
        for (const [name, ex] of Object.entries(node.examples)) {
          const resolved = resolveRef(doc, ex);
          if (isObject(resolved) && "value" in resolved) {
            const invalid = resolved["x-paymock-invalid"];
            sites.push({
              where: `${pointer}/examples/${name}`,
              schemaPointer,
              value: resolved.value,
              ...(typeof invalid === "string" ? { invalid } : {}),
            });
          }
        }
      }
    }
    // Schema-level `examples` (JSON Schema 2020-12 array form).
    if (!hasSchema && Array.isArray(node.examples) && ("type" in node || "properties" in node || "$ref" in node)) {
      node.examples.forEach((value, i) => {
        sites.push({ where: `${pointer}/examples/${i}`, schemaPointer: pointer, value });
      });
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === "examples" || key === "example") continue;
      visit(child, `${pointer}/${escapePointer(key)}`);
    }
  };
  visit(doc, "");
  return sites;
}

describe.each(API_IDS)("examples in specs/%s.yaml", (api) => {
  const doc = parse(readFileSync(specPath(api), "utf8")) as Json;
  const ajv = createAjv();
  ajv.addSchema(doc, "spec");
  const sites = collectExamples(doc);

  it("has examples to check", () => {
    expect(sites.length).toBeGreaterThan(0);
  });

  const valid = sites.filter((s) => s.invalid === undefined);
  const marked = sites.filter((s) => s.invalid !== undefined);

  it.each(marked.map((s) => [s.where, s] as const))("%s is a vendor sample that stays invalid", (_where, site) => {
    const validate = ajv.compile({ $ref: `spec#${site.schemaPointer}` });
    expect(validate(site.value), `${site.where} is marked invalid (${site.invalid}) but validates`).toBe(false);
  });

  it.each(valid.map((s) => [s.where, s] as const))("%s is valid", (_where, site) => {
    const validate = ajv.compile({ $ref: `spec#${site.schemaPointer}` });
    const ok = validate(site.value);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });
});
