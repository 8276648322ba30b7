/**
 * Runs `pact-broker` from `@pact-foundation/pact-cli` (its standalone binary ships inside the npm
 * package, so nothing is downloaded). Credentials go through the environment variables the CLI
 * reads, never on the command line.
 * @see https://github.com/pact-foundation/pact-js-cli
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import type { Env } from "../credentials.js";
import type { BrokerSettings } from "./broker-settings.js";

const require = createRequire(import.meta.url);

/** What the CLI printed and how it ended. */
export interface CliResult {
  readonly code: number;
  readonly output: string;
}

/** Runs `pact-broker <args>` against the broker in `settings`; output is passed to `write` line by line too. */
export function runPactBroker(
  args: readonly string[],
  settings: BrokerSettings,
  env: Env,
  write: (line: string) => void,
): Promise<CliResult> {
  const bin = require.resolve("@pact-foundation/pact-cli/bin/pact-broker.js");
  const auth = settings.auth;
  const brokerEnv: Record<string, string> = {
    PACT_BROKER_BASE_URL: settings.baseUrl,
    ...(auth !== undefined && "token" in auth ? { PACT_BROKER_TOKEN: auth.token } : {}),
    ...(auth !== undefined && "username" in auth
      ? { PACT_BROKER_USERNAME: auth.username, PACT_BROKER_PASSWORD: auth.password }
      : {}),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...env, ...brokerEnv, PACT_DO_NOT_TRACK: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const take = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      output += text;
      for (const line of text.split("\n")) if (line.trim() !== "") write(line);
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}
