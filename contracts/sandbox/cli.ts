/**
 * `npm run verify:sandbox -- --api <id>`: verifies the committed pact of one API against the
 * vendor sandbox named by `PAYMOCK_<API>_BASE_URL`, with that vendor's credentials from the
 * environment; one-time codes come from `PAYMOCK_<API>_OTP` or a prompt.
 * @see ../../README.md ("Contracts") (Sandbox verification)
 */
import { Command } from "commander";
import { API_IDS, isApiId } from "../../src/apis.js";
import { createTerminalPrompt } from "../otp-source.js";
import { runSandboxVerification } from "./run-sandbox.js";

const program = new Command()
  .name("verify:sandbox")
  .description("Verify the pact of one API against its vendor sandbox (PAYMOCK_<API>_BASE_URL and credentials).")
  .requiredOption("--api <id>", `one of ${API_IDS.join(", ")}`)
  .option("--pact <file>", "pact file to verify (default: the committed one in contracts/pacts/)")
  .action(async (flags: { api: string; pact?: string }) => {
    const api = flags.api;
    if (!isApiId(api)) {
      console.error(`verify:sandbox: unknown --api "${api}"; use one of ${API_IDS.join(", ")}`);
      process.exitCode = 2;
      return;
    }
    const report = await runSandboxVerification({
      api,
      env: process.env,
      prompt: createTerminalPrompt(),
      write: (line) => console.log(line),
      ...(flags.pact === undefined ? {} : { pactFile: flags.pact }),
    });
    process.exitCode = report.exitCode;
  });

await program.parseAsync(process.argv);
