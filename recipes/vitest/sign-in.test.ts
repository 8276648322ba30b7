/**
 * Recipe: a test file using the mock from ./global-setup.ts through `inject`. Each test names its
 * own session and passes it as the typed clients' and the admin helper's `session` option, so test
 * files running in parallel workers never see each other's state.
 * @see docs/test-suites.md
 */
import { randomUUID } from "node:crypto";
import { beforeEach, expect, inject, it } from "vitest";
import { type AdminClient, createAdminClient } from "../../mocks/start-mock.js";
import { createNbcgateClient } from "../../src/clients/nbcgate.js";

const urls = inject("paymockUrls");
let session = "";
let admin: AdminClient;

beforeEach(async () => {
  session = `vitest-${randomUUID()}`;
  admin = createAdminClient(urls.nbcgate, { session });
  // A fresh world for the test (with sessions, only this test's session is reset).
  await admin.reset();
});

it("signs in with the one-time code from the mock's outbox and reads the balance", async () => {
  const nbc = createNbcgateClient({ baseUrl: urls.nbcgate, session });
  const first = await nbc.signIn({ email: "otp@nbcgate.test", password: "Password123" });
  expect(first.kind).toBe("otp-required");
  const code = await admin.latestCode("otp@nbcgate.test");
  expect(code).toBe("424242");
  if (first.kind !== "otp-required") throw new Error("unreachable");
  expect((await first.submitOtp(code)).kind).toBe("signed-in");
  const balance = await nbc.GET("/api/balance");
  expect(balance.response.status).toBe(200);
});

it("verifies what the app called, from the request journal", async () => {
  const nbc = createNbcgateClient({ baseUrl: urls.nbcgate, session });
  expect((await nbc.signIn({ email: "demo@nbcgate.test", password: "Password123" })).kind).toBe("signed-in");
  const journal = await admin.requests();
  expect(journal).toContainEqual(expect.objectContaining({ method: "POST", path: "/auth/sign-in", status: 200 }));
  // The client's `session` option put every call in this test's session, none in the default one.
  expect(journal.every((entry) => entry.headers?.["x-paymock-session"] === session)).toBe(true);
  expect(
    await createAdminClient(urls.nbcgate).count({ path: "/auth/sign-in", body: { email: "demo@nbcgate.test" } }),
  ).toBe(0);
});
