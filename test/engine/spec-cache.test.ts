import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCached } from "../../mocks/spec-cache.js";

const dir = mkdtempSync(join(tmpdir(), "paymock-cache-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const isData = (d: unknown): d is { n: number } => typeof (d as { n?: unknown })?.n === "number";

describe("loadCached", () => {
  it("builds once per spec content and rebuilds when the spec or its inputs change", async () => {
    const specFile = join(dir, "x.yaml");
    writeFileSync(specFile, "a: 1\n");
    let builds = 0;
    const load = (dependsOn: unknown = 1) =>
      loadCached({
        specFile,
        dir: join(dir, "cache"),
        dependsOn,
        isValid: isData,
        build: async () => ({ n: ++builds }),
      });
    expect(await load()).toEqual({ n: 1 });
    expect(await load()).toEqual({ n: 1 });
    writeFileSync(specFile, "a: 2\n");
    expect(await load()).toEqual({ n: 2 });
    expect(await load(2)).toEqual({ n: 3 });
    expect(builds).toBe(3);
  });

  it("always builds when the cache is off", async () => {
    const specFile = join(dir, "y.yaml");
    writeFileSync(specFile, "b: 1\n");
    let builds = 0;
    const load = () =>
      loadCached({ specFile, dir: false, dependsOn: 1, isValid: isData, build: async () => ({ n: ++builds }) });
    await load();
    await load();
    expect(builds).toBe(2);
  });
});
