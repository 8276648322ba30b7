/**
 * The step both provider verifications (the mock and a vendor sandbox) end with: when
 * `PACT_BROKER_BASE_URL` is set, the result is published to the broker for the pact of the
 * current commit, with the provider version `PACT_PROVIDER_VERSION` (default: the commit) on the
 * branch `PACT_PROVIDER_BRANCH` (default: the git branch).
 * @see ./verification-results.ts
 */
import { fileURLToPath } from "node:url";
import type { Env } from "../credentials.js";
import { CONSUMER } from "../pact-files.js";
import type { InteractionOutcome } from "../provider/verify-pact.js";
import { hasBroker, readBrokerSettings } from "./broker-settings.js";
import { readGitVersion } from "./git-version.js";
import { publishVerificationResults } from "./verification-results.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** Checks the broker settings before a verification starts: a message when they are unusable. */
export function checkBrokerSettings(env: Env): string | undefined {
  if (!hasBroker(env)) return undefined;
  try {
    readBrokerSettings(env);
    readGitVersion(REPO, env);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Publishes the verification of `provider`'s pact when a broker is configured; returns `false`
 * (after writing why) when publishing failed, `true` when it succeeded or no broker is set.
 */
export async function publishResultsIfConfigured(
  env: Env,
  provider: string,
  result: { readonly success: boolean; readonly outcomes: readonly InteractionOutcome[] },
  write: (line: string) => void,
): Promise<boolean> {
  if (!hasBroker(env)) return true;
  try {
    const settings = readBrokerSettings(env);
    const version = readGitVersion(REPO, env);
    const providerVersion = env.PACT_PROVIDER_VERSION?.trim() || version.commit;
    const providerBranch = env.PACT_PROVIDER_BRANCH?.trim() || version.branch;
    const url = await publishVerificationResults(settings, {
      provider,
      consumer: CONSUMER,
      consumerVersion: version.commit,
      providerVersion,
      providerBranch,
      success: result.success,
      outcomes: result.outcomes,
    });
    write(`verification of ${provider} published to the broker (${result.success ? "success" : "failure"}): ${url}`);
    return true;
  } catch (error) {
    write(`verification of ${provider} NOT published to the broker: ${(error as Error).message}`);
    return false;
  }
}
