/**
 * NBC Gate mock on a real socket (ephemeral port): sign-in round trip with the docs' doubled
 * slash, CORS preflight, and 413 for an oversize body in the vendor's envelopes.
 */
import { describe, expect, it } from "vitest";
import type { components } from "../../src/generated/nbcgate.js";
import { useWireMock } from "../support/wire-mock.js";

type Schemas = components["schemas"];

const wire = useWireMock("nbcgate", ["482913"], { maxBodyBytes: 2048 });

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${wire.base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

describe("nbcgate over HTTP", () => {
  it("signs in with a one-time code from the outbox and calls /api/* with the token", async () => {
    const first = await post("//auth/sign-in", { email: "otp@nbcgate.test", password: "Password123" });
    expect(first.status).toBe(400);
    expect(await first.json()).toMatchObject({ statusCode: 400, errors: [{ code: "OTP_REQUIRED", field: "otp" }] });
    const outbox = await fetch(`${wire.base}/__mock/outbox?to=otp@nbcgate.test`);
    const [message] = (await outbox.json()) as { code: string }[];
    expect(message?.code).toBe("482913");

    const signedIn = await post("//auth/sign-in", {
      email: "otp@nbcgate.test",
      password: "Password123",
      otp: "482913",
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get("content-type")).toBe("application/json");
    const { token } = (await signedIn.json()) as Schemas["SignInResponse"];

    const user = await fetch(`${wire.base}//api/user`, { headers: { authorization: token } });
    expect(user.status).toBe(200);
    expect(await user.json()).toMatchObject({ id: 1025, email: "otp@nbcgate.test", tfa_enabled: true });
    const bearer = await fetch(`${wire.base}/api/balance`, { headers: { authorization: `Bearer ${token}` } });
    expect(bearer.status).toBe(200);
    const none = await fetch(`${wire.base}/api/balance`);
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({
      statusCode: 401,
      message: "Authorization header is required",
      errors: [{ code: "UNAUTHORIZED" }],
    });
  });

  it("answers a CORS preflight with the origin echoed and credentials allowed", async () => {
    const res = await fetch(`${wire.base}/auth/sign-in`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, authorization",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(res.headers.get("access-control-allow-credentials")).toBe("true");
    expect(res.headers.get("access-control-allow-headers")).toBe("content-type, authorization");
    const signedIn = await post(
      "/auth/sign-in",
      { email: "demo@nbcgate.test", password: "Password123" },
      { origin: "http://localhost:5173" },
    );
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
  });

  it("refuses an oversize body with 413 in the client and the external envelope", async () => {
    const big = { email: "demo@nbcgate.test", password: "x".repeat(4096) };
    const client = await post("/auth/sign-in", big);
    expect(client.status).toBe(413);
    expect(await client.json()).toEqual({
      statusCode: 413,
      message: "Request body too large",
      errors: [{ code: "PAYLOAD_TOO_LARGE" }],
    });
    const external = await post(
      "/external/transfer",
      { comment: "x".repeat(4096) },
      { "x-api-key": "sandbox-external-key" },
    );
    expect(external.status).toBe(413);
    expect(await external.json()).toEqual({
      statusCode: 413,
      message: "Request body too large",
      errors: [{ code: 4013 }],
    });
  });
});
