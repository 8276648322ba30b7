/**
 * A fresh project that installs paymock the way a user would: from the `npm pack` tarball, with no
 * network (`npm ci --offline` from npm's cache). Its lockfile is derived from paymock's own: the
 * tarball plus every package paymock's lockfile installs for production, at the same versions,
 * so the install resolves nothing and needs only the cache that `npm ci` filled.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

interface LockEntry {
  readonly version?: string;
  readonly dev?: boolean;
  readonly [key: string]: unknown;
}

interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly dependencies?: Record<string, string>;
  readonly bin?: Record<string, string>;
  readonly engines?: Record<string, string>;
  readonly license?: string;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

/** Packs the package (dist/ must be built) into `dir`; returns the tarball's file name. */
export function packInto(dir: string): string {
  execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", dir], {
    cwd: ROOT,
    stdio: "pipe",
  });
  const tarball = readdirSync(dir).find((name) => name.endsWith(".tgz"));
  if (tarball === undefined) throw new Error(`npm pack wrote no tarball into ${dir}`);
  return tarball;
}

/** The lockfile of a project whose only dependency is the tarball. */
export function toConsumerLock(tarball: string): unknown {
  const own = readJson<PackageJson>(join(ROOT, "package.json"));
  const lock = readJson<{ packages: Record<string, LockEntry> }>(join(ROOT, "package-lock.json"));
  const production = Object.entries(lock.packages).filter(([path, entry]) => path !== "" && entry.dev !== true);
  return {
    name: "paymock-consumer",
    lockfileVersion: 3,
    requires: true,
    packages: {
      "": { name: "paymock-consumer", dependencies: { paymock: `file:${tarball}` } },
      "node_modules/paymock": {
        version: own.version,
        resolved: `file:${tarball}`,
        license: own.license,
        dependencies: own.dependencies,
        bin: own.bin,
        engines: own.engines,
      },
      ...Object.fromEntries(production),
    },
  };
}

/** A temp project with paymock installed from a fresh tarball; `dispose()` removes it. */
export function createConsumerProject(): { readonly dir: string; readonly tarball: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), "paymock-consumer-"));
  const tarball = packInto(dir);
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({
      name: "paymock-consumer",
      private: true,
      type: "module",
      dependencies: { paymock: `file:${tarball}` },
    }),
  );
  writeFileSync(join(dir, "package-lock.json"), JSON.stringify(toConsumerLock(tarball)));
  mkdirSync(join(dir, "src"));
  execFileSync("npm", ["ci", "--offline", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel", "error"], {
    cwd: dir,
    stdio: "pipe",
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
  return { dir, tarball, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
