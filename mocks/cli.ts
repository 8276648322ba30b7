/**
 * The `paymock` command. `paymock start` (also plain `paymock`) serves the mock APIs until
 * interrupted; its options come from mocks/option-table.ts (flags > env > config file > defaults).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { Command } from "commander";
import { addDiffCommand } from "../src/diff/diff-command.js";
import { addTableOptions, createCliLogger, givenFlags } from "./cli-support.js";
import { exitWithParentAndSignals } from "./engine/process-lifecycle.js";
import { listen } from "./http.js";
import { addProxyCommands } from "./proxy/command.js";
import { type CliConfig, formatConfig, resolveConfig } from "./resolve-config.js";
import { createMockServer } from "./server.js";

// The package's own manifest, by self-reference: the same from mocks/ (source) and dist/mocks/ (built).
const VERSION = (createRequire(import.meta.url)("paymock/package.json") as { version: string }).version;

export function buildCli(): Command {
  const program = new Command("paymock")
    .description(
      "Local mocks, typed clients and contracts for NBC Gate, Mercuryo Spend Card, Softline Checkout and B2Core Back Office.",
    )
    .version(VERSION, "-V, --version", "print paymock's version")
    .configureOutput({ outputError: (text, write) => write(`paymock: ${text.replace(/^error: /, "")}`) })
    .showHelpAfterError("(paymock --help lists the commands; paymock start --help the options)");
  const start = program
    .command("start")
    .description("Serve the mock APIs (all four by default) on localhost. Also what plain `paymock` does.");
  addTableOptions(start, "start");
  start.action(async (_flags: unknown, command: Command) => {
    const config = resolveConfig({ flags: givenFlags(command, "start"), env: process.env, cwd: process.cwd() });
    if (config.cli.printConfig) {
      process.stdout.write(formatConfig(config));
      return;
    }
    await serve(config);
  });
  addProxyCommands(program);
  return addDiffCommand(program);
}

/** Writes the ports file in one step (write + rename), so a script polling for it never reads half. */
function writePortsFile(path: string, urls: Readonly<Record<string, string | undefined>>): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, `${JSON.stringify(urls, null, 2)}\n`);
  renameSync(partial, path);
}

async function serve(config: CliConfig): Promise<void> {
  const format = config.cli.logFormat ?? (process.stdout.isTTY ? "pretty" : "json");
  const mock = await createMockServer(config.input, {
    logger: createCliLogger(config.input.logLevel ?? "info", format),
  });
  // --port-base 0: every API on a free port of its own (printed below and in --ports-file).
  const running = await listen(mock, { ephemeralPorts: mock.options.portBase === 0 });
  const portsFile = config.cli.portsFile === undefined ? undefined : resolve(config.cli.portsFile);
  if (portsFile !== undefined) writePortsFile(portsFile, running.urls);
  const lines = ["paymock is serving:"];
  for (const api of mock.options.apis) {
    lines.push(`  ${api.padEnd(18)} ${running.url(api)}`);
    for (const account of mock.store.slot(api).definition.seedAccounts) lines.push(`      ${account}`);
  }
  if (portsFile !== undefined) lines.push("", `URLs written to ${portsFile}.`);
  lines.push(
    "",
    "One-time codes are printed in this log and listed at GET <url>/__mock/outbox?to=<email>.",
    `Dashboard (codes, requests, state, controls): ${running.url(mock.options.apis[0] ?? "nbcgate")}/__mock/ui`,
    "Admin API on every port: /__mock/health, reset, outbox, clock, requests, states, faults, callbacks, snapshot, ui.",
  );
  process.stdout.write(`${lines.join("\n")}\n`);
  exitWithParentAndSignals({
    close: async () => {
      await running.close();
      if (portsFile !== undefined) rmSync(portsFile, { force: true });
    },
  });
}

/** Plain `paymock` and `paymock --port-base 0 ...` mean `paymock start ...`; other words are commands. */
function withDefaultCommand(args: readonly string[]): string[] {
  const first = args[0];
  const own = ["-h", "--help", "-V", "--version"];
  return first === undefined || (first.startsWith("-") && !own.includes(first)) ? ["start", ...args] : [...args];
}

buildCli()
  .parseAsync(withDefaultCommand(process.argv.slice(2)), { from: "user" })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
