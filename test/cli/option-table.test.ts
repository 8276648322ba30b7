/**
 * The option table is the one source of flags, env vars, config keys, the config JSON Schema and
 * the options docs: every option of the mock has an entry, names follow one scheme, and the
 * committed schema and docs are what the table generates.
 */
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { CONFIG_SCHEMA_PATH, toConfigSchema, toConfigSchemaText } from "../../mocks/config-schema.js";
import { OPTIONS_DOC_PATH, OPTIONS_END, OPTIONS_START, withOptionsSection } from "../../mocks/option-docs.js";
import {
  commandsOf,
  defaultOf,
  entriesOf,
  envOf,
  fileKeyOf,
  flagOf,
  leafPathsOf,
  nameOf,
  OPTION_TABLE,
  type OptionEntry,
} from "../../mocks/option-table.js";
import { DEFAULT_OPTIONS } from "../../mocks/options.js";
import { PROXY_DEFAULTS, SHARED_WITH_PROXY } from "../../mocks/proxy/options.js";
import { checkValue } from "../../mocks/resolve-config.js";

const root = new URL("../../", import.meta.url);
const API_PAGES = ["nbcgate", "mercuryo-spend", "softline-checkout", "b2core-backoffice"].map(
  (api) => `docs/apis/${api}.md`,
);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const byOption = (path: string): OptionEntry => {
  const entry = OPTION_TABLE.find((e) => "option" in e && e.option === path);
  if (entry === undefined) throw new Error(`no entry for ${path}`);
  return entry;
};

describe("option table", () => {
  it("has an entry for every leaf of DEFAULT_OPTIONS (a new option field needs a line in mocks/option-table.ts)", () => {
    const covered = new Set(OPTION_TABLE.flatMap((e) => ("option" in e ? [e.option] : [])));
    const missing = leafPathsOf(DEFAULT_OPTIONS).filter((path) => !covered.has(path as never));
    expect(missing, `add these to OPTION_TABLE: ${missing.join(", ")}`).toEqual([]);
  });

  it("points only at options that exist", () => {
    // `specs` is a map (api -> file) whose default is empty, so it has no leaves of its own.
    const leaves = new Set([...leafPathsOf(DEFAULT_OPTIONS), "specs"]);
    const stale = OPTION_TABLE.flatMap((e) => ("option" in e && !leaves.has(e.option) ? [e.option] : []));
    expect(stale).toEqual([]);
  });

  it.each([
    { option: "portBase", flag: "port-base", env: "PAYMOCK_PORT_BASE", key: ["portBase"] },
    {
      option: "b2core.blockSeconds",
      flag: "b2core-block-seconds",
      env: "PAYMOCK_B2CORE_BLOCK_SECONDS",
      key: ["b2core", "blockSeconds"],
    },
    {
      option: "softline.webhookSecret",
      flag: "softline-webhook-secret",
      env: "PAYMOCK_SOFTLINE_WEBHOOK_SECRET",
      key: ["softline", "webhookSecret"],
    },
    {
      option: "mercuryoSignKey",
      flag: "mercuryo-sign-key",
      env: "PAYMOCK_MERCURYO_SIGN_KEY",
      key: ["mercuryo", "signKey"],
    },
    {
      option: "mercuryo.partnerToken",
      flag: "mercuryo-partner-token",
      env: "PAYMOCK_MERCURYO_PARTNER_TOKEN",
      key: ["mercuryo", "partnerToken"],
    },
    {
      option: "nbcgate.invoiceConfirmSeconds",
      flag: "nbcgate-invoice-confirm-seconds",
      env: "PAYMOCK_NBCGATE_INVOICE_CONFIRM_SECONDS",
      key: ["nbcgate", "invoiceConfirmSeconds"],
    },
  ])("names $option: --$flag, $env, config key $key", ({ option, flag, env, key }) => {
    const entry = byOption(option);
    expect(flagOf(entry)).toBe(flag);
    expect(envOf(entry)).toBe(env);
    expect(fileKeyOf(entry)).toEqual(key);
  });

  it("keeps the old flags and env vars as aliases", () => {
    expect(byOption("b2core.blockSeconds").aliases).toContain("block-seconds");
    expect(byOption("b2core.blockSeconds").envAliases).toContain("PAYMOCK_BLOCK_SECONDS");
    expect(byOption("mercuryoSignKey").aliases).toContain("sign-key");
    expect(byOption("apis").aliases).toContain("api");
  });

  it.each(["start", "proxy"] as const)("has no two options of `paymock %s` under one flag", (command) => {
    const flags = entriesOf(command).flatMap((e) => [flagOf(e), ...(e.aliases ?? [])]);
    expect(new Set(flags).size).toBe(flags.length);
  });

  it("has no two options under one env var or config key (both are shared by the two commands)", () => {
    const envs = OPTION_TABLE.flatMap((e) => [envOf(e), ...(e.envAliases ?? [])]).filter((e) => e !== undefined);
    const keys = OPTION_TABLE.map((e) => fileKeyOf(e)?.join(".")).filter((k) => k !== undefined);
    expect(new Set(envs).size).toBe(envs.length);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("has an entry for every proxy option, grouped under proxy, with the old flags and env vars as aliases", () => {
    const proxyEntries = OPTION_TABLE.filter((e) => "proxy" in e);
    expect(proxyEntries.map((e) => ("proxy" in e ? e.proxy : ""))).toEqual(Object.keys(PROXY_DEFAULTS));
    const target = proxyEntries.find((e) => "proxy" in e && e.proxy === "target") as OptionEntry;
    expect([flagOf(target), envOf(target), fileKeyOf(target)]).toEqual([
      "proxy-target",
      "PAYMOCK_PROXY_TARGET",
      ["proxy", "target"],
    ]);
    const old = proxyEntries.map((e) => [e.aliases?.[0], e.envAliases?.[0]]);
    expect(old).toEqual([
      ["api", "PAYMOCK_API"],
      ["target", "PAYMOCK_TARGET"],
      ["port", "PAYMOCK_PORT"],
      ["strict", "PAYMOCK_STRICT"],
      ["record", "PAYMOCK_RECORD"],
      ["timeout-ms", "PAYMOCK_TIMEOUT_MS"],
      [undefined, undefined],
    ]);
    for (const entry of proxyEntries) expect(commandsOf(entry)).toEqual(["proxy"]);
  });

  it("gives the proxy the mock options it shares (same flag, env var and key) and not the mock-only ones", () => {
    const proxyNames = entriesOf("proxy").map(nameOf);
    expect(proxyNames).toEqual(expect.arrayContaining([...SHARED_WITH_PROXY, "config", "logFormat", "printConfig"]));
    expect(proxyNames).not.toContain("apis");
    expect(proxyNames).not.toContain("b2core.blockSeconds");
    expect(proxyNames).not.toContain("portsFile");
    expect(entriesOf("start").map(nameOf)).not.toContain("proxy.target");
  });

  it("has defaults that pass its own checks", () => {
    for (const entry of OPTION_TABLE) {
      const value = defaultOf(entry);
      if (value !== undefined) expect(checkValue(entry, value, flagOf(entry))).toEqual(value);
    }
  });
});

describe("derived artefacts", () => {
  it(`${CONFIG_SCHEMA_PATH} is up to date (npm run generate:options)`, () => {
    expect(read(CONFIG_SCHEMA_PATH)).toBe(toConfigSchemaText());
  });

  it(`${OPTIONS_DOC_PATH} documents exactly the table's flags (npm run generate:options)`, () => {
    const doc = read(OPTIONS_DOC_PATH);
    expect(doc).toBe(withOptionsSection(doc));
    const section = doc.slice(doc.indexOf(OPTIONS_START), doc.indexOf(OPTIONS_END));
    const documented = new Set([...section.matchAll(/`--([a-z0-9-]+)/g)].map((m) => m[1]));
    const flags = new Set(OPTION_TABLE.flatMap((e) => [flagOf(e), ...(e.aliases ?? [])]));
    expect(documented).toEqual(flags);
  });

  it("the mock-server, per-API and test-suite docs name only flags that exist", () => {
    const flags = new Set([...OPTION_TABLE.flatMap((e) => [flagOf(e), ...(e.aliases ?? [])]), "version", "help"]);
    const pages = ["docs/mock-server.md", "docs/test-suites.md", ...API_PAGES];
    const unknown = pages.flatMap((page) =>
      [...read(page).matchAll(/`(?:paymock start [^`]*?)?--([a-z][a-z0-9-]*)/g)]
        .map((m) => m[1] as string)
        .filter((flag) => !flags.has(flag))
        .map((flag) => `${page}: --${flag}`),
    );
    expect(unknown).toEqual([]);
  });

  it("docs/proxy.md names only flags paymock proxy (or examples import) has", () => {
    const flags = new Set([...entriesOf("proxy").flatMap((e) => [flagOf(e), ...(e.aliases ?? [])]), "out", "help"]);
    const unknown = [...read("docs/proxy.md").matchAll(/(?:`|\bpaymock proxy [^`\n]*?)--([a-z][a-z0-9-]*)/g)]
      .map((m) => m[1] as string)
      .filter((flag) => !flags.has(flag));
    expect(unknown).toEqual([]);
  });

  it("the schema accepts a file of every default and refuses bad values and unknown keys", () => {
    const ajv = new Ajv({ allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(toConfigSchema());
    const everything: Record<string, unknown> = { $schema: `./${CONFIG_SCHEMA_PATH}` };
    for (const entry of OPTION_TABLE) {
      const key = fileKeyOf(entry);
      const value = defaultOf(entry);
      if (key === undefined || value === undefined) continue;
      const [first, second] = key as [string, string | undefined];
      if (second === undefined) everything[first] = value;
      else everything[first] = { ...(everything[first] as object), [second]: value };
    }
    everything.callbackUrl = "http://127.0.0.1:9999/hooks";
    everything.otpCode = "424242";
    everything.proxy = { ...(everything.proxy as object), api: "nbcgate", target: "https://sandbox.test/v1", port: 0 };
    expect(validate(everything), JSON.stringify(validate.errors)).toBe(true);
    for (const bad of [
      { portBase: 99999 },
      { b2core: { blockSeconds: -1 } },
      { b2core: { frobnicate: 1 } },
      { frobnicate: true },
      { apis: ["paypal"] },
      { callbackUrl: "ftp://example.test" },
      { otpCode: "12" },
      { proxy: { target: "ftp://sandbox.test" } },
      { proxy: { api: "paypal" } },
      { proxy: { frobnicate: 1 } },
    ]) {
      expect(validate(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
