/**
 * A smoke run: resolve the target (flag, `PAYMOCK_<API>_BASE_URL`, or the local mock's default
 * port), its credentials (seed accounts when it is the paymock mock), run the API's plan through
 * the spec-checking recorder, print the per-operation table. Exit code 0 when every call passed
 * or was skipped, 1 on drift or an unexpected answer, 2 when the run could not start (bad or
 * unreachable URL, missing credentials).
 * @see ../../README.md ("Contracts") (Smoke runs)
 */
import type { ApiId } from "../../src/apis.js";
import { type Env, MissingCredentialError, readEnv, resolveCredentials } from "../credentials.js";
import { createOtpSource, type Prompt } from "../otp-source.js";
import { loadEngineFor } from "../spec-check.js";
import { resolveTarget, toDefaultMockUrl, UnreachableTargetError } from "../target.js";
import { runB2coreBackofficeSmoke } from "./plan-b2core-backoffice.js";
import { runMercuryoSpendSmoke } from "./plan-mercuryo-spend.js";
import { runNbcgateSmoke } from "./plan-nbcgate.js";
import { runSoftlineCheckoutSmoke } from "./plan-softline-checkout.js";
import { createRecorder, type SmokeRow } from "./recorder.js";
import type { SmokePlan } from "./smoke-context.js";
import { countVerdicts, toTableLines } from "./table.js";

const PLANS: Readonly<Record<ApiId, SmokePlan>> = {
  nbcgate: runNbcgateSmoke,
  "mercuryo-spend": runMercuryoSpendSmoke,
  "softline-checkout": runSoftlineCheckoutSmoke,
  "b2core-backoffice": runB2coreBackofficeSmoke,
};

/** Input of `runSmoke`: the API, the target, the environment and where output and prompts go. */
export interface SmokeOptions {
  readonly api: ApiId;
  /** Overrides `PAYMOCK_<API>_BASE_URL`. */
  readonly baseUrl?: string;
  readonly allowWrites: boolean;
  readonly env: Env;
  /** Asks for a one-time code when neither the env nor the mock's outbox has it. */
  readonly prompt?: Prompt;
  /** Receives every output line. */
  readonly write: (line: string) => void;
}

/** The rows of a smoke run; `exitCode` is what the CLI exits with. */
export interface SmokeReport {
  readonly exitCode: 0 | 1 | 2;
  readonly rows: readonly SmokeRow[];
}

/** Runs the smoke path of one API and prints its table. */
export async function runSmoke(options: SmokeOptions): Promise<SmokeReport> {
  const { api, write } = options;
  const baseUrl = options.baseUrl ?? readEnv(options.env, api, "BASE_URL") ?? toDefaultMockUrl(api);
  let target: Awaited<ReturnType<typeof resolveTarget>>;
  try {
    target = await resolveTarget(api, baseUrl);
  } catch (error) {
    const hint =
      error instanceof UnreachableTargetError
        ? baseUrl === toDefaultMockUrl(api)
          ? " (start the mock with `npm start`, or pass --base-url or set the base URL variable)"
          : " (check the base URL and that the server is up)"
        : "";
    write(`smoke: ${(error as Error).message}${hint}`);
    return { exitCode: 2, rows: [] };
  }
  const recorder = createRecorder(await loadEngineFor(api), target.baseUrl);
  write(`${api} smoke run against ${target.baseUrl}${target.isMock ? " (paymock mock)" : ""}`);
  write("");

  let stopped: string | undefined;
  try {
    await PLANS[api]({
      target,
      credentials: resolveCredentials(api, options.env, target.isMock),
      askForOtp: createOtpSource(target, options.env, options.prompt, { readOutbox: true }),
      allowWrites: options.allowWrites,
      recorder,
    });
  } catch (error) {
    if (error instanceof MissingCredentialError && recorder.rows().length === 0) {
      write(`smoke: cannot start: ${error.message}`);
      return { exitCode: 2, rows: [] };
    }
    stopped = error instanceof Error ? error.message : String(error);
  }

  const rows = recorder.rows();
  for (const line of toTableLines(rows)) write(line);
  if (stopped !== undefined) write(`stopped early: ${stopped}`);
  const counts = countVerdicts(rows);
  const failed = stopped !== undefined || counts.drift > 0 || counts.unexpected > 0 || counts.ok === 0;
  return { exitCode: failed ? 1 : 0, rows };
}
