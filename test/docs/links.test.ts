/**
 * The docs hold together: every relative link in README.md and docs/**.md points at a file that
 * exists (and at a heading that exists, for `#anchors` into Markdown), and every `docs/….md` path
 * named in a source comment exists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SKIP = new Set(["node_modules", "dist", ".git", "coverage", "generated", "pacts"]);

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(name)) out.push(path);
  }
  return out;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
const toAnchor = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");

const anchorsOf = (markdown: string) =>
  new Set([...markdown.matchAll(/^#{1,6} +(.+)$/gm)].map((m) => toAnchor((m[1] ?? "").replace(/`/g, ""))));

/** `[text](target)` links outside code fences, with their targets. */
function linksOf(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, "");
  return [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] ?? "");
}

const markdownFiles = [join(ROOT, "README.md"), ...filesUnder(join(ROOT, "docs"), (n) => n.endsWith(".md"))];

describe("relative links in README.md and docs/", () => {
  it.each(markdownFiles.map((file) => [relative(ROOT, file), file]))("%s: every relative link resolves", (_, file) => {
    const broken: string[] = [];
    for (const link of linksOf(readFileSync(file, "utf8"))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith("//")) continue;
      const [pathPart = "", anchor] = link.split("#");
      const target = pathPart === "" ? file : join(dirname(file), decodeURIComponent(pathPart));
      if (!existsSync(target)) {
        broken.push(`${link} (no ${relative(ROOT, target)})`);
        continue;
      }
      if (anchor !== undefined && anchor !== "" && target.endsWith(".md")) {
        if (!anchorsOf(readFileSync(target, "utf8")).has(anchor)) broken.push(`${link} (no heading #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("docs/ paths named in source comments", () => {
  const sources = ["src", "mocks", "test", "contracts", "scripts", "bench", "bin", ".ci"].flatMap((dir) =>
    filesUnder(join(ROOT, dir), (n) => /\.(ts|js|mjs|cjs)$/.test(n) || n === "run"),
  );

  it("finds source files to check", () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  it("every docs/….md a source file names exists", () => {
    const missing: string[] = [];
    for (const file of sources) {
      for (const match of readFileSync(file, "utf8").matchAll(/(?:\.\.\/)*docs\/[\w./-]*?\.md/g)) {
        const named = match[0];
        // `../docs/<page>.md` is relative to the file; a bare `docs/<page>.md` is relative to the project root.
        const target = named.startsWith("../") ? join(dirname(file), named) : join(ROOT, named);
        if (!existsSync(target)) missing.push(`${relative(ROOT, file)}: ${named}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
