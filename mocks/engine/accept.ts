/**
 * The `Accept` header, made safe before anything reads it: a header no media range can be parsed
 * from counts as `*∕*` (RFC 9110 §12.5.1 lets a server ignore it), and whether JSON — the only
 * media type the four specs answer with — is acceptable is decided by `negotiator` (q-values,
 * wildcards, `q=0` exclusions).
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1
 */
import Negotiator from "negotiator";

/** What every operation of the four specs answers with. */
export const SERVED_MEDIA_TYPE = "application/json";

/** `type/subtype` with optional parameters: the shape negotiator (and Prism) can read. */
const MEDIA_RANGE = /^\s*[^\s/;,]+\/[^\s;,]+\s*(?:;.*)?$/;

/** The header as the engine should see it: an absent, empty or unparsable one becomes `*∕*`. */
export function normalizeAccept(accept: string | undefined): string {
  if (accept === undefined) return "*/*";
  const ranges = accept.split(",").filter((range) => MEDIA_RANGE.test(range));
  return ranges.length === 0 ? "*/*" : ranges.join(",");
}

/** Whether an `Accept` header (as sent; unparsable counts as `*∕*`) admits a JSON answer. */
export function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined || accept === SERVED_MEDIA_TYPE || accept === "*/*") return true;
  const negotiator = new Negotiator({ headers: { accept: normalizeAccept(accept) } });
  return negotiator.mediaType([SERVED_MEDIA_TYPE]) !== undefined;
}

/**
 * The `Accept` the engine keeps: `application/json` when JSON is acceptable (every answer is JSON,
 * so this is the same negotiation, and Prism never sees a range it cannot parse), else the
 * parsable ranges, which exclude JSON and get 406.
 */
export function toEngineAccept(accept: string | undefined): string | undefined {
  if (accept === undefined) return undefined;
  return acceptsJson(accept) ? SERVED_MEDIA_TYPE : normalizeAccept(accept);
}
