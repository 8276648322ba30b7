/**
 * The "failed" branch of every session method's result: the HTTP status and the vendor's error
 * envelope, returned as data.
 * @see ../../docs/clients.md
 */

/** An auth call answered with an error; `error` is the vendor envelope. */
export interface Failed<E> {
  readonly kind: "failed";
  readonly status: number;
  readonly error: E;
}

/** Builds the failed result from openapi-fetch's `{error, response}`. */
export function toFailed<E>(error: E, response: Response): Failed<E> {
  return { kind: "failed", status: response.status, error };
}
