/**
 * Sandbox verification: the committed pact of one API verified against a vendor sandbox named by
 * `PAYMOCK_<API>_BASE_URL`, with provider states set up through the vendor's own API, one
 * interaction at a time. Nothing is counted as passed that was not checked:
 * - a state the sandbox cannot provide is known beforehand; its interactions are listed as skipped;
 * - a state whose set-up lacked a credential or one-time code, or that gave no value for something
 *   the request takes from the state, is skipped with the reason, and its request is not sent (the
 *   pact's example values would stand in for the real ones);
 * - a state the vendor refused to set up fails its interaction, with the vendor's answer.
 * Exit code 0 when every interaction not skipped beforehand passed, 1 when one failed or could not
 * be set up on this run (or its result could not be published to the broker), 2 when the run
 * could not start (no URL, unreachable, no credentials, unusable broker settings). With
 * `PACT_BROKER_BASE_URL` set, the result is published to the broker.
 * @see ../../README.md ("Contracts") (Sandbox verification)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ApiId } from "../../src/apis.js";
import { checkBrokerSettings, publishResultsIfConfigured } from "../broker/publish-results.js";
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
import { isStateSetup, type SandboxContext, type SandboxProfile, type SandboxState } from "./sandbox-profile.js";
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
  const brokerProblem = checkBrokerSettings(env);
  if (brokerProblem !== undefined) {
    write(`verify:sandbox: cannot start: ${brokerProblem}`);
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
  const planned = skipped.length;
  write(`${api}: verifying ${included.length} of ${pact.interactions.length} interactions against ${baseUrl}`);
  if (included.length === 0) {
    writeReport(write, [], skipped);
    return { exitCode: 0, verified: [], skipped };
  }

  const verified: InteractionOutcome[] = [];
  for (const interaction of toVerificationOrder(included, PROFILES[api].runLast)) {
    const outcome = await verifyOne(api, baseUrl, pact, interaction, states, headers);
    if (outcome.kind === "skipped") skipped.push({ description: interaction.description, reason: outcome.reason });
    else verified.push(outcome.outcome);
  }
  writeReport(write, verified, skipped);
  const notSetUp = skipped.length - planned;
  if (notSetUp > 0) write(`${notSetUp} interaction(s) could not be set up on this run: the run is not green.`);
  const failed = verified.some((v) => !v.passed) || notSetUp > 0;
  const published = await publishResultsIfConfigured(env, api, { success: !failed, outcomes: verified }, write);
  return { exitCode: failed || !published ? 1 : 0, verified, skipped };
}

/** The names a request takes from its provider state (`${token}` in a `ProviderState` generator). */
function toStateValueNames(interaction: PactInteraction): string[] {
  const generators = (interaction.request as { generators?: Record<string, Record<string, unknown>> }).generators ?? {};
  const names = Object.values(generators).flatMap((byPath) =>
    Object.values(byPath).flatMap((g) => {
      const { type, expression } = (g ?? {}) as { type?: unknown; expression?: unknown };
      if (type !== "ProviderState" || typeof expression !== "string") return [];
      return [...expression.matchAll(/\$\{([^}]+)\}/g)].flatMap((m) => (m[1] === undefined ? [] : [m[1]]));
    }),
  );
  return [...new Set(names)];
}

type OneOutcome =
  | { readonly kind: "verified"; readonly outcome: InteractionOutcome }
  | { readonly kind: "skipped"; readonly reason: string };

/**
 * Verifies one interaction on its own, so that what its states did is known for it alone. When a
 * state cannot be set up, or gives no value for something the request takes from the state, the
 * request is not sent (the pact's example values would be): the interaction is skipped when a
 * credential or code was missing, and failed when the vendor refused the set-up.
 */
async function verifyOne(
  api: ApiId,
  baseUrl: string,
  pact: PactFile,
  interaction: PactInteraction,
  states: Readonly<Record<string, SandboxState>>,
  headers: Readonly<Record<string, string>>,
): Promise<OneOutcome> {
  let refused: { readonly state: string; readonly error: unknown } | undefined;
  const values: Record<string, unknown> = {};
  const unavailable: Record<string, string> = {};
  const stateHandlers: StateHandlers = {};
  for (const [name, state] of Object.entries(states)) {
    if (state.kind !== "setup") continue;
    stateHandlers[name] = async (params) => {
      if (refused !== undefined) return {};
      try {
        const setup = await state.run(isJsonMap(params) ? params : {});
        const given = isStateSetup(setup) ? setup : { values: setup };
        Object.assign(values, given.values);
        Object.assign(unavailable, given.unavailable ?? {});
        return given.values;
      } catch (error) {
        // Not rethrown: pact-js would print it and send the request with the pact's examples anyway.
        refused = { state: name, error };
        return {};
      }
    };
  }
  const needed = toStateValueNames(interaction);
  const missing = () => needed.filter((n) => !(n in values));
  const heldBack = () => refused !== undefined || missing().length > 0;
  const requestFilter: RequestFilter = (req, res, next) => {
    // pact-js runs its own state set-up calls (`/_pactSetup`) through the filter too.
    if (req.url?.startsWith("/_pactSetup") === true) return next();
    if (heldBack()) {
      res.writeHead(428, { "content-type": "text/plain" }).end("paymock: provider state not set up; request held back");
      return;
    }
    toHeaderFilter(headers)(req, res, next);
  };

  const dir = mkdtempSync(join(tmpdir(), `paymock-sandbox-${api}-`));
  try {
    const pactFile = join(dir, "pact.json");
    writePactFileAtomically(pactFile, { ...pact, interactions: [interaction] });
    const result = await verifyPact({
      provider: api,
      providerBaseUrl: baseUrl,
      pactFile,
      stateHandlers,
      requestFilter,
    });
    const description = interaction.description;
    if (refused !== undefined) {
      const { state, error } = refused;
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof MissingCredentialError) return { kind: "skipped", reason: `"${state}": ${message}` };
      return {
        kind: "verified",
        outcome: { description, passed: false, problems: [`state "${state}" could not be set up: ${message}`] },
      };
    }
    const absent = missing();
    if (absent.length > 0) {
      const reasons = absent.map((n) => unavailable[n] ?? `the provider state gave no "${n}"`);
      return {
        kind: "skipped",
        reason: `${toStateNames(interaction)
          .map((n) => `"${n}"`)
          .join(", ")}: ${reasons.join("; ")}`,
      };
    }
    const outcome = result.interactions.find((i) => i.description === description) ?? {
      description,
      passed: false,
      problems: ["the verifier reported nothing for this interaction"],
    };
    return { kind: "verified", outcome: result.passed ? outcome : { ...outcome, passed: false } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const isJsonMap = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
