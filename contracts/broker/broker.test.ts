/**
 * The Pact Broker paths against a stand-in broker: a small HTTP server in this file that records
 * every call and answers like the broker's HAL API for the calls paymock's tools make. Publishing
 * the pacts, can-i-deploy, and publishing verification results (mock and sandbox) are checked by
 * the calls the broker received; missing settings end with a clear message and exit code 2.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listen, type RunningServer } from "../../mocks/http.js";
import { createMockServer } from "../../mocks/server.js";
import { API_IDS } from "../../src/apis.js";
import { CONSUMER, readPactFile, toPactPath } from "../pact-files.js";
import { runMockVerification } from "../provider/run-mock-verification.js";
import { runSandboxVerification } from "../sandbox/run-sandbox.js";
import { runCanIDeploy, runPactPublish } from "./run-broker.js";

interface BrokerCall {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string[]>;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

/** The stand-in broker: what it received, and what it should answer. */
const broker = {
  calls: [] as BrokerCall[],
  deployable: true,
  /** Consumer versions whose pacts the broker has (for verification results). */
  knownVersions: new Set<string>(),
  url: "",
};

let server: Server;

function answer(call: BrokerCall, base: string): { status: number; body: unknown } {
  const { method, path } = call;
  if (method === "GET" && path === "/") {
    return {
      status: 200,
      body: {
        _links: {
          "pb:publish-contracts": { href: `${base}/contracts/publish` },
          "pb:matrix": { href: `${base}/matrix` },
        },
      },
    };
  }
  if (method === "POST" && path === "/contracts/publish") {
    const { pacticipantName, pacticipantVersionNumber } = call.body as Record<string, string>;
    return {
      status: 200,
      body: {
        notices: [{ type: "success", text: `published ${pacticipantName} ${pacticipantVersionNumber}` }],
        _embedded: {
          pacticipant: { name: pacticipantName, _links: {} },
          version: { number: pacticipantVersionNumber, _links: {} },
        },
        _links: {
          "pb:pacticipant": { href: `${base}/pacticipants/${pacticipantName}` },
          "pb:pacticipant-version": {
            href: `${base}/pacticipants/${pacticipantName}/versions/${pacticipantVersionNumber}`,
          },
          "pb:contracts": [],
        },
      },
    };
  }
  if (method === "GET" && path === "/matrix") {
    const summary = broker.deployable
      ? {
          deployable: true,
          reason: "All required verification results are published and successful",
          success: 4,
          failed: 0,
          unknown: 0,
        }
      : { deployable: false, reason: "The verification for nbcgate failed", success: 3, failed: 1, unknown: 0 };
    return { status: 200, body: { summary, matrix: [] } };
  }
  const pact = /^\/pacts\/provider\/([^/]+)\/consumer\/([^/]+)\/version\/([^/]+)$/.exec(path);
  if (method === "GET" && pact) {
    const [, provider = "", consumer, version = ""] = pact;
    if (!broker.knownVersions.has(version)) return { status: 404, body: {} };
    const content = readPactFile(toPactPath(provider as (typeof API_IDS)[number]));
    return {
      status: 200,
      body: {
        ...content,
        interactions: content.interactions.map((i, n) => ({ ...i, _id: `id-${n}` })),
        _links: {
          "pb:publish-verification-results": {
            href: `${base}/pacts/provider/${provider}/consumer/${consumer}/pact-version/sha-${provider}/verification-results`,
          },
        },
      },
    };
  }
  if (method === "PUT" && /^\/pacticipants\/[^/]+\/branches\/[^/]+\/versions\/[^/]+$/.test(path)) {
    return { status: 200, body: {} };
  }
  if (method === "POST" && path.endsWith("/verification-results")) {
    return { status: 201, body: { success: true, _links: { self: { href: `${base}${path}/1` } } } };
  }
  return { status: 404, body: { error: `stand-in broker has no ${method} ${path}` } };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let text = "";
    req.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
    });
    req.on("end", () => {
      const url = new URL(req.url ?? "/", broker.url);
      const query: Record<string, string[]> = {};
      for (const [k, v] of url.searchParams) query[k] = [...(query[k] ?? []), v];
      const call: BrokerCall = {
        method: req.method ?? "GET",
        path: url.pathname,
        query,
        authorization: req.headers.authorization,
        body: text === "" ? undefined : JSON.parse(text),
      };
      broker.calls.push(call);
      const { status, body } = answer(call, broker.url);
      res.writeHead(status, { "content-type": "application/hal+json" }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  broker.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  broker.calls = [];
  broker.deployable = true;
  broker.knownVersions = new Set();
});

const VERSION = { GIT_COMMIT: "3f2c1e9a", GIT_BRANCH: "feature/contracts" };
const withToken = () => ({ PACT_BROKER_BASE_URL: broker.url, PACT_BROKER_TOKEN: "broker-token", ...VERSION });

function collect() {
  const lines: string[] = [];
  return { lines, write: (line: string) => lines.push(line) };
}

describe("npm run pact:publish", () => {
  it("publishes the four pacts as the git commit and branch, with the token", async () => {
    const out = collect();
    expect(await runPactPublish({ env: withToken(), write: out.write })).toBe(0);
    const published = broker.calls.filter((c) => c.method === "POST" && c.path === "/contracts/publish");
    expect(published).toHaveLength(4);
    expect(new Set(broker.calls.map((c) => c.authorization))).toEqual(new Set(["Bearer broker-token"]));
    const byProvider = new Map<string, unknown>();
    for (const call of published) {
      const body = call.body as {
        pacticipantName: string;
        pacticipantVersionNumber: string;
        branch: string;
        contracts: { consumerName: string; providerName: string; specification: string; content: string }[];
      };
      expect(body).toMatchObject({
        pacticipantName: CONSUMER,
        pacticipantVersionNumber: "3f2c1e9a",
        branch: "feature/contracts",
      });
      expect(body.contracts).toHaveLength(1);
      const [contract] = body.contracts;
      expect(contract).toMatchObject({ consumerName: CONSUMER, specification: "pact" });
      byProvider.set(
        contract?.providerName ?? "",
        JSON.parse(Buffer.from(contract?.content ?? "", "base64").toString("utf8")),
      );
    }
    expect([...byProvider.keys()].sort()).toEqual([...API_IDS].sort());
    for (const api of API_IDS) {
      const sent = byProvider.get(api) as { interactions: { description: string }[] };
      const committed = readPactFile(toPactPath(api));
      expect(sent.interactions.map((i) => i.description)).toEqual(committed.interactions.map((i) => i.description));
    }
  });

  it("signs in with username and password when there is no token", async () => {
    const env = {
      PACT_BROKER_BASE_URL: broker.url,
      PACT_BROKER_USERNAME: "ci",
      PACT_BROKER_PASSWORD: "s3cret",
      ...VERSION,
    };
    expect(await runPactPublish({ env, write: collect().write })).toBe(0);
    expect(broker.calls[0]?.authorization).toBe(`Basic ${Buffer.from("ci:s3cret").toString("base64")}`);
  });

  it("exits 2 with a clear message when the broker is not configured", async () => {
    const out = collect();
    expect(await runPactPublish({ env: VERSION, write: out.write })).toBe(2);
    expect(out.lines).toEqual([
      "pact:publish: PACT_BROKER_BASE_URL is not set. Set it to your Pact Broker (e.g. https://broker.example.com), with PACT_BROKER_TOKEN or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD.",
    ]);
    const half = collect();
    const env = { PACT_BROKER_BASE_URL: broker.url, PACT_BROKER_USERNAME: "ci", ...VERSION };
    expect(await runPactPublish({ env, write: half.write })).toBe(2);
    expect(half.lines).toEqual([
      "pact:publish: Set both PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD (or PACT_BROKER_TOKEN).",
    ]);
    expect(broker.calls).toEqual([]);
  });
});

describe("npm run pact:can-i-deploy", () => {
  it("asks the matrix for this consumer version and exits 0 when the broker says yes", async () => {
    const out = collect();
    expect(await runCanIDeploy({ env: withToken(), write: out.write })).toBe(0);
    const matrix = broker.calls.find((c) => c.path === "/matrix");
    expect(matrix?.method).toBe("GET");
    expect(matrix?.query["q[][pacticipant]"]).toEqual([CONSUMER]);
    expect(matrix?.query["q[][version]"]).toEqual(["3f2c1e9a"]);
  });

  it("exits 1 when the broker says no, and passes --to-environment on", async () => {
    broker.deployable = false;
    const out = collect();
    expect(await runCanIDeploy({ env: withToken(), write: out.write, toEnvironment: "production" })).toBe(1);
    const matrix = broker.calls.find((c) => c.path === "/matrix");
    expect(matrix?.query.environment).toEqual(["production"]);
  });

  it("exits 2 without broker settings", async () => {
    const out = collect();
    expect(await runCanIDeploy({ env: VERSION, write: out.write })).toBe(2);
    expect(out.lines[0]).toMatch(/^pact:can-i-deploy: PACT_BROKER_BASE_URL is not set\./);
  });
});

describe("provider verification results", () => {
  it("the mock verification publishes each API's result for the pact of the commit", async () => {
    broker.knownVersions.add("3f2c1e9a");
    const out = collect();
    const code = await runMockVerification({
      env: { ...withToken(), PACT_PROVIDER_VERSION: "mock-1" },
      write: out.write,
      apis: ["mercuryo-spend"],
    });
    expect(code, out.lines.join("\n")).toBe(0);
    expect(broker.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      `GET /pacts/provider/mercuryo-spend/consumer/${CONSUMER}/version/3f2c1e9a`,
      "PUT /pacticipants/mercuryo-spend/branches/feature%2Fcontracts/versions/mock-1",
      `POST /pacts/provider/mercuryo-spend/consumer/${CONSUMER}/pact-version/sha-mercuryo-spend/verification-results`,
    ]);
    const result = broker.calls.at(-1)?.body as {
      success: boolean;
      providerApplicationVersion: string;
      testResults: { interactionId: string; interactionDescription: string; success: boolean }[];
    };
    const committed = readPactFile(toPactPath("mercuryo-spend")).interactions;
    expect(result.success).toBe(true);
    expect(result.providerApplicationVersion).toBe("mock-1");
    expect(result.testResults.map((t) => t.interactionDescription).sort()).toEqual(
      committed.map((i) => i.description).sort(),
    );
    expect(result.testResults.every((t) => t.success && t.interactionId.startsWith("id-"))).toBe(true);
  });

  describe("the sandbox verification", () => {
    let sandbox: RunningServer;
    beforeAll(async () => {
      sandbox = await listen(await createMockServer({ apis: ["softline-checkout"], logLevel: "silent" }), {
        ephemeralPorts: true,
      });
    });
    afterAll(async () => {
      await sandbox?.close();
    });
    const sandboxEnv = () => ({
      ...withToken(),
      PAYMOCK_SOFTLINE_CHECKOUT_BASE_URL: sandbox.url("softline-checkout"),
      PAYMOCK_SOFTLINE_CHECKOUT_USERNAME: "merchant",
      PAYMOCK_SOFTLINE_CHECKOUT_PASSWORD: "merchant-secret",
      PAYMOCK_SOFTLINE_CHECKOUT_PAID_ORDER_ID: "5555555",
    });

    it("publishes its result, the skipped interactions left out", async () => {
      broker.knownVersions.add("3f2c1e9a");
      const out = collect();
      const report = await runSandboxVerification({ api: "softline-checkout", env: sandboxEnv(), write: out.write });
      expect(report.exitCode, out.lines.join("\n")).toBe(0);
      const posted = broker.calls.find((c) => c.path.endsWith("/verification-results"))?.body as {
        success: boolean;
        testResults: { interactionDescription: string }[];
      };
      expect(posted.success).toBe(true);
      expect(posted.testResults.map((t) => t.interactionDescription)).toEqual(
        report.verified.map((v) => v.description),
      );
      expect(posted.testResults.map((t) => t.interactionDescription)).not.toContain(report.skipped[0]?.description);
    });

    it("is not green when the broker has no pact for the commit", async () => {
      const out = collect();
      const report = await runSandboxVerification({ api: "softline-checkout", env: sandboxEnv(), write: out.write });
      expect(report.exitCode).toBe(1);
      expect(out.lines.at(-1)).toBe(
        `verification of softline-checkout NOT published to the broker: the broker has no ${CONSUMER} pact with softline-checkout for version 3f2c1e9a (HTTP 404); publish it first: npm run pact:publish`,
      );
    });

    it("exits 2 before verifying when the broker settings are incomplete", async () => {
      const out = collect();
      const env = { ...sandboxEnv(), PACT_BROKER_TOKEN: "", PACT_BROKER_PASSWORD: "only-a-password" };
      const report = await runSandboxVerification({ api: "softline-checkout", env, write: out.write });
      expect(report.exitCode).toBe(2);
      expect(out.lines).toEqual([
        "verify:sandbox: cannot start: Set both PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD (or PACT_BROKER_TOKEN).",
      ]);
      expect(broker.calls).toEqual([]);
    });
  });
});
