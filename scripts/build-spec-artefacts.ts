/**
 * Part of `npm run build`: copies each spec to `dist/specs/<api>.yaml` and writes its pre-parsed
 * artefact `dist/specs/<api>.json` from it (never by hand), so the packaged mock starts without
 * parsing YAML or resolving `$ref`s.
 * Usage: `tsx scripts/build-spec-artefacts.ts [outDir]` (default `dist/specs`).
 * @see ../docs/packaging.md
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildSpecArtefact } from "../mocks/prism.js";
import { API_IDS, specPath } from "../src/apis.js";

const outDir = resolve(process.argv[2] ?? "dist/specs");
mkdirSync(outDir, { recursive: true });
for (const api of API_IDS) {
  const yaml = join(outDir, `${api}.yaml`);
  copyFileSync(specPath(api), yaml);
  const json = await buildSpecArtefact(yaml);
  writeFileSync(join(outDir, `${api}.json`), json);
  process.stdout.write(`${api}: ${(json.length / 1024).toFixed(0)} KiB\n`);
}
