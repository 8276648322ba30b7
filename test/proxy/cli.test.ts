/**
 * `paymock proxy` and `paymock examples import` as a developer runs them, in their own processes:
 * the proxy prints where it listens, forwards, and prints the drift table when interrupted; the
 * import writes a patch file and leaves the specs alone.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

describe("paymock proxy configured by file, environment and flags", () => {
  it("reads proxy.api and proxy.target from paymock.config.json, strict from PAYMOCK_PROXY_STRICT, the port from --port", async () => {
    const cwd = tempDir("cli-config");
    writeFileSync(
      join(cwd, "paymock.config.json"),
      JSON.stringify({
        proxy: { api: "softline-checkout", target: sandbox.url("softline-checkout"), strict: false, port: 1 },
        logLevel: "silent",
      }),
    );
    const proxyChild = spawn(process.execPath, [bin, "proxy", "--port", "0"], {
      cwd,
      env: { ...process.env, PAYMOCK_PROXY_STRICT: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      let output = "";
      const url = await new Promise<string>((resolve, reject) => {
        proxyChild.stdout?.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          const found = /paymock proxy for softline-checkout: (http:\/\/\S+) -> \S+ \(strict\)/.exec(output)?.[1];
          if (found !== undefined) resolve(found);
        });
        proxyChild.stderr?.on("data", (chunk: Buffer) => {
          output += chunk.toString();
        });
        proxyChild.once("exit", (code) => reject(new Error(`exited ${code}: ${output}`)));
      });
      expect(new URL(url).port).not.toBe("1");
      // Strict: an invalid login is refused with the vendor's validation error and never sent.
      const refused = await fetch(`${url}/v1/login_check`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      expect(refused.status).toBe(400);
      expect(refused.headers.get("x-paymock-violations")).toContain("request");

      const printed = await promisify(execFile)(process.execPath, [bin, "proxy", "--print-config", "--strict"], {
        cwd,
        env: { ...process.env, PAYMOCK_PROXY_TIMEOUT_MS: "900" },
      });
      expect(printed.stdout).toMatch(/^paymock proxy configuration /);
      expect(printed.stdout).toMatch(/proxy\.api\s+"softline-checkout"\s+"proxy\.api" in .*paymock\.config\.json/);
      expect(printed.stdout).toMatch(/proxy\.strict\s+true\s+--strict/);
      expect(printed.stdout).toMatch(/proxy\.timeoutMs\s+900\s+PAYMOCK_PROXY_TIMEOUT_MS/);
      expect(printed.stdout).toMatch(/proxy\.port\s+1\s+"proxy\.port" in /);
    } finally {
      proxyChild.kill("SIGTERM");
      rmSync(cwd, { recursive: true, force: true });
    }
  }, 60_000);

  it("says which option is missing and exits 1", async () => {
    const cwd = tempDir("cli-missing");
    try {
      const run = await promisify(execFile)(process.execPath, [bin, "proxy", "--target", "http://127.0.0.1:9"], {
        cwd,
      }).catch((error: { code: number; stderr: string }) => error);
      expect("code" in run ? run.code : 0).toBe(1);
      expect(run.stderr).toMatch(/paymock proxy: which API\? Pass --api <id> \(PAYMOCK_PROXY_API, "proxy\.api"/);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
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
