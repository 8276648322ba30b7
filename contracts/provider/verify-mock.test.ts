/**
 * Provider verification in CI: each committed pact in `contracts/pacts/` is verified with
 * pact-js's Verifier against an in-process paymock mock (ephemeral ports), with every provider
 * state set up through the mock's `/__mock/states` API and the mock reset before each interaction.
 *
 * Why the committed files and not a consumer run inside this file: vitest runs test files in
 * parallel and in no fixed order. The consumer tests write each pact to a private directory and
 * then rename it into `contracts/pacts/` atomically, with sorted interactions and no run-specific
 * values, so whenever this file reads a pact it gets a complete file with the same content the
 * consumer run produces. No ordering between files is needed, and a failing consumer test never
 * leaves a partial pact behind.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClock } from "../../mocks/context.js";
import { listen, type RunningServer } from "../../mocks/http.js";
import { createMockServer } from "../../mocks/server.js";
import { API_IDS, type ApiId } from "../../src/apis.js";
import { readPactFile, toPactPath, toStateNames } from "../pact-files.js";
import { createDriftingDefinitions } from "../support/drifting-definitions.js";
import { listMockStates } from "./mock-states.js";
import { verifyAgainstMock } from "./run-mock-verification.js";

const T0 = Date.parse("2026-03-02T09:00:00Z");
/** Fixed codes, so the consumers' deliberately wrong codes (00000, 000000) are never right by chance. */
const OTP_CODE = "135790";

let running: RunningServer;

beforeAll(async () => {
  const mock = await createMockServer({ logLevel: "silent", otpCode: OTP_CODE }, { clock: createClock(T0) });
  running = await listen(mock, { ephemeralPorts: true });
});

afterAll(async () => {
  await running?.close();
});

const verifyAgainst = (api: ApiId, baseUrl: string) => verifyAgainstMock(api, baseUrl);

describe("pacts verified against the paymock mock", () => {
  it.each(API_IDS)("every provider state of the %s pact is one the mock offers", async (api) => {
    const offered = new Set(await listMockStates(running.url(api)));
    const used = readPactFile(toPactPath(api)).interactions.flatMap(toStateNames);
    expect(used.filter((name) => !offered.has(name))).toEqual([]);
  });

  it.each(API_IDS)("the %s pact verifies green", async (api) => {
    const pact = readPactFile(toPactPath(api));
    const result = await verifyAgainst(api, running.url(api));
    expect(result.interactions.filter((i) => !i.passed)).toEqual([]);
    expect(result.interactions.map((i) => i.description).sort()).toEqual(
      pact.interactions.map((i) => i.description).sort(),
    );
    expect(result.passed).toBe(true);
  });
});

describe("verification catches a provider that breaks the contract", () => {
  it("fails the KYC status interaction when the mock answers without a features list", async () => {
    const definitions = createDriftingDefinitions("mercuryo-spend", "getKycStatus", () => ({
      status: "200",
      data: { features: "complete" },
    }));
    const mock = await createMockServer(
      { apis: ["mercuryo-spend"], logLevel: "silent", otpCode: OTP_CODE },
      { clock: createClock(T0), definitions },
    );
    const drifting = await listen(mock, { ephemeralPorts: true });
    try {
      const result = await verifyAgainst("mercuryo-spend", drifting.url("mercuryo-spend"));
      expect(result.passed).toBe(false);
      const failed = result.interactions.filter((i) => !i.passed);
      expect(failed.map((i) => i.description)).toEqual(["a request for the KYC status"]);
      expect(failed[0]?.problems.join(" ")).toContain("$.data.features");
    } finally {
      await drifting.close();
    }
  });
});
