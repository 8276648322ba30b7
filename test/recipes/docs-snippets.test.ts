/**
 * The recipe snippets in docs/test-suites.md are verbatim parts of the recipe files that npm test
 * runs: a code block whose first line is `// recipes/<file>` must appear in that file unchanged.
 */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const doc = readFileSync(new URL("docs/test-suites.md", root), "utf8");
const snippets = [...doc.matchAll(/```ts\n\/\/ (recipes\/\S+)\n([\s\S]*?)\n```/g)].map((m) => ({
  file: m[1] as string,
  code: m[2] as string,
}));

it("docs/test-suites.md quotes the recipes", () => {
  expect(snippets.length).toBeGreaterThanOrEqual(6);
});

it.each(snippets)("the snippet from $file is in that file", ({ file, code }) => {
  expect(readFileSync(new URL(file, root), "utf8")).toContain(code);
});
