/**
 * Sandbox verification against the in-process paymock mock standing in for each vendor sandbox:
 * states are set up through the vendor API only (sign-ins, log-outs, invoices, payments) with
 * credentials and one-time codes from environment variables; states a sandbox cannot provide are
 * listed as skipped, never passed. Also: no URL, missing credentials, a state that cannot be set
 * up, and a drifted sandbox each end with a clear message and a non-zero exit code.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen, type RunningServer } from "../../mocks/http.js";
import { createMockServer } from "../../mocks/server.js";
import type { ApiId } from "../../src/apis.js";
import type { Env } from "../credentials.js";
import { readPactFile, toPactPath } from "../pact-files.js";
import { createDriftingDefinitions } from "../support/drifting-definitions.js";
import { runSandboxVerification } from "./run-sandbox.js";

/** The mock e-mails this code (Mercuryo's codes are its first five digits). */
const OTP_CODE = "135790";

let running: RunningServer;

beforeAll(async () => {
  // A stand-in sandbox: the verifier signs the seed user in once per interaction, more often
  // than the mock's brute-force bound (5 codes per 10 minutes) allows by default.
  const mock = await createMockServer({
    logLevel: "silent",
    otpCode: OTP_CODE,
    nbcgate: { otpMaxCodes: 1_000 },
    mercuryo: { otpMaxCodes: 1_000 },
  });
  running = await listen(mock, { ephemeralPorts: true });
});

afterAll(async () => {
  await running?.close();
});

/** The environment a developer would set for each sandbox, pointed at the mock. */
const envFor = (api: ApiId, baseUrl: string): Env =>
  ({
    nbcgate: {
      PAYMOCK_NBCGATE_BASE_URL: baseUrl,
      PAYMOCK_NBCGATE_EMAIL: "demo@nbcgate.test",
      PAYMOCK_NBCGATE_PASSWORD: "Password123",
      PAYMOCK_NBCGATE_OTP_EMAIL: "otp@nbcgate.test",
      PAYMOCK_NBCGATE_OTP_PASSWORD: "Password123",
      PAYMOCK_NBCGATE_OTP: OTP_CODE,
      PAYMOCK_NBCGATE_PAY_LINK_ID: "12345",
      PAYMOCK_NBCGATE_PRODUCT_ID: "67890",
    },
    "mercuryo-spend": {
      PAYMOCK_MERCURYO_SPEND_BASE_URL: baseUrl,
      PAYMOCK_MERCURYO_SPEND_PARTNER_TOKEN: "sandbox-partner-token",
      PAYMOCK_MERCURYO_SPEND_EMAIL: "kyc-complete@mercuryo.test",
      PAYMOCK_MERCURYO_SPEND_OTP: OTP_CODE.slice(0, 5),
    },
    "softline-checkout": {
      PAYMOCK_SOFTLINE_CHECKOUT_BASE_URL: baseUrl,
      PAYMOCK_SOFTLINE_CHECKOUT_USERNAME: "merchant",
      PAYMOCK_SOFTLINE_CHECKOUT_PASSWORD: "merchant-secret",
      PAYMOCK_SOFTLINE_CHECKOUT_PAID_ORDER_ID: "5555555",
    },
    "b2core-backoffice": {
      PAYMOCK_B2CORE_BACKOFFICE_BASE_URL: baseUrl,
      PAYMOCK_B2CORE_BACKOFFICE_EMAIL: "admin@b2core.test",
      PAYMOCK_B2CORE_BACKOFFICE_PASSWORD: "Secret123",
      PAYMOCK_B2CORE_BACKOFFICE_NO2FA_EMAIL: "no2fa@b2core.test",
      PAYMOCK_B2CORE_BACKOFFICE_NO2FA_PASSWORD: "Secret123",
      PAYMOCK_B2CORE_BACKOFFICE_OTP: OTP_CODE,
    },
  })[api];

async function verify(api: ApiId, env: Env) {
  const lines: string[] = [];
  const report = await runSandboxVerification({ api, env, write: (line) => lines.push(line) });
  return { ...report, lines };
}

describe("sandbox verification with the mock as the sandbox", () => {
  const skipped: Record<ApiId, string[]> = {
    nbcgate: ["a balance request with an expired token"],
    "mercuryo-spend": ["a KYC status request with an expired user token", "a request to open a card"],
    "softline-checkout": ["a second refund request while one is in progress", "an order request with an expired token"],
    "b2core-backoffice": ["a client list request with an expired access token"],
  };

  it.each(Object.entries(skipped))(
    "%s: verifies what a sandbox can set up and lists the rest as skipped",
    async (id, expected) => {
      const api = id as ApiId;
      const run = await verify(api, envFor(api, running.url(api)));
      expect(run.verified.filter((v) => !v.passed)).toEqual([]);
      expect(run.skipped.map((s) => s.description)).toEqual(expected);
      expect(run.skipped.every((s) => s.reason.length > 20)).toBe(true);
      const all = readPactFile(toPactPath(api)).interactions.map((i) => i.description);
      expect([...run.verified.map((v) => v.description), ...expected].sort()).toEqual([...all].sort());
      expect(run.lines).toContain(`skipped (${expected.length}), not verified on this sandbox:`);
      expect(run.exitCode).toBe(0);
      // Interactions that end the shared sandbox session are verified last.
      const last = {
        "mercuryo-spend": ["a sign-out request"],
        "b2core-backoffice": ["a token refresh", "a sign-out request"],
      };
      const ending: readonly string[] = api === "mercuryo-spend" || api === "b2core-backoffice" ? last[api] : [];
      expect(run.verified.slice(run.verified.length - ending.length).map((v) => v.description)).toEqual(ending);
    },
  );
});

describe("sandbox verification refuses to pass what it cannot check", () => {
  it("exits 2 with the variable to set when no base URL is given", async () => {
    const run = await verify("nbcgate", {});
    expect(run.exitCode).toBe(2);
    expect(run.lines).toEqual([
      "verify:sandbox: PAYMOCK_NBCGATE_BASE_URL is not set. Set it to the nbcgate sandbox's base URL, with the credentials listed in the README's \"Sandbox verification\" section.",
    ]);
  });

  it("exits 2 naming the credential a real sandbox needs", async () => {
    const server = createServer((_req, res) => res.writeHead(404).end());
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const run = await verify("mercuryo-spend", { PAYMOCK_MERCURYO_SPEND_BASE_URL: `http://127.0.0.1:${port}/v1.6` });
      expect(run.exitCode).toBe(2);
      expect(run.lines).toEqual([
        "verify:sandbox: cannot start: set PAYMOCK_MERCURYO_SPEND_PARTNER_TOKEN (Sdk-Partner-Token from the integration manager)",
      ]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("fails the interactions whose state could not be set up, with the vendor's answer", async () => {
    const env = { ...envFor("mercuryo-spend", running.url("mercuryo-spend")), PAYMOCK_MERCURYO_SPEND_OTP: "00000" };
    const run = await verify("mercuryo-spend", env);
    const balance = run.verified.find((v) => v.description === "a request for the card balance");
    expect(balance?.passed).toBe(false);
    expect(balance?.problems[0]).toBe(
      'state "a user with KYC complete and an open card" could not be set up: sign-in verify answered HTTP 403: {"status":"403","code":403042,"message":"Verification failed. Code is invalid"}',
    );
    expect(run.exitCode).toBe(1);
  });

  it("fails on a sandbox whose answer drifted from the contract", async () => {
    const definitions = createDriftingDefinitions("mercuryo-spend", "getKycStatus", () => ({
      status: "200",
      data: { features: "complete" },
    }));
    const mock = await createMockServer(
      { apis: ["mercuryo-spend"], logLevel: "silent", otpCode: OTP_CODE, mercuryo: { otpMaxCodes: 1_000 } },
      { definitions },
    );
    const drifting = await listen(mock, { ephemeralPorts: true });
    try {
      const run = await verify("mercuryo-spend", envFor("mercuryo-spend", drifting.url("mercuryo-spend")));
      expect(run.verified.filter((v) => !v.passed).map((v) => v.description)).toEqual(["a request for the KYC status"]);
      expect(run.lines).toContain("  FAILED  a request for the KYC status");
      expect(run.exitCode).toBe(1);
    } finally {
      await drifting.close();
    }
  });
});
