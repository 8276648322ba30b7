/**
 * Sandbox verification: the committed pact of one API verified against a vendor sandbox named by
 * `PAYMOCK_<API>_BASE_URL`, with provider states set up through the vendor's own API. Interactions
 * whose state cannot be set up there are filtered out before the verifier runs and printed as
 * skipped with the reason: they are never counted as passed. Exit code 0 when every verified
 * interaction passed, 1 when one failed, 2 when the run could not start (no URL, no credentials).
 * @see ../../README.md ("Contracts") (Sandbox verification)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ApiId } from "../../src/apis.js";
import { type Env, MissingCredentialError, readEnv, resolveCredentials, toEnvName } from "../credentials.js";
import { createOtpSource, type Prompt } from "../otp-source.js";
import {
  type PactFile,
  type PactInteraction,
  readPactFile,
  toPactPath,
  toStateNames,
  writePactFileAtomically,
} from "../pact-files.js";
import {
  type InteractionOutcome,
  type RequestFilter,
  type StateHandlers,
  verifyPact,
} from "../provider/verify-pact.js";
import { resolveTarget } from "../target.js";
import type { SandboxContext, SandboxProfile, SandboxState } from "./sandbox-profile.js";
import { b2coreBackofficeSandbox } from "./states-b2core-backoffice.js";
import { mercuryoSpendSandbox } from "./states-mercuryo-spend.js";
import { nbcgateSandbox } from "./states-nbcgate.js";
import { softlineCheckoutSandbox } from "./states-softline-checkout.js";

const PROFILES: Readonly<Record<ApiId, SandboxProfile>> = {
  nbcgate: nbcgateSandbox,
  "mercuryo-spend": mercuryoSpendSandbox,
  "softline-checkout": softlineCheckoutSandbox,
  "b2core-backoffice": b2coreBackofficeSandbox,
};

/** Input of `runSandboxVerification`: the API, the environment and where output and prompts go. */
export interface SandboxOptions {
  readonly api: ApiId;
  readonly env: Env;
  /** Asks for one-time codes when `PAYMOCK_<API>_OTP` is not set (a terminal). */
  readonly prompt?: Prompt;
  /** Receives every output line. */
  readonly write: (line: string) => void;
  /** Defaults to the committed pact of `api`. */
  readonly pactFile?: string;
}

/** An interaction left out of the verification, and why. */
export interface SkippedInteraction {
  readonly description: string;
  readonly reason: string;
}

/** What a sandbox run found; `exitCode` is what the CLI exits with. */
export interface SandboxReport {
  readonly exitCode: 0 | 1 | 2;
  readonly verified: readonly InteractionOutcome[];
  readonly skipped: readonly SkippedInteraction[];
}

const NOTHING: SandboxReport = { exitCode: 2, verified: [], skipped: [] };

/** Why an interaction cannot be verified on the sandbox (`undefined` when all its states can be set up). */
function toSkipReason(
  interaction: PactInteraction,
  states: Readonly<Record<string, SandboxState>>,
): string | undefined {
  const reasons = toStateNames(interaction).flatMap((name) => {
    const state = states[name];
    if (state === undefined) return [`"${name}" has no sandbox set-up`];
    return state.kind === "skip" ? [`"${name}": ${state.reason}`] : [];
  });
  return reasons.length === 0 ? undefined : reasons.join("; ");
}

/** The interactions to verify, with the session-ending ones moved to the end in `runLast` order. */
function toVerificationOrder(interactions: readonly PactInteraction[], runLast: readonly string[]): PactInteraction[] {
  const rank = (i: PactInteraction) => {
    const index = runLast.indexOf(`${i.request.method.toUpperCase()} ${i.request.path}`);
    return index === -1 ? -1 : index;
  };
  return [...interactions].sort((a, b) => rank(a) - rank(b));
}

/** Replaces the listed headers (lower-case names) on every request that carries them. */
const toHeaderFilter =
  (headers: Readonly<Record<string, string>>): RequestFilter =>
  (req, _res, next) => {
    for (const [name, value] of Object.entries(headers)) if (req.headers[name] !== undefined) req.headers[name] = value;
    next();
  };

function writeReport(
  write: (line: string) => void,
  verified: readonly InteractionOutcome[],
  skipped: readonly SkippedInteraction[],
) {
  write("");
  write(`verified (${verified.length}):`);
  for (const outcome of verified) {
    write(`  ${outcome.passed ? "passed" : "FAILED"}  ${outcome.description}`);
    for (const problem of outcome.problems) write(`          ${problem}`);
  }
  write(`skipped (${skipped.length}), not verified on this sandbox:`);
  for (const s of skipped) write(`  ${s.description}: ${s.reason}`);
}

/** Verifies the pact of one API against its sandbox and prints verified and skipped interactions. */
export async function runSandboxVerification(options: SandboxOptions): Promise<SandboxReport> {
  const { api, env, write } = options;
  const baseUrl = readEnv(env, api, "BASE_URL");
  if (baseUrl === undefined) {
    write(
      `verify:sandbox: ${toEnvName(api, "BASE_URL")} is not set. Set it to the ${api} sandbox's base URL, ` +
        'with the credentials listed in the README\'s "Sandbox verification" section.',
    );
    return NOTHING;
  }
  let ctx: SandboxContext;
  let states: Readonly<Record<string, SandboxState>>;
  let headers: Readonly<Record<string, string>>;
  try {
    const target = await resolveTarget(api, baseUrl);
    ctx = {
      target,
      credentials: resolveCredentials(api, env, target.isMock),
      askForOtp: createOtpSource(target, env, options.prompt, { readOutbox: false }),
    };
    states = PROFILES[api].states(ctx);
    headers = PROFILES[api].headers?.(ctx) ?? {};
  } catch (error) {
    const reason = error instanceof MissingCredentialError ? error.message : (error as Error).message;
    write(`verify:sandbox: cannot start: ${reason}`);
    return NOTHING;
  }

  const pact = readPactFile(options.pactFile ?? toPactPath(api));
  const skipped: SkippedInteraction[] = [];
  const included: PactInteraction[] = [];
  for (const interaction of pact.interactions) {
    const reason = toSkipReason(interaction, states);
    if (reason === undefined) included.push(interaction);
    else skipped.push({ description: interaction.description, reason });
  }
  write(`${api}: verifying ${included.length} of ${pact.interactions.length} interactions against ${baseUrl}`);
  if (included.length === 0) {
    writeReport(write, [], skipped);
    return { exitCode: 0, verified: [], skipped };
  }

  const stateErrors = new Map<string, string>();
  const stateHandlers: StateHandlers = {};
  for (const [name, state] of Object.entries(states)) {
    if (state.kind !== "setup") continue;
    stateHandlers[name] = async (params) => {
      try {
        return await state.run(typeof params === "object" && params !== null && !Array.isArray(params) ? params : {});
      } catch (error) {
        stateErrors.set(name, error instanceof Error ? error.message : String(error));
        throw error;
      }
    };
  }

  const dir = mkdtempSync(join(tmpdir(), `paymock-sandbox-${api}-`));
  try {
    const pactFile = join(dir, "pact.json");
    const filtered: PactFile = { ...pact, interactions: toVerificationOrder(included, PROFILES[api].runLast) };
    writePactFileAtomically(pactFile, filtered);
    const result = await verifyPact({
      provider: api,
      providerBaseUrl: baseUrl,
      pactFile,
      stateHandlers,
      requestFilter: toHeaderFilter(headers),
    });
    const statesOf = new Map(included.map((i) => [i.description, toStateNames(i)]));
    const verified = result.interactions.map((outcome) => {
      if (outcome.passed) return outcome;
      const setupProblems = (statesOf.get(outcome.description) ?? []).flatMap((name) => {
        const message = stateErrors.get(name);
        return message === undefined ? [] : [`state "${name}" could not be set up: ${message}`];
      });
      return { ...outcome, problems: [...setupProblems, ...outcome.problems] };
    });
    writeReport(write, verified, skipped);
    const failed = !result.passed || verified.some((v) => !v.passed);
    return { exitCode: failed ? 1 : 0, verified, skipped };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
