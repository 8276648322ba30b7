/**
 * The proxy's commands: `paymock proxy --api <id> --target <url>` and `paymock examples import <dir>`.
 * `addProxyCommands` is the one hook `mocks/cli.ts` calls.
 * @see ../../docs/proxy.md
 */
import { writeFileSync } from "node:fs";
import { type Command, InvalidArgumentError, Option } from "commander";
import { API_IDS, type ApiId, isApiId } from "../../src/apis.js";
import { toDriftTable } from "./drift.js";
import { importExamples } from "./import-examples.js";
import { type ProxyOptions, startProxy } from "./start-proxy.js";

const toPort = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65_535) throw new InvalidArgumentError("--port must be 0 to 65535.");
  return n;
};

const toTimeout = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 600_000) throw new InvalidArgumentError("--timeout-ms must be 1 to 600000.");
  return n;
};

const toApi = (value: string): ApiId => {
  if (!isApiId(value)) throw new InvalidArgumentError(`unknown API "${value}"; known: ${API_IDS.join(", ")}.`);
  return value;
};

const write = (line: string) => process.stdout.write(`${line}\n`);

/** Registers `proxy` and `examples import` on the paymock program. */
export function addProxyCommands(program: Command): Command {
  program
    .command("proxy")
    .description("Forward one API to a real sandbox, checking both directions against its spec.")
    .addOption(
      new Option("--api <id>", `the API: ${API_IDS.join(", ")}`)
        .argParser(toApi)
        .makeOptionMandatory()
        .env("PAYMOCK_API"),
    )
    .addOption(new Option("--target <url>", "the sandbox's base URL").makeOptionMandatory().env("PAYMOCK_TARGET"))
    .addOption(
      new Option("--port <n>", "port to listen on (default: the mock's port for the API)")
        .argParser(toPort)
        .env("PAYMOCK_PORT"),
    )
    .addOption(new Option("--host <host>", "interface to listen on").env("PAYMOCK_HOST").default("127.0.0.1"))
    .addOption(
      new Option("--strict", "refuse invalid requests (vendor's 400) and invalid answers (502)").env("PAYMOCK_STRICT"),
    )
    .addOption(
      new Option("--record <dir>", "keep each operation's answers there as candidate examples").env("PAYMOCK_RECORD"),
    )
    .addOption(
      new Option("--timeout-ms <n>", "how long to wait for the target before answering 504")
        .argParser(toTimeout)
        .env("PAYMOCK_TIMEOUT_MS")
        .default(30_000),
    )
    .addOption(
      new Option("--log-level <level>", "log level")
        .choices(["silent", "error", "warn", "info", "debug"])
        .env("PAYMOCK_LOG_LEVEL")
        .default("info"),
    )
    .action(async (flags: Record<string, unknown>) => {
      const options: ProxyOptions = {
        api: flags.api as ApiId,
        target: flags.target as string,
        host: flags.host as string,
        strict: flags.strict === true,
        timeoutMs: flags.timeoutMs as number,
        logLevel: flags.logLevel as ProxyOptions["logLevel"],
        ...(flags.port === undefined ? {} : { port: flags.port as number }),
        ...(flags.record === undefined ? {} : { record: flags.record as string }),
      };
      const proxy = await startProxy(options);
      write(`paymock proxy for ${proxy.api}: ${proxy.url} -> ${proxy.target}${options.strict ? " (strict)" : ""}`);
      if (options.record !== undefined) write(`  recording candidate examples to ${options.record}`);
      write("  drift so far: GET /__mock/drift; journal: GET /__mock/requests. Ctrl-C prints the drift table.");
      const stop = async () => {
        write("");
        for (const line of toDriftTable(proxy.drift())) write(line);
        await proxy.stop();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });

  program
    .command("examples")
    .description("Work with the specs' named examples.")
    .command("import <dir>")
    .description("Turn a --record folder into a patch adding the answers as named examples (specs are not changed).")
    .option("--out <file>", "write the patch to this file instead of printing it")
    .action(async (dir: string, flags: { out?: string }) => {
      const result = await importExamples({ dir });
      for (const a of result.added) process.stderr.write(`added   ${a.api} ${a.name}\n`);
      for (const s of result.skipped) process.stderr.write(`skipped ${s.file}: ${s.reason}\n`);
      if (flags.out !== undefined) {
        writeFileSync(flags.out, result.patch);
        process.stderr.write(`patch written to ${flags.out}; review it, then: git apply ${flags.out}\n`);
      } else process.stdout.write(result.patch);
      if (result.patch === "") process.stderr.write("no new examples: the specs would not change.\n");
    });
  return program;
}
