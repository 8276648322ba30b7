/**
 * The client examples (README.md and docs/clients.md) run against the paymock mock server on ephemeral ports, and
 * the docs show exactly the code these tests run.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOutboxCode } from "../../contracts/target.js";
import { createSequenceOtp } from "../../mocks/context.js";
import { listen, type RunningServer } from "../../mocks/http.js";
import { createMockServer } from "../../mocks/server.js";
import type { ApiId } from "../../src/apis.js";
import { journalLines } from "../support/admin.js";
import { b2coreExample } from "./examples/b2core-backoffice.js";
import { mercuryoExample } from "./examples/mercuryo-spend.js";
import { nbcgateExample } from "./examples/nbcgate.js";
import { softlineExample } from "./examples/softline-checkout.js";

let running: RunningServer;

beforeAll(async () => {
  const mock = await createMockServer(
    { apis: ["nbcgate", "mercuryo-spend", "softline-checkout", "b2core-backoffice"], logLevel: "silent" },
    { otp: createSequenceOtp(["246810"]) },
  );
  running = await listen(mock, { ephemeralPorts: true });
});

afterAll(async () => {
  await running?.close();
});

/** Reads the newest code the mock "e-mailed" to `to` from its outbox, as a user would from their inbox. */
function readOutbox(api: ApiId, to: string) {
  return async (): Promise<string> => {
    const code = await readOutboxCode(running.url(api), to);
    if (code === undefined) throw new Error(`no code was sent to ${to}`);
    return code;
  };
}

/** Every request the mock journaled for `api`, as `METHOD /path status`. */
const journal = (api: ApiId): Promise<string[]> => journalLines(running.url(api));

describe("README examples against the mock server", () => {
  it("NBC Gate: OTP sign-in, balances, sign-out", async () => {
    const askCode = readOutbox("nbcgate", "otp@nbcgate.test");
    const result = await nbcgateExample(running.url("nbcgate"), async () => {
      const code = await askCode();
      expect(code).toBe("246810");
      return code;
    });
    expect(result).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "USDT", type: "coin" }),
        expect.objectContaining({ code: "EUR", type: "fiat" }),
      ]),
    );
    expect(await journal("nbcgate")).toEqual([
      "POST /auth/sign-in 400",
      "POST /auth/sign-in 200",
      "GET /api/balance 200",
      "POST /auth/log-out 204",
    ]);
  });

  it("Mercuryo: OTP challenge, KYC status with user token and IP, sign-out", async () => {
    const askCode = readOutbox("mercuryo-spend", "kyc-complete@mercuryo.test");
    const result = await mercuryoExample(running.url("mercuryo-spend"), async () => {
      const code = await askCode();
      expect(code).toBe("24681");
      return code;
    });
    expect(result).toEqual([
      { feature: "crypto", status: "complete" },
      { feature: "card", status: "complete" },
    ]);
    expect(await journal("mercuryo-spend")).toEqual([
      "POST /sdk-partner/user/sign-in 200",
      "POST /sdk-partner/user/sign-in/verify 200",
      "GET /sdk-partner/user/kyc-status 200",
      "POST /sdk-partner/user/sign-out 200",
    ]);
  });

  it("Softline: login, create a payment, read the order", async () => {
    const result = await softlineExample(running.url("softline-checkout"));
    expect(result).toMatchObject({ status: "not paid", currency: "EUR", amount: "29.99" });
  });

  it("B2Core: sign-in with e-mail 2FA, list clients, sign-out", async () => {
    const askCode = readOutbox("b2core-backoffice", "admin@b2core.test");
    const result = await b2coreExample(running.url("b2core-backoffice"), async () => {
      const code = await askCode();
      expect(code).toBe("246810");
      return code;
    });
    if (!Array.isArray(result)) throw new Error(`expected clients, got ${JSON.stringify(result)}`);
    expect(result.length).toBeGreaterThan(0);
    expect(result.length).toBeLessThanOrEqual(5);
    expect(result[0]).toEqual(expect.objectContaining({ clientId: expect.any(Number), email: expect.any(String) }));
    expect(await journal("b2core-backoffice")).toEqual([
      "POST /api/v2/signin 200",
      "POST /api/v2/2fa/confirm 200",
      "GET /api/v2/clients 200",
      "POST /api/v2/signout 200",
    ]);
  });
});

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const exampleOf = (api: string) =>
  /\/\/ #region example\n([\s\S]*?)\/\/ #endregion example/.exec(read(`./examples/${api}.ts`))?.[1];

describe("docs/clients.md", () => {
  const docs = read("../../docs/clients.md");
  it.each(["nbcgate", "mercuryo-spend", "softline-checkout", "b2core-backoffice"])(
    "shows the %s example exactly as the test runs it",
    (api) => {
      const region = exampleOf(api);
      expect(region).toBeDefined();
      expect(docs).toContain(region);
    },
  );
});

describe("README.md", () => {
  it("shows the NBC Gate example exactly as the test runs it", () => {
    const region = exampleOf("nbcgate");
    expect(region).toBeDefined();
    expect(read("../../README.md")).toContain(region);
  });
});
