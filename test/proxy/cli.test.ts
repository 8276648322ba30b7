/**
 * `paymock proxy` and `paymock examples import` as a developer runs them, in their own processes:
 * the proxy prints where it listens, forwards, and prints the drift table when interrupted; the
 * import writes a patch file and leaves the specs alone.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen, type RunningServer } from "../../mocks/http.js";
import { createMockServer } from "../../mocks/server.js";
import { specPath } from "../../src/apis.js";
import { tempDir } from "./support.js";

const bin = new URL("../../bin/paymock.js", import.meta.url).pathname;
let sandbox: RunningServer;
let child: ChildProcess | undefined;
const dir = tempDir("cli");

beforeAll(async () => {
  sandbox = await listen(await createMockServer({ apis: ["softline-checkout"], logLevel: "silent" }), {
    ephemeralPorts: true,
  });
});

afterAll(async () => {
  child?.kill("SIGTERM");
  await sandbox?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("paymock proxy", () => {
  it("listens, forwards, records, and prints the drift table on SIGINT", async () => {
    const recordDir = join(dir, "recorded");
    const args = ["proxy", "--api", "softline-checkout", "--target", sandbox.url("softline-checkout")];
    child = spawn(process.execPath, [bin, ...args, "--port", "0", "--record", recordDir, "--log-level", "silent"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const url = await new Promise<string>((resolve, reject) => {
      child?.stdout?.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const found = /paymock proxy for softline-checkout: (http:\/\/\S+) -> /.exec(output)?.[1];
        if (found !== undefined && output.includes("Ctrl-C")) resolve(found);
      });
      child?.stderr?.on("data", (chunk: Buffer) => {
        output += chunk.toString();
      });
      child?.once("exit", (code) => reject(new Error(`exited ${code}: ${output}`)));
    });

    const login = await fetch(`${url}/v1/login_check`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "merchant", password: "merchant-secret" }),
    });
    expect(login.status).toBe(200);
    const missing = await fetch(`${url}/v1/nothing-here`);
    expect(missing.status).toBe(404);

    const exited = new Promise<number | null>((resolve) => child?.once("exit", resolve));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    child = undefined;
    expect(output).toMatch(/operation\s+calls\s+status not declared\s+body schema\s+header\s+request\s+no operation/);
    expect(output).toMatch(/loginCheck\s+1\s+0\s+0\s+0\s+0\s+0/);
    expect(output).toMatch(/\?\s+1\s+0\s+0\s+0\s+0\s+1/);
    expect(output).toContain("2 calls, 2 operations, 1 with drift from the spec");
    expect(existsSync(join(recordDir, "softline-checkout", "loginCheck.200.json"))).toBe(true);
  }, 60_000);
});

describe("paymock examples import", () => {
  it("writes the patch to --out, reports what it skipped and leaves the spec alone", async () => {
    const before = readFileSync(specPath("softline-checkout"), "utf8");
    const out = join(dir, "examples.patch");
    const run = await promisify(execFile)(process.execPath, [
      bin,
      "examples",
      "import",
      join(dir, "recorded"),
      "--out",
      out,
    ]);
    // The mock's own answer is the spec's example already: nothing to add.
    expect(run.stderr).toMatch(
      /skipped .*loginCheck\.200\.json: the spec already has this answer as the example "token"/,
    );
    expect(run.stderr).toContain("no new examples: the specs would not change.");
    expect(readFileSync(out, "utf8")).toBe("");
    expect(readFileSync(specPath("softline-checkout"), "utf8")).toBe(before);
  }, 60_000);
});
