/**
 * How `paymock proxy` resolves its options from the one option table: its own under `proxy` in the
 * config file (`--proxy-*` flags, `PAYMOCK_PROXY_*` env, the old short flags and variables as
 * aliases), the mock options it shares under their own names, flags > env > file > defaults.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { nameOf } from "../../mocks/option-table.js";
import { toProxyOptions } from "../../mocks/proxy/command.js";
import { startProxy } from "../../mocks/proxy/start-proxy.js";
import { type CliConfig, type ConfigSources, formatConfig, resolveConfig } from "../../mocks/resolve-config.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function cwdWith(file?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "paymock-proxy-config-"));
  made.push(dir);
  if (file !== undefined) writeFileSync(join(dir, "paymock.config.json"), JSON.stringify(file));
  return dir;
}

const resolveProxy = (given: Partial<ConfigSources>): CliConfig =>
  resolveConfig({ flags: {}, env: {}, cwd: cwdWith(), ...given }, "proxy");

const resolvedOf = (config: CliConfig, name: string) => {
  const found = config.values.find((v) => nameOf(v.entry) === name);
  if (found === undefined) throw new Error(`no value ${name}`);
  return found;
};

describe("resolveConfig for paymock proxy", () => {
  it("takes flags over env over the config file's proxy group over defaults, and says where each came from", () => {
    const cwd = cwdWith({
      proxy: {
        api: "softline-checkout",
        target: "https://file.test/v1",
        strict: true,
        record: "file-dir",
        timeoutMs: 100,
      },
      host: "127.0.0.2",
    });
    const config = resolveConfig(
      {
        flags: { "proxy-record": "flag-dir" },
        env: {
          PAYMOCK_PROXY_TIMEOUT_MS: "200",
          PAYMOCK_PROXY_RECORD: "env-dir",
          PAYMOCK_PROXY_TARGET: "https://env.test",
        },
        cwd,
      },
      "proxy",
    );
    expect(config.proxy).toEqual({
      api: "softline-checkout",
      target: "https://env.test",
      port: undefined,
      strict: true,
      record: "flag-dir",
      timeoutMs: 200,
      maxValidatedBytes: 8 * 1024 * 1024,
    });
    expect(resolvedOf(config, "proxy.record")).toMatchObject({ source: "flag", label: "--proxy-record" });
    expect(resolvedOf(config, "proxy.timeoutMs")).toMatchObject({ source: "env", label: "PAYMOCK_PROXY_TIMEOUT_MS" });
    expect(resolvedOf(config, "proxy.strict")).toMatchObject({ source: "file" });
    expect(resolvedOf(config, "proxy.strict").label).toBe(`"proxy.strict" in ${join(cwd, "paymock.config.json")}`);
    expect(resolvedOf(config, "proxy.maxValidatedBytes")).toMatchObject({ source: "default" });
    // A shared mock option comes from its own key.
    expect(config.input.host).toBe("127.0.0.2");
    const printed = formatConfig(config);
    expect(printed).toMatch(/^paymock proxy configuration /);
    expect(printed).toMatch(/proxy\.record\s+"flag-dir"\s+--proxy-record/);
    expect(printed).toMatch(/proxy\.timeoutMs\s+200\s+PAYMOCK_PROXY_TIMEOUT_MS/);
    expect(printed).toMatch(/proxy\.target\s+"https:\/\/env\.test"\s+PAYMOCK_PROXY_TARGET/);
    expect(printed).toMatch(/host\s+"127\.0\.0\.2"\s+"host" in /);
  });

  it("accepts the old flags and variables, the new names winning over them", () => {
    const old = resolveProxy({
      flags: { api: "nbcgate", target: "http://127.0.0.1:9", port: "0", strict: true, record: "r", "timeout-ms": "5" },
    });
    expect(old.proxy).toMatchObject({
      api: "nbcgate",
      target: "http://127.0.0.1:9",
      port: 0,
      strict: true,
      record: "r",
      timeoutMs: 5,
    });
    const env = resolveProxy({
      env: {
        PAYMOCK_API: "b2core-backoffice",
        PAYMOCK_TARGET: "http://old.test",
        PAYMOCK_STRICT: "1",
        PAYMOCK_PORT: "7",
      },
    });
    expect(env.proxy).toMatchObject({ api: "b2core-backoffice", target: "http://old.test", strict: true, port: 7 });
    const both = resolveProxy({ env: { PAYMOCK_PROXY_TARGET: "http://new.test", PAYMOCK_TARGET: "http://old.test" } });
    expect(resolvedOf(both, "proxy.target")).toMatchObject({ value: "http://new.test", label: "PAYMOCK_PROXY_TARGET" });
  });

  it("reads only its own options from a file shared with paymock start, and start reads none of the proxy's", () => {
    const cwd = cwdWith({
      apis: ["nbcgate"],
      b2core: { blockSeconds: 5 },
      proxy: { api: "nbcgate", target: "http://x.test" },
    });
    const proxy = resolveConfig({ flags: {}, env: {}, cwd }, "proxy");
    expect(proxy.values.map((v) => nameOf(v.entry))).not.toContain("apis");
    expect(proxy.input).not.toHaveProperty("b2core");
    const start = resolveConfig({ flags: {}, env: {}, cwd }, "start");
    expect(start.proxy).toEqual({});
    expect(start.values.map((v) => nameOf(v.entry))).not.toContain("proxy.target");
    expect(start.input.apis).toEqual(["nbcgate"]);
  });

  it.each([
    [{ proxy: { target: "ftp://x.test" } }, /"proxy\.target" in .* must be an http:\/\/ or https:\/\/ URL/],
    [{ proxy: { api: "paypal" } }, /"proxy\.api" in .* must be one of nbcgate, mercuryo-spend/],
    [{ proxy: { frobnicate: 1 } }, /unknown key "proxy\.frobnicate" .*known keys here: api, target, port/],
    [{ proxy: "https://x.test" }, /"proxy" in .* must be an object of options/],
  ])("refuses a bad proxy group %j naming the key", (file, message) => {
    expect(() => resolveConfig({ flags: {}, env: {}, cwd: cwdWith(file) }, "proxy")).toThrow(message);
  });

  it("checks --port-base against the proxy's one API, and not at all with its own port", () => {
    const nbcgate = resolveProxy({ flags: { "port-base": "65535", api: "nbcgate" } });
    expect(toProxyOptions(nbcgate)).toMatchObject({ portBase: 65_535, api: "nbcgate" });
    expect(() => resolveProxy({ flags: { "port-base": "65535", api: "softline-checkout" } })).toThrow(
      /would put softline-checkout on port 65537/,
    );
    expect(resolveProxy({ flags: { "port-base": "65535", api: "softline-checkout", port: "0" } }).proxy.port).toBe(0);
  });

  it("refuses a bad flag or variable naming it", () => {
    expect(() => resolveProxy({ flags: { "timeout-ms": "0" } })).toThrow(/--timeout-ms must be a whole number from 1/);
    expect(() => resolveProxy({ env: { PAYMOCK_PROXY_PORT: "70000" } })).toThrow(/PAYMOCK_PROXY_PORT must be/);
  });

  it("hands startProxy the proxy group and the shared options, which it checks against the same table", async () => {
    const config = resolveProxy({
      flags: { "proxy-api": "nbcgate", "proxy-target": "http://127.0.0.1:9", "admin-token": "t0ken" },
    });
    expect(toProxyOptions(config)).toMatchObject({
      api: "nbcgate",
      target: "http://127.0.0.1:9",
      adminToken: "t0ken",
      host: "127.0.0.1",
      timeoutMs: 30_000,
    });
    await expect(startProxy({ api: "nbcgate", target: "ftp://x.test", port: 0 })).rejects.toThrow(
      /options\.target must be an http:\/\/ or https:\/\/ URL/,
    );
    await expect(startProxy({ api: "nbcgate", target: "http://x.test", port: 0, timeoutMs: 0 })).rejects.toThrow(
      /options\.timeoutMs must be a whole number from 1 to 600000/,
    );
    await expect(
      startProxy({ api: "nbcgate", target: "http://x.test", port: 0, journalLimit: 0, logLevel: "silent" }),
    ).rejects.toThrow(/options\.journalLimit must be/);
    await expect(startProxy({ target: "http://x.test" } as never)).rejects.toThrow(/paymock proxy: which API\?/);
  });
});
