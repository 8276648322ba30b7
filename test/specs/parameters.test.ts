/**
 * Every required parameter carries an example (on the parameter, in its `examples`, or on its
 * schema), so example-driven tools such as Dredd can build a request for every operation.
 */
import { describe, expect, it } from "vitest";
import { API_IDS } from "../../src/apis.js";
import { asRecord, dereference, isObject, loadSpec, operationsOf } from "./spec-doc.js";

const hasExample = (parameter: Record<string, unknown>): boolean => {
  const schema = asRecord(parameter.schema);
  return (
    "example" in parameter ||
    (isObject(parameter.examples) && Object.keys(parameter.examples).length > 0) ||
    "example" in schema ||
    (Array.isArray(schema.examples) && schema.examples.length > 0) ||
    "default" in schema ||
    "const" in schema ||
    (Array.isArray(schema.enum) && schema.enum.length > 0)
  );
};

describe.each(API_IDS)("parameters in specs/%s.yaml", (api) => {
  const doc = loadSpec(api);

  it("gives every required parameter an example", () => {
    const missing = operationsOf(doc).flatMap((o) =>
      [...o.pathParameters, ...((o.op.parameters as unknown[] | undefined) ?? [])]
        .map((p) => asRecord(dereference(doc, p)))
        .filter((p) => p.required === true && !hasExample(p))
        .map((p) => `${o.name} ${String(p.in)} ${String(p.name)}`),
    );
    expect(missing).toEqual([]);
  });
});
