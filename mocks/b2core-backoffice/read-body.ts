/**
 * The vendor's own curl examples send JSON with `--data-raw` and no `-H 'Content-Type: ...'`, so
 * curl labels the body `application/x-www-form-urlencoded`. B2Core reads such a body as JSON: a
 * body without a content type, or a form body that parses as JSON, is taken as JSON. A form body
 * that is not JSON stays form data (the guard answers 415); a body without a content type that is
 * not JSON is malformed JSON (400 `badRequest`).
 * @see specs/b2core-backoffice.yaml (info.description, Decisions)
 */
import type { MockRequest } from "../api.js";

const FORM = "application/x-www-form-urlencoded";

/** The request with a JSON body sent without a JSON content type parsed as JSON. */
export function readBody(req: MockRequest): MockRequest {
  if (req.rawBody.trim() === "" || (req.contentType !== undefined && req.contentType !== FORM)) return req;
  try {
    const body = JSON.parse(req.rawBody) as unknown;
    // Validation then sees the body as what it is: JSON.
    const headers = { ...req.headers, "content-type": "application/json" };
    return { ...req, headers, body, bodyError: undefined, contentType: "application/json" };
  } catch {
    // A body without a content type is taken as JSON, so it is malformed JSON rather than the wrong type.
    return req.contentType === undefined
      ? { ...req, body: undefined, bodyError: "malformed-json", contentType: "application/json" }
      : req;
  }
}
