/**
 * The shipped, pre-parsed form of a spec: `npm run build` writes `dist/specs/<api>.json` beside a
 * copy of `<api>.yaml` (scripts/build-spec-artefacts.ts), holding what the disk cache would hold
 * (Prism's dereferenced operations and the default example answers) plus the SHA-256 of the YAML
 * it came from. A start then parses no YAML, resolves no `$ref` and writes nothing: the package
 * may live in a read-only `node_modules` (conventions #12). An artefact whose hash or inputs do
 * not match is ignored, and the engine falls back to its disk cache or parses the spec.
 * @see ../../docs/packaging.md
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/** Bump when the artefact's envelope changes. */
const ARTEFACT_FORMAT = 1;

interface Envelope {
  readonly format: number;
  readonly specSha256: string;
  readonly dependsOn: unknown;
  readonly data: unknown;
}

/** `specs/x.yaml` → `specs/x.json`: the artefact lives beside the spec it was made from. */
export const artefactPathOf = (specFile: string): string => `${specFile.replace(/\.ya?ml$/i, "")}.json`;

const sha256 = (bytes: Buffer | string): string => createHash("sha256").update(bytes).digest("hex");

/** The JSON text of an artefact for `specFile`'s current bytes. */
export function toSpecArtefact(specFile: string, dependsOn: unknown, data: unknown): string {
  const envelope: Envelope = { format: ARTEFACT_FORMAT, specSha256: sha256(readFileSync(specFile)), dependsOn, data };
  return JSON.stringify(envelope);
}

/** The artefact's data when it exists, matches the spec's bytes and `dependsOn`, and passes `isValid`. */
export function readSpecArtefact<T>(
  specFile: string,
  dependsOn: unknown,
  isValid: (data: unknown) => data is T,
): T | undefined {
  let text: string;
  try {
    text = readFileSync(artefactPathOf(specFile), "utf8");
  } catch {
    return undefined;
  }
  try {
    const envelope = JSON.parse(text) as Partial<Envelope>;
    if (envelope.format !== ARTEFACT_FORMAT) return undefined;
    if (JSON.stringify(envelope.dependsOn) !== JSON.stringify(dependsOn)) return undefined;
    if (envelope.specSha256 !== sha256(readFileSync(specFile))) return undefined;
    return isValid(envelope.data) ? envelope.data : undefined;
  } catch {
    return undefined;
  }
}
