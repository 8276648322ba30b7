/**
 * The CLI as a developer runs it: `paymock start` in its own process, on real ports.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";

const bin = new URL("../../bin/paymock.js", import.meta.url).pathname;
let child: ChildProcess | undefined;
let output = "";

afterEach(() => {
  child?.kill("SIGTERM");
  child = undefined;
});

/** A free port whose next few ports are very likely free too. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

function startCli(args: string[]): Promise<string> {
  child = spawn(process.execPath, [bin, "start", ...args], { stdio: ["ignore", "pipe", "pipe"] });
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

describe("paymock start", () => {
  it("documents its options in --help", () => {
    const help = execFileSync(process.execPath, [bin, "start", "--help"]).toString();
    for (const flag of [
      "--api",
      "--port-base",
      "--host",
      "--otp-code",
      "--profile",
      "--callback-url",
      "--max-body-bytes",
    ]) {
      expect(help).toContain(flag);
    }
  });

  it("refuses an unknown API with a clear message", () => {
    expect(() => execFileSync(process.execPath, [bin, "start", "--api", "paypal"], { stdio: "pipe" })).toThrow(
      /unknown API "paypal"/,
    );
  });

  it("serves the chosen APIs on 127.0.0.1 from --port-base, prints URLs and seed accounts, logs codes", async () => {
    const base = await freePort();
    const banner = await startCli([
      "--api",
      "nbcgate,b2core-backoffice",
      "--port-base",
      String(base),
      "--otp-code",
      "424242",
      "--log-format",
      "json",
    ]);
    expect(banner).toContain(`nbcgate            http://127.0.0.1:${base}`);
    expect(banner).toContain(`b2core-backoffice  http://127.0.0.1:${base + 3}`);
    expect(banner).toContain("admin@b2core.test / Secret123");
    expect(banner).toContain("/__mock/outbox?to=");

    const health = await fetch(`http://127.0.0.1:${base + 3}/__mock/health`);
    expect(await health.json()).toEqual({ api: "b2core-backoffice", status: "ok" });

    const signIn = await fetch(`http://127.0.0.1:${base}/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "otp@nbcgate.test", password: "Password123" }),
    });
    expect(signIn.status).toBe(400);
    const outbox = (await (await fetch(`http://127.0.0.1:${base}/__mock/outbox?to=otp@nbcgate.test`)).json()) as {
      code: string;
    }[];
    expect(outbox.at(-1)?.code).toBe("424242");

    // One line per request; the code is shown to the developer, the password and tokens never are.
    const signedIn = await fetch(`http://127.0.0.1:${base}/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "otp@nbcgate.test", password: "Password123", otp: "424242" }),
    });
    const { token } = (await signedIn.json()) as { token: string };
    await fetch(`http://127.0.0.1:${base}/api/balance`, { headers: { authorization: token } });
    await expect.poll(() => output).toContain("GET /api/balance 200");
    expect(output).toContain("code sent to otp@nbcgate.test: 424242");
    expect(output).not.toContain('Password123"');
    expect(output).not.toContain(token);
  });
});
