/**
 * The proxy in front of a second paymock standing in for the vendor sandbox, for all four APIs:
 * the typed clients sign in and call through it, nothing drifts, the journal and the recorded
 * candidates hold no credential, and `/__mock/*` is the proxy's own.
 */
import { execFile } from "node:child_process";
import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { applyPatch, parsePatch } from "diff";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClock, createCounterIds, createSequenceOtp } from "../../mocks/context.js";
import { listen, type RunningServer } from "../../mocks/http.js";
import { SANDBOX_EXTERNAL_KEY } from "../../mocks/nbcgate/seed-data.js";
import { importExamples } from "../../mocks/proxy/import-examples.js";
import { type RunningProxy, startProxy } from "../../mocks/proxy/start-proxy.js";
import { VIOLATIONS_HEADER } from "../../mocks/proxy/violations.js";
import { createMockServer } from "../../mocks/server.js";
import { API_IDS, type ApiId, specPath } from "../../src/apis.js";
import {
  createB2coreBackofficeClient,
  createMercuryoSpendClient,
  createNbcgateClient,
  createSoftlineCheckoutClient,
} from "../../src/index.js";
import { createCredentialSpy, readTree, tempDir } from "./support.js";

const T0 = Date.parse("2026-03-02T09:00:00Z");
let sandbox: RunningServer;
const proxies = new Map<ApiId, RunningProxy>();
const recordDir = tempDir("record");
const spy = createCredentialSpy();

const proxyOf = (api: ApiId): RunningProxy => {
  const proxy = proxies.get(api);
  if (proxy === undefined) throw new Error(`no proxy for ${api}`);
  return proxy;
};
const getJson = async (url: string) => (await fetch(url)).json() as Promise<unknown>;

beforeAll(async () => {
  const mock = await createMockServer(
    { logLevel: "silent" },
    { clock: createClock(T0), otp: createSequenceOtp(["135790"]), ids: createCounterIds() },
  );
  sandbox = await listen(mock, { ephemeralPorts: true });
  for (const api of API_IDS) {
    proxies.set(
      api,
      await startProxy(
        { api, target: sandbox.url(api), port: 0, record: recordDir, logLevel: "silent" },
        { clock: createClock(T0) },
      ),
    );
  }
});

afterAll(async () => {
  await Promise.all([...proxies.values()].map((p) => p.stop()));
  await sandbox?.close();
  rmSync(recordDir, { recursive: true, force: true });
});

describe("typed clients through the proxy", () => {
  it("NBC Gate: password sign-in, OTP sign-in, a client call and an X-API-Key call", async () => {
    const options = { baseUrl: proxyOf("nbcgate").url, fetch: spy.fetch, apiKey: SANDBOX_EXTERNAL_KEY };
    const nbc = createNbcgateClient(options);
    expect(await nbc.signIn({ email: "demo@nbcgate.test", password: "Password123" })).toEqual({ kind: "signed-in" });
    const balance = await nbc.GET("/api/balance");
    expect(balance.response.status).toBe(200);
    expect(balance.response.headers.get(VIOLATIONS_HEADER)).toBeNull();

    const otp = createNbcgateClient(options);
    const first = await otp.signIn({ email: "otp@nbcgate.test", password: "Password123" });
    if (first.kind !== "otp-required") throw new Error(`expected otp-required, got ${first.kind}`);
    expect(await first.submitOtp("135790")).toEqual({ kind: "signed-in" });

    const external = await nbc.POST("/external/transfer/info", { body: { order_id: "ext-1" } });
    expect(external.response.status).toBe(200);
  });

  it("Mercuryo: e-mail OTP sign-in and a user call, partner token and user IP passed through", async () => {
    const mercuryo = createMercuryoSpendClient({
      baseUrl: proxyOf("mercuryo-spend").url,
      partnerToken: "sandbox-partner-token",
      userIp: "203.0.113.7",
      fetch: spy.fetch,
    });
    const started = await mercuryo.signIn("expiry@mercuryo.test");
    if (started.kind !== "challenge") throw new Error(`expected a challenge, got ${JSON.stringify(started)}`);
    expect((await started.challenge.verify("13579")).kind).toBe("signed-in");
    const kyc = await mercuryo.GET("/sdk-partner/user/kyc-status");
    expect(kyc.response.status).toBe(200);
  });

  it("Softline: login_check and a product list with AuthorizationJWT", async () => {
    const softline = createSoftlineCheckoutClient({ baseUrl: proxyOf("softline-checkout").url, fetch: spy.fetch });
    expect(await softline.login({ username: "merchant", password: "merchant-secret" })).toEqual({ kind: "logged-in" });
    const products = await softline.GET("/v1/product");
    expect(products.response.status).toBe(200);
  });

  it("B2Core: sign-in with 2FA confirmed by the e-mailed code, then the client list", async () => {
    const b2core = createB2coreBackofficeClient({
      baseUrl: proxyOf("b2core-backoffice").url,
      clock: () => T0,
      fetch: spy.fetch,
    });
    const started = await b2core.signIn({ email: "admin@b2core.test", password: "Secret123" });
    if (started.kind !== "two-factor") throw new Error(`expected two-factor, got ${started.kind}`);
    expect((await started.confirm("135790")).kind).toBe("signed-in");
    const clients = await b2core.GET("/api/v2/clients");
    expect(clients.response.status).toBe(200);
  });
});

describe("what the proxy kept", () => {
  it("reports every call in /__mock/drift with no drift against a spec-true sandbox", async () => {
    for (const api of API_IDS) {
      const drift = (await getJson(`${proxyOf(api).url}/__mock/drift`)) as {
        api: string;
        operations: { operation: string; calls: number; violations: Record<string, number> }[];
      };
      expect(drift.api).toBe(api);
      expect(drift.operations.length).toBeGreaterThanOrEqual(2);
      for (const row of drift.operations) {
        expect(row.calls, `${api} ${row.operation}`).toBeGreaterThan(0);
        expect(
          Object.values(row.violations).every((n) => n === 0),
          `${api} ${row.operation}`,
        ).toBe(true);
      }
      expect(proxyOf(api).drift()).toEqual(drift.operations);
    }
  });

  it("journals every exchange with redacted headers and bodies, and no credential anywhere", async () => {
    expect(spy.credentials.size).toBeGreaterThanOrEqual(8);
    for (const api of API_IDS) {
      const entries = (await getJson(`${proxyOf(api).url}/__mock/requests`)) as {
        id: number;
        source: string;
        status: number;
      }[];
      expect(entries.length).toBeGreaterThan(1);
      expect(entries.map((e) => e.id)).toEqual(entries.map((_, i) => i + 1));
      expect(entries.every((e) => e.source === "proxy")).toBe(true);
      const text = JSON.stringify(entries);
      expect(text).toContain("[redacted]");
      for (const credential of spy.credentials) expect(text, `${api} journal`).not.toContain(credential);
    }
  });

  it("records one candidate per operation and status, none holding a credential", () => {
    const files = readTree(recordDir);
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const api of API_IDS) expect(files.some((f) => f.file.includes(`/${api}/`))).toBe(true);
    for (const { file, text } of files) {
      for (const credential of spy.credentials) expect(text, file).not.toContain(credential);
    }
    const signIn = files.find((f) => f.file.endsWith("/nbcgate/signIn.200.json"));
    expect(JSON.parse(signIn?.text ?? "{}")).toMatchObject({
      operationId: "signIn",
      status: 200,
      recordedAt: "2026-03-02T09:00:00.000Z",
      body: { token: "[redacted]", refreshToken: "[redacted]" },
    });
  });

  it("answers /__mock/* itself and never forwards it", async () => {
    const proxy = proxyOf("nbcgate");
    expect(await getJson(`${proxy.url}/__mock/health`)).toEqual({
      api: "nbcgate",
      status: "ok",
      mode: "proxy",
      target: sandbox.url("nbcgate"),
    });
    // The sandbox (a mock) has an outbox route; the proxy has none, so it did not ask the sandbox.
    expect((await fetch(`${sandbox.url("nbcgate")}/__mock/outbox`)).status).toBe(200);
    expect((await fetch(`${proxy.url}/__mock/outbox`)).status).toBe(404);
    const limited = (await getJson(`${proxy.url}/__mock/requests?limit=1`)) as { id: number }[];
    const all = (await getJson(`${proxy.url}/__mock/requests`)) as { id: number }[];
    expect(limited).toEqual(all.slice(-1));
    expect(await getJson(`${proxy.url}/__mock/requests?since=${all.at(-2)?.id}`)).toEqual(all.slice(-1));
  });
});

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const REDOCLY = join(REPO, "node_modules", ".bin", "redocly");

describe("record, then examples import", () => {
  it("makes a patch that applies to the specs, leaves them untouched, holds no credential and lints clean", async () => {
    const specsBefore = API_IDS.map((api) => readFileSync(specPath(api), "utf8"));

    const result = await importExamples({ dir: recordDir, root: REPO });

    expect(API_IDS.map((api) => readFileSync(specPath(api), "utf8"))).toEqual(specsBefore);
    expect(new Set(result.changes.map((c) => c.api))).toEqual(new Set(API_IDS));
    expect(result.added.map((a) => a.name)).toContain("recorded-listProducts-200");
    expect(result.skipped.map((s) => s.reason)).toContain('the spec already has this answer as the example "balances"');
    expect(result.patch).toContain("x-paymock-source: recorded 2026-03-02");
    for (const credential of spy.credentials) expect(result.patch).not.toContain(credential);

    const lintDir = tempDir("lint");
    try {
      copyFileSync(join(REPO, "specs", "redocly.yaml"), join(lintDir, "redocly.yaml"));
      for (const api of API_IDS) copyFileSync(specPath(api), join(lintDir, `${api}.yaml`));
      // redocly.yaml also lists the admin API's own spec, which the proxy never records.
      copyFileSync(join(REPO, "specs", "admin.yaml"), join(lintDir, "admin.yaml"));
      // The vendor samples kept verbatim although invalid (x-paymock-invalid) are listed there.
      copyFileSync(join(REPO, "specs", ".redocly.lint-ignore.yaml"), join(lintDir, ".redocly.lint-ignore.yaml"));
      const filePatches = parsePatch(result.patch);
      expect(filePatches.map((p) => p.newFileName)).toEqual(
        result.changes.map((c) => `b/specs/${basename(c.specFile)}`),
      );
      for (const [i, change] of result.changes.entries()) {
        const patched = applyPatch(change.before, filePatches[i] ?? "");
        expect(patched).toBe(change.after);
        writeFileSync(join(lintDir, `${change.api}.yaml`), change.after);
      }
      const lint = await promisify(execFile)(REDOCLY, ["lint", "--config", join(lintDir, "redocly.yaml")], {
        timeout: 240_000,
      });
      const output = `${lint.stdout}${lint.stderr}`;
      expect(output).toContain("valid");
      expect(output).not.toMatch(/You have \d+ (warning|error)/);
    } finally {
      rmSync(lintDir, { recursive: true, force: true });
    }
  }, 300_000);
});
