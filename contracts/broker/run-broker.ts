/**
 * `npm run pact:publish` and `npm run pact:can-i-deploy`: the four committed pacts published to the
 * Pact Broker as the current git commit (and branch), and the broker asked whether that consumer
 * version can be deployed. Exit 0 on success, 1 when the broker says no or the CLI fails, 2 when
 * the broker settings or the git version are missing.
 * @see ../../docs/contracts.md ("Pact Broker")
 */
import { fileURLToPath } from "node:url";
import type { Env } from "../credentials.js";
import { CONSUMER, PACTS_DIR } from "../pact-files.js";
import { BrokerSettingsError, readBrokerSettings } from "./broker-settings.js";
import { readGitVersion } from "./git-version.js";
import { runPactBroker } from "./pact-broker-cli.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** Input of the broker commands. */
export interface BrokerRunOptions {
  readonly env: Env;
  readonly write: (line: string) => void;
  /** Work tree whose commit and branch are the version (default: this repository). */
  readonly cwd?: string;
  /** Folder of the pacts to publish (default: `contracts/pacts/`). */
  readonly pactsDir?: string;
  /** can-i-deploy: the environment to deploy to (`--to-environment`). */
  readonly toEnvironment?: string;
}

function prepare(command: string, options: BrokerRunOptions) {
  try {
    const settings = readBrokerSettings(options.env);
    const version = readGitVersion(options.cwd ?? REPO, options.env);
    return { settings, version };
  } catch (error) {
    const message = error instanceof BrokerSettingsError ? error.message : (error as Error).message;
    options.write(`${command}: ${message}`);
    return undefined;
  }
}

/** Publishes the committed pacts with `pact-broker publish`. */
export async function runPactPublish(options: BrokerRunOptions): Promise<0 | 1 | 2> {
  const ready = prepare("pact:publish", options);
  if (ready === undefined) return 2;
  const { settings, version } = ready;
  const args = [
    "publish",
    options.pactsDir ?? PACTS_DIR,
    "--consumer-app-version",
    version.commit,
    ...(version.branch === undefined ? [] : ["--branch", version.branch]),
  ];
  options.write(
    `pact:publish: ${CONSUMER} ${version.commit}${version.branch ? ` (${version.branch})` : ""} to ${settings.baseUrl}`,
  );
  const { code } = await runPactBroker(args, settings, options.env, options.write);
  return code === 0 ? 0 : 1;
}

/** Asks the broker whether the consumer version can be deployed (`pact-broker can-i-deploy`). */
export async function runCanIDeploy(options: BrokerRunOptions): Promise<0 | 1 | 2> {
  const ready = prepare("pact:can-i-deploy", options);
  if (ready === undefined) return 2;
  const { settings, version } = ready;
  const args = [
    "can-i-deploy",
    "--pacticipant",
    CONSUMER,
    "--version",
    version.commit,
    ...(options.toEnvironment === undefined ? [] : ["--to-environment", options.toEnvironment]),
  ];
  const { code } = await runPactBroker(args, settings, options.env, options.write);
  return code === 0 ? 0 : 1;
}
