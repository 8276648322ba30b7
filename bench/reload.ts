/**
 * `npm run bench -- --reload`: how long hot reload takes, end to end. Starts the compiled CLI as its
 * own process, `paymock start --watch --specs softline-checkout=<temp copy>`, then edits the copy N
 * times (one operation's example changes each time) and measures from the file write until the
 * served answer is the new example. Prints each time, the median and the maximum, and the machine's
 * load (the times depend on it). Not a test: the tests make no timed assertions.
 * Usage: `npm run bench -- --reload [--edits 10]`
 * @see docs/dashboard.md, "Hot reload: --watch"
 */
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const API = "softline-checkout";
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const CLI = join(ROOT, "bin/paymock.js");
/** An edit that has not shown after this long counts as failed. */
const EDIT_TIMEOUT_MS = 60_000;
/** Between edits, so the watcher sees each one on its own. */
const PAUSE_MS = 500;
const POLL_MS = 5;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The built-in spec with an operation whose example says which edit this is. */
function specWithEdit(original: string, edit: number): string {
  const probe = [
    "  /v1/paymock-reload:",
    "    get:",
    "      operationId: paymockReloadProbe",
    "      summary: Edited by bench/reload.ts",
    "      responses:",
    '        "200":',
    "          description: Which edit is served",
    "          content:",
    "            application/json:",
    "              schema:",
    "                type: object",
    "                required: [edit]",
    "                properties:",
    "                  edit: { type: integer }",
    `              example: { edit: ${edit} }`,
  ].join("\n");
  return original.replace(/^paths:\n/m, `paths:\n${probe}\n`);
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const started = performance.now();
  for (;;) {
    const found = await probe().catch(() => undefined);
    if (found !== undefined) return found;
    if (performance.now() - started > timeoutMs) throw new Error(`bench: no ${what} within ${timeoutMs} ms`);
    await sleep(POLL_MS);
  }
}

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Runs `edits` edits; resolves with the exit code (1 when an edit never showed). */
export async function runReload(edits: number): Promise<number> {
  if (!existsSync(join(ROOT, "dist/mocks/cli.js"))) {
    throw new Error("bench: dist/ is missing; `npm run bench -- --reload` builds it first.");
  }
  const dir = mkdtempSync(join(tmpdir(), "paymock-bench-reload-"));
  const file = join(dir, `${API}.yaml`);
  const portsFile = join(dir, "ports.json");
  copyFileSync(join(ROOT, `specs/${API}.yaml`), file);
  const original = readFileSync(file, "utf8");
  writeFileSync(file, specWithEdit(original, 0));
  let child: ChildProcess | undefined;
  const stop = () => child?.kill("SIGTERM");
  process.once("SIGINT", stop);
  try {
    child = spawn(
      process.execPath,
      [
        CLI,
        "start",
        "--apis",
        API,
        "--port-base",
        "0",
        "--ports-file",
        portsFile,
        "--watch",
        "--specs",
        `${API}=${file}`,
      ],
      { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, PAYMOCK_LOG_LEVEL: "warn" } },
    );
    const base = await waitFor(
      "ports file",
      async () =>
        existsSync(portsFile)
          ? (JSON.parse(readFileSync(portsFile, "utf8")) as Record<string, string>)[API]
          : undefined,
      60_000,
    );
    const login = await fetch(`${base}/v1/login_check`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "merchant", password: "merchant-secret" }),
    });
    const { token } = (await login.json()) as { token: string };
    const served = async () => {
      const res = await fetch(`${base}/v1/paymock-reload`, { headers: { authorizationjwt: `Bearer ${token}` } });
      return res.status === 200 ? ((await res.json()) as { edit: number }).edit : undefined;
    };
    await waitFor("first answer", async () => ((await served()) === 0 ? true : undefined), 60_000);
    // Let the watcher settle on the first version before timing edits.
    await sleep(1_000);

    const times: number[] = [];
    let failed = 0;
    for (let edit = 1; edit <= edits; edit += 1) {
      const started = performance.now();
      writeFileSync(file, specWithEdit(original, edit));
      try {
        await waitFor(`edit ${edit}`, async () => ((await served()) === edit ? true : undefined), EDIT_TIMEOUT_MS);
        const ms = Math.round(performance.now() - started);
        times.push(ms);
        process.stdout.write(`edit ${edit}: served after ${ms} ms\n`);
      } catch (error) {
        failed += 1;
        process.stdout.write(`edit ${edit}: ${(error as Error).message}\n`);
      }
      await sleep(PAUSE_MS);
    }
    const load = loadavg()
      .map((l) => l.toFixed(1))
      .join(" ");
    process.stdout.write(
      times.length === 0
        ? `no edit was served (${failed} failed)\n`
        : `hot reload of ${API} (${edits} edits): median ${median(times)} ms, max ${Math.max(...times)} ms, from the write to the new answer; ${failed} failed; load average ${load} on ${cpus().length} cores\n`,
    );
    return failed === 0 ? 0 : 1;
  } finally {
    process.off("SIGINT", stop);
    if (child !== undefined && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once("exit", resolve));
      stop();
      await Promise.race([exited, sleep(5_000)]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
