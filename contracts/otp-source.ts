/**
 * Where a one-time code comes from when a sign-in needs one. Smoke runs against the paymock mock
 * read the mock's outbox; otherwise (and for sandbox verification, which only uses the vendor's
 * API) `PAYMOCK_<API>_OTP`, else a prompt when stdin is a terminal. Without any of these the run
 * stops with a message saying how to provide the code.
 * @see ../README.md ("Contracts")
 */
import { createInterface } from "node:readline/promises";
import { type Env, MissingCredentialError, readEnv, toEnvName } from "./credentials.js";
import { readOutboxCode, type Target } from "./target.js";

/** Asks one question and resolves with the answer. */
export type Prompt = (question: string) => Promise<string>;

/** Gets the code that was just sent to `recipient` for `purpose` (e.g. "NBC Gate sign-in"). */
export type OtpSource = (purpose: string, recipient: string) => Promise<string>;

/** A prompt on the terminal, or `undefined` when stdin is not a TTY (CI, pipes). */
export function createTerminalPrompt(): Prompt | undefined {
  if (!process.stdin.isTTY) return undefined;
  return async (question) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return (await rl.question(question)).trim();
    } finally {
      rl.close();
    }
  };
}

/** Creates the code source for one target; `readOutbox` only applies when the target is the mock. */
export function createOtpSource(
  target: Target,
  env: Env,
  prompt: Prompt | undefined,
  options: { readonly readOutbox: boolean },
): OtpSource {
  return async (purpose, recipient) => {
    if (options.readOutbox && target.isMock) {
      const sent = await readOutboxCode(target.baseUrl, recipient);
      if (sent !== undefined) return sent;
    }
    const fromEnv = readEnv(env, target.api, "OTP");
    if (fromEnv !== undefined) return fromEnv;
    if (prompt !== undefined) return prompt(`${purpose}: one-time code sent to ${recipient}: `);
    throw new MissingCredentialError(
      `${purpose} needs the one-time code sent to ${recipient}: set ${toEnvName(target.api, "OTP")} or run in a terminal`,
    );
  };
}
