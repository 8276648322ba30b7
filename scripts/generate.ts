/**
 * Generates `src/generated/<api>.ts` from the specs listed in `specs/redocly.yaml`.
 * `--check` writes nothing and exits 1 when any generated file is missing or out of date.
 * `--specs DIR` reads another specs folder (its redocly.yaml says where outputs go).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";

interface RedoclyApi {
  root: string;
  "x-openapi-ts": { output: string };
}

const specsFlag = process.argv.indexOf("--specs");
const specsDir =
  specsFlag === -1
    ? resolve(dirname(fileURLToPath(import.meta.url)), "../specs")
    : resolve(process.argv[specsFlag + 1] ?? "specs");
const config = parse(readFileSync(resolve(specsDir, "redocly.yaml"), "utf8")) as { apis: Record<string, RedoclyApi> };
const check = process.argv.includes("--check");

const stale: string[] = [];
for (const [api, entry] of Object.entries(config.apis)) {
  const spec = resolve(specsDir, entry.root);
  const output = resolve(specsDir, entry["x-openapi-ts"].output);
  const ast = await openapiTS(pathToFileURL(spec), { alphabetize: false, defaultNonNullable: false });
  const source = astToString(ast);
  const current = existsSync(output) ? readFileSync(output, "utf8") : undefined;
  if (current === source) continue;
  if (check) {
    stale.push(`${api}: ${output}`);
  } else {
    writeFileSync(output, source);
    console.log(`generated ${api} -> ${output}`);
  }
}

if (stale.length > 0) {
  console.error(
    `paymock: generated types are out of date with specs/:\n  ${stale.join("\n  ")}\nRun \`npm run generate\` and commit the result.`,
  );
  process.exit(1);
}
if (check) console.log("generated types are up to date");
