/**
 * A fetch for consumer tests that answers a client's own session calls (sign-in, the first step
 * of a 2FA sign-in, a call that comes back expired) in-process with canned, spec-shaped answers,
 * and sends everything else to the Pact mock server. A test can then put a signed-in typed client
 * in front of exactly one interaction: the canned calls have interactions of their own.
 * @see ../../README.md ("Contracts")
 */
import type { FetchLike } from "../../src/clients/options.js";

/** Makes one canned answer. */
export type CannedAnswer = () => Response;

/**
 * Canned answers by `"METHOD /path"` (the URL's path), used in order, one per call; once a list
 * is used up, later calls to that path go to the network.
 */
export type PrimedAnswers = Readonly<Record<string, readonly CannedAnswer[]>>;

/** A JSON answer for `PrimedAnswers`. */
export const toJsonAnswer =
  (status: number, body: unknown): CannedAnswer =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/** Creates the fetch: the next canned answer for the call if one is left, else global fetch. */
export function createPrimedFetch(answers: PrimedAnswers): FetchLike {
  const used = new Map<string, number>();
  return (request) => {
    const key = `${request.method} ${new URL(request.url).pathname}`;
    const index = used.get(key) ?? 0;
    const answer = answers[key]?.[index];
    if (answer === undefined) return globalThis.fetch(request);
    used.set(key, index + 1);
    return Promise.resolve(answer());
  };
}
