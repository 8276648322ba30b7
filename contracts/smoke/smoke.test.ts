/**
 * Smoke runs against the in-process paymock mock standing in for each vendor: the read-mostly
 * path passes with the seed accounts and codes from the mock's outbox, writes are sent only with
 * `allowWrites`, a refused sign-in and a drifted answer fail the run, and a target that is not
 * the mock needs real credentials.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen, type RunningServer } from "../../mocks/http.js";
import { createMockServer } from "../../mocks/server.js";
import type { ApiId } from "../../src/apis.js";
import { createDriftingDefinitions } from "../support/drifting-definitions.js";
import { runSmoke, type SmokeOptions } from "./run-smoke.js";

let running: RunningServer;

beforeAll(async () => {
  // Random one-time codes: the runs can only sign in by reading the mock's outbox.
  running = await listen(await createMockServer({ logLevel: "silent" }), { ephemeralPorts: true });
});

afterAll(async () => {
  await running?.close();
});

async function smoke(api: ApiId, overrides: Partial<SmokeOptions> = {}) {
  const lines: string[] = [];
  const report = await runSmoke({
    api,
    baseUrl: running.url(api),
    allowWrites: false,
    env: {},
    write: (line) => lines.push(line),
    ...overrides,
  });
  const operations = report.rows.map((r) => (r.verdict === "skipped" ? `(${r.request})` : r.operation));
  return { ...report, lines, operations };
}

describe("smoke runs against the mock", () => {
  const paths: Record<ApiId, string[]> = {
    nbcgate: [
      "signIn",
      "getUser",
      "listBalances",
      "getDefaultBalance",
      "(POST /invoice/create)",
      "(POST /invoice/pay)",
      "logOut",
    ],
    "mercuryo-spend": [
      "signIn",
      "verifySignIn",
      "getKycStatus",
      "getContacts",
      "getCardStatus",
      "(POST /sdk-partner/spend/cards/open)",
      "(GET /sdk-partner/spend/cards/balance)",
      "(GET /sdk-partner/spend/cards/transactions)",
      "signOut",
    ],
    "softline-checkout": ["loginCheck", "listProducts", "searchOrders", "getOrder", "(POST /v1/payment)"],
    "b2core-backoffice": [
      "signIn",
      "confirmTwoFactor",
      "listClients",
      "listAccounts",
      "listTransactions",
      "getAccountBalance",
      "signOut",
    ],
  };

  it.each(Object.entries(paths))("%s: the read-mostly path passes and prints its table", async (api, expected) => {
    const run = await smoke(api as ApiId);
    expect(run.operations).toEqual(expected);
    expect(run.rows.filter((r) => r.verdict !== "ok" && r.verdict !== "skipped")).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.lines[0]).toContain("(paymock mock)");
    expect(run.lines).toContainEqual(expect.stringMatching(/^#\s+operation\s+request\s+status\s+result$/));
    expect(run.lines.at(-1)).toMatch(/^\d+ passed, 0 drifted from the spec, 0 unexpected, \d+ skipped$/);
  });

  it("sends the write steps only with allowWrites (Mercuryo opens the card, NBC Gate invoices)", async () => {
    const mercuryo = await smoke("mercuryo-spend", { allowWrites: true });
    expect(mercuryo.operations).toEqual([
      "signIn",
      "verifySignIn",
      "getKycStatus",
      "getContacts",
      "getCardStatus",
      "openCard",
      "getCardBalance",
      "listCardTransactions",
      "signOut",
    ]);
    const nbcgate = await smoke("nbcgate", { allowWrites: true });
    expect(nbcgate.operations).toContain("payInvoice");
    expect([mercuryo.exitCode, nbcgate.exitCode]).toEqual([0, 0]);
  });

  it("reports a refused login as unexpected and exits 1 (credentials from the environment win over seeds)", async () => {
    const run = await smoke("softline-checkout", { env: { PAYMOCK_SOFTLINE_CHECKOUT_PASSWORD: "not-the-password" } });
    expect(run.rows).toEqual([
      {
        operation: "loginCheck",
        request: "POST /v1/login_check",
        status: 401,
        verdict: "unexpected",
        notes: ["HTTP 401"],
      },
    ]);
    expect(run.exitCode).toBe(1);
  });

  it("reports a response the spec forbids as drift and exits 1", async () => {
    const definitions = createDriftingDefinitions("mercuryo-spend", "getKycStatus", () => ({
      status: "200",
      data: { features: "complete" },
    }));
    const mock = await createMockServer({ apis: ["mercuryo-spend"], logLevel: "silent" }, { definitions });
    const drifting = await listen(mock, { ephemeralPorts: true });
    try {
      const run = await smoke("mercuryo-spend", { baseUrl: drifting.url("mercuryo-spend") });
      const kyc = run.rows.find((r) => r.operation === "getKycStatus");
      expect(kyc?.verdict).toBe("drift");
      expect(kyc?.notes).toEqual(["body data features: Response body property data.features must be array"]);
      expect(run.rows.find((r) => r.operation === "signOut")?.verdict).toBe("ok");
      expect(run.lines.at(-1)).toMatch(/1 drifted from the spec/);
      expect(run.exitCode).toBe(1);
    } finally {
      await drifting.close();
    }
  });

  it("needs real credentials when the target is not the mock, and exits 2 naming the variable", async () => {
    const server = createServer((_req, res) => res.writeHead(404).end());
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const run = await smoke("nbcgate", { baseUrl: `http://127.0.0.1:${port}` });
      expect(run.exitCode).toBe(2);
      expect(run.lines.at(-1)).toBe(
        "smoke: cannot start: set PAYMOCK_NBCGATE_EMAIL (account that signs in with the password alone)",
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("reports an unreachable base URL as such, not as a missing credential, and exits 2", async () => {
    // A port that was just free: nothing listens there any more.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const run = await smoke("nbcgate", { baseUrl: `http://127.0.0.1:${port}` });
    expect(run.exitCode).toBe(2);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toBe(
      `smoke: cannot reach http://127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port} (check the base URL and that the server is up)`,
    );
    expect(run.lines[0]).not.toContain("PAYMOCK_NBCGATE_EMAIL");
  });
});
