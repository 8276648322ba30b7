/**
 * What `paymock start` and `paymock proxy` share on the command line: one commander option per
 * flag of the option table's entries for the command (aliases work but stay out of `--help`), the
 * flags as given (so resolveConfig can layer them over env, config file and defaults), and the log.
 * @see ./option-table.ts
 */
import { type Command, Option } from "commander";
import { type Logger, pino } from "pino";
import pretty from "pino-pretty";
import { LOG_LIMITS } from "./engine/log-limits.js";
import { type CommandName, entriesOf, envOf, flagOf, type OptionEntry, placeholderOf } from "./option-table.js";
import { describeType } from "./resolve-config.js";

const toCamel = (kebab: string): string => kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** `--apis` may be repeated: the values add up. */
const collect = (value: string, previous: string | undefined): string =>
  previous === undefined ? value : `${previous},${value}`;

/** One commander option per flag of a table entry; aliases work but stay out of `--help`. */
function toCommanderOptions(entry: OptionEntry): Option[] {
  const env = envOf(entry);
  const help = `${entry.description} (${describeType(entry.type)}${env === undefined ? "" : `; env ${env}`})`;
  const argument = entry.type.kind === "boolean" ? "" : ` ${placeholderOf(entry)}`;
  return [flagOf(entry), ...(entry.aliases ?? [])].map((flag, i) => {
    const option = new Option(`--${flag}${argument}`, help);
    if (entry.type.kind === "apis" || entry.type.kind === "list" || entry.type.kind === "spec-files")
      option.argParser(collect);
    return i === 0 ? option : option.hideHelp();
  });
}

/** Adds the flags of every table entry of `name` to `command` (no defaults or env: resolveConfig layers those). */
export function addTableOptions(command: Command, name: CommandName): Command {
  for (const entry of entriesOf(name)) for (const option of toCommanderOptions(entry)) command.addOption(option);
  return command;
}

/** The flags as given on the command line, by flag name (canonical and aliases). */
export function givenFlags(command: Command, name: CommandName): Record<string, string | true | undefined> {
  const opts = command.opts<Record<string, string | true | undefined>>();
  const flags: Record<string, string | true | undefined> = {};
  for (const entry of entriesOf(name)) {
    for (const flag of [flagOf(entry), ...(entry.aliases ?? [])]) flags[flag] = opts[toCamel(flag)];
  }
  return flags;
}

/** JSON lines for machines; one readable, coloured line per event on a terminal. */
export function createCliLogger(level: string, format: "pretty" | "json"): Logger {
  // Long values (a 500 KiB e-mail) are cut in every log line, as in the engine's own logger.
  const options = { level, base: undefined, ...LOG_LIMITS };
  if (format === "json") return pino(options);
  return pino(
    options,
    pretty({
      colorize: process.stdout.isTTY,
      translateTime: "HH:MM:ss.l",
      ignore: "api,to,purpose,code",
      messageFormat: "{api} {msg}",
    }),
  );
}
