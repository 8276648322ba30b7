/**
 * Where the committed pact files live, what they contain (the V4 shape paymock reads), and how a
 * consumer run publishes one: sorted, then written to a temporary file and renamed into place, so
 * a reader running in parallel (verification, spec check) only ever sees a complete file.
 * @see https://github.com/pact-foundation/pact-specification/tree/version-4
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ApiId } from "../src/apis.js";

/** The consumer named in every pact: a web front end built on paymock's typed clients. */
export const CONSUMER = "paymock-frontend";

/** Directory of the committed pact files. */
export const PACTS_DIR = fileURLToPath(new URL("./pacts/", import.meta.url));

/** File name pact-js gives the pact between CONSUMER and `api`. */
export const toPactFileName = (api: ApiId): string => `${CONSUMER}-${api}.json`;

/** Absolute path of the committed pact for `api`. */
export const toPactPath = (api: ApiId): string => `${PACTS_DIR}${toPactFileName(api)}`;

/** A provider state as a pact names it, with the parameters the consumer gave. */
export interface PactProviderState {
  readonly name: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** A request or response body as V4 writes it. */
export interface PactBody {
  readonly content?: unknown;
  readonly contentType?: string;
  readonly encoded?: boolean | string;
}

/** The request of an interaction (headers and query values are lists). */
export interface PactRequest {
  readonly method: string;
  readonly path: string;
  readonly query?: Readonly<Record<string, readonly string[]>>;
  readonly headers?: Readonly<Record<string, readonly string[]>>;
  readonly body?: PactBody;
}

/** The response of an interaction. */
export interface PactResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, readonly string[]>>;
  readonly body?: PactBody;
}

/** One HTTP interaction (`type: "Synchronous/HTTP"`); other V4 kinds are not used by paymock. */
export interface PactInteraction {
  readonly type?: string;
  readonly description: string;
  readonly providerStates?: readonly PactProviderState[];
  readonly request: PactRequest;
  readonly response: PactResponse;
  readonly [key: string]: unknown;
}

/** A V4 pact file as paymock reads and writes it. */
export interface PactFile {
  readonly consumer: { readonly name: string };
  readonly provider: { readonly name: string };
  readonly interactions: readonly PactInteraction[];
  readonly metadata?: Readonly<Record<string, unknown>>;
}

/** Reads and parses a pact file; throws with the path when it is missing or not JSON. */
export function readPactFile(path: string): PactFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new Error(`No pact file at ${path}. Run the consumer tests first: npx vitest run contracts/consumer`);
  }
  const parsed = JSON.parse(text) as PactFile;
  if (!Array.isArray(parsed.interactions)) throw new Error(`${path} is not a pact file (no interactions).`);
  return parsed;
}

/** The first provider state's name, for sorting and messages (`""` when there is none). */
export const toStateNames = (interaction: PactInteraction): string[] =>
  (interaction.providerStates ?? []).map((s) => s.name);

/** Interactions in a stable order (description, then states), whatever order the tests ran in. */
export function toSortedPact(pact: PactFile): PactFile {
  const key = (i: PactInteraction) => `${i.description}\u0000${toStateNames(i).join("\u0000")}`;
  const interactions = [...pact.interactions].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { ...pact, interactions };
}

/** Writes `pact` to `path` through a temporary sibling file and a rename (atomic on one file system). */
export function writePactFileAtomically(path: string, pact: PactFile): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(pact, null, 2)}\n`);
  renameSync(temp, path);
}
