/**
 * Every paymock option, declared once. The CLI flags, the `PAYMOCK_` environment variables, the
 * config-file keys, the config file's JSON Schema and the option list in docs/mock-server.md are all
 * derived from this table, so they cannot drift apart.
 *
 *   option path (MockOptions)     flag                        env                          config file
 *   portBase                      --port-base                 PAYMOCK_PORT_BASE            {"portBase": 0}
 *   b2core.blockSeconds           --b2core-block-seconds      PAYMOCK_B2CORE_BLOCK_SECONDS {"b2core": {"blockSeconds": 600}}
 *   proxy.target (ProxyOwnOptions) --proxy-target (--target)  PAYMOCK_PROXY_TARGET         {"proxy": {"target": "https://..."}}
 *
 * Each entry belongs to `paymock start`, to `paymock proxy`, or to both (`commandsOf`): the proxy
 * reads the mock options in SHARED_WITH_PROXY under the same names, so one config file serves both.
 *
 * @see docs/mock-server.md (Options)
 */
import { API_IDS } from "../src/apis.js";
import { DEFAULT_OPTIONS, type MockOptions } from "./options.js";
import { PROXY_DEFAULTS, type ProxyOwnOptions, SHARED_WITH_PROXY } from "./proxy/options.js";

/** Dotted paths of the leaves of an options object (arrays are leaves). */
type LeafPath<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends readonly unknown[]
    ? `${P}${K}`
    : T[K] extends object
      ? LeafPath<T[K], `${P}${K}.`>
      : `${P}${K}`;
}[keyof T & string];

/** A dotted path to one leaf of `MockOptions`, e.g. `"b2core.blockSeconds"`. */
export type OptionPath = LeafPath<Omit<MockOptions, "specs">> | "specs";

/** The values an option takes; text from flags and env is parsed into them, file values are checked. */
export type ValueType =
  | { readonly kind: "integer"; readonly min: number; readonly max: number }
  | { readonly kind: "string"; readonly maxLength: number; readonly pattern?: string; readonly patternHint?: string }
  | { readonly kind: "enum"; readonly choices: readonly string[] }
  | { readonly kind: "url" }
  | { readonly kind: "apis" }
  | { readonly kind: "list"; readonly maxItems: number; readonly maxLength: number }
  /** `api=path` pairs (repeatable or comma-separated): a spec file per API. */
  | { readonly kind: "spec-files" }
  | { readonly kind: "boolean" };

/** Options of the `start` command itself, not of the mock (they have no place in `MockOptions`). */
export type CliOptionName = "config" | "portsFile" | "logFormat" | "printConfig";

/** The commands whose options the table declares. */
export type CommandName = "start" | "proxy";

/** Options of `paymock proxy` alone (the `proxy` group of the config file). */
export type ProxyOptionName = keyof ProxyOwnOptions;

interface EntryBase {
  readonly type: ValueType;
  /** One line for `--help` and the docs. */
  readonly description: string;
  /** The flag's argument in `--help` (default: from the type, e.g. `<n>`). */
  readonly placeholder?: string;
  /** Old flag names that still work (hidden from `--help`). */
  readonly aliases?: readonly string[];
  /** Old environment variable names that still work. */
  readonly envAliases?: readonly string[];
  /** `false`: no environment variable (default: one). */
  readonly env?: false;
  /** `false`: not a config-file key (default: one). */
  readonly file?: false;
}

/** An option of the mock: it ends up in `MockOptions` at `option`. */
export interface MockOptionEntry extends EntryBase {
  readonly option: OptionPath;
}

/** An option of the CLI only. */
export interface CliOptionEntry extends EntryBase {
  readonly cli: CliOptionName;
}

/** An option of `paymock proxy` alone: it ends up in `ProxyOwnOptions` at `proxy`. */
export interface ProxyOptionEntry extends EntryBase {
  readonly proxy: ProxyOptionName;
}

export type OptionEntry = MockOptionEntry | CliOptionEntry | ProxyOptionEntry;

/** Vendor prefixes (conventions: flags `--<prefix>-...`, file keys grouped under `<prefix>`). */
export const VENDOR_PREFIXES = ["nbcgate", "mercuryo", "softline", "b2core"] as const;

/** Every group of the config file: the vendors' and the proxy's. */
export const GROUP_PREFIXES = [...VENDOR_PREFIXES, "proxy"] as const;

const TEN_YEARS_SECONDS = 10 * 365 * 24 * 3600;
const seconds = (min = 1, max = TEN_YEARS_SECONDS): ValueType => ({ kind: "integer", min, max });
const attempts: ValueType = { kind: "integer", min: 1, max: 1000 };
const secret: ValueType = { kind: "string", maxLength: 256 };

/** The table: mock options first (in `MockOptions` order), then the proxy's own, then the CLI's. */
export const OPTION_TABLE: readonly OptionEntry[] = [
  {
    option: "apis",
    type: { kind: "apis" },
    aliases: ["api"],
    description: "serve only these APIs (comma-separated or repeated)",
  },
  { option: "host", type: { kind: "string", maxLength: 253 }, description: "interface to listen on" },
  {
    option: "allowedHosts",
    type: { kind: "list", maxItems: 100, maxLength: 253 },
    description: "more Host header values to accept besides localhost, 127.0.0.1, [::1] and --host",
  },
  {
    option: "adminOrigins",
    type: { kind: "list", maxItems: 100, maxLength: 2048 },
    description: "web origins (besides loopback ones) whose pages may call the admin API",
  },
  {
    option: "adminToken",
    type: secret,
    description: "admin routes need this X-Paymock-Admin-Token (required when --host is not loopback)",
  },
  {
    option: "insecureAdmin",
    type: { kind: "boolean" },
    description: "serve admin routes off loopback without --admin-token (only on a trusted network)",
  },
  {
    option: "portBase",
    type: { kind: "integer", min: 0, max: 65_535 },
    description: "first port; API i listens on base + i (nbcgate base ... b2core-backoffice base + 3); 0 = free ports",
  },
  {
    option: "otpCode",
    type: { kind: "string", maxLength: 8, pattern: "^[0-9]{4,8}$", patternHint: "4 to 8 digits" },
    placeholder: "<digits>",
    description: "use this code for every OTP/2FA message instead of random ones",
  },
  {
    option: "profile",
    type: { kind: "enum", choices: ["sandbox", "production"] },
    description: "token lifetimes as in the vendor's sandbox or production",
  },
  {
    option: "callbackUrl",
    type: { kind: "url" },
    description: "POST Mercuryo callbacks (X-Signature) and Softline webhooks (signature field) here",
  },
  {
    option: "mercuryoSignKey",
    type: secret,
    aliases: ["sign-key"],
    envAliases: ["PAYMOCK_SIGN_KEY"],
    description: "Sign Key for the Mercuryo callback X-Signature (HMAC-SHA256)",
  },
  {
    option: "maxBodyBytes",
    type: { kind: "integer", min: 1, max: 1024 ** 3 },
    description: "refuse larger request bodies with 413",
  },
  {
    option: "requestTimeoutMs",
    type: { kind: "integer", min: 1, max: 3_600_000 },
    description: "answer 408 when a request body stalls (no byte arrives) for this many ms",
  },
  {
    option: "bodyDeadlineMs",
    type: { kind: "integer", min: 1, max: 3_600_000 },
    description: "answer 408 when a request body is still arriving after this many ms in all",
  },
  {
    option: "validateResponses",
    type: { kind: "enum", choices: ["warn", "off"] },
    description: "check every response against the spec and log violations (warn) or not (off)",
  },
  {
    option: "logLevel",
    type: { kind: "enum", choices: ["silent", "error", "warn", "info", "debug"] },
    description: "log level",
  },
  {
    option: "specs",
    type: { kind: "spec-files" },
    aliases: ["spec"],
    description: "serve your own copy of an API's spec with the same scripted behaviour (api=path, repeatable)",
  },
  {
    option: "maxSessions",
    type: { kind: "integer", min: 1, max: 100_000 },
    description: "live X-Paymock-Session worlds at most; the least recently used is evicted past it",
  },
  {
    option: "journalLimit",
    type: { kind: "integer", min: 1, max: 1_000_000 },
    description: "journal entries kept per API and session (older ones are dropped)",
  },
  {
    option: "outboxPerRecipient",
    type: { kind: "integer", min: 1, max: 1_000_000 },
    description: "outbox messages kept per recipient, per API and session",
  },
  {
    option: "outboxPerApi",
    type: { kind: "integer", min: 1, max: 1_000_000 },
    description: "outbox messages kept per API and session",
  },
  {
    option: "watch",
    type: { kind: "boolean" },
    description: "watch the served specs and swap in edited versions without a restart (state stays)",
  },
  { option: "b2core.accessTokenTtlSeconds", type: seconds(), description: "B2Core access token lifetime" },
  { option: "b2core.refreshTokenTtlSeconds", type: seconds(), description: "B2Core refresh token lifetime" },
  { option: "b2core.twoFaTokenTtlSeconds", type: seconds(), description: "B2Core 2FA token lifetime" },
  {
    option: "b2core.blockSeconds",
    type: seconds(0),
    aliases: ["block-seconds"],
    envAliases: ["PAYMOCK_BLOCK_SECONDS"],
    description: "how long B2Core blocks after an exceeded attempt limit",
  },
  {
    option: "b2core.signInAttemptsPerMinute",
    type: attempts,
    description: "B2Core sign-in attempts per minute per e-mail",
  },
  {
    option: "b2core.twoFaAttemptsPerMinute",
    type: attempts,
    description: "B2Core 2FA confirmation attempts per minute per 2FA token",
  },
  {
    option: "b2core.refreshAttemptsPerMinute",
    type: attempts,
    description: "B2Core refresh attempts per minute per refresh token",
  },
  { option: "softline.tokenTtlSeconds", type: seconds(), description: "Softline bearer token lifetime" },
  {
    option: "softline.webhookSecret",
    type: secret,
    description: "secret of the Softline webhook signature field",
  },
  {
    option: "softline.autoChargeSeconds",
    type: seconds(0),
    description: "seconds until a Softline auto-payment or card verification is charged",
  },
  {
    option: "softline.refundStepSeconds",
    type: seconds(),
    description: "seconds per Softline refund step (New -> Processing -> Completed)",
  },
  { option: "nbcgate.tokenTtlSeconds", type: seconds(), description: "NBC Gate access token lifetime" },
  { option: "nbcgate.otpTtlSeconds", type: seconds(), description: "NBC Gate one-time code lifetime" },
  { option: "nbcgate.invoiceTtlSeconds", type: seconds(), description: "how long an NBC Gate invoice can be paid" },
  {
    option: "nbcgate.invoiceConfirmSeconds",
    type: seconds(0),
    description: "seconds from POST /invoice/pay to the confirmed NBC Gate payment",
  },
  {
    option: "nbcgate.otpMaxCodes",
    type: attempts,
    description: "one-time codes sent to one NBC Gate account per window at most",
  },
  { option: "nbcgate.otpWindowSeconds", type: seconds(), description: "the window of --nbcgate-otp-max-codes" },
  {
    option: "mercuryo.partnerToken",
    type: secret,
    description: "Mercuryo partner token (Sdk-Partner-Token) the mock accepts",
  },
  {
    option: "mercuryo.userTokenTtlSeconds",
    type: seconds(),
    description: "Mercuryo user token lifetime under --profile production",
  },
  {
    option: "mercuryo.sellRequestStepSeconds",
    type: seconds(),
    description: "seconds per Mercuryo sell-request step (pending -> processing -> completed)",
  },
  { option: "mercuryo.otpTtlSeconds", type: seconds(), description: "Mercuryo sign-in code (key) lifetime" },
  {
    option: "mercuryo.otpMaxAttempts",
    type: attempts,
    description: "wrong Mercuryo sign-in codes before the challenge locks until a resend",
  },
  {
    option: "mercuryo.refreshWindowSeconds",
    type: seconds(0),
    description: "how long after its expiry a Mercuryo user token can still be refreshed (0 = never)",
  },
  {
    option: "mercuryo.resendCooldownSeconds",
    type: seconds(0),
    description: "seconds before a Mercuryo sign-in code may be resent (the announced timeout)",
  },
  {
    option: "mercuryo.otpMaxCodes",
    type: attempts,
    description: "sign-in codes sent to one Mercuryo account per window at most",
  },
  { option: "mercuryo.otpWindowSeconds", type: seconds(), description: "the window of --mercuryo-otp-max-codes" },
  {
    proxy: "api",
    type: { kind: "enum", choices: [...API_IDS] },
    placeholder: "<id>",
    aliases: ["api"],
    envAliases: ["PAYMOCK_API"],
    description: "the API the target serves; one API per proxy process (required)",
  },
  {
    proxy: "target",
    type: { kind: "url" },
    aliases: ["target"],
    envAliases: ["PAYMOCK_TARGET"],
    description: "the sandbox's base URL; its path (/v1.6) goes before every request path, never twice (required)",
  },
  {
    proxy: "port",
    type: { kind: "integer", min: 0, max: 65_535 },
    aliases: ["port"],
    envAliases: ["PAYMOCK_PORT"],
    description: "port of the proxy (default: the mock's port for the API, --port-base + its index); 0 = a free one",
  },
  {
    proxy: "strict",
    type: { kind: "boolean" },
    aliases: ["strict"],
    envAliases: ["PAYMOCK_STRICT"],
    description: "refuse invalid requests (the vendor's 400) and invalid answers (502) instead of reporting them",
  },
  {
    proxy: "record",
    type: { kind: "string", maxLength: 4096 },
    placeholder: "<dir>",
    aliases: ["record"],
    envAliases: ["PAYMOCK_RECORD"],
    description: "write each operation's answers to this folder as candidate examples (paymock examples import)",
  },
  {
    proxy: "timeoutMs",
    type: { kind: "integer", min: 1, max: 600_000 },
    aliases: ["timeout-ms"],
    envAliases: ["PAYMOCK_TIMEOUT_MS"],
    description: "how long to wait for the target's status line and headers before answering 504",
  },
  {
    proxy: "maxValidatedBytes",
    type: { kind: "integer", min: 1, max: 1024 ** 3 },
    description: "JSON answers up to this size are read whole and validated; larger ones stream through unchecked",
  },
  {
    cli: "config",
    type: { kind: "string", maxLength: 4096 },
    placeholder: "<file>",
    file: false,
    description: "read options from this JSON file (default: paymock.config.json in the working directory, if any)",
  },
  {
    cli: "portsFile",
    type: { kind: "string", maxLength: 4096 },
    placeholder: "<file>",
    description: 'write {"<api>": "<url>"} to this file once every API is listening',
  },
  {
    cli: "logFormat",
    type: { kind: "enum", choices: ["pretty", "json"] },
    description: "readable lines or JSON lines (default: pretty on a terminal, json otherwise)",
  },
  {
    cli: "printConfig",
    type: { kind: "boolean" },
    env: false,
    file: false,
    description: "print the resolved options and where each came from, then exit",
  },
];

/** The flag's argument as `--help` shows it; empty for a boolean flag. */
export function placeholderOf(entry: OptionEntry): string {
  if (entry.placeholder !== undefined) return entry.placeholder;
  const { type } = entry;
  switch (type.kind) {
    case "integer":
      return "<n>";
    case "enum":
      return `<${type.choices.join("|")}>`;
    case "url":
      return "<url>";
    case "apis":
      return "<ids>";
    case "list":
      return "<a,b>";
    case "spec-files":
      return "<api=path>";
    case "string":
      return "<text>";
    case "boolean":
      return "";
  }
}

const toKebab = (camel: string): string => camel.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const toCamel = (kebab: string): string => kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The name an entry is known by in messages and `--print-config` (its option path or CLI name). */
export const nameOf = (entry: OptionEntry): string =>
  "option" in entry ? entry.option : "proxy" in entry ? `proxy.${entry.proxy}` : entry.cli;

const SHARED: ReadonlySet<string> = new Set(SHARED_WITH_PROXY);

/** The commands that take an entry: proxy entries `proxy`; shared mock options and CLI options both; the rest `start`. */
export function commandsOf(entry: OptionEntry): readonly CommandName[] {
  if ("proxy" in entry) return ["proxy"];
  if ("option" in entry) return SHARED.has(entry.option) ? ["start", "proxy"] : ["start"];
  return entry.cli === "portsFile" ? ["start"] : ["start", "proxy"];
}

/** The entries of one command, in table order. */
export const entriesOf = (command: CommandName): readonly OptionEntry[] =>
  OPTION_TABLE.filter((entry) => commandsOf(entry).includes(command));

/** The flag without dashes: the option path in kebab-case, `.` joined by `-` (`b2core-block-seconds`). */
export const flagOf = (entry: OptionEntry): string => nameOf(entry).split(".").map(toKebab).join("-");

/** `PAYMOCK_` + the flag in upper snake case; undefined when the entry has no environment variable. */
export const envOf = (entry: OptionEntry): string | undefined =>
  entry.env === false ? undefined : `PAYMOCK_${flagOf(entry).toUpperCase().replaceAll("-", "_")}`;

/** The config-file key path: the flag in camelCase, vendor and proxy options grouped under their prefix. */
export function fileKeyOf(entry: OptionEntry): readonly string[] | undefined {
  if (entry.file === false) return undefined;
  const flag = flagOf(entry);
  const prefix = GROUP_PREFIXES.find((p) => flag.startsWith(`${p}-`));
  return prefix === undefined ? [toCamel(flag)] : [prefix, toCamel(flag.slice(prefix.length + 1))];
}

/** The `MockOptions` (or `PROXY_DEFAULTS`) default of an option; undefined for CLI options and unset defaults. */
export function defaultOf(entry: OptionEntry): unknown {
  if ("proxy" in entry) return PROXY_DEFAULTS[entry.proxy];
  if (!("option" in entry)) return entry.type.kind === "boolean" ? false : undefined;
  let value: unknown = DEFAULT_OPTIONS;
  for (const key of entry.option.split(".")) value = (value as Record<string, unknown>)[key];
  return value;
}

/** Every leaf path of an options object (what the table must cover). */
export function leafPathsOf(value: object, prefix = ""): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === "object" && child !== null && !Array.isArray(child)
      ? leafPathsOf(child, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}
