/**
 * Sandbox verification never counts as passed what it did not check: against a paymock stand-in
 * whose one-time code equals the pact's example code, but with no code available to the runner,
 * the interaction that sends the code is skipped with the reason (its request is held back, so
 * the example cannot pass by luck) and the run is not green; with the stand-in's own code (which
 * differs from the pact example) it passes, which shows the code comes from the state set-up.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen, type RunningServer } from "../../mocks/http.js";
import { createMockServer } from "../../mocks/server.js";
import type { Env } from "../credentials.js";
import { readPactFile, toPactPath } from "../pact-files.js";
import { runSandboxVerification } from "./run-sandbox.js";

const CODE_SENT = "a sign-in with the e-mailed one-time code";
const OTP_STATE = "a user who needs a one-time code";

/** The code the committed NBC Gate pact carries as its example for `${otp}`. */
function pactExampleCode(): string {
  const interaction = readPactFile(toPactPath("nbcgate")).interactions.find((i) => i.description === CODE_SENT);
  const body = interaction?.request.body?.content as { otp?: unknown } | undefined;
  if (typeof body?.otp !== "string") throw new Error("the NBC Gate pact has no example one-time code");
  return body.otp;
}

const stands: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(stands.map((s) => s.close()));
});

async function startStandIn(otpCode: string): Promise<string> {
  const running = await listen(await createMockServer({ apis: ["nbcgate"], logLevel: "silent", otpCode }), {
    ephemeralPorts: true,
  });
  stands.push(running);
  return running.url("nbcgate");
}

const envFor = (baseUrl: string, otp?: string): Env => ({
  PAYMOCK_NBCGATE_BASE_URL: baseUrl,
  PAYMOCK_NBCGATE_EMAIL: "demo@nbcgate.test",
  PAYMOCK_NBCGATE_PASSWORD: "Password123",
  PAYMOCK_NBCGATE_OTP_EMAIL: "otp@nbcgate.test",
  PAYMOCK_NBCGATE_OTP_PASSWORD: "Password123",
  PAYMOCK_NBCGATE_PAY_LINK_ID: "12345",
  PAYMOCK_NBCGATE_PRODUCT_ID: "67890",
  ...(otp === undefined ? {} : { PAYMOCK_NBCGATE_OTP: otp }),
});

async function verify(env: Env) {
  const lines: string[] = [];
  const report = await runSandboxVerification({ api: "nbcgate", env, write: (line) => lines.push(line) });
  return { ...report, lines };
}

describe("sandbox verification with values from the state set-up only", () => {
  let exampleCode: string;
  beforeAll(() => {
    exampleCode = pactExampleCode();
  });

  it("skips, and does not pass, the code interaction when no code is available, even if the example would match", async () => {
    const run = await verify(envFor(await startStandIn(exampleCode)));
    expect(run.verified.map((v) => v.description)).not.toContain(CODE_SENT);
    expect(run.skipped).toContainEqual({
      description: CODE_SENT,
      reason: `"${OTP_STATE}": NBC Gate sign-in needs the one-time code sent to otp@nbcgate.test: set PAYMOCK_NBCGATE_OTP or run in a terminal`,
    });
    // The same state still serves the interactions that do not send the code.
    const sameState = run.verified.filter((v) =>
      ["a sign-in of a two-factor account without the code", "a sign-in with a wrong one-time code"].includes(
        v.description,
      ),
    );
    expect(sameState.map((v) => v.passed)).toEqual([true, true]);
    expect(run.lines).toContain("1 interaction(s) could not be set up on this run: the run is not green.");
    expect(run.exitCode).toBe(1);
  });

  it("passes the code interaction with the stand-in's own code, which differs from the pact's example", async () => {
    const issued = exampleCode === "246802" ? "135791" : "246802";
    const run = await verify(envFor(await startStandIn(issued), issued));
    expect(issued).not.toBe(exampleCode);
    expect(run.verified.find((v) => v.description === CODE_SENT)).toEqual({
      description: CODE_SENT,
      passed: true,
      problems: [],
    });
    expect(run.verified.filter((v) => !v.passed)).toEqual([]);
    expect(run.exitCode).toBe(0);
  });

  it("fails the code interaction when the code given is not the one the stand-in sent", async () => {
    const run = await verify(envFor(await startStandIn("246802"), exampleCode === "111111" ? "222222" : "111111"));
    const sent = run.verified.find((v) => v.description === CODE_SENT);
    expect(sent?.passed).toBe(false);
    expect(run.exitCode).toBe(1);
  });

  it("exits 2 saying the base URL cannot be reached", async () => {
    const url = await startStandIn("246802");
    await stands.pop()?.close();
    const run = await verify(envFor(url));
    expect(run.exitCode).toBe(2);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatch(
      /^verify:sandbox: cannot start: cannot reach http:\/\/127\.0\.0\.1:\d+.*: connect ECONNREFUSED/,
    );
  });
});
