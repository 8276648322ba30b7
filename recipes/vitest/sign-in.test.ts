/**
 * Recipe: a test file using the mock from ./global-setup.ts through `inject`. Each test names its
 * own `X-Paymock-Session`, so test files running in parallel workers never see each other's state.
 * @see docs/test-suites.md
 */
import { randomUUID } from "node:crypto";
import { beforeEach, expect, inject, it } from "vitest";
import { createNbcgateClient } from "../../src/clients/nbcgate.js";

const urls = inject("paymockUrls");
let session = "";

/** Sends this test's session header on every call (typed clients will take a `session` option). */
const withSession = (request: Request): Promise<Response> => {
  request.headers.set("x-paymock-session", session);
  return fetch(request);
};

const admin = async (path: string, init: RequestInit = {}): Promise<Response> =>
  fetch(`${urls.nbcgate}/__mock${path}`, { ...init, headers: { "x-paymock-session": session, ...init.headers } });

beforeEach(async () => {
  session = `vitest-${randomUUID()}`;
  // A fresh world for the test (with sessions, only this test's session is reset).
  expect((await admin("/reset", { method: "POST" })).status).toBe(204);
});

it("signs in with the one-time code from the mock's outbox and reads the balance", async () => {
  const nbc = createNbcgateClient({ baseUrl: urls.nbcgate, fetch: withSession });
  const first = await nbc.signIn({ email: "otp@nbcgate.test", password: "Password123" });
  expect(first.kind).toBe("otp-required");
  const outbox = (await (await admin("/outbox?to=otp@nbcgate.test")).json()) as { code: string }[];
  const code = outbox.at(-1)?.code;
  expect(code).toBe("424242");
  if (first.kind !== "otp-required" || code === undefined) throw new Error("unreachable");
  expect((await first.submitOtp(code)).kind).toBe("signed-in");
  const balance = await nbc.GET("/api/balance");
  expect(balance.response.status).toBe(200);
});

it("verifies what the app called, from the request journal", async () => {
  const nbc = createNbcgateClient({ baseUrl: urls.nbcgate, fetch: withSession });
  expect((await nbc.signIn({ email: "demo@nbcgate.test", password: "Password123" })).kind).toBe("signed-in");
  const journal = (await (await admin("/requests")).json()) as { method: string; path: string; status: number }[];
  expect(journal).toContainEqual(expect.objectContaining({ method: "POST", path: "/auth/sign-in", status: 200 }));
});
