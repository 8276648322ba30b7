/**
 * The option reference in docs/mock-server.md, generated from the option table between two marker
 * comments (`npm run generate:options` rewrites it; a test fails when it is out of date).
 * @see mocks/option-table.ts
 */
import { commandsOf, defaultOf, envOf, fileKeyOf, flagOf, OPTION_TABLE, placeholderOf } from "./option-table.js";
import { describeType } from "./resolve-config.js";

export const OPTIONS_DOC_PATH = "docs/mock-server.md";
export const OPTIONS_START =
  "<!-- options:start (generated from mocks/option-table.ts by npm run generate:options) -->";
export const OPTIONS_END = "<!-- options:end -->";

const code = (text: string): string => `\`${text}\``;
const cell = (text: string): string => text.replaceAll("|", "\\|");

/** One table row per option: flag (and old aliases), env, config key, default, the commands that read it, meaning. */
export function toOptionsMarkdown(): string {
  const rows = OPTION_TABLE.map((entry) => {
    const placeholder = placeholderOf(entry);
    const flags = [flagOf(entry), ...(entry.aliases ?? [])].map((f) =>
      code(`--${f}${placeholder ? ` ${placeholder}` : ""}`),
    );
    const env = [envOf(entry), ...(entry.env === false ? [] : (entry.envAliases ?? []))].filter((e) => e !== undefined);
    const key = fileKeyOf(entry);
    const fallback = defaultOf(entry);
    return [
      flags.join("<br>"),
      env.length === 0 ? "—" : env.map((e) => code(e as string)).join("<br>"),
      key === undefined ? "—" : code(key.join(".")),
      fallback === undefined ? "—" : code(JSON.stringify(fallback)),
      commandsOf(entry).join(", "),
      `${entry.description} (${describeType(entry.type)})`,
    ].map(cell);
  });
  const header = ["flag", "environment", "config key", "default", "commands", "meaning"];
  const lines = [header, header.map(() => "---"), ...rows].map((row) => `| ${row.join(" | ")} |`);
  return lines.join("\n");
}

/** `doc` with the section between the markers replaced by the generated table. */
export function withOptionsSection(doc: string): string {
  const start = doc.indexOf(OPTIONS_START);
  const end = doc.indexOf(OPTIONS_END);
  if (start === -1 || end < start) throw new Error(`paymock: ${OPTIONS_DOC_PATH} lacks the options markers.`);
  return `${doc.slice(0, start + OPTIONS_START.length)}\n\n${toOptionsMarkdown()}\n\n${doc.slice(end)}`;
}
