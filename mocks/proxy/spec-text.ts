/**
 * Adds one named example to a media type of a YAML spec by editing its text, not by re-printing
 * the document: the yaml library's round trip rewrites thousands of lines of hand-formatted specs,
 * so the patch a reviewer sees would drown the one change. Positions come from the yaml parser.
 */
import { isMap, isScalar, type Node, type Pair, parseDocument, stringify, type YAMLMap } from "yaml";

/** The text with the example added, or why it could not be added safely. */
export type TextEdit =
  | { readonly kind: "edited"; readonly text: string }
  | { readonly kind: "refused"; readonly reason: string };

const lineStart = (text: string, offset: number) => text.lastIndexOf("\n", offset - 1) + 1;
const columnOf = (text: string, offset: number) => offset - lineStart(text, offset);

/** The offset just past the line on which a node's value ends. */
function afterLineOf(text: string, end: number): number {
  if (end > 0 && text[end - 1] === "\n") return end;
  const next = text.indexOf("\n", end);
  return next === -1 ? text.length : next + 1;
}

const indent = (block: string, by: string) =>
  block
    .split("\n")
    .map((line) => (line === "" ? line : `${by}${line}`))
    .join("\n");

/**
 * `name:` and the example object as block YAML, indented by `by`, ending in a newline. Written with
 * YAML 1.1 quoting, so a YAML 1.1 reader (js-yaml) does not turn `2024-05-14T09:30:00+00:00` or
 * `yes` into a date or a boolean.
 */
function toEntryText(name: string, example: Record<string, unknown>, by: string): string {
  const block = stringify({ [name]: example }, { lineWidth: 0, version: "1.1" });
  return indent(block.endsWith("\n") ? block : `${block}\n`, by);
}

const isBlockMap = (node: unknown): node is YAMLMap<Node, Node> =>
  isMap(node) && node.flow !== true && node.items.length > 0;

const keyOf = (pair: Pair<unknown, unknown>) => (isScalar(pair.key) ? String(pair.key.value) : undefined);

/**
 * Inserts `examples.<name>` into the media type object at `path`. A media type with a single
 * `example` gets it moved to `examples.default` first (OpenAPI allows one or the other).
 */
export function addNamedExample(
  text: string,
  path: readonly (string | number)[],
  name: string,
  example: Record<string, unknown>,
): TextEdit {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const media = doc.getIn(path, true);
  if (!isBlockMap(media) || media.range === undefined || media.range === null) {
    return { kind: "refused", reason: "the media type is not a block mapping in the spec" };
  }
  const firstKey = media.items[0]?.key as Node | undefined;
  const mediaIndent = " ".repeat(columnOf(text, firstKey?.range?.[0] ?? media.range[0]));
  const examplesPair = media.items.find((p) => keyOf(p) === "examples");
  const examplePair = media.items.find((p) => keyOf(p) === "example");

  if (examplesPair !== undefined) {
    const examples = examplesPair.value;
    if (!isBlockMap(examples) || examples.range === undefined || examples.range === null) {
      return { kind: "refused", reason: "its examples are written in flow style; add the example by hand" };
    }
    if (examples.items.some((p) => keyOf(p) === name)) {
      return { kind: "refused", reason: `an example named ${name} exists already` };
    }
    const entryIndent = " ".repeat(columnOf(text, (examples.items[0]?.key as Node | undefined)?.range?.[0] ?? 0));
    const at = afterLineOf(text, examples.range[1]);
    return { kind: "edited", text: `${text.slice(0, at)}${toEntryText(name, example, entryIndent)}${text.slice(at)}` };
  }

  const entryIndent = `${mediaIndent}  `;
  if (examplePair !== undefined) {
    const key = examplePair.key as Node;
    const value = examplePair.value as Node | null;
    if (key.range === undefined || key.range === null || value?.range === undefined || value.range === null) {
      return { kind: "refused", reason: "its example could not be located in the text" };
    }
    const end = afterLineOf(text, value.range[1]);
    const start = lineStart(text, key.range[0]);
    const sameLine = !text.slice(key.range[1], value.range[0]).includes("\n");
    const valueText = text.slice(value.range[0], end).replace(/\n$/, "");
    const moved = sameLine
      ? `${entryIndent}default:\n${entryIndent}  value: ${valueText}\n`
      : `${entryIndent}default:\n${entryIndent}  value:\n${indent(`${" ".repeat(columnOf(text, value.range[0]))}${valueText}`, "    ")}\n`;
    const replaced = `${mediaIndent}examples:\n${moved}${toEntryText(name, example, entryIndent)}`;
    return { kind: "edited", text: `${text.slice(0, start)}${replaced}${text.slice(end)}` };
  }

  const at = afterLineOf(text, media.range[1]);
  const added = `${mediaIndent}examples:\n${toEntryText(name, example, entryIndent)}`;
  return { kind: "edited", text: `${text.slice(0, at)}${added}${text.slice(at)}` };
}
