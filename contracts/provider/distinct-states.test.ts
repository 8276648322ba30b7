/**
 * Provider states are told apart where the vendor tells them apart: each stale-token interaction
 * must fail when its state is swapped for one that hands over a token the provider never issued
 * (so the provider answers its unknown-token 401 instead). A pact matching only by type would
 * pass here and let the state be dropped unnoticed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClock } from "../../mocks/context.js";
import { listen, type RunningServer } from "../../mocks/http.js";
import { createMockServer } from "../../mocks/server.js";
import type { ApiId } from "../../src/apis.js";
import { readPactFile, toPactPath, toStateNames } from "../pact-files.js";
import { createMockStateHandlers, resetMock } from "./mock-states.js";
import { verifyPact } from "./verify-pact.js";

let running: RunningServer;

beforeAll(async () => {
  const mock = await createMockServer({ logLevel: "silent", otpCode: "135790" }, { clock: createClock(Date.now()) });
  running = await listen(mock, { ephemeralPorts: true });
});

afterAll(async () => {
  await running?.close();
});

describe("stale-token states the vendor distinguishes", () => {
  it.each<{ api: ApiId; state: string; description: string; tokenName?: string }>([
    {
      api: "mercuryo-spend",
      state: "an expired user token",
      description: "a KYC status request with an expired user token",
    },
    {
      api: "mercuryo-spend",
      state: "a revoked user token",
      description: "a KYC status request with a revoked user token",
    },
    { api: "nbcgate", state: "an expired token", description: "a balance request with an expired token" },
    { api: "nbcgate", state: "a revoked token", description: "a balance request with a revoked token" },
    {
      api: "b2core-backoffice",
      state: "an expired access token",
      description: "a client list request with an expired access token",
      tokenName: "accessToken",
    },
    { api: "softline-checkout", state: "an expired token", description: "an order request with an expired token" },
  ])(
    "$api: '$description' fails when '$state' hands over an unknown token",
    async ({ api, state, description, tokenName = "token" }) => {
      const baseUrl = running.url(api);
      const pactFile = toPactPath(api);
      const states = [...new Set(readPactFile(pactFile).interactions.flatMap(toStateNames))];
      const handlers = createMockStateHandlers(baseUrl, states);
      const real = handlers[state];
      if (real === undefined) throw new Error(`the ${api} pact has no state "${state}"`);
      handlers[state] = async (params) => ({ ...(await real(params)), [tokenName]: "never-issued-token" });
      const result = await verifyPact({
        provider: api,
        providerBaseUrl: baseUrl,
        pactFile,
        stateHandlers: handlers,
        beforeEach: () => resetMock(baseUrl),
      });
      const outcome = result.interactions.find((i) => i.description === description);
      expect(outcome?.passed).toBe(false);
      // Only the swapped state's interactions fail.
      const withState = readPactFile(pactFile)
        .interactions.filter((i) => toStateNames(i).includes(state))
        .map((i) => i.description);
      expect(result.interactions.filter((i) => !i.passed).map((i) => i.description)).toEqual(withState);
    },
  );
});
