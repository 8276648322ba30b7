/**
 * The fetch a smoke run hands to the typed clients: it sends each request, checks the answer
 * against the spec (declared status, headers, body) and records one row per HTTP call. A row is
 * `drift` when the answer breaks the spec, `unexpected` when it is valid but not a success the
 * plan accepted (e.g. a failed sign-in), `skipped` for steps the run did not send.
 * @see ../../mocks/engine/response-check.ts
 */

import { checkResponse } from "../../mocks/engine/response-check.js";
import type { SpecEngine } from "../../mocks/prism.js";
import type { FetchLike } from "../../src/clients/options.js";

/** The result column of the smoke table. */
export type Verdict = "ok" | "drift" | "unexpected" | "skipped";

/** One line of the smoke table. */
export interface SmokeRow {
  readonly operation: string;
  readonly request: string;
  readonly status: number | undefined;
  readonly verdict: Verdict;
  readonly notes: readonly string[];
}

/** Records and checks every call of a smoke run. */
export interface Recorder {
  /** The recording fetch. */
  readonly fetch: FetchLike;
  /** Treats a non-2xx answer as expected when its status is listed (e.g. 404 "no card yet"). */
  accept(response: Response, statuses: readonly number[]): void;
  /** Like `accept`, for the last recorded call (for session methods that do not return the response). */
  acceptLast(statuses: readonly number[]): void;
  /** Adds a row for a step the run did not send, with the reason. */
  skip(request: string, reason: string): void;
  /** The rows so far, in call order. */
  rows(): SmokeRow[];
}

interface MutableRow {
  operation: string;
  request: string;
  status: number | undefined;
  drift: string[];
  accepted: boolean;
  skipped?: string;
}

/** Skipped, else drift if the spec was broken, else unexpected for an unaccepted non-2xx, else ok. */
function toVerdict(row: MutableRow): { verdict: Verdict; notes: string[] } {
  if (row.skipped !== undefined) return { verdict: "skipped", notes: [row.skipped] };
  if (row.drift.length > 0) return { verdict: "drift", notes: row.drift };
  const success = row.status !== undefined && row.status >= 200 && row.status < 300;
  if (!success && !row.accepted) return { verdict: "unexpected", notes: [`HTTP ${row.status ?? "?"}`] };
  return { verdict: "ok", notes: [] };
}

const toHeaders = (headers: Headers): Record<string, string> =>
  Object.fromEntries([...headers].map(([name, value]) => [name.toLowerCase(), value]));

/** The answer's body as the spec engine validates it: JSON as data, text as text, none as undefined. */
async function readBody(response: Response): Promise<{ body?: unknown; problem?: string }> {
  const text = await response.clone().text();
  if (text === "") return {};
  const type = response.headers.get("content-type") ?? "";
  if (!/[/+]json\b/i.test(type)) return { body: text };
  try {
    return { body: JSON.parse(text) };
  } catch {
    return { problem: "the body is not valid JSON although content-type says JSON" };
  }
}

/** Creates a recorder for calls to `baseUrl` (paths are matched relative to its path, e.g. `/v1.6`). */
export function createRecorder(engine: SpecEngine, baseUrl: string, send: FetchLike = (r) => fetch(r)): Recorder {
  const rows: MutableRow[] = [];
  const byResponse = new WeakMap<Response, MutableRow>();
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, "");

  const toSpecPath = (url: string) => {
    const path = new URL(url).pathname;
    return basePath !== "" && path.startsWith(`${basePath}/`) ? path.slice(basePath.length) : path;
  };

  const recordingFetch: FetchLike = async (request) => {
    const path = toSpecPath(request.url);
    const routed = engine.route(request.method, path);
    const row: MutableRow = {
      operation: routed.kind === "found" ? routed.operation.id : "?",
      request: `${request.method} ${path}`,
      status: undefined,
      drift: [],
      accepted: false,
    };
    rows.push(row);
    const response = await send(request);
    row.status = response.status;
    byResponse.set(response, row);
    if (routed.kind !== "found") {
      row.drift.push(`the spec has no operation ${request.method} ${path}`);
      return response;
    }
    const { body, problem } = await readBody(response);
    if (problem !== undefined) row.drift.push(problem);
    else
      row.drift.push(
        ...checkResponse(engine, routed.operation, {
          status: response.status,
          headers: toHeaders(response.headers),
          body,
        }),
      );
    return response;
  };

  const acceptRow = (row: MutableRow | undefined, statuses: readonly number[]) => {
    if (row?.status !== undefined && statuses.includes(row.status)) row.accepted = true;
  };

  return {
    fetch: recordingFetch,
    accept: (response, statuses) => acceptRow(byResponse.get(response), statuses),
    acceptLast: (statuses) => acceptRow(rows.at(-1), statuses),
    skip(request, reason) {
      rows.push({ operation: "-", request, status: undefined, drift: [], accepted: true, skipped: reason });
    },
    rows: () =>
      rows.map((row) => ({ operation: row.operation, request: row.request, status: row.status, ...toVerdict(row) })),
  };
}
