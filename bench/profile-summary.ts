/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): self time per function and per package,
 * so the bench notes can name what limits throughput.
 * Usage: `npx tsx bench/profile-summary.ts <file.cpuprofile> [top]`
 * @see https://nodejs.org/api/cli.html#--cpu-prof
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** This checkout's root (bench/..), with a trailing slash: project files are named relative to it. */
export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** One row of the summary: a function or package and its share of the sampled time. */
export interface ProfileRow {
  readonly name: string;
  readonly selfMs: number;
  readonly percent: number;
}

/** Which package (or project file) a script path belongs to: the unit the notes talk about. */
export function toPackageName(url: string, root: string = PROJECT_ROOT): string {
  if (url === "") return "(native/idle)";
  const nm = url.lastIndexOf("node_modules/");
  if (nm !== -1) {
    const rest = url.slice(nm + "node_modules/".length).split("/");
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1] ?? ""}` : (rest[0] ?? url);
  }
  if (url.startsWith("node:")) return "node:internal";
  return url.startsWith(root) ? url.slice(root.length) : url;
}

const frameKey = (node: ProfileNode, root: string): string => {
  const { functionName, url, lineNumber } = node.callFrame;
  const path = url.replace(/^file:\/\//, "");
  const short = path.includes("node_modules/")
    ? path.replace(/^.*node_modules\//, "")
    : path.startsWith(root)
      ? path.slice(root.length)
      : url;
  return `${functionName || "(anonymous)"} ${short}:${lineNumber + 1}`;
};

/** Self time per function and per package, and inclusive (self + callees) time per function, largest first. */
export function summarizeProfile(
  profile: CpuProfile,
  root: string = PROJECT_ROOT,
): {
  functions: ProfileRow[];
  packages: ProfileRow[];
  inclusive: ProfileRow[];
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  let total = 0;
  const fn = new Map<string, number>();
  const pkg = new Map<string, number>();
  const incl = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (node === undefined) continue;
    const { functionName, url } = node.callFrame;
    if (functionName === "(idle)" || functionName === "(program)") continue;
    total += us;
    const key = frameKey(node, root);
    fn.set(key, (fn.get(key) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at);
      if (frame === undefined) break;
      const k = frameKey(frame, root);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + us);
    }
    const p = functionName === "(garbage collector)" ? "(gc)" : toPackageName(url.replace(/^file:\/\//, ""), root);
    pkg.set(p, (pkg.get(p) ?? 0) + us);
  }
  const rows = (m: Map<string, number>) =>
    [...m.entries()]
      .map(([name, us]) => ({ name, selfMs: Math.round(us / 100) / 10, percent: Math.round((us / total) * 1000) / 10 }))
      .sort((a, b) => b.selfMs - a.selfMs);
  return { functions: rows(fn), packages: rows(pkg), inclusive: rows(incl) };
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\/bench\//, "/bench/"));
if (isMain) {
  const file = process.argv[2];
  if (file === undefined) {
    process.stderr.write("usage: tsx bench/profile-summary.ts <file.cpuprofile> [top]\n");
    process.exit(2);
  }
  const top = Number(process.argv[3] ?? 25);
  const { functions, packages, inclusive } = summarizeProfile(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
  const print = (title: string, list: ProfileRow[]) => {
    process.stdout.write(`\n${title}\n`);
    for (const r of list.slice(0, top))
      process.stdout.write(`${r.percent.toFixed(1).padStart(5)}% ${String(r.selfMs).padStart(8)} ms  ${r.name}\n`);
  };
  print("Self time by package (idle excluded):", packages);
  print("Self time by function:", functions);
  print("Inclusive time (self + callees) by function:", inclusive);
}
