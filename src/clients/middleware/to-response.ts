/**
 * Turns an already-parsed error answer back into a Response, so a failed refresh can stand in for
 * the answer of the call that triggered it.
 * @see ../../../docs/clients.md
 */

const BODY_HEADERS = ["content-length", "content-encoding", "transfer-encoding"];

/** Re-serialises `body` (as openapi-fetch parsed it) with the status and headers of `response`. */
export function toResponse(body: unknown, response: Response): Response {
  const headers = new Headers(response.headers);
  for (const name of BODY_HEADERS) headers.delete(name);
  const text = body === undefined ? null : typeof body === "string" ? body : JSON.stringify(body);
  return new Response(text, { status: response.status, statusText: response.statusText, headers });
}
