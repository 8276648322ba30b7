/**
 * Frontend HTTP helpers (axios, ky, fetch wrappers) often send `{}` with `Content-Type:
 * application/json` on a POST that has no body. Where the operation declares no request body, such
 * an empty JSON body (or whitespace, or `null`) means "no body"; anything with content is still
 * checked (and refused) as before.
 * @see docs/mock-server.md (Request validation)
 */
import type { MockRequest } from "../api.js";
import type { Operation } from "../prism.js";

const declaresBody = (operation: Operation): boolean => operation.raw.request?.body !== undefined;

/** Whether a parsed body carries nothing: `{}`, `[]`, `null` or a blank text. */
export function isEmptyBody(req: MockRequest): boolean {
  if (req.rawBody.trim() === "") return true;
  if (req.bodyError !== undefined) return false;
  const body = req.body;
  if (body === null) return true;
  if (Array.isArray(body)) return body.length === 0;
  return typeof body === "object" && Object.keys(body as object).length === 0;
}

/**
 * The request as validation should see it: an empty body on a bodyless operation is dropped, with
 * the headers that describe it (Prism refuses a `Content-Length` on an operation without a body).
 */
export function withoutEmptyBody<R extends MockRequest>(operation: Operation, req: R): R {
  if (declaresBody(operation) || req.rawBody.length === 0 || !isEmptyBody(req)) return req;
  const { "content-length": _length, "content-type": _type, ...headers } = req.headers;
  return { ...req, headers, rawBody: "", body: undefined, bodyError: undefined, contentType: undefined };
}
