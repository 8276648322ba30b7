/**
 * `npm run verify:mock`: verifies the committed pacts against an in-process paymock mock (ephemeral
 * ports, fixed clock and codes), prints each interaction, and with `PACT_BROKER_BASE_URL` set
 * publishes each API's result to the broker. Exit 0 when all passed (and were published), 1 when
 * one failed or a publish failed, 2 when the broker settings are unusable.
 * @see ./verify-mock.test.ts (the same verification in the test suite)
 */
import { createClock } from "../../mocks/context.js";
import { listen } from "../../mocks/http.js";
import { createMockServer } from "../../mocks/server.js";
import { API_IDS, type ApiId } from "../../src/apis.js";
import { checkBrokerSettings, publishResultsIfConfigured } from "../broker/publish-results.js";
import type { Env } from "../credentials.js";
import { readPactFile, toPactPath, toStateNames } from "../pact-files.js";
import { createMockStateHandlers, resetMock } from "./mock-states.js";
import { type VerificationResult, verifyPact } from "./verify-pact.js";

/** A fixed code, so the consumers' deliberately wrong codes (00000, 000000) are never right by chance. */
const OTP_CODE = "135790";

/** Verifies the committed pact of `api` against the mock at `baseUrl`, resetting it before each interaction. */
export function verifyAgainstMock(
  api: ApiId,
  baseUrl: string,
  pactFile = toPactPath(api),
): Promise<VerificationResult> {
  const states = [...new Set(readPactFile(pactFile).interactions.flatMap(toStateNames))];
  return verifyPact({
    provider: api,
    providerBaseUrl: baseUrl,
    pactFile,
    stateHandlers: createMockStateHandlers(baseUrl, states),
    beforeEach: () => resetMock(baseUrl),
  });
}

/** Input of `runMockVerification`. */
export interface MockVerificationOptions {
  readonly env: Env;
  readonly write: (line: string) => void;
  readonly apis?: readonly ApiId[];
}

/** Verifies the pacts of `apis` (default all four) against a fresh mock and publishes the results when configured. */
export async function runMockVerification(options: MockVerificationOptions): Promise<0 | 1 | 2> {
  const { env, write } = options;
  const problem = checkBrokerSettings(env);
  if (problem !== undefined) {
    write(`verify:mock: cannot start: ${problem}`);
    return 2;
  }
  const apis = options.apis ?? API_IDS;
  const mock = await createMockServer(
    { apis: [...apis], logLevel: "silent", otpCode: OTP_CODE },
    { clock: createClock(Date.parse("2026-03-02T09:00:00Z")) },
  );
  const running = await listen(mock, { ephemeralPorts: true });
  let failed = false;
  try {
    for (const api of apis) {
      const result = await verifyAgainstMock(api, running.url(api));
      write(`${api}: ${result.passed ? "passed" : "FAILED"}`);
      for (const outcome of result.interactions) {
        write(`  ${outcome.passed ? "passed" : "FAILED"}  ${outcome.description}`);
        for (const p of outcome.problems) write(`          ${p}`);
      }
      const published = await publishResultsIfConfigured(
        env,
        api,
        { success: result.passed, outcomes: result.interactions },
        write,
      );
      failed ||= !result.passed || !published;
    }
  } finally {
    await running.close();
  }
  return failed ? 1 : 0;
}
