/**
 * `npm run smoke -- --api <id> [--base-url URL] [--allow-writes]`: drives the typed client of one
 * API through a read-mostly happy path and prints a per-operation table checked against the spec.
 * @see ../../README.md ("Contracts") (Smoke runs)
 */
import { Command } from "commander";
import { API_IDS, isApiId } from "../../src/apis.js";
import { createTerminalPrompt } from "../otp-source.js";
import { runSmoke } from "./run-smoke.js";

const program = new Command()
  .name("smoke")
  .description("Sign in, read, sign out through the typed client, and check every answer against the spec.")
  .requiredOption("--api <id>", `one of ${API_IDS.join(", ")}`)
  .option("--base-url <url>", "target; default PAYMOCK_<API>_BASE_URL, else the local mock (npm start)")
  .option("--allow-writes", "also send requests that create payments, invoices or cards", false)
  .action(async (flags: { api: string; baseUrl?: string; allowWrites: boolean }) => {
    const api = flags.api;
    if (!isApiId(api)) {
      console.error(`smoke: unknown --api "${api}"; use one of ${API_IDS.join(", ")}`);
      process.exitCode = 2;
      return;
    }
    const report = await runSmoke({
      api,
      ...(flags.baseUrl === undefined ? {} : { baseUrl: flags.baseUrl }),
      allowWrites: flags.allowWrites,
      env: process.env,
      prompt: createTerminalPrompt(),
      write: (line) => console.log(line),
    });
    process.exitCode = report.exitCode;
  });

await program.parseAsync(process.argv);
