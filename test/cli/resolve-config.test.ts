/**
 * How `paymock start` resolves its options: flags > PAYMOCK_* env > config file > defaults, each
 * value checked, and every refusal naming the flag, variable or file key it came from.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { nameOf } from "../../mocks/option-table.js";
import { DEFAULT_OPTIONS, resolveOptions } from "../../mocks/options.js";
import {
  type CliConfig,
  type ConfigSources,
  checkMockOptions,
  formatConfig,
  type ResolvedValue,
  resolveConfig,
} from "../../mocks/resolve-config.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh working directory, with `paymock.config.json` when `file` is given. */
function cwdWith(file?: unknown, name = "paymock.config.json"): string {
  const dir = mkdtempSync(join(tmpdir(), "paymock-config-"));
  made.push(dir);
  if (file !== undefined) writeFileSync(join(dir, name), typeof file === "string" ? file : JSON.stringify(file));
  return dir;
}

const resolveWith = (given: Partial<ConfigSources>): CliConfig =>
  resolveConfig({ flags: {}, env: {}, cwd: cwdWith(), ...given });

const resolvedOf = (config: CliConfig, name: string): ResolvedValue => {
  const found = config.values.find((v) => nameOf(v.entry) === name);
  if (found === undefined) throw new Error(`no value ${name}`);
  return found;
};

describe("resolveConfig", () => {
  it("with nothing set, resolves to the defaults", () => {
    const config = resolveWith({});
    expect(resolveOptions(config.input)).toEqual(DEFAULT_OPTIONS);
    expect(config.values.every((v) => v.source === "default")).toBe(true);
    expect(config.configFile).toBeUndefined();
  });

  it("reads --spec api=path pairs (repeated or comma-separated) and refuses unknown APIs and bare paths", () => {
    const config = resolveWith({ flags: { spec: "nbcgate=my/nbcgate.yaml,softline-checkout=sl.yaml" } });
    expect(resolveOptions(config.input).specs).toEqual({
      nbcgate: "my/nbcgate.yaml",
      "softline-checkout": "sl.yaml",
    });
    expect(resolveOptions(resolveWith({ env: { PAYMOCK_SPECS: "b2core-backoffice=b.yaml" } }).input).specs).toEqual({
      "b2core-backoffice": "b.yaml",
    });
    expect(() => resolveWith({ flags: { spec: "frob=x.yaml" } })).toThrow(/unknown API "frob"/);
    expect(() => resolveWith({ flags: { spec: "nbcgate" } })).toThrow(/--spec must be api=path pairs/);
    expect(() => resolveWith({ cwd: cwdWith({ specs: { nbcgate: 5 } }) })).toThrow(/specs/);
  });

  it("takes flags over env over the config file over defaults, and says where each came from", () => {
    const cwd = cwdWith({ portBase: 5000, host: "127.0.0.2", otpCode: "1111", b2core: { blockSeconds: 30 } });
    const config = resolveConfig({
      flags: { "port-base": "6000" },
      env: { PAYMOCK_PORT_BASE: "7000", PAYMOCK_HOST: "127.0.0.3" },
      cwd,
    });
    expect(resolvedOf(config, "portBase")).toMatchObject({ value: 6000, source: "flag", label: "--port-base" });
    expect(resolvedOf(config, "host")).toMatchObject({ value: "127.0.0.3", source: "env", label: "PAYMOCK_HOST" });
    expect(resolvedOf(config, "b2core.blockSeconds")).toMatchObject({ value: 30, source: "file" });
    expect(resolvedOf(config, "b2core.blockSeconds").label).toBe(
      `"b2core.blockSeconds" in ${join(cwd, "paymock.config.json")}`,
    );
    expect(resolvedOf(config, "profile")).toMatchObject({ value: "sandbox", source: "default" });
    const options = resolveOptions(config.input);
    expect(options).toMatchObject({ portBase: 6000, host: "127.0.0.3", otpCode: "1111", b2core: { blockSeconds: 30 } });
    const printed = formatConfig(config);
    expect(printed).toMatch(/portBase\s+6000\s+--port-base/);
    expect(printed).toMatch(/host\s+"127\.0\.0\.3"\s+PAYMOCK_HOST/);
    expect(printed).toMatch(/b2core\.blockSeconds\s+30\s+"b2core\.blockSeconds" in /);
  });

  it("sets every vendor option the docs name from flags, env and file alike", () => {
    const config = resolveConfig({
      flags: {
        "softline-webhook-secret": "from-flag",
        "mercuryo-partner-token": "partner-x",
        "b2core-sign-in-attempts-per-minute": "50",
        "callback-url": "http://127.0.0.1:9/hooks",
      },
      env: { PAYMOCK_MERCURYO_SELL_REQUEST_STEP_SECONDS: "2", PAYMOCK_NBCGATE_OTP_TTL_SECONDS: "30" },
      cwd: cwdWith({ softline: { refundStepSeconds: 5 }, mercuryo: { otpMaxAttempts: 2 }, requestTimeoutMs: 500 }),
    });
    expect(resolveOptions(config.input)).toMatchObject({
      callbackUrl: "http://127.0.0.1:9/hooks",
      requestTimeoutMs: 500,
      softline: { webhookSecret: "from-flag", refundStepSeconds: 5 },
      mercuryo: { partnerToken: "partner-x", sellRequestStepSeconds: 2, otpMaxAttempts: 2 },
      b2core: { signInAttemptsPerMinute: 50 },
      nbcgate: { otpTtlSeconds: 30 },
    });
  });

  it("accepts the old names: --block-seconds, --sign-key, --api, PAYMOCK_BLOCK_SECONDS, PAYMOCK_SIGN_KEY", () => {
    const viaFlags = resolveWith({
      flags: { "block-seconds": "9", "sign-key": "k1", api: "nbcgate,b2core-backoffice" },
    });
    expect(resolveOptions(viaFlags.input)).toMatchObject({
      b2core: { blockSeconds: 9 },
      mercuryoSignKey: "k1",
      apis: ["nbcgate", "b2core-backoffice"],
    });
    const viaEnv = resolveWith({ env: { PAYMOCK_BLOCK_SECONDS: "8", PAYMOCK_SIGN_KEY: "k2" } });
    expect(resolveOptions(viaEnv.input)).toMatchObject({ b2core: { blockSeconds: 8 }, mercuryoSignKey: "k2" });
    // The new name wins over the old one.
    const both = resolveWith({ env: { PAYMOCK_B2CORE_BLOCK_SECONDS: "7", PAYMOCK_BLOCK_SECONDS: "8" } });
    expect(resolvedOf(both, "b2core.blockSeconds")).toMatchObject({ value: 7, label: "PAYMOCK_B2CORE_BLOCK_SECONDS" });
  });

  it("reads --config FILE or PAYMOCK_CONFIG instead of ./paymock.config.json", () => {
    const cwd = cwdWith({ portBase: 5000 });
    writeFileSync(join(cwd, "other.json"), JSON.stringify({ portBase: 5100 }));
    expect(resolvedOf(resolveConfig({ flags: { config: "other.json" }, env: {}, cwd }), "portBase").value).toBe(5100);
    expect(resolvedOf(resolveConfig({ flags: {}, env: { PAYMOCK_CONFIG: "other.json" }, cwd }), "portBase").value).toBe(
      5100,
    );
    expect(resolvedOf(resolveConfig({ flags: {}, env: {}, cwd }), "portBase").value).toBe(5000);
  });

  it.each([
    {
      given: { flags: { "port-base": "99999" } },
      want: "paymock: --port-base must be a whole number from 0 to 65535, got 99999.",
    },
    { given: { flags: { "port-base": "abc" } }, want: '--port-base must be a whole number from 0 to 65535, got "abc"' },
    { given: { env: { PAYMOCK_PORT_BASE: "-1" } }, want: "PAYMOCK_PORT_BASE must be a whole number" },
    {
      given: { flags: { "port-base": "65534" } },
      want: "paymock: --port-base 65534 would put b2core-backoffice on port 65537, past the last port 65535. Use a base of at most 65532, or 0 for free ports.",
    },
    {
      given: { flags: { "callback-url": "not a url" } },
      want: '--callback-url must be an http:// or https:// URL, got "not a url"',
    },
    {
      given: { flags: { "callback-url": "ftp://files.test/x" } },
      want: "--callback-url must be an http:// or https:// URL",
    },
    { given: { flags: { "otp-code": "12" } }, want: '--otp-code must be 4 to 8 digits, got "12"' },
    { given: { flags: { profile: "staging" } }, want: '--profile must be one of sandbox, production, got "staging"' },
    { given: { flags: { api: "paypal" } }, want: '--api: unknown API "paypal"' },
    {
      given: { env: { PAYMOCK_B2CORE_BLOCK_SECONDS: "1.5" } },
      want: "PAYMOCK_B2CORE_BLOCK_SECONDS must be a whole number",
    },
    {
      given: { flags: { "mercuryo-otp-max-attempts": "0" } },
      want: "--mercuryo-otp-max-attempts must be a whole number from 1 to 1000",
    },
  ])("refuses $given naming where the value came from", ({ given, want }) => {
    expect(() => resolveWith(given)).toThrow(want);
  });

  it("lets a low port base through when the last served API still fits", () => {
    const config = resolveWith({ flags: { "port-base": "65534", apis: "nbcgate,mercuryo-spend" } });
    expect(resolveOptions(config.input).portBase).toBe(65534);
  });

  it.each([
    { file: { b2core: { blockSeconds: -1 } }, want: '"b2core.blockSeconds" in ' },
    { file: { b2core: { blockSeconds: "600" } }, want: 'must be a whole number from 0 to 315360000, got "600"' },
    { file: { b2core: { frobnicate: 1 } }, want: 'unknown key "b2core.frobnicate"' },
    { file: { blockSeconds: 1 }, want: 'unknown key "blockSeconds"' },
    { file: { b2core: 5 }, want: '"b2core" in ' },
    { file: { apis: "nbcgate" }, want: '"apis" in ' },
    { file: "{ not json", want: "is not valid JSON" },
    { file: "[1, 2]", want: "must hold a JSON object" },
  ])("refuses the config file $file naming the key", ({ file, want }) => {
    expect(() => resolveConfig({ flags: {}, env: {}, cwd: cwdWith(file) })).toThrow(want);
  });

  it("refuses a --config file that does not exist", () => {
    expect(() => resolveWith({ flags: { config: "missing.json" } })).toThrow(
      /cannot read the config file .*missing\.json \(--config\)/,
    );
  });
});

describe("checkMockOptions", () => {
  it("checks programmatic options against the same table, naming the option path", () => {
    expect(() => checkMockOptions({ b2core: { blockSeconds: -1 } })).toThrow(
      "paymock: options.b2core.blockSeconds must be a whole number from 0 to 315360000, got -1.",
    );
    expect(() => checkMockOptions({ callbackUrl: "nope" })).toThrow(
      "options.callbackUrl must be an http:// or https:// URL",
    );
    expect(() => checkMockOptions({ portBase: 65535 })).toThrow("options.portBase 65535 would put b2core-backoffice");
    expect(() => checkMockOptions({ otpCode: "424242", mercuryo: { otpMaxAttempts: 3 } })).not.toThrow();
  });
});
