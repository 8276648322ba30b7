/**
 * Writes what is derived from mocks/option-table.ts: the config file's JSON Schema and the option
 * reference in docs/mock-server.md. `--check` writes nothing and exits 1 when either is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CONFIG_SCHEMA_PATH, toConfigSchemaText } from "../mocks/config-schema.js";
import { OPTIONS_DOC_PATH, withOptionsSection } from "../mocks/option-docs.js";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const check = process.argv.includes("--check");
const read = (path: string): string | undefined => {
  try {
    return readFileSync(resolve(root, path), "utf8");
  } catch {
    return undefined;
  }
};

const outputs: [string, string][] = [
  [CONFIG_SCHEMA_PATH, toConfigSchemaText()],
  [OPTIONS_DOC_PATH, withOptionsSection(read(OPTIONS_DOC_PATH) ?? "")],
];
const stale = outputs.filter(([path, text]) => read(path) !== text).map(([path]) => path);
if (check && stale.length > 0) {
  console.error(
    `paymock: out of date with mocks/option-table.ts: ${stale.join(", ")}. Run \`npm run generate:options\`.`,
  );
  process.exit(1);
}
for (const [path, text] of outputs) if (!check && stale.includes(path)) writeFileSync(resolve(root, path), text);
console.log(check ? "option schema and docs are up to date" : `written: ${stale.join(", ") || "nothing changed"}`);
