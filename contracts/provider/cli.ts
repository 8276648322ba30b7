/**
 * `npm run verify:mock [-- --api <id>]`: provider verification of the committed pacts against the
 * paymock mock, published to the Pact Broker when `PACT_BROKER_BASE_URL` is set.
 * @see ./run-mock-verification.ts
 */
import { Command } from "commander";
import { API_IDS, type ApiId, isApiId } from "../../src/apis.js";
import { runMockVerification } from "./run-mock-verification.js";

const program = new Command()
  .name("verify:mock")
  .description("Verify the committed pacts against an in-process paymock mock.")
  .option("--api <id>", `only this API: ${API_IDS.join(", ")}`)
  .action(async (flags: { api?: string }) => {
    if (flags.api !== undefined && !isApiId(flags.api)) {
      console.error(`verify:mock: unknown --api "${flags.api}"; use one of ${API_IDS.join(", ")}`);
      process.exitCode = 2;
      return;
    }
    const apis: readonly ApiId[] | undefined = flags.api === undefined ? undefined : [flags.api as ApiId];
    process.exitCode = await runMockVerification({
      env: process.env,
      write: (line) => console.log(line),
      ...(apis ? { apis } : {}),
    });
  });

await program.parseAsync(process.argv);
