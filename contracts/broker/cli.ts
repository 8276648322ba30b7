/**
 * `npm run pact:publish` / `npm run pact:can-i-deploy [-- --to-environment production]`.
 * @see ./run-broker.ts
 */
import { Command } from "commander";
import { runCanIDeploy, runPactPublish } from "./run-broker.js";

const write = (line: string) => console.log(line);

const program = new Command().name("pact-broker-tasks");
program
  .command("publish")
  .description("Publish contracts/pacts/*.json to PACT_BROKER_BASE_URL as the current git commit and branch.")
  .action(async () => {
    process.exitCode = await runPactPublish({ env: process.env, write });
  });
program
  .command("can-i-deploy")
  .description("Ask the broker whether the current commit of paymock-frontend can be deployed.")
  .option("--to-environment <name>", "the environment to deploy to")
  .action(async (flags: { toEnvironment?: string }) => {
    process.exitCode = await runCanIDeploy({
      env: process.env,
      write,
      ...(flags.toEnvironment === undefined ? {} : { toEnvironment: flags.toEnvironment }),
    });
  });

await program.parseAsync(process.argv);
