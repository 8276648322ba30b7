/**
 * Vitest global setup: runs `npm run build` when dist/ is missing or older than what it is built
 * from, so the tests that run the compiled package (bin, npm start, npm pack) never test a stale
 * build. Costs a few stat calls when dist/ is fresh.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { API_IDS } from "../../src/apis.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const INPUTS = ["src", "mocks", "specs", "scripts/build-spec-artefacts.ts", "tsconfig.build.json", "package.json"];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** The time the last build finished (its spec artefacts are written last), or 0 without one. */
function builtAt(): number {
  try {
    return Math.min(...API_IDS.map((api) => statSync(join(ROOT, "dist", "specs", `${api}.json`)).mtimeMs));
  } catch {
    return 0;
  }
}

export default function setup(): void {
  const sources = Math.max(...INPUTS.map((input) => newestMtime(join(ROOT, input))));
  if (builtAt() > sources) return;
  process.stderr.write("dist/ is missing or stale: npm run build\n");
  execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}
