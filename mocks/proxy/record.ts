/**
 * `--record <dir>`: per operation and status, the last JSON answer the target gave, redacted with
 * the shared rule (ids and timestamps kept), as a candidate named example. Nothing here touches a
 * spec: `paymock examples import <dir>` turns the files into a patch to review.
 * @see ./import-examples.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ApiId } from "../../src/apis.js";
import { redactBody, redactHeaders } from "../engine/redact.js";

/** Marks a file as a recorded candidate and its format version. */
export const RECORDING_FORMAT = "paymock-recorded-example/1";

/** One recorded answer as it is stored on disk. */
export interface RecordedExample {
  readonly format: typeof RECORDING_FORMAT;
  readonly api: ApiId;
  readonly operationId: string;
  /** The spec's method and path template (`get`, `/api/v2/clients/{id}`). */
  readonly method: string;
  readonly path: string;
  /** The request line as sent (query left out: it may carry secrets). */
  readonly request: string;
  readonly status: number;
  readonly contentType: string;
  readonly recordedAt: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export type RecordInput = Omit<RecordedExample, "format" | "headers" | "body"> & {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
};

/** Response headers worth keeping with an example (the rest describe one transfer). */
const KEPT_HEADERS = /^(content-type|retry-after|allow|location|x-[a-z0-9-]+)$/;

/** The file a candidate is written to: `<dir>/<api>/<operationId>.<status>.json`. */
export const toRecordingPath = (dir: string, api: ApiId, operationId: string, status: number): string =>
  join(dir, api, `${operationId.replace(/[^A-Za-z0-9_.-]/g, "_")}.${status}.json`);

/** Writes (or replaces) the candidate for this operation and status; returns its path. */
export function writeRecording(dir: string, input: RecordInput): string {
  const headers = Object.fromEntries(
    Object.entries(redactHeaders(input.headers)).filter(
      ([name]) => KEPT_HEADERS.test(name) && name !== "x-paymock-violations",
    ),
  );
  const recorded: RecordedExample = {
    format: RECORDING_FORMAT,
    ...input,
    headers,
    body: redactBody(input.body),
  };
  const file = toRecordingPath(dir, input.api, input.operationId, input.status);
  mkdirSync(join(dir, input.api), { recursive: true });
  writeFileSync(file, `${JSON.stringify(recorded, null, 2)}\n`);
  return file;
}
