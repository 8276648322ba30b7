/**
 * The B2Core Back Office mock on the wire (ephemeral port): a 2FA sign-in round trip, CORS
 * preflight and the 413 answer for an oversize body, in the vendor envelope.
 */

import { describe, expect, it } from "vitest";
import { expectConforms as expectResponseConforms } from "../support/conformance.js";
import { useWireMock } from "../support/wire-mock.js";

const API = "b2core-backoffice";
const ORIGIN = "http://localhost:5173";

const wire = useWireMock(API, ["654321"], { maxBodyBytes: 2048 });

/** Asserts a wire response conforms to the spec operation at `method path`. */
function expectConforms(method: string, path: string, status: number, headers: Headers, body: unknown) {
  expectResponseConforms(wire.mock, API, method, path, {
    status,
    headers: Object.fromEntries(headers.entries()),
    body,
  });
}

async function call(method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${wire.base}${path}`, {
    method,
    headers: { ...(init.body === undefined ? {} : { "content-type": "application/json" }), ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  const body: unknown = text.length > 0 ? JSON.parse(text) : undefined;
  expectConforms(method, path.split("?")[0] ?? path, response.status, response.headers, body);
  return { status: response.status, headers: response.headers, body };
}

describe("b2core-backoffice over HTTP", () => {
  it("signs in with 2FA on the wire: challenge, code from the outbox, confirm, authenticated call", async () => {
    const challenge = await call("POST", "/api/v2/signin", {
      body: { email: "admin@b2core.test", password: "Secret123" },
      headers: { origin: ORIGIN },
    });
    expect(challenge.status).toBe(200);
    expect(challenge.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    const details = (challenge.body as { "2faDetails": { token: string; provider: string } })["2faDetails"];
    expect(details.provider).toBe("email");

    const outbox = await fetch(`${wire.base}/__mock/outbox?to=admin@b2core.test`);
    expect(outbox.status).toBe(200);
    const [message] = (await outbox.json()) as { code: string; purpose: string }[];
    expect(message).toMatchObject({ code: "654321", purpose: "2fa" });

    const confirmed = await call("POST", "/api/v2/2fa/confirm", {
      body: { token: details.token, code: message?.code },
    });
    expect(confirmed.status).toBe(200);
    const { accessToken } = confirmed.body as { accessToken: { token: string; expiresAt: string } };
    expect(accessToken.expiresAt).toBe("2026-01-01T10:00:00+00:00");

    const accounts = await call("GET", "/api/v2/accounts?filter[clientId]=1025", {
      headers: { authorization: `Bearer ${accessToken.token}` },
    });
    expect(accounts.status).toBe(200);
    expect(accounts.body).toEqual([expect.objectContaining({ accountId: 5003, clientId: 1025 })]);

    const signedOut = await call("POST", "/api/v2/signout", {
      headers: { authorization: `Bearer ${accessToken.token}` },
    });
    expect(signedOut.status).toBe(200);
    expect(signedOut.body).toBeUndefined();
  });

  it("answers a CORS preflight with 204 and echoes the origin with credentials", async () => {
    const response = await fetch(`${wire.base}/api/v2/signin`, {
      method: "OPTIONS",
      headers: {
        origin: ORIGIN,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, authorization",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(response.headers.get("access-control-allow-credentials")).toBe("true");
    expect(response.headers.get("access-control-allow-headers")).toBe("content-type, authorization");
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
  });

  it("refuses an oversize body with 413 payloadTooLarge in the B2Core envelope", async () => {
    const response = await call("POST", "/api/v2/signin", {
      body: { email: "admin@b2core.test", password: "x".repeat(4096) },
    });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ code: "payloadTooLarge", message: "The request body is too large." });
  });

  it("exposes Retry-After to browsers on 429", async () => {
    let last = await call("POST", "/api/v2/refresh", {
      body: { refreshToken: "wire-test" },
      headers: { origin: ORIGIN },
    });
    for (let i = 0; i < 5; i++) {
      last = await call("POST", "/api/v2/refresh", {
        body: { refreshToken: "wire-test" },
        headers: { origin: ORIGIN },
      });
    }
    expect(last.status).toBe(429);
    expect(last.headers.get("retry-after")).toBe("600");
    expect(last.headers.get("access-control-expose-headers")).toContain("retry-after");
    expect(last.body).toEqual({ code: "tooManyAttempts", message: "Too many attempts. Try again in 600 seconds." });
  });
});
