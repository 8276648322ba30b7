/**
 * Resolves the CLI's configuration from four layers, highest first: flags > environment
 * (`PAYMOCK_...`) > config file (`--config FILE`, else `paymock.config.json` in the working
 * directory) > defaults. Every value is checked against its table entry, and a bad one is refused
 * with a message naming the flag, variable or file key it came from.
 * @see mocks/option-table.ts
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { API_IDS, isApiId } from "../src/apis.js";
import {
  type CliOptionName,
  type CommandName,
  defaultOf,
  entriesOf,
  envOf,
  fileKeyOf,
  flagOf,
  OPTION_TABLE,
  type OptionEntry,
  type ValueType,
} from "./option-table.js";
import type { MockOptionsInput } from "./options.js";
import type { ProxyOwnOptions } from "./proxy/options.js";

/** The file read when neither `--config` nor `PAYMOCK_CONFIG` names one. */
export const DEFAULT_CONFIG_FILE = "paymock.config.json";

/** A configuration the developer has to fix; the message says what and where. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

export type SourceKind = "flag" | "env" | "file" | "default";

/** One resolved option and where its value came from. */
export interface ResolvedValue {
  readonly entry: OptionEntry;
  readonly value: unknown;
  readonly source: SourceKind;
  /** `--port-base`, `PAYMOCK_PORT_BASE`, `portBase in /path/paymock.config.json` or `default`. */
  readonly label: string;
}

export interface CliConfig {
  /** The command whose options these are. */
  readonly command: CommandName;
  /** Input for `resolveOptions` / `createMockServer`: every mock option of the command, defaults included. */
  readonly input: MockOptionsInput;
  /** `paymock proxy` only: the `proxy` group (empty for `start`). */
  readonly proxy: Partial<ProxyOwnOptions>;
  readonly cli: {
    readonly portsFile: string | undefined;
    readonly logFormat: "pretty" | "json" | undefined;
    readonly printConfig: boolean;
  };
  /** Every option of the command in table order. */
  readonly values: readonly ResolvedValue[];
  /** The config file that was read, if any. */
  readonly configFile: string | undefined;
}

export interface ConfigSources {
  /** Flag name without dashes (canonical or alias) -> its text, or `true` for a boolean flag. */
  readonly flags: Readonly<Record<string, string | true | undefined>>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** What a value of this type must be, for messages. */
export function describeType(type: ValueType): string {
  switch (type.kind) {
    case "integer":
      return `a whole number from ${type.min} to ${type.max}`;
    case "string":
      return type.patternHint ?? `a non-empty text of at most ${type.maxLength} characters`;
    case "enum":
      return `one of ${type.choices.join(", ")}`;
    case "url":
      return "an http:// or https:// URL";
    case "apis":
      return `a list of API ids (${API_IDS.join(", ")})`;
    case "list":
      return `a comma-separated list of at most ${type.maxItems} names`;
    case "spec-files":
      return `api=path pairs (${API_IDS.join(", ")})`;
    case "boolean":
      return "true or false";
  }
}

const refuse = (label: string, type: ValueType, got: unknown): never => {
  throw new ConfigError(`paymock: ${label} must be ${describeType(type)}, got ${JSON.stringify(got)}.`);
};

/** Checks a typed value (from the file, or parsed from text) and returns it normalised. */
export function checkValue(entry: OptionEntry, value: unknown, label: string): unknown {
  const { type } = entry;
  switch (type.kind) {
    case "integer":
      if (typeof value !== "number" || !Number.isInteger(value) || value < type.min || value > type.max) {
        refuse(label, type, value);
      }
      return value;
    case "string":
      if (typeof value !== "string" || value.length === 0 || value.length > type.maxLength) refuse(label, type, value);
      if (type.pattern !== undefined && !new RegExp(type.pattern).test(value as string)) refuse(label, type, value);
      return value;
    case "enum":
      if (typeof value !== "string" || !type.choices.includes(value)) refuse(label, type, value);
      return value;
    case "url": {
      const url = typeof value === "string" && URL.canParse(value) ? new URL(value) : undefined;
      if (url === undefined || (url.protocol !== "http:" && url.protocol !== "https:")) refuse(label, type, value);
      return value;
    }
    case "apis": {
      if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== "string")) {
        refuse(label, type, value);
      }
      for (const id of value as string[]) {
        if (!isApiId(id))
          throw new ConfigError(`paymock: ${label}: unknown API "${id}"; known: ${API_IDS.join(", ")}.`);
      }
      return [...new Set(value as string[])];
    }
    case "list":
      if (
        !Array.isArray(value) ||
        value.length > type.maxItems ||
        value.some((v) => typeof v !== "string" || v.length === 0 || v.length > type.maxLength)
      ) {
        refuse(label, type, value);
      }
      return [...new Set(value as string[])];
    case "spec-files": {
      if (!isObject(value)) refuse(label, type, value);
      for (const [api, path] of Object.entries(value as JsonObject)) {
        if (!isApiId(api))
          throw new ConfigError(`paymock: ${label}: unknown API "${api}"; known: ${API_IDS.join(", ")}.`);
        if (typeof path !== "string" || path.length === 0 || path.length > 4096) refuse(label, type, value);
      }
      return value;
    }
    case "boolean":
      if (typeof value !== "boolean") refuse(label, type, value);
      return value;
  }
}

/** Parses the text of a flag or environment variable into a checked value. */
export function parseText(entry: OptionEntry, text: string | true, label: string): unknown {
  const { type } = entry;
  if (text === true) return checkValue(entry, true, label);
  switch (type.kind) {
    case "integer":
      return checkValue(entry, /^\s*-?\d+\s*$/.test(text) ? Number(text) : text, label);
    case "boolean":
      return checkValue(
        entry,
        text === "true" || text === "1" ? true : text === "false" || text === "0" ? false : text,
        label,
      );
    case "spec-files": {
      const pairs: JsonObject = {};
      for (const pair of text
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s.length > 0)) {
        const eq = pair.indexOf("=");
        if (eq <= 0) refuse(label, type, text);
        pairs[pair.slice(0, eq)] = pair.slice(eq + 1);
      }
      return checkValue(entry, pairs, label);
    }
    case "apis":
    case "list":
      return checkValue(
        entry,
        text
          .split(",")
          .map((s) => s.trim())
          .filter((s) => s.length > 0),
        label,
      );
    default:
      return checkValue(entry, text, label);
  }
}

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** The config file's content, checked for unknown keys; undefined when there is no file to read. */
function readConfigFile(path: string | undefined, explicit: string | undefined): JsonObject | undefined {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(
      `paymock: cannot read the config file ${path} (${explicit ?? "found in the working directory"}): ${(error as Error).message}`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`paymock: the config file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(parsed)) throw new ConfigError(`paymock: the config file ${path} must hold a JSON object.`);
  checkKeys(parsed, [], path);
  return parsed;
}

/** Refuses keys the table does not know, naming the closest level's known keys. */
function checkKeys(object: JsonObject, at: readonly string[], path: string): void {
  const known = new Map<string, boolean>(); // key -> is a group
  if (at.length === 0) known.set("$schema", false);
  for (const entry of OPTION_TABLE) {
    const key = fileKeyOf(entry);
    if (key === undefined || at.some((part, i) => key[i] !== part) || key.length <= at.length) continue;
    const next = key[at.length] as string;
    known.set(next, key.length > at.length + 1);
  }
  for (const [key, value] of Object.entries(object)) {
    const dotted = [...at, key].join(".");
    const group = known.get(key);
    if (group === undefined) {
      throw new ConfigError(
        `paymock: unknown key "${dotted}" in ${path}; known keys here: ${[...known.keys()].join(", ")}.`,
      );
    }
    if (group) {
      if (!isObject(value)) throw new ConfigError(`paymock: "${dotted}" in ${path} must be an object of options.`);
      checkKeys(value, [...at, key], path);
    }
  }
}

function fileValue(file: JsonObject, key: readonly string[]): unknown {
  let value: unknown = file;
  for (const part of key) value = isObject(value) ? value[part] : undefined;
  return value;
}

/** The value of one entry from the highest layer that sets it. */
function resolveEntry(
  entry: OptionEntry,
  sources: ConfigSources,
  file: JsonObject | undefined,
  filePath: string | undefined,
): ResolvedValue {
  for (const flag of [flagOf(entry), ...(entry.aliases ?? [])]) {
    const text = sources.flags[flag];
    if (text !== undefined) {
      const label = `--${flag}`;
      return { entry, value: parseText(entry, text, label), source: "flag", label };
    }
  }
  const env = envOf(entry);
  for (const name of env === undefined ? [] : [env, ...(entry.envAliases ?? [])]) {
    const text = sources.env[name];
    if (text !== undefined && text !== "") {
      return { entry, value: parseText(entry, text, name), source: "env", label: name };
    }
  }
  const key = fileKeyOf(entry);
  if (file !== undefined && key !== undefined) {
    const value = fileValue(file, key);
    if (value !== undefined) {
      const label = `"${key.join(".")}" in ${filePath}`;
      return { entry, value: checkValue(entry, value, label), source: "file", label };
    }
  }
  return { entry, value: defaultOf(entry), source: "default", label: "default" };
}

/** Refuses a port base whose last served API would land past port 65535. */
function checkPortBase(values: readonly ResolvedValue[]): void {
  const find = (name: string) => values.find((v) => "option" in v.entry && v.entry.option === name);
  const base = find("portBase");
  // `paymock proxy` serves its one API (`proxy.api`) and has its own port when `proxy.port` is set.
  const proxyApi = values.find((v) => "proxy" in v.entry && v.entry.proxy === "api")?.value;
  const proxyPort = values.find((v) => "proxy" in v.entry && v.entry.proxy === "port")?.value;
  if (proxyPort !== undefined) return;
  const apis = (find("apis")?.value ?? (proxyApi === undefined ? API_IDS : [proxyApi])) as readonly string[];
  if (base === undefined || base.value === 0) return;
  const lastIndex = Math.max(...apis.map((api) => API_IDS.indexOf(api as (typeof API_IDS)[number])));
  const last = (base.value as number) + lastIndex;
  if (last > 65_535) {
    throw new ConfigError(
      `paymock: ${base.label} ${base.value} would put ${API_IDS[lastIndex]} on port ${last}, past the last port 65535. ` +
        `Use a base of at most ${65_535 - lastIndex}, or 0 for free ports.`,
    );
  }
}

function setPath(target: JsonObject, path: readonly string[], value: unknown): void {
  let at = target;
  for (const part of path.slice(0, -1)) {
    at[part] ??= {};
    at = at[part] as JsonObject;
  }
  at[path.at(-1) as string] = value;
}

/**
 * Resolves every option of `command` from flags, environment, config file and defaults. The config
 * file may hold the keys of both commands (one file for `start` and `proxy`); each reads its own.
 */
export function resolveConfig(sources: ConfigSources, command: CommandName = "start"): CliConfig {
  const configEntry = OPTION_TABLE.find((e) => "cli" in e && e.cli === "config") as OptionEntry;
  const configValue = resolveEntry(configEntry, sources, undefined, undefined);
  const explicit = configValue.source === "default" ? undefined : configValue.label;
  let filePath: string | undefined;
  if (configValue.value !== undefined) filePath = resolve(sources.cwd, configValue.value as string);
  else {
    const candidate = resolve(sources.cwd, DEFAULT_CONFIG_FILE);
    filePath = existsSync(candidate) ? candidate : undefined;
  }
  const file = readConfigFile(filePath, explicit);

  const values = entriesOf(command).map((entry) =>
    entry === configEntry ? configValue : resolveEntry(entry, sources, file, filePath),
  );
  checkPortBase(values);

  const input: JsonObject = {};
  const proxy: JsonObject = {};
  const cli: Partial<Record<CliOptionName, unknown>> = {};
  for (const { entry, value } of values) {
    if ("option" in entry) setPath(input, entry.option.split("."), value);
    else if ("proxy" in entry) proxy[entry.proxy] = value;
    else cli[entry.cli] = value;
  }
  return {
    command,
    input: input as MockOptionsInput,
    proxy: proxy as Partial<ProxyOwnOptions>,
    cli: {
      portsFile: cli.portsFile as string | undefined,
      logFormat: cli.logFormat as "pretty" | "json" | undefined,
      printConfig: cli.printConfig === true,
    },
    values,
    configFile: filePath,
  };
}

/**
 * Checks a programmatic options object (`startMock`, `createMockServer` callers) against the same
 * table, naming the option path (`options.b2core.blockSeconds must be ...`). Unset options pass.
 */
export function checkMockOptions(input: MockOptionsInput): void {
  const values: ResolvedValue[] = [];
  for (const entry of OPTION_TABLE) {
    if (!("option" in entry)) continue;
    let value: unknown = input;
    for (const key of entry.option.split(".")) value = isObject(value) ? value[key] : undefined;
    if (value === undefined) continue;
    const label = `options.${entry.option}`;
    values.push({ entry, value: checkValue(entry, value, label), source: "flag", label });
  }
  checkPortBase(values);
}

/**
 * Checks `startProxy` options against the same table: the proxy's own under their plain names
 * (`options.target must be an http:// or https:// URL`) and the mock options it shares. Unset pass.
 */
export function checkProxyOptions(input: Readonly<Record<string, unknown>>): void {
  for (const entry of entriesOf("proxy")) {
    if (!("proxy" in entry) || input[entry.proxy] === undefined) continue;
    checkValue(entry, input[entry.proxy], `options.${entry.proxy}`);
  }
  checkMockOptions(input as MockOptionsInput);
}

/** The resolved configuration as aligned lines: config-file key, value, source. */
export function formatConfig(config: CliConfig): string {
  const rows = config.values
    .filter(({ entry }) => !("cli" in entry && entry.cli === "printConfig"))
    .map(({ entry, value, label }) => [
      (fileKeyOf(entry) ?? [flagOf(entry)]).join("."),
      value === undefined ? "(unset)" : JSON.stringify(value),
      label,
    ]);
  const widths = [0, 1].map((i) => Math.max(...rows.map((row) => (row[i] as string).length)));
  const lines = rows.map(
    ([key, value, label]) =>
      `  ${(key as string).padEnd(widths[0] ?? 0)}  ${(value as string).padEnd(widths[1] ?? 0)}  ${label}`,
  );
  const file = config.configFile === undefined ? "no config file" : `config file ${config.configFile}`;
  const title = config.command === "start" ? "paymock configuration" : `paymock ${config.command} configuration`;
  return `${title} (flags > PAYMOCK_* env > ${file} > defaults):\n${lines.join("\n")}\n`;
}
