/**
 * Recipe: browser and API tests against the mock, each worker in its own session.
 * @see docs/test-suites.md
 */
import { expect, test } from "./fixtures.js";

test.beforeEach(({ paymock }, testInfo) => {
  testInfo.annotations.push({ type: "paymock-session", description: `${testInfo.workerIndex} ${paymock.session}` });
});

test("a page signs in to NBC Gate with the code from the outbox", async ({ page, paymock }) => {
  const sessions: string[] = [];
  page.on("request", (request) => {
    void request.allHeaders().then((headers) => sessions.push(headers["x-paymock-session"] ?? "none"));
  });
  await page.goto(`${paymock.urls.nbcgate}/__mock/health`);
  const status = await page.evaluate(async () => {
    const post = (body: unknown) =>
      fetch("/auth/sign-in", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const challenge = await post({ email: "otp@nbcgate.test", password: "Password123" });
    const signedIn = await post({ email: "otp@nbcgate.test", password: "Password123", otp: "424242" });
    const { token } = (await signedIn.json()) as { token: string };
    const balance = await fetch("/api/balance", { headers: { authorization: token } });
    return [challenge.status, signedIn.status, balance.status];
  });
  expect(status).toEqual([400, 200, 200]);
  await expect.poll(() => sessions.length).toBeGreaterThanOrEqual(4);
  expect(new Set(sessions)).toEqual(new Set([paymock.session]));
});

test("an API test signs in to B2Core with 2FA", async ({ request, paymock }) => {
  const b2core = paymock.urls["b2core-backoffice"];
  const signIn = await request.post(`${b2core}/api/v2/signin`, {
    data: { email: "admin@b2core.test", password: "Secret123" },
  });
  expect(signIn.status()).toBe(200);
  const challenge = (await signIn.json()) as { "2faRequired": boolean; "2faDetails": { token: string } };
  expect(challenge["2faRequired"]).toBe(true);
  const { token } = challenge["2faDetails"];
  const confirmed = await request.post(`${b2core}/api/v2/2fa/confirm`, { data: { token, code: "424242" } });
  expect(confirmed.status()).toBe(200);
  expect(await confirmed.json()).toMatchObject({ accessToken: { token: expect.any(String) } });
});

test("the admin API answers for the worker's session", async ({ paymock }) => {
  const health = await paymock.admin("softline-checkout", "/health");
  expect(await health.json()).toEqual({ api: "softline-checkout", status: "ok" });
  const outbox = await paymock.admin("b2core-backoffice", "/outbox?to=nobody@b2core.test");
  expect(await outbox.json()).toEqual([]);
});

test("a Mercuryo sign-in from a page mails a 5-digit code", async ({ page, paymock }) => {
  await page.goto(`${paymock.urls["mercuryo-spend"]}/__mock/health`);
  const email = `${paymock.session}@example.test`;
  const answer = await page.evaluate(async (to) => {
    const res = await fetch("/sdk-partner/user/sign-in", {
      method: "POST",
      headers: { "content-type": "application/json", "sdk-partner-token": "sandbox-partner-token" },
      body: JSON.stringify({ email: to, accept: true }),
    });
    return { status: res.status, body: (await res.json()) as { data: { code_length: number } } };
  }, email);
  expect(answer.status).toBe(200);
  expect(answer.body.data.code_length).toBe(5);
  const outbox = (await (await paymock.admin("mercuryo-spend", `/outbox?to=${email}`)).json()) as { code: string }[];
  expect(outbox.at(-1)?.code).toMatch(/^\d{5}$/);
});
