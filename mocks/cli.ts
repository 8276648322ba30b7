/**
 * `paymock start`: serves the mock APIs on localhost until interrupted.
 */
import { Command, InvalidArgumentError, Option } from "commander";
import { type Logger, pino } from "pino";
import pretty from "pino-pretty";
import { API_IDS, type ApiId, isApiId } from "../src/apis.js";
import { exitWithParentAndSignals } from "./engine/process-lifecycle.js";
import { listen } from "./http.js";
import type { MockOptionsInput } from "./options.js";
import { createMockServer } from "./server.js";

const toInt = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number.`);
  return n;
};

const collectApi = (value: string, previous: ApiId[] | undefined): ApiId[] => {
  const ids = value.split(",").map((s) => s.trim());
  for (const id of ids) {
    if (!isApiId(id)) throw new InvalidArgumentError(`unknown API "${id}"; known: ${API_IDS.join(", ")}.`);
  }
  return [...(previous ?? []), ...(ids as ApiId[])];
};

export function buildCli(): Command {
  const program = new Command("paymock").description(
    "Local mocks, typed clients and contracts for NBC Gate, Mercuryo Spend Card, Softline Checkout and B2Core Back Office.",
  );
  program
    .command("start", { isDefault: true })
    .description("Serve the mock APIs (all four by default) on localhost.")
    .addOption(
      new Option("--api <id>", `serve only this API (repeatable or comma-separated): ${API_IDS.join(", ")}`)
        .argParser(collectApi)
        .env("PAYMOCK_APIS"),
    )
    .addOption(
      new Option("--port-base <n>", "first port; API i listens on n + i")
        .argParser(toInt("--port-base"))
        .env("PAYMOCK_PORT_BASE")
        .default(4010),
    )
    .addOption(new Option("--host <host>", "interface to listen on").env("PAYMOCK_HOST").default("127.0.0.1"))
    .addOption(
      new Option("--otp-code <digits>", "use this code for every OTP/2FA message instead of random ones").env(
        "PAYMOCK_OTP_CODE",
      ),
    )
    .addOption(
      new Option("--profile <profile>", "token lifetimes as in the vendor's sandbox or production")
        .choices(["sandbox", "production"])
        .env("PAYMOCK_PROFILE")
        .default("sandbox"),
    )
    .addOption(
      new Option(
        "--callback-url <url>",
        "POST Mercuryo callbacks (X-Signature) and Softline webhooks (signature field) here",
      ).env("PAYMOCK_CALLBACK_URL"),
    )
    .addOption(
      new Option("--sign-key <key>", "key for the Mercuryo callback signature")
        .env("PAYMOCK_SIGN_KEY")
        .default("sandbox-sign-key"),
    )
    .addOption(
      new Option("--max-body-bytes <n>", "refuse larger request bodies with 413")
        .argParser(toInt("--max-body-bytes"))
        .env("PAYMOCK_MAX_BODY_BYTES")
        .default(1024 * 1024),
    )
    .addOption(
      new Option("--block-seconds <n>", "how long B2Core blocks after an exceeded attempt limit")
        .argParser(toInt("--block-seconds"))
        .env("PAYMOCK_BLOCK_SECONDS")
        .default(600),
    )
    .addOption(
      new Option("--log-level <level>", "log level")
        .choices(["silent", "error", "warn", "info", "debug"])
        .env("PAYMOCK_LOG_LEVEL")
        .default("info"),
    )
    .addOption(
      new Option(
        "--log-format <format>",
        "readable lines, or JSON lines (default: pretty on a terminal, json otherwise)",
      )
        .choices(["pretty", "json"])
        .env("PAYMOCK_LOG_FORMAT"),
    )
    .action(async (flags: Record<string, unknown>) => {
      const input: MockOptionsInput = {
        apis: flags.api as ApiId[] | undefined,
        portBase: flags.portBase as number,
        host: flags.host as string,
        otpCode: flags.otpCode as string | undefined,
        profile: flags.profile as "sandbox" | "production",
        callbackUrl: flags.callbackUrl as string | undefined,
        mercuryoSignKey: flags.signKey as string,
        maxBodyBytes: flags.maxBodyBytes as number,
        logLevel: flags.logLevel as MockOptionsInput["logLevel"],
        b2core: { blockSeconds: flags.blockSeconds as number },
        softline: { webhookSecret: flags.softlineWebhookSecret as string },
      };
      const format = (flags.logFormat as "pretty" | "json" | undefined) ?? (process.stdout.isTTY ? "pretty" : "json");
      await start(input, format);
    });
  return program;
}

/** JSON lines for machines; one readable, coloured line per event on a terminal. */
function createLogger(level: string, format: "pretty" | "json"): Logger {
  const options = { level, base: undefined };
  if (format === "json") return pino(options);
  return pino(
    options,
    pretty({
      colorize: process.stdout.isTTY,
      translateTime: "HH:MM:ss.l",
      ignore: "api,to,purpose,code",
      messageFormat: "{api} {msg}",
    }),
  );
}

async function start(input: MockOptionsInput, format: "pretty" | "json"): Promise<void> {
  const mock = await createMockServer(input, { logger: createLogger(input.logLevel ?? "info", format) });
  const running = await listen(mock);
  const lines = ["paymock is serving:"];
  for (const api of mock.options.apis) {
    const url = running.urls[api];
    lines.push(`  ${api.padEnd(18)} ${url}`);
    for (const account of mock.store.slot(api).definition.seedAccounts) lines.push(`      ${account}`);
  }
  lines.push(
    "",
    "One-time codes are printed in this log and listed at GET <url>/__mock/outbox?to=<email>.",
    "Admin API on every port: /__mock/health, /__mock/reset, /__mock/clock, /__mock/requests, /__mock/states.",
  );
  process.stdout.write(`${lines.join("\n")}\n`);
  exitWithParentAndSignals({ close: () => running.close() });
}

buildCli()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
