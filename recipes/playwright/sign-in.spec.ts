/**
 * Recipe: browser and API tests against the mock, each worker in its own session, reset before
 * each test by the fixture.
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

test("each test starts from a reset session, and no other worker sees what it changes", async ({
  paymock,
}, testInfo) => {
  test.skip(testInfo.config.workers < 2, "shows isolation between workers: run with two workers or more");
  const mercuryo = paymock.urls["mercuryo-spend"];
  const email = `isolation-${paymock.session}@example.test`;
  const inSession = (session?: string): Record<string, string> =>
    session === undefined ? {} : { "x-paymock-session": session };
  const outboxOf = async (session?: string) =>
    (await (await fetch(`${mercuryo}/__mock/outbox?to=${email}`, { headers: inSession(session) })).json()) as unknown[];
  // The fixture reset this worker's session: nothing from the worker's earlier tests is left.
  expect(await (await paymock.admin("mercuryo-spend", "/requests")).json()).toEqual([]);

  // A change in this worker's session: a code sent, the clock moved.
  const signIn = await fetch(`${mercuryo}/sdk-partner/user/sign-in`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "sdk-partner-token": "sandbox-partner-token",
      ...inSession(paymock.session),
    },
    body: JSON.stringify({ email, accept: true }),
  });
  expect(signIn.status).toBe(200);
  await paymock.admin("mercuryo-spend", "/clock", { method: "POST", body: { advanceSeconds: 3600 } });
  expect(await outboxOf(paymock.session)).toHaveLength(1);

  // The other worker's session (the dashboard's view lists the live ones) and the default session see none of it.
  const others = async () => {
    const view = (await (await fetch(`${mercuryo}/__mock/ui/view`)).json()) as { sessions: string[] };
    return view.sessions.filter((s) => s.startsWith("pw-") && s !== paymock.session);
  };
  await expect.poll(async () => (await others()).length, { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
  for (const other of await others()) {
    expect(await outboxOf(other)).toEqual([]);
    const clock = await fetch(`${mercuryo}/__mock/clock`, { headers: inSession(other) });
    expect(((await clock.json()) as { offsetSeconds: number }).offsetSeconds).toBe(0);
  }
  expect(await outboxOf()).toEqual([]);
});
