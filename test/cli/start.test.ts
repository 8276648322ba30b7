/**
 * The CLI as a developer runs it: `paymock` in its own process. Every mock here listens on free
 * ports (`--port-base 0`) and is found through `--ports-file`, so parallel runs never collide.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, describe, expect, it } from "vitest";

const bin = new URL("../../bin/paymock.js", import.meta.url).pathname;
const version = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;
const dir = mkdtempSync(join(tmpdir(), "paymock-cli-"));
let child: ChildProcess | undefined;
let output = "";

afterEach(() => {
  child?.kill("SIGTERM");
  child = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a command that ends by itself; resolves with its exit code and output. */
async function run(args: string[], env: Record<string, string> = {}, cwd = dir) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      cwd,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Starts `paymock start` and resolves once the banner is out. */
function startCli(args: string[]): Promise<string> {
  child = spawn(process.execPath, [bin, "start", ...args], { stdio: ["ignore", "pipe", "pipe"], cwd: dir });
  output = "";
  return new Promise((resolve, reject) => {
    child?.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Admin API on every port")) resolve(output);
    });
    child?.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child?.once("exit", (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
}

describe("paymock", () => {
  it("documents its options in --help", async () => {
    const { stdout } = await run(["start", "--help"]);
    for (const flag of [
      "--apis",
      "--port-base",
      "--ports-file",
      "--softline-webhook-secret",
      "--b2core-block-seconds",
    ]) {
      expect(stdout).toContain(flag);
    }
    expect(stdout).toContain("PAYMOCK_SOFTLINE_WEBHOOK_SECRET");
  });

  it("prints its version", async () => {
    expect(await run(["--version"])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it.concurrent.each([
    { args: ["frobnicate"], want: "paymock: unknown command 'frobnicate'" },
    { args: ["start", "--frobnicate"], want: "paymock: unknown option '--frobnicate'" },
    { args: ["start", "--api", "paypal"], want: 'unknown API "paypal"' },
    { args: ["start", "--port-base", "99999"], want: "paymock: --port-base must be a whole number from 0 to 65535" },
    { args: ["--port-base", "65533"], want: "paymock: --port-base 65533 would put b2core-backoffice on port 65536" },
    {
      args: ["start", "--callback-url", "localhost:3000/hooks"],
      want: "paymock: --callback-url must be an http:// or https:// URL",
    },
  ])("refuses $args in its own words and exits 1", async ({ args, want }) => {
    const result = await run(args);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(want);
    expect(result.stderr).not.toContain("    at ");
  });

  it("--print-config shows each value and its source: flag, env, config file, default", async () => {
    const cwd = mkdtempSync(join(dir, "cwd-"));
    writeFileSync(join(cwd, "paymock.config.json"), JSON.stringify({ b2core: { blockSeconds: 30 }, otpCode: "1111" }));
    const { code, stdout } = await run(
      ["start", "--print-config", "--otp-code", "2222"],
      { PAYMOCK_SOFTLINE_WEBHOOK_SECRET: "from-env" },
      cwd,
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/otpCode\s+"2222"\s+--otp-code/);
    expect(stdout).toMatch(/softline\.webhookSecret\s+"from-env"\s+PAYMOCK_SOFTLINE_WEBHOOK_SECRET/);
    expect(stdout).toMatch(/b2core\.blockSeconds\s+30\s+"b2core\.blockSeconds" in .*paymock\.config\.json/);
    expect(stdout).toMatch(/portBase\s+4010\s+default/);
  });

  it("serves the chosen APIs on free ports, writes the ports file, prints URLs and seed accounts, logs codes", async () => {
    const portsFile = join(dir, "ports", "urls.json");
    const banner = await startCli([
      "--api",
      "nbcgate,b2core-backoffice",
      "--port-base",
      "0",
      "--ports-file",
      portsFile,
      "--otp-code",
      "424242",
      "--log-format",
      "json",
    ]);
    const urls = JSON.parse(readFileSync(portsFile, "utf8")) as Record<string, string>;
    expect(Object.keys(urls)).toEqual(["nbcgate", "b2core-backoffice"]);
    const nbcgate = urls.nbcgate as string;
    const b2core = urls["b2core-backoffice"] as string;
    expect(nbcgate).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(nbcgate).not.toBe(b2core);
    expect(banner).toContain(`nbcgate            ${nbcgate}`);
    expect(banner).toContain(`b2core-backoffice  ${b2core}`);
    expect(banner).toContain("admin@b2core.test / Secret123");
    expect(banner).toContain("/__mock/outbox?to=");

    const health = await fetch(`${b2core}/__mock/health`);
    expect(await health.json()).toEqual({ api: "b2core-backoffice", status: "ok" });

    const signIn = await fetch(`${nbcgate}/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "otp@nbcgate.test", password: "Password123" }),
    });
    expect(signIn.status).toBe(400);
    const outbox = (await (await fetch(`${nbcgate}/__mock/outbox?to=otp@nbcgate.test`)).json()) as { code: string }[];
    expect(outbox.at(-1)?.code).toBe("424242");

    // One line per request; the code is shown to the developer, the password and tokens never are.
    const signedIn = await fetch(`${nbcgate}/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "otp@nbcgate.test", password: "Password123", otp: "424242" }),
    });
    const { token } = (await signedIn.json()) as { token: string };
    await fetch(`${nbcgate}/api/balance`, { headers: { authorization: token } });
    await expect.poll(() => output).toContain("GET /api/balance 200");
    expect(output).toContain("code sent to otp@nbcgate.test: 424242");
    expect(output).not.toContain('Password123"');
    expect(output).not.toContain(token);

    // Stopping removes the ports file, so the next run's script cannot read stale URLs.
    const exited = new Promise((resolve) => child?.once("exit", resolve));
    child?.kill("SIGTERM");
    await exited;
    expect(existsSync(portsFile)).toBe(false);
  });
});
