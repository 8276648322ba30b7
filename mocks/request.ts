/**
 * Turns raw request parts (from node:http or an in-process call) into a MockRequest.
 */
import type { MockRequest } from "./api.js";
import { toEngineAccept } from "./engine/accept.js";
import type { MockPreference } from "./prism.js";

/** An in-process request: `path` may carry a query string; an object body is sent as JSON. */
export interface RequestInit {
  readonly method?: string;
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | object;
  readonly ip?: string;
}

/** Collapses repeated slashes: vendor docs print `//auth/sign-in`. */
export const normalizePath = (path: string): string => path.replace(/\/{2,}/g, "/");

const isJsonType = (type: string | undefined) =>
  type !== undefined && (type === "application/json" || type.endsWith("+json"));

export function toMockRequest(init: RequestInit): MockRequest {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(init.headers ?? {})) headers[k.toLowerCase()] = v;
  let rawBody = "";
  if (typeof init.body === "string") rawBody = init.body;
  else if (init.body !== undefined) {
    rawBody = JSON.stringify(init.body);
    headers["content-type"] ??= "application/json";
  }
  return parseRequest({
    method: init.method ?? "GET",
    url: init.path,
    headers,
    rawBody,
    ip: init.ip ?? "127.0.0.1",
  });
}

/** Builds a MockRequest from a URL (path and query), lower-cased headers and the body text. */
export function parseRequest(parts: {
  method: string;
  url: string;
  headers: Record<string, string>;
  rawBody: string;
  ip: string;
}): MockRequest {
  const queryStart = parts.url.indexOf("?");
  const rawPath = queryStart === -1 ? parts.url : parts.url.slice(0, queryStart);
  const query: Record<string, string | string[]> = {};
  if (queryStart !== -1) {
    for (const [k, v] of new URLSearchParams(parts.url.slice(queryStart + 1))) {
      const prev = query[k];
      query[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
  }
  const contentType = parts.headers["content-type"]?.split(";")[0]?.trim().toLowerCase() || undefined;
  let body: unknown;
  let bodyError: MockRequest["bodyError"];
  if (parts.rawBody.length > 0 && isJsonType(contentType)) {
    try {
      body = JSON.parse(parts.rawBody);
    } catch {
      bodyError = "malformed-json";
    }
  } else if (parts.rawBody.length > 0) {
    body = parts.rawBody;
  }
  const accept = toEngineAccept(parts.headers.accept);
  const headers = accept === parts.headers.accept ? parts.headers : { ...parts.headers, accept: accept ?? "" };
  return {
    method: parts.method.toUpperCase(),
    path: normalizePath(rawPath) || "/",
    query,
    headers,
    rawBody: parts.rawBody,
    body,
    bodyError,
    contentType,
    ip: parts.ip,
  };
}

/** Reads Prism's `Prefer: code=404, example=notFound, dynamic=true` header. */
export function parsePrefer(value: string | undefined): MockPreference {
  if (value === undefined) return {};
  const prefer: { code?: number; example?: string; dynamic?: boolean } = {};
  for (const part of value.split(/[,;]/)) {
    const [key, raw] = part.split("=").map((s) => s.trim());
    if (raw === undefined) continue;
    if (key === "code" && /^\d{3}$/.test(raw)) prefer.code = Number(raw);
    if (key === "example") prefer.example = raw.replace(/^"|"$/g, "");
    if (key === "dynamic") prefer.dynamic = raw === "true";
  }
  return prefer;
}
