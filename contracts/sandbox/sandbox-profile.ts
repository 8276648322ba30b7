/**
 * How a vendor sandbox stands in for the mock during verification: per provider state either a
 * set-up done through the vendor's own API (sign in with the test account, log out, create an
 * invoice), or a reason why it cannot be done there (an expired token cannot be made on demand).
 * Interactions with such a state are left out of the verification and listed as skipped.
 * @see ./run-sandbox.ts
 */
import type { Credentials } from "../credentials.js";
import type { OtpSource } from "../otp-source.js";
import type { StateValues } from "../provider/verify-pact.js";
import type { Target } from "../target.js";

/** What the set-ups of one API may use. */
export interface SandboxContext {
  readonly target: Target;
  readonly credentials: Credentials;
  readonly askForOtp: OtpSource;
}

/**
 * What a set-up hands back: the values (tokens, codes, ids) for the pact's `fromProviderState`
 * expressions, and for any value it could not get, why (e.g. no one-time code was available).
 * An interaction that needs a value the set-up did not give is never sent with the pact's example.
 */
export interface StateSetup {
  readonly values: StateValues;
  readonly unavailable?: Readonly<Record<string, string>>;
}

/** A provider state on a vendor sandbox. */
export type SandboxState =
  | { readonly kind: "skip"; readonly reason: string }
  | { readonly kind: "setup"; run(params: Readonly<Record<string, unknown>>): Promise<StateValues | StateSetup> };

/** Whether a set-up answered with a `StateSetup` rather than bare values. */
export const isStateSetup = (v: StateValues | StateSetup): v is StateSetup =>
  typeof v.values === "object" && v.values !== null && !Array.isArray(v.values);

/** How one API is verified on its vendor sandbox: its states, session-ending requests and credential headers. */
export interface SandboxProfile {
  /** The states this API's pacts use, set up through the vendor API or skipped with a reason. */
  states(ctx: SandboxContext): Readonly<Record<string, SandboxState>>;
  /** Requests (`METHOD /path`) that end the shared session: their interactions are verified last, in this order. */
  readonly runLast: readonly string[];
  /** Header values put on every verified request that carries the header (real credentials). */
  headers?(ctx: SandboxContext): Readonly<Record<string, string>>;
}

/** A state that cannot be set up on the vendor's sandbox. */
export const skipState = (reason: string): SandboxState => ({ kind: "skip", reason });

/** A state set up through the vendor API. */
export const setUpState = (
  run: (params: Readonly<Record<string, unknown>>) => Promise<StateValues | StateSetup>,
): SandboxState => ({
  kind: "setup",
  run,
});

/** Runs `create` once and shares the result (a failure is not kept: the next call tries again). */
export function createShared<T>(create: () => Promise<T>): () => Promise<T> {
  let shared: Promise<T> | undefined;
  return () => {
    shared ??= create().catch((error: unknown) => {
      shared = undefined;
      throw error;
    });
    return shared;
  };
}

/** An error for a set-up call the vendor refused, with its status and error body. */
export function toSetupError(step: string, result: { readonly response: Response; readonly error?: unknown }): Error {
  const body = result.error === undefined ? "" : `: ${JSON.stringify(result.error)}`;
  return new Error(`${step} answered HTTP ${result.response.status}${body}`);
}
