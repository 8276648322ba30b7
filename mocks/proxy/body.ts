/**
 * Reading message bodies for the proxy: whole and bounded (requests, JSON answers), decoded when
 * compressed, parsed as JSON in the smoke runs' words.
 */
import type { IncomingMessage } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

/** A JSON media type (`application/json`, `application/problem+json`). */
export const isJson = (type: string | undefined) =>
  type !== undefined && /^application\/([a-z0-9.+-]*\+)?json$/.test(type);
/** The media type of a `content-type` value, lower-case, without parameters. */
export const mediaTypeOf = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.split(";")[0]?.trim().toLowerCase() || undefined;

/** Header values joined into one string each. */
export function flatHeaders(raw: IncomingMessage["headers"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(", ") : v;
  return out;
}

/** How reading a body ended. */
export type BodyRead =
  | { kind: "read"; body: Buffer }
  /** Over the limit: reading stopped (the stream is paused), what was read so far is in `head`. */
  | { kind: "too-large"; head: Buffer[] }
  | { kind: "stalled" }
  | { kind: "aborted" };

/** Reads a whole message body, refusing more than `limit` bytes or a body that stalls. */
export function readAll(stream: IncomingMessage, limit: number, timeoutMs: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyRead) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => finish({ kind: "stalled" }), timeoutMs);
    const onData = (chunk: Buffer) => {
      if (done) return;
      chunks.push(chunk);
      size += chunk.length;
      if (size > limit) {
        stream.pause();
        stream.off("data", onData);
        finish({ kind: "too-large", head: chunks });
      }
    };
    stream.on("data", onData);
    stream.on("end", () => finish({ kind: "read", body: Buffer.concat(chunks) }));
    stream.on("error", () => finish({ kind: "aborted" }));
    stream.on("aborted", () => finish({ kind: "aborted" }));
  });
}

/** The answer's text for validation, decoded when the target compressed it. */
export function decode(body: Buffer, encoding: string | undefined): string {
  switch (encoding?.trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return gunzipSync(body).toString("utf8");
    case "deflate":
      return inflateSync(body).toString("utf8");
    case "br":
      return brotliDecompressSync(body).toString("utf8");
    default:
      return body.toString("utf8");
  }
}

/** Parses a JSON answer; a broken one is drift in the smoke runs' words. */
export function parseAnswer(text: string): { body?: unknown; problem?: string } {
  if (text === "") return {};
  try {
    return { body: JSON.parse(text) };
  } catch {
    return { problem: "the body is not valid JSON although content-type says JSON" };
  }
}
