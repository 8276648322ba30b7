/**
 * paymock as another project gets it: `npm pack`, installed offline into a fresh project (once per
 * run, shared by every test here), then used from plain Node ESM and CommonJS, type-checked under
 * the consumer settings we promise, started with `npx`, and bundled for the browser and run in
 * headless Chromium against a running mock.
 * @see ../../docs/packaging.md
 */
import { execFile, spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConsumerProject, ROOT } from "./support/consumer-project.js";
import { startThenKill } from "./support/process-check.js";

/** min + gzip bytes of the browser bundle of all four clients when the package was first built (paymock 0.1.0). */
const BUNDLE_BASELINE_BYTES = 10_732;
const CHROMIUM = process.env.PAYMOCK_CHROMIUM ?? "/usr/bin/chromium";

let project: { readonly dir: string; dispose(): void };

beforeAll(() => {
  project = createConsumerProject();
  for (const file of ["use-clients.ts", "app.js"]) {
    copyFileSync(join(ROOT, "test/package/fixtures", file), join(project.dir, "src", file));
  }
}, 240_000);

afterAll(() => project?.dispose());

const run = (command: string, args: readonly string[]) => {
  const result = spawnSync(command, [...args], { cwd: project.dir, encoding: "utf8", timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

const runAsync = (command: string, args: readonly string[]) =>
  new Promise<{ status: number | null; stdout: string }>((resolve) => {
    execFile(command, [...args], { cwd: project.dir, encoding: "utf8", timeout: 170_000 }, (error, stdout) =>
      resolve({ status: error === null ? 0 : typeof error.code === "number" ? error.code : 1, stdout }),
    );
  });

describe("the tarball", () => {
  it("holds dist/, the specs, README, LICENSE and bin, and nothing from test/, bench/, contracts/ (built or not), scripts/, .ci/ or tool configs", () => {
    const out = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8" });
    const [packed] = JSON.parse(out.stdout) as [{ files: { path: string }[] }];
    const paths = packed.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "package.json",
        "README.md",
        "LICENSE",
        "bin/paymock.js",
        "dist/src/index.js",
        "dist/src/index.d.ts",
        "dist/src/webhooks/index.js",
        "dist/mocks/index.js",
        "dist/mocks/cli.js",
        "dist/specs/nbcgate.yaml",
        "dist/specs/nbcgate.json",
      ]),
    );
    const unwanted =
      /^(test|bench|contracts|scripts|\.ci|specs|src|mocks|node_modules|dist\/contracts)\/|^(tsconfig.*|biome|vitest\.config.*|package-lock)\.json$|\.ts$(?<!\.d\.ts)|vitest\.config/;
    expect(paths.filter((path) => unwanted.test(path))).toEqual([]);
  });
});

describe("installed from the tarball", () => {
  it("imports every entry from plain Node ESM, with no TypeScript loader", () => {
    const script = `
      const main = await import("paymock");
      const webhooks = await import("paymock/webhooks");
      const mock = await import("paymock/mock");
      const pkg = (await import("paymock/package.json", { with: { type: "json" } })).default;
      console.log(JSON.stringify({ main: Object.keys(main), webhooks: Object.keys(webhooks), mock: Object.keys(mock), version: pkg.version }));`;
    const out = run(process.execPath, ["--input-type=module", "-e", script]);
    expect(out.stderr).toBe("");
    const entries = JSON.parse(out.stdout) as Record<string, string[]>;
    expect(entries.main).toEqual(
      expect.arrayContaining([
        "createNbcgateClient",
        "createMercuryoSpendClient",
        "createSoftlineCheckoutClient",
        "createB2coreBackofficeClient",
        "ClientConfigError",
      ]),
    );
    expect(entries.main).not.toContain("verifyMercuryoSignature");
    expect(entries.webhooks).toEqual(
      expect.arrayContaining(["verifyMercuryoSignature", "verifySoftlineSignature", "toMercuryoSignature"]),
    );
    expect(entries.mock).toEqual(expect.arrayContaining(["createMockServer", "listen"]));
    expect(entries.version).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  });

  it("require()s the clients and the webhook checks from CommonJS (require(esm), Node 20.19+)", () => {
    writeFileSync(
      join(project.dir, "check.cjs"),
      `const { createMercuryoSpendClient } = require("paymock");
       const { verifyMercuryoSignature, toMercuryoSignature } = require("paymock/webhooks");
       const client = createMercuryoSpendClient({ baseUrl: "http://127.0.0.1:9", partnerToken: "t", userIp: "203.0.113.7" });
       let refused = "";
       try { createMercuryoSpendClient({ baseUrl: "http://127.0.0.1:9", partnerToken: "t", userIp: "1.2.3" }); } catch (e) { refused = e.name; }
       const body = '{"id":1}';
       console.log(JSON.stringify({ client: typeof client.GET, refused, signed: verifyMercuryoSignature(body, toMercuryoSignature(body, "k"), "k"), version: require("paymock/package.json").version }));`,
    );
    const out = run(process.execPath, ["check.cjs"]);
    expect(out.status, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({
      client: "function",
      refused: "ClientConfigError",
      signed: true,
      version: expect.any(String),
    });
  });

  const matrix = [
    { module: "ESNext", moduleResolution: "Bundler", strict: true },
    { module: "ESNext", moduleResolution: "Bundler", strict: false },
    { module: "Node16", moduleResolution: "Node16", strict: true },
    { module: "Node16", moduleResolution: "Node16", strict: false },
  ];
  // One compiler at a time: four at once starve the other test files' servers on 2 cores.
  it.each(matrix)(
    "type-checks a file using all four clients: moduleResolution $moduleResolution, strict $strict, skipLibCheck false, no @types/node",
    async (settings) => {
      const name = `tsconfig.${settings.moduleResolution}-${settings.strict}.json`;
      const compilerOptions = {
        ...settings,
        target: "ES2022",
        lib: ["ES2022", "DOM", "DOM.Iterable"],
        skipLibCheck: false,
        types: [],
        noEmit: true,
      };
      writeFileSync(join(project.dir, name), JSON.stringify({ compilerOptions, files: ["src/use-clients.ts"] }));
      const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
      const out = await runAsync(process.execPath, [tsc, "-p", name, "--listFiles"]);
      expect(out.stdout.split("\n").filter((line) => /error TS\d+/.test(line))).toEqual([]);
      expect(out.status, out.stdout).toBe(0);
      const files = out.stdout.split("\n");
      expect(files.some((file) => file.includes("/node_modules/paymock/dist/src/index.d.ts"))).toBe(true);
      expect(files.filter((file) => file.includes("@types/node"))).toEqual([]);
    },
    180_000,
  );

  it("runs `npx paymock start --help` from the installed bin", () => {
    const out = run("npx", ["--offline", "paymock", "start", "--help"]);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain("Usage: paymock start");
    expect(out.stdout).toContain("--port-base");
  });
});

describe("npx paymock start in the background, then kill <PID>", () => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "%s frees all four ports within 3 s and leaves no process",
    async (signal) => {
      const outcome = await startThenKill({
        command: "npx",
        args: ["--offline", "paymock", "start"],
        cwd: project.dir,
        signal,
      });
      expect(outcome.leftovers, outcome.output).toEqual([]);
      expect(outcome.freedMs, outcome.output).toBeLessThanOrEqual(3_000);
    },
  );
});

describe("in the browser", () => {
  it("bundles all four clients for the browser; each signs in and makes an authenticated call in headless Chromium", async () => {
    const bundled = await build({
      absWorkingDir: project.dir,
      entryPoints: ["src/app.js"],
      bundle: true,
      platform: "browser",
      format: "esm",
      minify: true,
      write: false,
      logLevel: "silent",
    });
    const js = bundled.outputFiles[0]?.text ?? "";
    const gzipped = gzipSync(js).length;
    process.stdout.write(`browser bundle of all four clients: ${js.length} bytes min, ${gzipped} bytes min+gzip\n`);
    expect(gzipped).toBeLessThanOrEqual(BUNDLE_BASELINE_BYTES * 1.5);

    // The mock, from the installed package's "paymock/mock" entry, on ephemeral ports.
    const mockEntry = pathToFileURL(join(project.dir, "node_modules/paymock/dist/mocks/index.js")).href;
    const { createMockServer, listen } = (await import(mockEntry)) as typeof import("../../mocks/index.js");
    const mock = await createMockServer({ logLevel: "silent" });
    const running = await listen(mock, { ephemeralPorts: true });
    const page = `<!doctype html><meta charset="utf-8"><title>paymock in the browser</title><pre id="results"></pre><script type="module" src="/app.js"></script>`;
    const site: Server = createServer((req, res) => {
      const isApp = req.url === "/app.js";
      res.writeHead(200, { "content-type": isApp ? "text/javascript" : "text/html" });
      res.end(isApp ? js : page);
    });
    await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    try {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on("pageerror", (error) => errors.push(String(error)));
      const query = new URLSearchParams(mock.options.apis.map((api): [string, string] => [api, running.url(api)]));
      await tab.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/?${query}`);
      const results = await tab.evaluate(
        () => (globalThis as unknown as { paymockResults: Promise<unknown> }).paymockResults,
      );
      expect(errors).toEqual([]);
      expect(results).toEqual({
        nbcgate: { signIn: "signed-in", status: 200, sample: true },
        "mercuryo-spend": { signIn: "signed-in", status: 200, sample: true },
        "softline-checkout": { signIn: "logged-in", status: 200, sample: true },
        "b2core-backoffice": { signIn: "signed-in", status: 200, sample: true },
      });
      expect(JSON.parse((await tab.textContent("#results")) ?? "null")).toEqual(results);
    } finally {
      await browser.close();
      await new Promise((resolve) => site.close(resolve));
      await running.close();
    }
  }, 120_000);
});
