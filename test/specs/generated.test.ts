/**
 * Proves the generated-types check fails when a spec changes without regenerating.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "paymock-generate-"));
cpSync(join(root, "specs"), join(work, "specs"), { recursive: true });
cpSync(join(root, "src/generated"), join(work, "src/generated"), { recursive: true });

const runCheck = () => {
  try {
    execFileSync(
      process.execPath,
      ["--import", "tsx", join(root, "scripts/generate.ts"), "--check", "--specs", join(work, "specs")],
      {
        cwd: root,
        stdio: "pipe",
      },
    );
    return { code: 0, stderr: "" };
  } catch (error) {
    const e = error as { status: number; stderr: Buffer };
    return { code: e.status, stderr: e.stderr.toString() };
  }
};

afterAll(() => rmSync(work, { recursive: true, force: true }));

// Each check generates all five specs (the admin spec included): under a loaded CI machine that can pass 30 s.
describe("generate --check", { timeout: 120_000 }, () => {
  it("passes on the committed specs and types", () => {
    expect(runCheck()).toEqual({ code: 0, stderr: "" });
  });

  it("fails and names the API when a spec changed but its types were not regenerated", () => {
    const spec = join(work, "specs/softline-checkout.yaml");
    const text = readFileSync(spec, "utf8").replace(
      "schemas:\n",
      "schemas:\n    PaymockDriftProbe:\n      type: string\n",
    );
    writeFileSync(spec, text);
    const result = runCheck();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("softline-checkout");
  });

  it("fails when a generated file is edited by hand", () => {
    appendFileSync(join(work, "src/generated/b2core-backoffice.ts"), "\n// edited\n");
    expect(runCheck().stderr).toContain("b2core-backoffice");
  });
});
