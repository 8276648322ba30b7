/**
 * The startProxy example of docs/proxy.md runs against a paymock mock standing in for the sandbox,
 * and the docs show exactly the code this test runs.
 */
import { readFileSync, rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen, type RunningServer } from "../../mocks/http.js";
import { createMockServer } from "../../mocks/server.js";
import { proxyExample } from "./examples/proxy-in-a-test.js";
import { readTree, tempDir } from "./support.js";

let sandbox: RunningServer;
const recordDir = tempDir("example-record");

beforeAll(async () => {
  sandbox = await listen(await createMockServer({ apis: ["softline-checkout"], logLevel: "silent" }), {
    ephemeralPorts: true,
  });
});

afterAll(async () => {
  await sandbox?.close();
  rmSync(recordDir, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

describe("docs/proxy.md", () => {
  it("runs the startProxy example: the calls pass, nothing drifts, both answers are recorded", async () => {
    const result = await proxyExample(sandbox.url("softline-checkout"), recordDir);
    expect(result.status).toBe(200);
    expect(result.violations).toBeNull();
    expect(result.drift.map((d) => [d.operation, d.calls])).toEqual([
      ["loginCheck", 1],
      ["listProducts", 1],
    ]);
    expect(readTree(recordDir).map((f) => f.file.split("/").slice(-1)[0])).toEqual([
      "listProducts.200.json",
      "loginCheck.200.json",
    ]);
  });

  it("shows the example exactly as the test runs it", () => {
    const region = /\/\/ #region example\n([\s\S]*?)\/\/ #endregion example/.exec(
      read("./examples/proxy-in-a-test.ts"),
    )?.[1];
    expect(region).toBeDefined();
    expect(read("../../docs/proxy.md")).toContain(region);
  });
});
