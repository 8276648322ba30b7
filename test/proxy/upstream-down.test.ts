/**
 * When the target gives no answer the proxy answers itself, in the vendor's envelope: 502 when the
 * connection is refused or TLS fails, 504 when the target does not answer in time; all are journaled.
 */
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningProxy, startProxy } from "../../mocks/proxy/start-proxy.js";
import { API_IDS, type ApiId } from "../../src/apis.js";
import { errorEnvelopeProblems } from "./support.js";

let closedPort: number;
let silent: Server;
/** Speaks plain HTTP, so a TLS handshake with it fails. */
let plain: Server;
const proxies: RunningProxy[] = [];

beforeAll(async () => {
  // A port that was free a moment ago and has nobody listening now.
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((r) => probe.close(r));
  // Accepts connections and never answers.
  silent = createServer(() => {}).listen(0, "127.0.0.1");
  await once(silent, "listening");
  plain = createServer((_req, res) => res.end("plain")).listen(0, "127.0.0.1");
  await once(plain, "listening");
});

afterAll(async () => {
  await Promise.all(proxies.map((p) => p.stop()));
  silent.closeAllConnections();
  await new Promise((r) => silent.close(r));
  plain.closeAllConnections();
  await new Promise((r) => plain.close(r));
});

async function proxyTo(api: ApiId, target: string, timeoutMs = 5_000) {
  const proxy = await startProxy({ api, target, port: 0, timeoutMs, logLevel: "silent" });
  proxies.push(proxy);
  return proxy;
}

/** A request each API's spec knows, so only the upstream can be at fault. */
const SPEC_PATHS: Readonly<Record<ApiId, string>> = {
  nbcgate: "/currency/coin",
  "mercuryo-spend": "/v1.6/sdk-partner/user/kyc-status",
  "softline-checkout": "/v1/product",
  "b2core-backoffice": "/api/v2/clients",
};

const HEADERS = {
  "sdk-partner-token": "p",
  "sdk-user-token": "u",
  "b2b-user-ip": "203.0.113.7",
  authorization: "Bearer t",
  authorizationjwt: "Bearer t",
};

describe("an upstream that is down", () => {
  it.each(API_IDS)("%s: 502 in the vendor's envelope, journaled with the reason", async (api) => {
    const proxy = await proxyTo(api, `http://127.0.0.1:${closedPort}`);
    const response = await fetch(`${proxy.url}${SPEC_PATHS[api]}`, { headers: HEADERS });
    expect(response.status).toBe(502);
    const body: unknown = await response.json();
    expect(errorEnvelopeProblems(api, body)).toEqual([]);
    expect(JSON.stringify(body)).not.toContain('"500"');
    const journal = (await (await fetch(`${proxy.url}/__mock/requests`)).json()) as {
      status: number;
      upstreamError?: string;
      headers: Record<string, string>;
    }[];
    expect(journal).toHaveLength(1);
    expect(journal[0]?.status).toBe(502);
    expect(journal[0]?.upstreamError).toMatch(/refused/);
    expect(journal[0]?.headers["sdk-partner-token"] ?? journal[0]?.headers.authorization).toBe("[redacted]");
  });

  it("names the status the vendor's envelope repeats: NBC Gate statusCode and Mercuryo status follow 502", async () => {
    const nbc = await proxyTo("nbcgate", `http://127.0.0.1:${closedPort}`);
    expect(await (await fetch(`${nbc.url}/currency/coin`)).json()).toMatchObject({
      statusCode: 502,
      errors: [{ code: "INTERNAL_ERROR" }],
    });
    const mercuryo = await proxyTo("mercuryo-spend", `http://127.0.0.1:${closedPort}`);
    expect(
      await (await fetch(`${mercuryo.url}/v1.6/sdk-partner/user/kyc-status`, { headers: HEADERS })).json(),
    ).toMatchObject({
      status: "502",
      code: 500001,
    });
  });

  it("answers 502 in the vendor's envelope when the TLS handshake fails, and journals why", async () => {
    const target = `https://127.0.0.1:${(plain.address() as AddressInfo).port}`;
    const proxy = await proxyTo("softline-checkout", target);
    const response = await fetch(`${proxy.url}/v1/product`, { headers: HEADERS });
    expect(response.status).toBe(502);
    const body: unknown = await response.json();
    expect(errorEnvelopeProblems("softline-checkout", body)).toEqual([]);
    const journal = (await (await fetch(`${proxy.url}/__mock/requests`)).json()) as { upstreamError?: string }[];
    expect(journal.map((e) => e.upstreamError)).toEqual([
      expect.stringMatching(/^paymock proxy: the target gave no answer \(tls\)/),
    ]);
  });

  it("answers 504 when the target does not answer in time", async () => {
    const target = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const proxy = await proxyTo("b2core-backoffice", target, 200);
    const response = await fetch(`${proxy.url}/api/v2/clients`, { headers: HEADERS });
    expect(response.status).toBe(504);
    const body = (await response.json()) as { code: string; message: string };
    expect(errorEnvelopeProblems("b2core-backoffice", body)).toEqual([]);
    expect(body.message).toMatch(/did not answer within 200 ms/);
  });
});
