/**
 * A disk cache for what is expensive to derive from a spec file (Prism's parsed operations and the
 * default example responses): keyed by the spec's bytes plus whatever else the data depends on,
 * written atomically, older versions of the same spec dropped. Best effort: a cache that cannot be
 * read or written is rebuilt, never an error.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";

/** Where the cache lives: `PAYMOCK_CACHE_DIR` (`off` disables it), else `node_modules/.cache/paymock`. */
export function defaultCacheDir(): string | false {
  const fromEnv = process.env.PAYMOCK_CACHE_DIR;
  if (fromEnv === "off") return false;
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  const root = fileURLToPath(new URL("..", import.meta.url));
  return existsSync(join(root, "node_modules"))
    ? join(root, "node_modules", ".cache", "paymock")
    : join(tmpdir(), "paymock-cache");
}

/** The cache file of a spec: its name carries a hash of the spec's bytes and of `dependsOn`. */
function toCacheFile(specFile: string, dir: string, dependsOn: unknown): { file: string; prefix: string } {
  const hash = createHash("sha256")
    .update(JSON.stringify(dependsOn))
    .update(readFileSync(specFile))
    .digest("hex")
    .slice(0, 20);
  const prefix = `${basename(specFile, extname(specFile))}-`;
  return { file: join(dir, `${prefix}${hash}.v8`), prefix };
}

function readCache<T>(file: string, isValid: (data: unknown) => data is T): T | undefined {
  try {
    const data: unknown = deserialize(readFileSync(file));
    return isValid(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes atomically (temp file + rename) and drops older versions of the same spec. */
function writeCache(file: string, prefix: string, data: unknown): void {
  const dir = join(file, "..");
  try {
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temp, serialize(data));
    renameSync(temp, file);
    for (const name of readdirSync(dir)) {
      if (name.startsWith(prefix) && name.endsWith(".v8") && join(dir, name) !== file) unlinkSync(join(dir, name));
    }
  } catch {
    // best effort: the next start builds it again
  }
}

/** Returns the cached data for `specFile`, or builds, stores and returns it. `dir` false: always build. */
export async function loadCached<T>(opts: {
  readonly specFile: string;
  readonly dir: string | false;
  readonly dependsOn: unknown;
  readonly isValid: (data: unknown) => data is T;
  readonly build: () => Promise<T>;
}): Promise<T> {
  if (opts.dir === false) return opts.build();
  const { file, prefix } = toCacheFile(opts.specFile, opts.dir, opts.dependsOn);
  const cached = readCache(file, opts.isValid);
  if (cached !== undefined) return cached;
  const built = await opts.build();
  writeCache(file, prefix, built);
  return built;
}
