/**
 * Misuse of a client factory (missing or malformed option). Thrown at construction: misuse throws,
 * HTTP outcomes never do.
 * @see ../../docs/clients.md
 */

/** A client was created with options it cannot work with. */
export class ClientConfigError extends Error {
  override readonly name = "ClientConfigError";
}
