/**
 * The B2Core Back Office mock end to end, in-process: every scripted flow, every error code it
 * emits, bad input, the admin API and Prism fall-through. Every response is also checked
 * against the spec.
 */

import { beforeEach, describe, expect, it } from "vitest";
import type { MockResponse } from "../../mocks/api.js";
import { readJwtClaims } from "../../mocks/b2core-backoffice/tokens.js";
import { createClock, createCounterIds, createSequenceOtp } from "../../mocks/context.js";
import type { MockOptionsInput } from "../../mocks/options.js";
import type { RequestInit } from "../../mocks/request.js";
import { createMockServer, type MockServer } from "../../mocks/server.js";
import { expectConforms } from "../support/conformance.js";

const API = "b2core-backoffice";
const START = "2026-01-01T00:00:00+00:00";
const ADMIN = "admin@b2core.test";
const NO2FA = "no2fa@b2core.test";
const PASSWORD = "Secret123";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const JWT = /^eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9\.[\w-]+\.[\w-]+$/;

let mock: MockServer;

async function start(options: MockOptionsInput = {}): Promise<MockServer> {
  return createMockServer(
    { apis: [API], logLevel: "silent", ...options },
    {
      clock: createClock(new Date("2026-01-01T00:00:00Z")),
      otp: createSequenceOtp(["111111", "222222", "333333", "444444"]),
      ids: createCounterIds(),
    },
  );
}

beforeEach(async () => {
  mock = await start();
});

/** Sends a request and asserts the response conforms to the spec (when the route exists). */
async function send(init: RequestInit & { method: string }, server: MockServer = mock): Promise<MockResponse> {
  const response = await server.request(API, init);
  expectConforms(server, API, init.method, init.path, response);
  return response;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const post = (path: string, body?: unknown, headers: Record<string, string> = {}, server?: MockServer) =>
  send({ method: "POST", path, ...(body === undefined ? {} : { body: body as object }), headers }, server);
const get = (path: string, token?: string, headers: Record<string, string> = {}) =>
  send({ method: "GET", path, headers: { ...(token ? bearer(token) : {}), ...headers } });
const signIn = (email: string, password = PASSWORD, server?: MockServer) =>
  post("/api/v2/signin", { email, password }, {}, server);
const confirm = (token: string, code: string, server?: MockServer) =>
  post("/api/v2/2fa/confirm", { token, code }, {}, server);
const refresh = (refreshToken: string) => post("/api/v2/refresh", { refreshToken });
const advance = (seconds: number) => send({ method: "POST", path: "/__mock/clock", body: { advanceSeconds: seconds } });

interface Pair {
  accessToken: { token: string; createdAt: string; expiresAt: string };
  refreshToken: { token: string; createdAt: string; expiresAt: string };
}
const pairOf = (response: MockResponse) => response.body as Pair;

async function outbox(to: string, server: MockServer = mock) {
  const response = await server.request(API, { method: "GET", path: `/__mock/outbox?to=${to}` });
  expect(response.status).toBe(200);
  return response.body as { to: string; channel: string; purpose: string; code: string; sentAt: string }[];
}

async function signedIn(): Promise<Pair> {
  const response = await signIn(NO2FA);
  expect(response.status).toBe(200);
  return pairOf(response);
}

async function setState(state: string, params: Record<string, unknown> = {}) {
  const response = await mock.request(API, { method: "POST", path: "/__mock/states", body: { state, params } });
  expect(response.status).toBe(200);
  return (response.body as { values: Record<string, string> }).values;
}

const errorBody = (code: string, message?: string) => ({
  code,
  ...(message ? { message } : { message: expect.any(String) }),
});

describe("sign-in with 2FA (admin@b2core.test)", () => {
  it("answers with a 2FA challenge and e-mails the code", async () => {
    const response = await signIn(ADMIN);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      "2faRequired": true,
      "2faDetails": { token: expect.stringMatching(UUID), provider: "email", expiresAt: "2026-01-01T00:10:00+00:00" },
    });
    expect(await outbox(ADMIN)).toEqual([
      {
        id: expect.any(Number),
        to: ADMIN,
        channel: "email",
        purpose: "2fa",
        code: "111111",
        sentAt: "2026-01-01T00:00:00.000Z",
      },
    ]);
  });

  it("confirms the e-mailed code for a token pair that authenticates", async () => {
    const challenge = (await signIn(ADMIN)).body as { "2faDetails": { token: string } };
    const [message] = await outbox(ADMIN);
    const response = await confirm(challenge["2faDetails"].token, message?.code ?? "");
    expect(response.status).toBe(200);
    const pair = pairOf(response);
    expect(pair).toEqual({
      accessToken: { token: expect.stringMatching(JWT), createdAt: START, expiresAt: "2026-01-01T10:00:00+00:00" },
      refreshToken: { token: expect.stringMatching(JWT), createdAt: START, expiresAt: "2026-01-31T00:00:00+00:00" },
    });
    expect(readJwtClaims(pair.accessToken.token)).toMatchObject({
      sub: "1",
      exp: Date.parse(pair.accessToken.expiresAt) / 1000,
    });
    const clients = await get("/api/v2/clients", pair.accessToken.token);
    expect(clients.status).toBe(200);
    expect((clients.body as unknown[]).length).toBe(4);
  });

  it("refuses a wrong code, keeps the challenge, and refuses it once used", async () => {
    const token = ((await signIn(ADMIN)).body as { "2faDetails": { token: string } })["2faDetails"].token;
    const wrong = await confirm(token, "999999");
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual(errorBody("twoFactorCodeInvalid", "The verification code is incorrect."));
    expect((await confirm(token, "111111")).status).toBe(200);
    const reused = await confirm(token, "111111");
    expect(reused.status).toBe(401);
    expect(reused.body).toEqual(errorBody("twoFactorTokenInvalid"));
  });

  it("refuses an expired 2FA token (clock moved through the admin API)", async () => {
    const token = ((await signIn(ADMIN)).body as { "2faDetails": { token: string } })["2faDetails"].token;
    const moved = await advance(600);
    expect(moved.body).toEqual({ now: "2026-01-01T00:10:00.000Z", offsetSeconds: 600, frozen: false });
    const response = await confirm(token, "111111");
    expect(response.status).toBe(401);
    expect(response.body).toEqual(
      errorBody("twoFactorTokenInvalid", "The 2FA token has expired or is invalid. Sign in again."),
    );
  });

  it("refuses an unknown 2FA token, also one that is no UUID (the docs type it a plain string), and an empty one as invalid input", async () => {
    const unknown = await confirm("b2fcf999-2b0b-451d-9888-094a79117aa5", "123456");
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(errorBody("twoFactorTokenInvalid"));
    const plain = await confirm("not-a-uuid", "123456");
    expect(plain.status).toBe(401);
    expect(plain.body).toEqual(errorBody("twoFactorTokenInvalid"));
    const empty = await confirm("", "123456");
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ code: "validationFailed", errors: { token: [expect.any(String)] } });
  });

  it("each sign-in sends a new code and only the latest challenge's code fits it", async () => {
    const first = ((await signIn(ADMIN)).body as { "2faDetails": { token: string } })["2faDetails"].token;
    const second = ((await signIn(ADMIN)).body as { "2faDetails": { token: string } })["2faDetails"].token;
    expect(first).not.toBe(second);
    expect((await outbox(ADMIN)).map((m) => m.code)).toEqual(["111111", "222222"]);
    expect((await confirm(first, "222222")).status).toBe(401);
    expect((await confirm(second, "222222")).status).toBe(200);
  });
});

describe("sign-in without 2FA and wrong credentials", () => {
  it("issues the token pair at once", async () => {
    const response = await signIn(NO2FA);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      "2faRequired": false,
      accessToken: { token: expect.stringMatching(JWT), createdAt: START, expiresAt: "2026-01-01T10:00:00+00:00" },
      refreshToken: { token: expect.stringMatching(JWT), createdAt: START, expiresAt: "2026-01-31T00:00:00+00:00" },
    });
    expect(await outbox(NO2FA)).toEqual([]);
  });

  it.each([
    { name: "wrong password", email: ADMIN, password: "secret123" },
    { name: "unknown e-mail", email: "nobody@b2core.test", password: PASSWORD },
  ])("$name -> 401 invalidCredentials", async ({ email, password }) => {
    const response = await signIn(email, password);
    expect(response.status).toBe(401);
    expect(response.body).toEqual(errorBody("invalidCredentials", "The e-mail or password is incorrect."));
  });

  it("honours the configured token lifetimes", async () => {
    const custom = await start({
      b2core: { accessTokenTtlSeconds: 60, refreshTokenTtlSeconds: 120, twoFaTokenTtlSeconds: 30 },
    });
    const pair = pairOf(await signIn(NO2FA, PASSWORD, custom));
    expect(pair.accessToken.expiresAt).toBe("2026-01-01T00:01:00+00:00");
    expect(pair.refreshToken.expiresAt).toBe("2026-01-01T00:02:00+00:00");
    const challenge = (await signIn(ADMIN, PASSWORD, custom)).body as { "2faDetails": { expiresAt: string } };
    expect(challenge["2faDetails"].expiresAt).toBe("2026-01-01T00:00:30+00:00");
  });
});

describe("attempt limits", () => {
  it("sign-in: 5 per minute per e-mail (any case, failures included), then 429 for 10 minutes", async () => {
    for (const password of ["x", "y", PASSWORD, "z", PASSWORD]) {
      expect((await signIn("Admin@B2Core.test", password)).status).not.toBe(429);
    }
    const blocked = await signIn(ADMIN);
    expect(blocked.status).toBe(429);
    expect(blocked.headers?.["retry-after"]).toBe("600");
    expect(blocked.body).toEqual(errorBody("tooManyAttempts", "Too many attempts. Try again in 600 seconds."));
    expect((await signIn(NO2FA)).status).toBe(200);
    mock.clock.advance(599);
    mock.tickAll();
    const still = await signIn(ADMIN);
    expect(still.status).toBe(429);
    expect(still.headers?.["retry-after"]).toBe("1");
    mock.clock.advance(1);
    expect((await signIn(ADMIN)).status).toBe(200);
  });

  it("sign-in: attempts spread over more than a minute are not blocked", async () => {
    for (let i = 0; i < 8; i++) {
      expect((await signIn(ADMIN, "wrong")).status).toBe(401);
      mock.clock.advance(15);
    }
  });

  it("2FA confirm: 3 per minute per 2FA token, then 429 even with the right code", async () => {
    const token = ((await signIn(ADMIN)).body as { "2faDetails": { token: string } })["2faDetails"].token;
    for (let i = 0; i < 3; i++) expect((await confirm(token, "000000")).status).toBe(401);
    const blocked = await confirm(token, "111111");
    expect(blocked.status).toBe(429);
    expect(blocked.headers?.["retry-after"]).toBe("600");
    expect(blocked.body).toEqual(errorBody("tooManyAttempts"));
  });

  it("the block lasts options.b2core.blockSeconds", async () => {
    const custom = await start({ b2core: { blockSeconds: 30 } });
    const token = ((await signIn(ADMIN, PASSWORD, custom)).body as { "2faDetails": { token: string } })["2faDetails"]
      .token;
    for (let i = 0; i < 3; i++) expect((await confirm(token, "000000", custom)).status).toBe(401);
    const blocked = await confirm(token, "111111", custom);
    expect(blocked.status).toBe(429);
    expect(blocked.headers?.["retry-after"]).toBe("30");
    custom.clock.advance(30);
    custom.tickAll();
    expect((await confirm(token, "111111", custom)).status).toBe(200);
  });

  it("refresh: 5 per minute per refresh token, then 429", async () => {
    for (let i = 0; i < 5; i++) {
      const response = await refresh("not-a-token");
      expect(response.status).toBe(401);
      expect(response.body).toEqual(errorBody("refreshTokenInvalid"));
    }
    const blocked = await refresh("not-a-token");
    expect(blocked.status).toBe(429);
    expect(blocked.headers?.["retry-after"]).toBe("600");
    const { refreshToken } = await signedIn();
    expect((await refresh(refreshToken.token)).status).toBe(200);
  });
});

describe("refresh, expiry and sign-out", () => {
  it("refresh rotates the pair; the old refresh token stops working, the old access token lives on", async () => {
    const first = await signedIn();
    mock.clock.advance(60);
    const response = await refresh(first.refreshToken.token);
    expect(response.status).toBe(200);
    const second = pairOf(response);
    expect(second.accessToken.createdAt).toBe("2026-01-01T00:01:00+00:00");
    expect(second.accessToken.token).not.toBe(first.accessToken.token);
    expect(second.refreshToken.token).not.toBe(first.refreshToken.token);
    const reused = await refresh(first.refreshToken.token);
    expect(reused.status).toBe(401);
    expect(reused.body).toEqual(
      errorBody("refreshTokenInvalid", "The refresh token is invalid or has expired. Sign in again."),
    );
    expect((await get("/api/v2/accounts", second.accessToken.token)).status).toBe(200);
    expect((await get("/api/v2/accounts", first.accessToken.token)).status).toBe(200);
    expect((await refresh(second.refreshToken.token)).status).toBe(200);
  });

  it("an expired access token answers 401 tokenExpired; refresh gets a working one", async () => {
    const pair = await signedIn();
    mock.clock.advance(36_000);
    mock.tickAll();
    const expired = await get("/api/v2/clients", pair.accessToken.token);
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual(errorBody("tokenExpired", "The access token has expired."));
    const renewed = pairOf(await refresh(pair.refreshToken.token));
    expect((await get("/api/v2/clients", renewed.accessToken.token)).status).toBe(200);
  });

  it("an expired refresh token answers 401 refreshTokenInvalid", async () => {
    const pair = await signedIn();
    mock.clock.advance(30 * 24 * 3600);
    mock.tickAll();
    const response = await refresh(pair.refreshToken.token);
    expect(response.status).toBe(401);
    expect(response.body).toEqual(errorBody("refreshTokenInvalid"));
  });

  it("sign-out answers 200 without a body and revokes both tokens", async () => {
    const pair = await signedIn();
    const out = await post("/api/v2/signout", undefined, bearer(pair.accessToken.token));
    expect(out).toEqual({ status: 200, headers: {} });
    const after = await get("/api/v2/clients", pair.accessToken.token);
    expect(after.status).toBe(401);
    expect(after.body).toEqual(errorBody("unauthorized", "The access token is missing or has been revoked."));
    expect((await refresh(pair.refreshToken.token)).status).toBe(401);
    const again = await post("/api/v2/signout", undefined, bearer(pair.accessToken.token));
    expect(again.status).toBe(401);
    expect(again.body).toEqual(errorBody("unauthorized"));
  });

  it("sign-out with an expired access token answers 401 tokenExpired", async () => {
    const pair = await signedIn();
    mock.clock.advance(36_000);
    const response = await post("/api/v2/signout", undefined, bearer(pair.accessToken.token));
    expect(response.status).toBe(401);
    expect(response.body).toEqual(errorBody("tokenExpired"));
  });

  it("old sessions are dropped from memory once every token is long dead", async () => {
    const pair = await signedIn();
    await post("/api/v2/signout", undefined, bearer((await signedIn()).accessToken.token));
    const state = mock.store.slot(API).state as { sessions: Map<string, unknown> };
    expect(state.sessions.size).toBe(2);
    mock.clock.advance(120);
    mock.tickAll();
    expect(state.sessions.size).toBe(1);
    mock.clock.advance(30 * 24 * 3600);
    mock.tickAll();
    expect(state.sessions.size).toBe(1);
    mock.clock.advance(24 * 3600);
    mock.tickAll();
    expect(state.sessions.size).toBe(0);
    expect((await get("/api/v2/clients", pair.accessToken.token)).status).toBe(401);
  });
});

describe("bearer guard", () => {
  it.each<{ name: string; headers: Record<string, string> }>([
    { name: "no Authorization header", headers: {} },
    { name: "another scheme", headers: { authorization: "Token abc" } },
    { name: "an unknown token", headers: bearer("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.e30.c2ln") },
  ])("$name -> 401 unauthorized", async ({ headers }) => {
    const response = await get("/api/v2/clients", undefined, headers);
    expect(response.status).toBe(401);
    expect(response.body).toEqual(errorBody("unauthorized"));
  });

  it("also protects operations served from examples, before validating the body", async () => {
    const response = await post("/api/v2/clients", { nonsense: true });
    expect(response.status).toBe(401);
    expect(response.body).toEqual(errorBody("unauthorized"));
    const signOut = await post("/api/v2/signout");
    expect(signOut.status).toBe(401);
  });

  it("accepts a lower-case scheme", async () => {
    const { accessToken } = await signedIn();
    expect((await get("/api/v2/clients", undefined, { authorization: `bearer ${accessToken.token}` })).status).toBe(
      200,
    );
  });
});

describe("clients, accounts and transactions", () => {
  let token: string;
  beforeEach(async () => {
    token = (await signedIn()).accessToken.token;
  });
  const ids = (response: MockResponse, key: string) =>
    (response.body as Record<string, number>[]).map((item) => item[key]);

  it.each([
    { query: "", want: [1027, 1026, 1025, 1024] },
    { query: "?limit=2&offset=1", want: [1026, 1025] },
    { query: "?sort_by=clientId&sort_order=asc", want: [1024, 1025, 1026, 1027] },
    { query: "?filter[emails]=jane.doe@example.com", want: [1024] },
    { query: "?filter[email]=treasury@northwind.example", want: [1025] },
    { query: "?filter[countryCodes]=826,276&filter[riskLevelIds]=3", want: [1027] },
    { query: "?filter%5Bname%5D=tanaka", want: [1026] },
    { query: "?filter[clientId]=9999", want: [] },
  ])("GET /api/v2/clients$query", async ({ query, want }) => {
    const response = await get(`/api/v2/clients${query}`, token);
    expect(response.status).toBe(200);
    expect(ids(response, "clientId")).toEqual(want);
  });

  it.each([
    { query: "?filter[clientId]=abc", field: "filter[clientId]", message: "The filter[clientId] must be an integer." },
    { query: "?limit=0", field: "limit", message: "The limit must be >= 1." },
    {
      query: "?sort_by=shoeSize",
      field: "sort_by",
      message: expect.stringContaining("The sort_by must be equal to one"),
    },
  ])("GET /api/v2/clients$query -> 400 validationFailed", async ({ query, field, message }) => {
    const response = await get(`/api/v2/clients${query}`, token);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      code: "validationFailed",
      message: "The given data was invalid.",
      errors: { [field]: [message] },
    });
  });

  it("GET /api/v2/clients/{clientId}: found, unknown, not an integer", async () => {
    const found = await get("/api/v2/clients/1025", token);
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ clientId: 1025, name: "Northwind Trading", companyShortName: "Northwind" });
    const missing = await get("/api/v2/clients/999", token);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(errorBody("notFound", "Client 999 was not found."));
    const malformed = await get("/api/v2/clients/abc", token);
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({
      code: "validationFailed",
      errors: { clientId: ["The clientId must be integer."] },
    });
  });

  it("GET /api/v2/accounts with the documented example query", async () => {
    const response = await get(
      "/api/v2/accounts?limit=10&offset=0&sort_order=desc&sort_by=createTime&filter[clientId]=1024",
      token,
    );
    expect(response.status).toBe(200);
    expect(ids(response, "accountId")).toEqual([5002, 5001]);
    const byProduct = await get("/api/v2/accounts?filter[productId]=2&sort_order=asc", token);
    expect(ids(byProduct, "accountId")).toEqual([5001, 5003, 5005]);
  });

  it("GET /api/v2/accounts/{accountId} and its balance", async () => {
    const account = await get("/api/v2/accounts/5003", token);
    expect(account.status).toBe(200);
    expect(account.body).toMatchObject({ accountId: 5003, clientId: 1025, currency: { alphabeticCode: "EUR" } });
    const balance = await get("/api/v2/accounts/5002/balance", token);
    expect(balance.status).toBe(200);
    expect(balance.body).toMatchObject({
      availableBalance: "850.00",
      currentBalance: "1000.00",
      marginLevel: "674.93",
    });
    const missing = await get("/api/v2/accounts/1/balance", token);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(errorBody("notFound", "Account 1 was not found."));
  });

  it("GET /api/v2/transactions never lists status new; filters and sorts", async () => {
    const all = await get("/api/v2/transactions", token);
    expect(all.status).toBe(200);
    expect(ids(all, "transactionId")).toEqual([90005, 90003, 90004, 90002, 90001]);
    const withdrawals = await get("/api/v2/transactions?filter[type]=withdrawal&sort_by=debitAmount", token);
    expect(ids(withdrawals, "transactionId")).toEqual([90005, 90003]);
    const byAccount = await get("/api/v2/transactions?filter[accountId]=5003", token);
    expect(ids(byAccount, "transactionId")).toEqual([90005, 90004]);
    const bad = await get("/api/v2/transactions?filter[status]=sunny", token);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      code: "validationFailed",
      errors: { "filter[status]": [expect.stringContaining("The filter[status] must be equal to one of the allowed")] },
    });
  });

  it("GET /api/v2/transactions/{transactionId} also finds a new one", async () => {
    const fresh = await get("/api/v2/transactions/90006", token);
    expect(fresh.status).toBe(200);
    expect(fresh.body).toMatchObject({ transactionId: 90006, status: "new", updateTime: null });
    const missing = await get("/api/v2/transactions/1", token);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(errorBody("notFound", "Transaction 1 was not found."));
  });

  it("PATCH and PUT of a client stick: a later GET and the list show the change", async () => {
    const patched = await send({
      method: "PATCH",
      path: "/api/v2/clients/1024",
      headers: bearer(token),
      body: { name: "Changed" },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ clientId: 1024, name: "Changed", city: "London" });
    expect((await get("/api/v2/clients/1024", token)).body).toMatchObject({ name: "Changed" });
    const put = await send({
      method: "PUT",
      path: "/api/v2/clients/1024",
      headers: bearer(token),
      body: { managerId: 9, riskLevelId: null },
    });
    expect(put.body).toMatchObject({ name: "Changed", manager: { id: 9, name: "Amelia Jones" }, riskLevel: null });
    const listed = await get("/api/v2/clients?filter[clientId]=1024", token);
    expect(listed.body).toMatchObject([{ name: "Changed", manager: { id: 9 } }]);
    const unknownManager = await send({
      method: "PATCH",
      path: "/api/v2/clients/1024",
      headers: bearer(token),
      body: { managerId: 4242 },
    });
    expect(unknownManager.status).toBe(400);
    expect(unknownManager.body).toMatchObject({
      code: "validationFailed",
      errors: { managerId: [expect.any(String)] },
    });
  });

  it("creates and deletes clients: the new one is listed and readable, the deleted one is gone", async () => {
    const created = await post("/api/v2/clients", { email: "new@example.com", name: "New Client" }, bearer(token));
    expect(created.status).toBe(201);
    expect(created.headers?.["x-paymock-source"]).toBeUndefined();
    expect(created.body).toMatchObject({
      clientId: 1028,
      email: "new@example.com",
      status: { id: 1, name: "New" },
      type: { id: 1, name: "Individual" },
      createTime: "2026-01-01T00:00:00+00:00",
    });
    expect((await get("/api/v2/clients/1028", token)).body).toMatchObject({ name: "New Client" });
    expect(ids(await get("/api/v2/clients?sort_by=clientId&sort_order=desc&limit=1", token), "clientId")).toEqual([
      1028,
    ]);
    const taken = await post("/api/v2/clients", { email: "new@example.com", name: "Again" }, bearer(token));
    expect(taken.status).toBe(400);
    expect(taken.body).toMatchObject({ errors: { email: ["The email has already been taken."] } });
    const deleted = await send({ method: "DELETE", path: "/api/v2/clients/1028", headers: bearer(token) });
    expect(deleted.status).toBe(204);
    expect((await get("/api/v2/clients/1028", token)).status).toBe(404);
    expect(ids(await get("/api/v2/clients?filter[clientId]=1028", token), "clientId")).toEqual([]);
  });

  it("opens, updates, credits, debits and archives accounts; balances and transactions follow", async () => {
    const opened = await post(
      "/api/v2/accounts",
      { clientId: 1026, productId: 2, currencyCode: "EUR", caption: "EUR wallet" },
      bearer(token),
    );
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({
      accountId: 5007,
      accountNumber: "1000005007",
      clientId: 1026,
      currency: { alphabeticCode: "EUR" },
      statement: { availableBalance: "0.00", currentBalance: "0.00" },
    });
    expect(ids(await get("/api/v2/accounts?filter[clientId]=1026", token), "accountId")).toContain(5007);
    const renamed = await send({
      method: "PUT",
      path: "/api/v2/accounts/5007",
      headers: bearer(token),
      body: { caption: "Savings" },
    });
    expect(renamed.body).toMatchObject({ caption: "Savings" });
    const credit = await send({
      method: "PATCH",
      path: "/api/v2/accounts/5007/balance",
      headers: bearer(token),
      body: { amount: "150.50", comment: "Opening deposit" },
    });
    expect(credit.status).toBe(200);
    expect(credit.body).toMatchObject({ availableBalance: "150.50", currentBalance: "150.50" });
    const debit = await send({
      method: "PUT",
      path: "/api/v2/accounts/5007/balance",
      headers: bearer(token),
      body: { amount: "-50.25" },
    });
    expect(debit.body).toMatchObject({ availableBalance: "100.25" });
    expect((await get("/api/v2/accounts/5007/balance", token)).body).toMatchObject({ availableBalance: "100.25" });
    expect((await get("/api/v2/accounts/5007", token)).body).toMatchObject({
      caption: "Savings",
      statement: { currentBalance: "100.25" },
    });
    const moves = await get("/api/v2/transactions?filter[accountId]=5007&sort_order=asc", token);
    expect(moves.body).toMatchObject([
      { type: "deposit", status: "done", creditAmount: "150.50", creditCurrency: "EUR", comment: "Opening deposit" },
      { type: "withdrawal", status: "done", debitAmount: "50.25", debitAccountNumber: "1000005007" },
    ]);
    const overdraft = await send({
      method: "PATCH",
      path: "/api/v2/accounts/5007/balance",
      headers: bearer(token),
      body: { amount: "-1000.00" },
    });
    expect(overdraft.status).toBe(400);
    expect(overdraft.body).toMatchObject({ code: "validationFailed", errors: { amount: [expect.any(String)] } });
    const archived = await send({ method: "POST", path: "/api/v2/accounts/5007/archive", headers: bearer(token) });
    expect(archived.body).toMatchObject({ archiveTime: "2026-01-01T00:00:00+00:00", permissions: ["visible"] });
    expect((await get("/api/v2/accounts/5007", token)).body).toMatchObject({
      archiveTime: "2026-01-01T00:00:00+00:00",
    });
    const unknownClient = await post(
      "/api/v2/accounts",
      { clientId: 1, productId: 2, currencyCode: "USD" },
      bearer(token),
    );
    expect(unknownClient.status).toBe(400);
    expect(unknownClient.body).toMatchObject({ errors: { clientId: [expect.any(String)] } });
  });

  it("updates transactions, checks them and keeps the monitoring records; types can be switched off", async () => {
    const rejected = await send({
      method: "PATCH",
      path: "/api/v2/transactions/90003",
      headers: bearer(token),
      body: { status: "rejected", comment: "Name mismatch" },
    });
    expect(rejected.body).toMatchObject({
      status: "rejected",
      comment: "Name mismatch",
      updateTime: "2026-01-01T00:00:00+00:00",
    });
    expect((await get("/api/v2/transactions/90003", token)).body).toMatchObject({ status: "rejected" });
    expect(ids(await get("/api/v2/transactions?filter[status]=rejected", token), "transactionId")).toContain(90003);
    const check = await send({ method: "POST", path: "/api/v2/transactions/90003/check", headers: bearer(token) });
    expect(check.body).toEqual({
      monitoringId: 1,
      transactionId: 90003,
      status: "flagged",
      createTime: "2026-01-01T00:00:00+00:00",
    });
    await send({ method: "POST", path: "/api/v2/transactions/90001/check", headers: bearer(token) });
    expect(await get("/api/v2/monitoring/transactions", token)).toMatchObject({
      status: 200,
      body: [{ monitoringId: 2, transactionId: 90001, status: "passed" }, { monitoringId: 1 }],
    });
    expect((await get("/api/v2/monitoring/transactions/1", token)).body).toMatchObject({ transactionId: 90003 });
    expect((await get("/api/v2/monitoring/transactions/9", token)).status).toBe(404);
    const types = await get("/api/v2/transactions/types", token);
    expect((types.body as { name: string }[]).map((t) => t.name)).toEqual([
      "deposit",
      "exchange",
      "external",
      "partner",
      "transfer",
      "withdrawal",
    ]);
    const off = await send({
      method: "PATCH",
      path: "/api/v2/transactions/types/6",
      headers: bearer(token),
      body: { enabled: false },
    });
    expect(off.body).toMatchObject({ typeId: 6, name: "withdrawal", enabled: false });
    expect((await get("/api/v2/transactions/types/6", token)).body).toMatchObject({ enabled: false });
    const renamed = await send({
      method: "PUT",
      path: "/api/v2/transactions/types/1",
      headers: bearer(token),
      body: { caption: "Card deposit" },
    });
    expect(renamed.body).toMatchObject({ caption: "Card deposit", enabled: true });
    expect((await get("/api/v2/accounts/5002/preferences", token)).body).toEqual({
      accountId: 5002,
      leverage: 100,
      dailyReports: true,
      notifications: true,
    });
  });

  it("answers 404 for writes to unknown ids and 400 for empty update bodies", async () => {
    const unknown = await send({
      method: "PATCH",
      path: "/api/v2/transactions/12345",
      headers: bearer(token),
      body: { status: "rejected" },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual(errorBody("notFound", "Transaction 12345 was not found."));
    const badBody = await send({ method: "PATCH", path: "/api/v2/clients/1024", headers: bearer(token), body: {} });
    expect(badBody.status).toBe(400);
    expect(badBody.body).toMatchObject({ code: "validationFailed", errors: { body: [expect.any(String)] } });
  });

  it("Prefer picks a Prism example or status, also on scripted reads", async () => {
    const deleted = await send({
      method: "DELETE",
      path: "/api/v2/clients/1024",
      headers: { ...bearer(token), prefer: "code=404" },
    });
    expect(deleted.status).toBe(404);
    expect(deleted.body).toEqual(errorBody("notFound", "The requested resource was not found."));
    const empty = await get("/api/v2/clients", token, { prefer: "example=empty" });
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual([]);
    expect(empty.headers?.["x-paymock-source"]).toBe("example");
    const gone = await send({ method: "DELETE", path: "/api/v2/clients/1024", headers: bearer(token) });
    expect(gone.status).toBe(204);
  });
});

describe("bad input in the B2Core envelope", () => {
  it.each([
    {
      name: "missing password",
      body: { email: ADMIN },
      errors: { password: ["The password field is required."] },
    },
    {
      name: "wrong types",
      body: { email: 5, password: true },
      errors: { email: ["The email must be string."], password: ["The password must be string."] },
    },
    {
      name: "not an e-mail",
      body: { email: "admin", password: PASSWORD },
      errors: { email: ['The email must match format "email".'] },
    },
  ])("sign-in with $name -> 400 validationFailed", async ({ body, errors }) => {
    const response = await post("/api/v2/signin", body);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ code: "validationFailed", message: "The given data was invalid.", errors });
  });

  it("no body -> 400 validationFailed", async () => {
    const response = await post("/api/v2/refresh");
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      code: "validationFailed",
      message: "The given data was invalid.",
      errors: { body: ["The request body is required."] },
    });
  });

  it("malformed JSON -> 400 badRequest", async () => {
    const response = await send({
      method: "POST",
      path: "/api/v2/signin",
      headers: { "content-type": "application/json" },
      body: '{"email": "admin@b2core.test",',
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(errorBody("badRequest", "The request body could not be parsed as JSON."));
  });

  it("content type text/plain -> 415", async () => {
    const response = await send({
      method: "POST",
      path: "/api/v2/signin",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ email: ADMIN, password: PASSWORD }),
    });
    expect(response.status).toBe(415);
    expect(response.body).toEqual(
      errorBody("unsupportedMediaType", "The request body must be sent as application/json, not text/plain."),
    );
  });

  it.each<{ name: string; headers: Record<string, string> }>([
    { name: "form content type (curl --data-raw)", headers: { "content-type": "application/x-www-form-urlencoded" } },
    { name: "no content type", headers: {} },
  ])("the vendor's curl example works: JSON with $name is read as JSON", async ({ headers }) => {
    const response = await send({
      method: "POST",
      path: "/api/v2/signin",
      headers,
      body: JSON.stringify({ email: "no2fa@b2core.test", password: PASSWORD }),
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ "2faRequired": false, accessToken: { token: expect.any(String) } });
  });

  it("a real form body is still refused (415), and non-JSON without a content type is malformed JSON (400)", async () => {
    const form = await send({
      method: "POST",
      path: "/api/v2/signin",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `email=${ADMIN}&password=${PASSWORD}`,
    });
    expect(form.status).toBe(415);
    const bare = await send({ method: "POST", path: "/api/v2/signin", body: "email=admin" });
    expect(bare.status).toBe(400);
    expect(bare.body).toEqual(errorBody("badRequest", "The request body could not be parsed as JSON."));
  });

  it("unknown route -> 404 and wrong method -> 405 with Allow, in the vendor envelope", async () => {
    const missing = await send({ method: "GET", path: "/api/v2/nothing" });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(errorBody("notFound", "The route GET /api/v2/nothing was not found."));
    const wrong = await send({ method: "GET", path: "/api/v2/signin" });
    expect(wrong.status).toBe(405);
    expect(wrong.headers?.allow).toBe("POST");
    expect(wrong.body).toEqual(errorBody("methodNotAllowed"));
  });

  it("doubled slashes and a trailing slash reach the same operation", async () => {
    const response = await signIn(NO2FA);
    const token = pairOf(response).accessToken.token;
    expect((await post("//api/v2/signin", { email: NO2FA, password: PASSWORD })).status).toBe(200);
    expect((await get("/api//v2//clients/", token)).status).toBe(200);
  });
});

describe("admin API", () => {
  it("reset forgets sessions, challenges, limits and the outbox", async () => {
    const { accessToken } = await signedIn();
    await signIn(ADMIN);
    for (let i = 0; i < 6; i++) await signIn(NO2FA, "wrong");
    expect((await signIn(NO2FA)).status).toBe(429);
    const reset = await mock.request(API, { method: "POST", path: "/__mock/reset" });
    expect(reset.status).toBe(204);
    expect(await outbox(ADMIN)).toEqual([]);
    expect((await get("/api/v2/clients", accessToken.token)).status).toBe(401);
    expect((await signIn(NO2FA)).status).toBe(200);
  });

  it("lists the named provider states", async () => {
    const response = await mock.request(API, { method: "GET", path: "/__mock/states" });
    expect(response.status).toBe(200);
    const names = (response.body as { name: string; description: string }[]).map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "an admin with 2FA",
        "an admin without 2FA",
        "a pending 2FA challenge",
        "a signed-in admin",
        "an expired access token",
        "a revoked access token",
        "clients and accounts exist",
      ]),
    );
  });

  it('"an admin with 2FA" and "an admin without 2FA" give working credentials', async () => {
    const withTwoFa = await setState("an admin with 2FA");
    expect(withTwoFa).toEqual({ email: ADMIN, password: PASSWORD });
    expect((await signIn(withTwoFa.email ?? "", withTwoFa.password)).body).toMatchObject({ "2faRequired": true });
    const withoutTwoFa = await setState("an admin without 2FA");
    expect(withoutTwoFa).toEqual({ email: NO2FA, password: PASSWORD });
    expect((await signIn(withoutTwoFa.email ?? "", withoutTwoFa.password)).body).toMatchObject({
      "2faRequired": false,
    });
  });

  it("auth states clear the e-mail's sign-in attempts", async () => {
    for (let i = 0; i < 6; i++) await signIn(ADMIN, "wrong");
    expect((await signIn(ADMIN)).status).toBe(429);
    await setState("an admin with 2FA");
    expect((await signIn(ADMIN)).status).toBe(200);
  });

  it('"a pending 2FA challenge" gives a token and code that confirm', async () => {
    const { token, code, email } = await setState("a pending 2FA challenge");
    expect(token).toMatch(UUID);
    expect(code).toBe("111111");
    expect((await outbox(email ?? "")).map((m) => m.code)).toEqual(["111111"]);
    expect((await confirm(token ?? "", code ?? "")).status).toBe(200);
  });

  it('"an expired 2FA challenge" is refused', async () => {
    const { token, code } = await setState("an expired 2FA challenge");
    const response = await confirm(token ?? "", code ?? "");
    expect(response.status).toBe(401);
    expect(response.body).toEqual(errorBody("twoFactorTokenInvalid"));
  });

  it('"a signed-in admin" gives tokens that authenticate and refresh', async () => {
    const { accessToken, refreshToken } = await setState("a signed-in admin");
    expect(accessToken).toMatch(JWT);
    expect((await get("/api/v2/clients", accessToken)).status).toBe(200);
    expect((await refresh(refreshToken ?? "")).status).toBe(200);
  });

  it('"an expired access token" answers tokenExpired and its refresh token works', async () => {
    const { accessToken, refreshToken } = await setState("an expired access token");
    const response = await get("/api/v2/clients", accessToken);
    expect(response.status).toBe(401);
    expect(response.body).toEqual(errorBody("tokenExpired"));
    expect((await refresh(refreshToken ?? "")).status).toBe(200);
  });

  it('"a revoked access token" answers unauthorized', async () => {
    const { accessToken, refreshToken } = await setState("a revoked access token");
    const response = await get("/api/v2/accounts", accessToken);
    expect(response.status).toBe(401);
    expect(response.body).toEqual(errorBody("unauthorized"));
    expect((await refresh(refreshToken ?? "")).status).toBe(401);
  });

  it('"a rotated refresh token" answers refreshTokenInvalid', async () => {
    const { refreshToken, accessToken } = await setState("a rotated refresh token");
    const response = await refresh(refreshToken ?? "");
    expect(response.status).toBe(401);
    expect(response.body).toEqual(errorBody("refreshTokenInvalid"));
    expect((await get("/api/v2/clients", accessToken)).status).toBe(200);
  });

  it('"sign-in attempts exhausted" blocks sign-in with Retry-After', async () => {
    const { email, password, retryAfterSeconds } = await setState("sign-in attempts exhausted");
    const response = await signIn(email ?? "", password);
    expect(response.status).toBe(429);
    expect(response.headers?.["retry-after"]).toBe(String(retryAfterSeconds));
  });

  it('"clients and accounts exist" gives a token and ids that resolve', async () => {
    const values = await setState("clients and accounts exist");
    expect(values).toMatchObject({ clientId: 1024, accountId: 5001, transactionId: 90001 });
    const { accessToken, clientId, accountId, transactionId } = values;
    expect((await get(`/api/v2/clients/${clientId}`, accessToken)).status).toBe(200);
    expect((await get(`/api/v2/accounts/${accountId}`, accessToken)).status).toBe(200);
    expect((await get(`/api/v2/accounts/${accountId}/balance`, accessToken)).status).toBe(200);
    expect((await get(`/api/v2/transactions/${transactionId}`, accessToken)).status).toBe(200);
  });

  it("a state for an unknown administrator is refused", async () => {
    const response = await mock.request(API, {
      method: "POST",
      path: "/__mock/states",
      body: { state: "a signed-in admin", params: { email: "ghost@b2core.test" } },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: expect.stringContaining("no administrator ghost@b2core.test") });
  });

  it("a state can pick the other seed administrator", async () => {
    const { accessToken } = await setState("a signed-in admin", { email: NO2FA });
    expect(readJwtClaims(accessToken ?? "")).toMatchObject({ sub: "2" });
  });
});
