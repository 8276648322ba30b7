/**
 * The Mercuryo Spend mock on the wire (ephemeral port): an OTP sign-in round trip, CORS preflight
 * and the 413 answer for an oversize body, in the Mercuryo envelope.
 */

import { describe, expect, it } from "vitest";
import { expectConforms as expectResponseConforms } from "../support/conformance.js";
import { useWireMock } from "../support/wire-mock.js";

const API = "mercuryo-spend";
const ORIGIN = "http://localhost:5173";
const PARTNER = { "sdk-partner-token": "sandbox-partner-token" };

const wire = useWireMock(API, ["24680"], { maxBodyBytes: 2048 });

/** Asserts a wire response conforms to the spec (the sign-in operation's `default` for unrouted paths). */
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
    ...(init.body === undefined ? {} : { body: typeof init.body === "string" ? init.body : JSON.stringify(init.body) }),
  });
  const text = await response.text();
  const body: unknown = text.length > 0 ? JSON.parse(text) : undefined;
  expectConforms(method, (path.split("?")[0] ?? path).replace(/^\/v1\.6/, ""), response.status, response.headers, body);
  return { status: response.status, headers: response.headers, body: body as Record<string, unknown> };
}

describe("mercuryo-spend over HTTP", () => {
  it("signs in on the wire: OTP challenge, code from the outbox, verify, authenticated call", async () => {
    const challenge = await call("POST", "/v1.6/sdk-partner/user/sign-in", {
      body: { email: "wire@example.test", accept: true },
      headers: { ...PARTNER, origin: ORIGIN },
    });
    expect(challenge.status).toBe(200);
    expect(challenge.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    const { key } = challenge.body.data as { key: string };

    const outbox = await fetch(`${wire.base}/__mock/outbox?to=wire@example.test`);
    const [message] = (await outbox.json()) as { code: string }[];
    expect(message?.code).toBe("24680");

    const verified = await call("POST", "/v1.6/sdk-partner/user/sign-in/verify", {
      body: { key, code: message?.code },
      headers: PARTNER,
    });
    expect(verified.status).toBe(200);
    const { bearer_token: token } = verified.body.data as { bearer_token: string };

    const contacts = await call("GET", "/v1.6/sdk-partner/user/contacts", {
      headers: { "sdk-user-token": token, "b2b-user-ip": "203.0.113.7" },
    });
    expect(contacts).toMatchObject({ status: 200, body: { status: "200", data: { email: "wire@example.test" } } });
    expect(contacts.headers.get("content-type")).toBe("application/json");
  });

  it("answers a CORS preflight with 204, echoing the origin with credentials", async () => {
    const response = await fetch(`${wire.base}/sdk-partner/user/sign-in`, {
      method: "OPTIONS",
      headers: {
        origin: ORIGIN,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, sdk-partner-token",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(response.headers.get("access-control-allow-credentials")).toBe("true");
    expect(response.headers.get("access-control-allow-headers")).toBe("content-type, sdk-partner-token");
  });

  it("refuses an oversize body with 413 in the Mercuryo envelope", async () => {
    const response = await call("POST", "/sdk-partner/user/sign-in", {
      body: JSON.stringify({ email: "big@example.test", accept: true, padding: "x".repeat(4096) }),
      headers: PARTNER,
    });
    expect(response).toMatchObject({
      status: 413,
      body: { status: "413", code: 400001, message: "Request body is too large" },
    });
  });
});
