/**
 * The JSON Schema of `paymock.config.json`, derived from the option table so editors complete and
 * check exactly the keys the CLI reads. Committed as schemas/paymock.config.schema.json
 * (`npm run generate:options` writes it; a test fails when it is out of date).
 * @see mocks/option-table.ts
 */
import { API_IDS } from "../src/apis.js";
import {
  commandsOf,
  defaultOf,
  envOf,
  fileKeyOf,
  flagOf,
  GROUP_PREFIXES,
  OPTION_TABLE,
  type ValueType,
} from "./option-table.js";

/** Where the schema is committed, relative to the package root. */
export const CONFIG_SCHEMA_PATH = "schemas/paymock.config.schema.json";

type Schema = Record<string, unknown>;

function typeSchema(type: ValueType): Schema {
  switch (type.kind) {
    case "integer":
      return { type: "integer", minimum: type.min, maximum: type.max };
    case "string":
      return {
        type: "string",
        minLength: 1,
        maxLength: type.maxLength,
        ...(type.pattern === undefined ? {} : { pattern: type.pattern }),
      };
    case "enum":
      return { type: "string", enum: [...type.choices] };
    case "url":
      return { type: "string", format: "uri", pattern: "^https?://" };
    case "apis":
      return { type: "array", minItems: 1, items: { type: "string", enum: [...API_IDS] } };
    case "spec-files":
      return {
        type: "object",
        additionalProperties: false,
        properties: Object.fromEntries(API_IDS.map((api) => [api, { type: "string", minLength: 1, maxLength: 4096 }])),
      };
    case "list":
      return {
        type: "array",
        maxItems: type.maxItems,
        items: { type: "string", minLength: 1, maxLength: type.maxLength },
      };
    case "boolean":
      return { type: "boolean" };
  }
}

const GROUP_TITLES: Record<(typeof GROUP_PREFIXES)[number], string> = {
  nbcgate: "NBC Gate options",
  mercuryo: "Mercuryo Spend Card options",
  softline: "Softline Checkout options",
  b2core: "B2Core Back Office options",
  proxy: "paymock proxy options (one API in front of one target)",
};

/** Which commands read a key, for the hover text. */
const commandNote = (commands: readonly string[]): string =>
  commands.length > 1 ? "" : commands[0] === "proxy" ? "; paymock proxy" : "; paymock start";

/** The schema (draft-07, which editors and Ajv's default class read). */
export function toConfigSchema(): Schema {
  const properties: Record<string, Schema> = {
    $schema: { type: "string", description: "Path or URL of this schema, for editor completion." },
  };
  const groups = new Map<string, Record<string, Schema>>();
  for (const entry of OPTION_TABLE) {
    const key = fileKeyOf(entry);
    if (key === undefined) continue;
    const fallback = defaultOf(entry);
    const schema: Schema = {
      // Editors show this on hover: what it does, and the flag and variable that set it too.
      description: `${entry.description} (flag --${flagOf(entry)}${envOf(entry) === undefined ? "" : `, env ${envOf(entry)}`}${commandNote(commandsOf(entry))})`,
      ...typeSchema(entry.type),
      ...(fallback === undefined ? {} : { default: fallback }),
    };
    const [first, second] = key;
    if (second === undefined) properties[first as string] = schema;
    else {
      const group = groups.get(first as string) ?? {};
      group[second] = schema;
      groups.set(first as string, group);
    }
  }
  for (const prefix of GROUP_PREFIXES) {
    const group = groups.get(prefix);
    if (group === undefined) continue;
    properties[prefix] = {
      description: GROUP_TITLES[prefix],
      type: "object",
      additionalProperties: false,
      properties: group,
    };
  }
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "paymock configuration",
    description:
      "paymock.config.json: options of `paymock start` and `paymock proxy` (its own under `proxy`; host, admin and limit keys are read by both). Flags and PAYMOCK_* environment variables override these keys.",
    type: "object",
    additionalProperties: false,
    properties,
  };
}

/** The schema as committed (two-space JSON and a final newline). */
export const toConfigSchemaText = (): string => `${JSON.stringify(toConfigSchema(), null, 2)}\n`;
