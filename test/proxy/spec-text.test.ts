/**
 * Adding a named example by editing the spec's text: every shape a media type can have, the rest
 * of the text byte for byte unchanged, and the result what the YAML says it should be.
 */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { addNamedExample } from "../../mocks/proxy/spec-text.js";

const PATH = ["paths", "/x", "get", "responses", "200", "content", "application/json"];
const example = {
  summary: "Recorded",
  "x-paymock-source": "recorded 2026-03-02",
  value: { at: "2024-05-14T09:30:00+00:00", ok: "yes" },
};

const spec = (media: string) => `openapi: 3.1.0
paths:
  /x:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
${media}        '404': { description: none }
`;

const edited = (text: string) => {
  const result = addNamedExample(text, PATH, "recorded-x-200", example);
  if (result.kind !== "edited") throw new Error(result.reason);
  return result.text;
};
const mediaOf = (text: string) =>
  (
    parse(text) as {
      paths: Record<string, { get: { responses: Record<string, { content: Record<string, unknown> }> } }>;
    }
  ).paths["/x"]?.get.responses["200"]?.content["application/json"];

describe("addNamedExample", () => {
  it.each([
    {
      given: "an examples map",
      media:
        "              schema: { type: object }\n              examples:\n                first: { value: { a: 1 } }\n",
      want: { schema: { type: "object" }, examples: { first: { value: { a: 1 } }, "recorded-x-200": example } },
    },
    {
      given: "a single inline example (moved to examples.default)",
      media: "              schema: { type: object }\n              example: { a: 1 }\n",
      want: { schema: { type: "object" }, examples: { default: { value: { a: 1 } }, "recorded-x-200": example } },
    },
    {
      given: "a single block example (moved to examples.default)",
      media:
        "              example:\n                a: 1\n                b: [2, 3]\n              schema: { type: object }\n",
      want: {
        schema: { type: "object" },
        examples: { default: { value: { a: 1, b: [2, 3] } }, "recorded-x-200": example },
      },
    },
    {
      given: "no example at all",
      media: "              schema: { type: object }\n",
      want: { schema: { type: "object" }, examples: { "recorded-x-200": example } },
    },
  ])("adds the example to $given and leaves the rest alone", ({ media, want }) => {
    const before = spec(media);
    const after = edited(before);
    expect(mediaOf(after)).toEqual(want);
    expect(
      (parse(after) as { paths: { "/x": { get: { responses: Record<string, unknown> } } } }).paths["/x"].get.responses[
        "404"
      ],
    ).toEqual({ description: "none" });
    expect(after.startsWith(before.slice(0, before.indexOf("            application/json:")))).toBe(true);
    expect(after.endsWith("        '404': { description: none }\n")).toBe(true);
    // Quoted for YAML 1.1 readers, so the timestamp and "yes" stay strings there too.
    expect(after).toContain('at: "2024-05-14T09:30:00+00:00"');
    expect(after).toContain('ok: "yes"');
  });

  it("refuses flow-style examples, an existing name and a media type that is not there", () => {
    expect(addNamedExample(spec("              examples: { a: { value: 1 } }\n"), PATH, "n", example)).toMatchObject({
      kind: "refused",
      reason: expect.stringMatching(/flow style/),
    });
    expect(
      addNamedExample(spec("              examples:\n                n: { value: 1 }\n"), PATH, "n", example),
    ).toMatchObject({ kind: "refused", reason: expect.stringMatching(/exists already/) });
    expect(
      addNamedExample(spec("              schema: {}\n"), [...PATH.slice(0, -1), "text/plain"], "n", example),
    ).toMatchObject({ kind: "refused" });
  });
});
