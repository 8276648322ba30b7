/**
 * Runs pact-js's Verifier on one pact file against a provider base URL and turns its JSON report
 * into data: per interaction passed or failed, with the mismatches in plain words. A failed
 * verification is a result, not an exception; only a verifier that cannot run at all throws.
 * @see https://docs.pact.io/implementation_guides/javascript/docs/provider
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { Verifier, type VerifierOptions } from "@pact-foundation/pact";

/** JSON, as pact-js passes state parameters and takes state values. */
export type Json = boolean | number | string | null | Json[] | { [key: string]: Json };

/** The values a state handler hands back; they feed the pact's `fromProviderState` expressions. */
export type StateValues = { [key: string]: Json };

/** Sets one provider state up, given the parameters the pact recorded for it. */
export type StateFunction = (params?: Json) => Promise<StateValues | undefined>;

/** State handlers by provider state name. */
export type StateHandlers = Record<string, StateFunction>;

/** Changes a request on its way to the provider (e.g. real credentials); call `next()` when done. */
export type RequestFilter = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** One verification: which pact, against which provider, with which state handlers. */
export interface VerifyPactOptions {
  readonly provider: string;
  readonly providerBaseUrl: string;
  readonly pactFile: string;
  readonly stateHandlers: StateHandlers;
  /** Runs before the first state of each interaction (e.g. reset the mock). */
  readonly beforeEach?: () => Promise<unknown>;
  readonly requestFilter?: RequestFilter;
}

/** The outcome of one interaction. */
export interface InteractionOutcome {
  readonly description: string;
  readonly passed: boolean;
  /** Why it failed (mismatches, or a state that could not be set up). */
  readonly problems: readonly string[];
}

/** Every interaction's outcome; `passed` only when all passed. */
export interface VerificationResult {
  readonly passed: boolean;
  readonly interactions: readonly InteractionOutcome[];
}

interface VerifierReport {
  readonly interactionResults?: readonly { readonly description?: string; readonly result?: string }[];
  readonly errors?: readonly {
    readonly interaction?: string;
    readonly mismatch?: {
      readonly message?: string;
      readonly mismatches?: readonly { readonly mismatch?: string; readonly path?: string; readonly type?: string }[];
    };
  }[];
}

function parseReport(text: string): VerifierReport | undefined {
  try {
    return JSON.parse(text) as VerifierReport;
  } catch {
    return undefined;
  }
}

/** The mismatch lines the verifier reported for an interaction (matched by its description). */
function problemsOf(report: VerifierReport, description: string): string[] {
  return (report.errors ?? [])
    .filter((e) => e.interaction?.endsWith(` - ${description}`) ?? false)
    .flatMap((e) => {
      const listed = (e.mismatch?.mismatches ?? []).map((m) =>
        [m.type, m.path, m.mismatch].filter((part) => part !== undefined && part !== "").join(" "),
      );
      return listed.length > 0 ? listed : [e.mismatch?.message ?? "failed"];
    });
}

/** Verifies one pact file and reports every interaction's outcome. */
export async function verifyPact(options: VerifyPactOptions): Promise<VerificationResult> {
  process.env.PACT_DO_NOT_TRACK ??= "true";
  const verifier = new Verifier({
    provider: options.provider,
    providerBaseUrl: options.providerBaseUrl,
    pactUrls: [options.pactFile],
    // pact-js types its option as HTTP and message handlers at once; HTTP ones are what it calls here.
    stateHandlers: options.stateHandlers as VerifierOptions["stateHandlers"],
    logLevel: "error",
    ...(options.beforeEach ? { beforeEach: options.beforeEach } : {}),
    ...(options.requestFilter ? { requestFilter: options.requestFilter } : {}),
  });
  const { passed, text } = await verifier.verifyProvider().then(
    (output: unknown) => ({ passed: true, text: String(output) }),
    (error: unknown) => ({ passed: false, text: error instanceof Error ? error.message : String(error) }),
  );
  const report = parseReport(text);
  if (report === undefined) {
    if (passed) return { passed, interactions: [] };
    throw new Error(`The pact verifier could not run: ${text}`);
  }
  const interactions = (report.interactionResults ?? []).map((r) => {
    const description = r.description ?? "";
    const problems = problemsOf(report, description);
    return { description, passed: r.result === "OK" && problems.length === 0, problems };
  });
  return { passed: passed && interactions.every((i) => i.passed), interactions };
}
