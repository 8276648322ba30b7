/**
 * The checks an edited spec must pass before the mock serves it, each reported with file and line.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSpec, formatProblem } from "../../mocks/engine/spec-check.js";
import { API_IDS, specPath } from "../../src/apis.js";

const dir = mkdtempSync(join(tmpdir(), "paymock-check-"));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

const spec = (paths: string, extra = "") =>
  ["openapi: 3.1.0", "info: { title: t, version: '1' }", "paths:", paths, extra].join("\n");

const op = (path: string, id: string, response = "{ description: ok }") =>
  [`  ${path}:`, "    get:", `      operationId: ${id}`, "      responses:", `        "200": ${response}`].join("\n");

describe("checkSpec", () => {
  it.each(API_IDS)("passes the built-in %s spec", (api) => {
    expect(checkSpec(specPath(api)).problems).toEqual([]);
  });

  it.each([
    ["not OpenAPI", "swagger: '2.0'\ninfo: {}\n", 1, 'not an OpenAPI 3 document (no "openapi: 3.x")'],
    [
      "a duplicate operationId",
      spec(`${op("/a", "same")}\n${op("/b", "same")}`),
      11,
      'operationId "same" of GET /b is already used by GET /a',
    ],
    [
      "a local $ref to nothing",
      spec(op("/a", "a", "{ $ref: '#/components/responses/Gone' }")),
      8,
      '$ref "#/components/responses/Gone" points to nothing',
    ],
    [
      "a $ref to a missing file",
      spec(op("/a", "a", "{ $ref: './gone.yaml#/Ok' }")),
      8,
      '$ref "./gone.yaml#/Ok": file ./gone.yaml does not exist',
    ],
  ])("refuses %s", (_what, text, line, message) => {
    const file = write(`${String(line)}-${message.length}.yaml`, text);
    const [problem, ...rest] = checkSpec(file).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file, line, message });
    expect(formatProblem(problem as never)).toMatch(new RegExp(`^${file.replaceAll(".", "\\.")}:${line}:\\d+ `));
  });

  it("follows a $ref into another file, reports a pointer missing there, and watches that file too", () => {
    write("shared.yaml", "Ok: { description: ok }\n");
    const good = write("uses-shared.yaml", spec(op("/a", "a", "{ $ref: './shared.yaml#/Ok' }")));
    const checked = checkSpec(good);
    expect(checked.problems).toEqual([]);
    expect(checked.files).toEqual([good, join(dir, "shared.yaml")]);
    const bad = write("uses-shared-badly.yaml", spec(op("/a", "a", "{ $ref: './shared.yaml#/Nope' }")));
    expect(checkSpec(bad).problems.map((p) => p.message)).toEqual(['$ref "./shared.yaml#/Nope" points to nothing']);
  });

  it("checks only the examples that changed, given what it learned before", () => {
    const example = (value: string) =>
      spec(
        op(
          "/a",
          "a",
          `{ description: ok, content: { application/json: { schema: { type: integer }, example: ${value} } } }`,
        ),
      );
    const memo = new Set<string>();
    expect(checkSpec(write("ex.yaml", example("1")), memo).problems).toEqual([]);
    expect(memo.size).toBe(1);
    const [problem] = checkSpec(write("ex.yaml", example('"one"')), memo).problems;
    expect(problem?.message).toBe("example does not match its schema: (root) must be integer");
    expect(problem?.line).toBe(8);
  });
});
