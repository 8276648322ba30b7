/**
 * Reads a response body as JSON without consuming it, for middleware that inspects error codes.
 * @see https://developer.mozilla.org/docs/Web/API/Response/clone
 */

/** Parses a clone of the body; `undefined` when it is empty or not JSON. */
export async function peekJson(response: Response): Promise<unknown> {
  try {
    const text = await response.clone().text();
    return text === "" ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}
