/**
 * The proxy's commands: `paymock proxy --api <id> --target <url>` and `paymock examples import <dir>`.
 * `addProxyCommands` is the one hook `mocks/cli.ts` calls.
 * @see ../../docs/proxy.md
 */
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { addTableOptions, createCliLogger, givenFlags } from "../cli-support.js";
import { type CliConfig, formatConfig, resolveConfig } from "../resolve-config.js";
import { toDriftTable } from "./drift.js";
import { importExamples } from "./import-examples.js";
import { type ProxyOptions, startProxy } from "./start-proxy.js";

const write = (line: string) => process.stdout.write(`${line}\n`);

/** The options `startProxy` gets from a resolved configuration: the `proxy` group and the shared mock options. */
export function toProxyOptions(config: CliConfig): ProxyOptions {
  const { input, proxy } = config;
  return {
    ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    ...Object.fromEntries(Object.entries(proxy).filter(([, v]) => v !== undefined)),
  } as unknown as ProxyOptions;
}

/** Registers `proxy` and `examples import` on the paymock program. */
export function addProxyCommands(program: Command): Command {
  const proxy = program
    .command("proxy")
    .description(
      "Forward one API to a real sandbox, checking both directions against its spec. Options: flags > PAYMOCK_* env > config file (its proxy group and the shared keys) > defaults.",
    );
  addTableOptions(proxy, "proxy");
  proxy.action(async (_flags: unknown, command: Command) => {
    const config = resolveConfig(
      { flags: givenFlags(command, "proxy"), env: process.env, cwd: process.cwd() },
      "proxy",
    );
    if (config.cli.printConfig) {
      process.stdout.write(formatConfig(config));
      return;
    }
    const options = toProxyOptions(config);
    const format = config.cli.logFormat ?? (process.stdout.isTTY ? "pretty" : "json");
    const logger = createCliLogger(config.input.logLevel ?? "info", format);
    const running = await startProxy(options, { logger });
    write(`paymock proxy for ${running.api}: ${running.url} -> ${running.target}${options.strict ? " (strict)" : ""}`);
    if (options.record !== undefined) write(`  recording candidate examples to ${options.record}`);
    write("  drift so far: GET /__mock/drift; journal: GET /__mock/requests. Ctrl-C prints the drift table.");
    const stop = async () => {
      write("");
      for (const line of toDriftTable(running.drift())) write(line);
      await running.stop();
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
