/**
 * Mercuryo Spend mock end to end, in process: every scripted flow, every error code the mock
 * emits, bad input in the vendor envelope, the admin API, signed callbacks and Prism
 * fall-through. Every response is checked against the spec; time moves only through the
 * injected clock.
 */

import { createHmac, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { MockResponse } from "../../mocks/api.js";
import { createClock, createCounterIds, createSequenceOtp } from "../../mocks/context.js";
import { mercuryoSpendApi } from "../../mocks/mercuryo-spend/index.js";
import type { MockOptionsInput } from "../../mocks/options.js";
import { type RequestInit, toMockRequest } from "../../mocks/request.js";
import { createMockServer, type MockServer } from "../../mocks/server.js";
import { specPath } from "../../src/apis.js";
import { createAjv } from "../../src/spec/ajv.js";
import { expectConforms } from "../support/conformance.js";

const API = "mercuryo-spend" as const;
const START = new Date("2026-01-01T00:00:00Z");
const PARTNER = { "sdk-partner-token": "sandbox-partner-token" } as const;
const IP = "203.0.113.7";
const CALLBACK_URL = "http://partner.test/mercuryo/callbacks";
const SEED_EMAIL = "kyc-complete@mercuryo.test";
const DAY = 24 * 3600;

type Json = Record<string, unknown>;
interface SentCallback {
  readonly url: string;
  readonly body: string;
  readonly headers: Record<string, string>;
}

let sent: SentCallback[] = [];

/** Records outgoing callbacks instead of sending them. */
const fakeFetch = (async (url: string | URL | Request, init?: globalThis.RequestInit) => {
  sent.push({ url: String(url), body: String(init?.body), headers: { ...(init?.headers as Record<string, string>) } });
  return new Response(null, { status: 200 });
}) as typeof fetch;

const createMock = (options: MockOptionsInput = {}): Promise<MockServer> =>
  createMockServer(
    { apis: [API], logLevel: "silent", callbackUrl: CALLBACK_URL, ...options },
    {
      clock: createClock(START),
      otp: createSequenceOtp(["11111", "22222", "33333", "44444", "55555"]),
      ids: createCounterIds(),
      fetch: fakeFetch,
    },
  );

let mock: MockServer;

beforeEach(async () => {
  sent = [];
  mock = await createMock();
});

/** Sends a request and asserts the response conforms to the spec (the `default` response for unrouted paths). */
async function call(init: RequestInit, server = mock): Promise<MockResponse> {
  const response = await server.request(API, init);
  expectConforms(server, API, init.method ?? "GET", init.path, response);
  return response;
}

const dataOf = <T = Json>(response: MockResponse): T => (response.body as { data: T }).data;

/** Asserts a 200 with Mercuryo's success envelope and returns `data`. */
async function expectOk<T = Json>(init: RequestInit, server = mock): Promise<T> {
  const response = await call(init, server);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  expect(response.headers?.["content-type"]).toBe("application/json");
  return dataOf<T>(response);
}

/** Asserts a Mercuryo error: HTTP status, 6-digit code, and optionally message and data. */
async function expectError(
  init: RequestInit,
  want: { status: number; code: number; message?: string; data?: unknown },
  server = mock,
): Promise<MockResponse> {
  const response = await call(init, server);
  const body = response.body as Json;
  expect({ status: response.status, code: body.code, bodyStatus: body.status }).toEqual({
    status: want.status,
    code: want.code,
    bodyStatus: String(want.status),
  });
  if (want.message !== undefined) expect(body.message).toBe(want.message);
  if (want.data !== undefined) expect(body.data).toEqual(want.data);
  return response;
}

const asUser = (token: string) => ({ "sdk-user-token": token, "b2b-user-ip": IP });
const get = (path: string, token: string): RequestInit => ({ method: "GET", path, headers: asUser(token) });
const post = (path: string, token: string, body?: object): RequestInit => ({
  method: "POST",
  path,
  headers: asUser(token),
  ...(body === undefined ? {} : { body }),
});
const partnerPost = (path: string, body: object | string, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  path,
  headers: { ...PARTNER, ...headers },
  body,
});

async function admin(method: string, path: string, body?: object, server = mock): Promise<MockResponse> {
  return server.request(API, { method, path: `/__mock${path}`, ...(body === undefined ? {} : { body }) });
}

/** The newest code mailed to an address, read through the admin outbox. */
async function latestCode(email: string, server = mock): Promise<string> {
  const response = await admin("GET", `/outbox?to=${encodeURIComponent(email)}`, undefined, server);
  const messages = response.body as { code: string; channel: string; purpose: string }[];
  const last = messages.at(-1);
  expect(last).toMatchObject({ channel: "email", purpose: "sign-in" });
  return last?.code ?? "";
}

async function startSignIn(email: string, server = mock): Promise<string> {
  const data = await expectOk<{ key: string }>(
    partnerPost("/sdk-partner/user/sign-in", { email, accept: true }),
    server,
  );
  return data.key;
}

/** OTP sign-in round trip; returns the user token. */
async function signIn(email: string, server = mock): Promise<string> {
  const key = await startSignIn(email, server);
  const code = await latestCode(email, server);
  const data = await expectOk<{ bearer_token: string }>(
    partnerPost("/sdk-partner/user/sign-in/verify", { key, code }),
    server,
  );
  return data.bearer_token;
}

async function useState(name: string, params: Json = {}, server = mock): Promise<Json> {
  const response = await admin("POST", "/states", { state: name, params }, server);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return (response.body as { values: Json }).values;
}

const tokenOf = (values: Json): string => String(values.token);

async function advance(seconds: number, server = mock): Promise<void> {
  const response = await admin("POST", "/clock", { advanceSeconds: seconds }, server);
  expect(response.status).toBe(200);
}

async function quote(token: string, query = "currency=BTC&amount=0.02", kind = "crypto-topup"): Promise<string> {
  const data = await expectOk<{ trx_token: string }>(get(`/sdk-partner/spend/cards/rates/${kind}?${query}`, token));
  return data.trx_token;
}

describe("sign-in with e-mail OTP", () => {
  it("signs up a new e-mail, mails a 5-digit code and returns a working user token", async () => {
    const data = await expectOk(
      partnerPost("/sdk-partner/user/sign-in", { email: "Alice@Example.test", accept: "true" }),
    );
    expect(data).toMatchObject({ code_length: 5, next: "email-verify", timeout: 20 });
    expect(String(data.key)).toMatch(/^[0-9a-f]{64}YXV0aGVudGljYXRpb24=/);
    const code = await latestCode("alice@example.test");
    expect(code).toMatch(/^\d{5}$/);
    const token = await expectOk<{ bearer_token: string; user_uuid: string }>(
      partnerPost("/sdk-partner/user/sign-in/verify", { key: data.key, code }),
    );
    expect(token.bearer_token.split(".")).toHaveLength(3);
    const kyc = await expectOk(get("/sdk-partner/user/kyc-status", token.bearer_token));
    expect(kyc.features).toEqual([
      { feature: "crypto", status: "incomplete" },
      { feature: "card", status: "incomplete" },
    ]);
    const contacts = await expectOk(get("/sdk-partner/user/contacts", token.bearer_token));
    expect(contacts).toMatchObject({ email: "alice@example.test", phone: null, phone_status: null });
  });

  it("serves the versioned base path and doubled slashes too", async () => {
    const key = await expectOk(partnerPost("/v1.6/sdk-partner/user/sign-in", { email: "v@x.test", accept: true }));
    expect(key.next).toBe("email-verify");
    const code = await latestCode("v@x.test");
    const token = await expectOk<{ bearer_token: string }>(
      partnerPost("//sdk-partner//user/sign-in/verify", { key: key.key, code }),
    );
    await expectOk(get("/v1.6//sdk-partner/user/kyc-status", token.bearer_token));
  });

  it("answers a wrong code with 403042 and still accepts the right one", async () => {
    const key = await startSignIn("bob@example.test");
    await expectError(partnerPost("/sdk-partner/user/sign-in/verify", { key, code: "99999" }), {
      status: 403,
      code: 403042,
      message: "Verification failed. Code is invalid",
    });
    const code = await latestCode("bob@example.test");
    await expectOk(partnerPost("/sdk-partner/user/sign-in/verify", { key, code }));
    // The key is consumed by a successful verify.
    await expectError(partnerPost("/sdk-partner/user/sign-in/verify", { key, code }), { status: 401, code: 401004 });
  });

  it("locks the challenge after 5 wrong codes until a resend", async () => {
    const key = await startSignIn("carol@example.test");
    for (let i = 0; i < 5; i += 1) {
      await expectError(partnerPost("/sdk-partner/user/sign-in/verify", { key, code: "99999" }), {
        status: 403,
        code: 403042,
        message: "Verification failed. Code is invalid",
      });
    }
    const code = await latestCode("carol@example.test");
    await expectError(partnerPost("/sdk-partner/user/sign-in/verify", { key, code }), {
      status: 403,
      code: 403042,
      message: "Verification failed. Too many attempts",
    });
    await advance(20); // the announced resend timeout
    await expectOk(partnerPost("/sdk-partner/user/sign-in/verify/resend", { key }));
    await expectOk(
      partnerPost("/sdk-partner/user/sign-in/verify", { key, code: await latestCode("carol@example.test") }),
    );
  });

  it("answers an unknown or expired key with 401004", async () => {
    await expectError(partnerPost("/sdk-partner/user/sign-in/verify", { key: "nope", code: "11111" }), {
      status: 401,
      code: 401004,
      message: "Verification key is invalid.",
    });
    const key = await startSignIn("dave@example.test");
    const code = await latestCode("dave@example.test");
    await advance(600);
    await expectError(partnerPost("/sdk-partner/user/sign-in/verify", { key, code }), {
      status: 401,
      code: 401004,
      message: "Verification key is invalid. Key is expired",
    });
    await expectError(partnerPost("/sdk-partner/user/sign-in/verify/resend", { key }), { status: 401, code: 401004 });
  });

  it("resend mails a new code under the same key; only the new code works", async () => {
    const key = await startSignIn("erin@example.test");
    const first = await latestCode("erin@example.test");
    await advance(20); // the announced resend timeout
    const resent = await expectOk(partnerPost("/sdk-partner/user/sign-in/verify/resend", { key }));
    expect(resent).toEqual({ code_length: 5, key, next: "email-verify", timeout: 20 });
    const second = await latestCode("erin@example.test");
    expect(second).not.toBe(first);
    await expectError(partnerPost("/sdk-partner/user/sign-in/verify", { key, code: first }), {
      status: 403,
      code: 403042,
    });
    await expectOk(partnerPost("/sdk-partner/user/sign-in/verify", { key, code: second }));
    await expectError(partnerPost("/sdk-partner/user/sign-in/verify/resend", { key: "unknown" }), {
      status: 401,
      code: 401004,
    });
  });

  it("refuses a missing or wrong Sdk-Partner-Token with 401000", async () => {
    const body = { email: "x@y.test", accept: true };
    for (const headers of [{}, { "sdk-partner-token": "wrong" }] as Record<string, string>[]) {
      await expectError(
        { method: "POST", path: "/sdk-partner/user/sign-in", headers, body },
        { status: 401, code: 401000, message: "Authorization failed" },
      );
    }
  });

  it.each<{ name: string; body: unknown; data: Json }>([
    {
      name: "accept false",
      body: { email: "x@y.test", accept: false },
      data: { accept: ["Terms of Service must be accepted."] },
    },
    { name: "accept missing", body: { email: "x@y.test" }, data: { accept: ["This value should not be blank."] } },
    {
      name: "bad e-mail",
      body: { email: "not-an-email", accept: true },
      data: { email: ["This value is not a valid email address."] },
    },
    {
      name: "e-mail of the wrong type",
      body: { email: 42, accept: true },
      data: { email: ["This value is not valid: it must be string."] },
    },
    {
      name: "empty body",
      body: {},
      data: { email: ["This value should not be blank."], accept: ["This value should not be blank."] },
    },
    { name: "an array body", body: [1], data: { body: ["The body must be a JSON object."] } },
  ])("answers bad sign-in input ($name) with 400001", async ({ body, data }) => {
    await expectError(partnerPost("/sdk-partner/user/sign-in", body as object), { status: 400, code: 400001, data });
  });

  it("answers malformed JSON, a missing body and a non-JSON content type with 400001", async () => {
    await expectError(partnerPost("/sdk-partner/user/sign-in", "{oops", { "content-type": "application/json" }), {
      status: 400,
      code: 400001,
      data: { body: ["Invalid JSON."] },
    });
    await expectError(
      { method: "POST", path: "/sdk-partner/user/sign-in", headers: PARTNER },
      { status: 400, code: 400001, data: { body: ["This value should not be blank."] } },
    );
    await expectError(
      partnerPost("/sdk-partner/user/sign-in", "email=x@y.test&accept=true", {
        "content-type": "application/x-www-form-urlencoded",
      }),
      {
        status: 400,
        code: 400001,
        data: { "Content-Type": ["Only application/json is accepted."] },
      },
    );
    await expectError(partnerPost("/sdk-partner/user/sign-in/verify", { key: "k" }), {
      status: 400,
      code: 400001,
      data: { code: ["This value should not be blank."] },
    });
  });
});

describe("sign-in without OTP, refresh and sign-out", () => {
  it("issues a token directly, refreshes it and revokes it on sign-out", async () => {
    const signedIn = await expectOk<{ bearer_token: string; user_uuid: string }>(
      partnerPost("/sdk-partner/user/sign-in-no-verify", { email: SEED_EMAIL, accept: true }),
    );
    const first = signedIn.bearer_token;
    const refreshed = await expectOk<{ bearer_token: string; timeout: number; user_uuid: string }>(
      get("/sdk-partner/user/refresh-token", first),
    );
    expect(refreshed).toMatchObject({ timeout: 86_400, user_uuid: signedIn.user_uuid });
    expect(refreshed.bearer_token).not.toBe(first);
    // The old token is not revoked by a refresh.
    await expectOk(get("/sdk-partner/user/contacts", first));
    expect(await call(post("/sdk-partner/user/sign-out", first))).toMatchObject({
      status: 200,
      body: { status: "200" },
    });
    await expectError(get("/sdk-partner/user/contacts", first), {
      status: 401,
      code: 401000,
      message: "Authorization failed. Token is revoked",
    });
    await expectError(post("/sdk-partner/user/sign-out", first), { status: 401, code: 401000 });
    await expectError(get("/sdk-partner/user/refresh-token", first), { status: 401, code: 401000 });
    await expectOk(get("/sdk-partner/user/contacts", refreshed.bearer_token));
  });

  it.each([
    { profile: "production" as const, after: 25 * 3600, usable: false, refreshes: true },
    { profile: "production" as const, after: DAY + 7 * DAY - 1, usable: false, refreshes: true },
    { profile: "production" as const, after: DAY + 7 * DAY, usable: false, refreshes: false },
    { profile: "sandbox" as const, after: 30 * DAY, usable: true, refreshes: true },
  ])(
    "$profile: $after s after sign-in the token works: $usable; refresh with it works: $refreshes",
    async ({ profile, after, usable, refreshes }) => {
      const server = await createMock({ profile });
      const token = await signIn("refresh@example.test", server);
      await advance(after, server);
      const contacts = await call(get("/sdk-partner/user/contacts", token), server);
      expect(contacts.status).toBe(usable ? 200 : 401);
      const refreshed = await call(get("/sdk-partner/user/refresh-token", token), server);
      if (!refreshes) {
        expect(refreshed.body).toMatchObject({ code: 401000, message: "Authorization failed. Token is expired" });
        return;
      }
      expect(refreshed.status).toBe(200);
      const fresh = dataOf<{ bearer_token: string }>(refreshed).bearer_token;
      expect((await call(get("/sdk-partner/user/contacts", fresh), server)).status).toBe(200);
    },
  );

  it("the refresh window is an option; a revoked token never refreshes", async () => {
    const strict = await createMock({ profile: "production", mercuryo: { refreshWindowSeconds: 0 } });
    const token = await signIn("window@example.test", strict);
    await advance(DAY, strict);
    await expectError(get("/sdk-partner/user/refresh-token", token), { status: 401, code: 401000 }, strict);
    const revoked = await signIn("revoked@example.test");
    expect((await call(post("/sdk-partner/user/sign-out", revoked))).status).toBe(200);
    await expectError(get("/sdk-partner/user/refresh-token", revoked), {
      status: 401,
      code: 401000,
      message: "Authorization failed. Token is revoked",
    });
  });

  it("refuses a missing or unknown user token with 401000 and a missing or bad B2B-User-Ip with 400001", async () => {
    const token = await signIn("frank@example.test");
    await expectError(
      { method: "GET", path: "/sdk-partner/user/contacts", headers: { "b2b-user-ip": IP } },
      { status: 401, code: 401000, message: "Authorization failed" },
    );
    await expectError(get("/sdk-partner/user/contacts", "forged"), { status: 401, code: 401000 });
    await expectError(
      { method: "GET", path: "/sdk-partner/user/contacts", headers: { "sdk-user-token": token } },
      { status: 400, code: 400001, data: { "B2B-User-Ip": ["This value should not be blank."] } },
    );
    await expectError(
      {
        method: "GET",
        path: "/sdk-partner/user/contacts",
        headers: { "sdk-user-token": token, "b2b-user-ip": "localhost" },
      },
      { status: 400, code: 400001, data: { "B2B-User-Ip": ["This value is not a valid IP address."] } },
    );
    await expectOk({
      method: "GET",
      path: "/sdk-partner/user/contacts",
      headers: { "sdk-user-token": token, "b2b-user-ip": "2001:db8::1" },
    });
  });

  it("never expires tokens in the sandbox profile", async () => {
    const token = await signIn("grace@example.test");
    await advance(400 * DAY);
    await expectOk(get("/sdk-partner/user/kyc-status", token));
  });

  it("expires tokens after 24 h in the production profile", async () => {
    const production = await createMock({ profile: "production" });
    const token = await signIn("heidi@example.test", production);
    await advance(DAY - 1, production);
    await expectOk(get("/sdk-partner/user/kyc-status", token), production);
    await advance(1, production);
    await expectError(
      get("/sdk-partner/user/kyc-status", token),
      { status: 401, code: 401000, message: "Authorization failed. Token is expired" },
      production,
    );
  });
});

describe("KYC, contacts, phone and birthday", () => {
  it("gives a KYC access token until KYC is complete (403082 after)", async () => {
    const token = await signIn("ivan@example.test");
    const access = await expectOk(get("/sdk-partner/kyc/access-token", token));
    expect(access.kyc_access_token).toMatch(/^_act-[0-9a-f-]{36}$/);
    expect(access.applicant_id).toMatch(/^[0-9a-f]{24}$/);
    const seeded = await signIn(SEED_EMAIL);
    expect((await expectOk(get("/sdk-partner/user/kyc-status", seeded))).features).toEqual([
      { feature: "crypto", status: "complete" },
      { feature: "card", status: "complete" },
    ]);
    await expectError(get("/sdk-partner/kyc/access-token", seeded), { status: 403, code: 403082 });
  });

  it("sets the phone once (400090) and shows it in the contacts", async () => {
    const token = await signIn("judy@example.test");
    await expectError(post("/sdk-partner/user/set-phone-no-verify", token, { phone: "12345" }), {
      status: 400,
      code: 400001,
      data: { phone: ["This value is not a valid phone number."] },
    });
    expect(await call(post("/sdk-partner/user/set-phone-no-verify", token, { phone: "+1234567890" }))).toMatchObject({
      status: 200,
      body: { status: "200" },
    });
    await expectError(post("/sdk-partner/user/set-phone-no-verify", token, { phone: "+1999999999" }), {
      status: 400,
      code: 400090,
      message: "User phone has already been set",
    });
    expect(await expectOk(get("/sdk-partner/user/contacts", token))).toMatchObject({
      phone: "+1234567890",
      phone_status: "confirmed",
    });
  });

  it("saves the birthday once (400240), answering body status 201", async () => {
    const token = await signIn("ken@example.test");
    await expectError(post("/sdk-partner/user/birthday", token, { birthday: "25.05.1995" }), {
      status: 400,
      code: 400001,
      data: { birthday: ["This value is not a valid date."] },
    });
    const saved = await call(post("/sdk-partner/user/birthday", token, { birthday: "1995-05-25" }));
    expect(saved).toMatchObject({ status: 200, body: { status: "201", data: {} } });
    await expectError(post("/sdk-partner/user/birthday", token, { birthday: "1995-05-25" }), {
      status: 400,
      code: 400240,
    });
    expect((await expectOk(get("/sdk-partner/user/contacts", token))).is_birthday_set).toBe(true);
  });
});

describe("the card: open, view, lock, unlock, replace", () => {
  it("needs KYC (400251) and a phone (400252) to open", async () => {
    const fresh = await signIn("leo@example.test");
    await expectError(post("/sdk-partner/spend/cards/open", fresh, { fiat_currency: "EUR" }), {
      status: 400,
      code: 400251,
      message: "KYC is required, details in data field.",
      data: { features: [{ feature: "card", status: "incomplete" }] },
    });
    const noPhone = tokenOf(
      await useState("a user with KYC complete and no card", { email: "mia@example.test", phone: false }),
    );
    await expectError(post("/sdk-partner/spend/cards/open", noPhone, { fiat_currency: "EUR" }), {
      status: 400,
      code: 400252,
      message: "Phone is required.",
    });
    await expectError(post("/sdk-partner/spend/cards/open", noPhone, { fiat_currency: "USD" }), {
      status: 400,
      code: 400001,
      data: { fiat_currency: ["The value you selected is not a valid choice."] },
    });
  });

  it("opens one active card per user with an empty balance", async () => {
    const token = await signIn(SEED_EMAIL);
    const opened = await expectOk<{ id: string }>(
      post("/sdk-partner/spend/cards/open", token, { fiat_currency: "EUR" }),
    );
    expect(opened.id).toMatch(/^[0-9a-f]{17}$/);
    await expectError(post("/sdk-partner/spend/cards/open", token, { fiat_currency: "EUR" }), {
      status: 400,
      code: 400001,
      data: { card: ["User already has a spend card."] },
    });
    expect(await expectOk(get("/sdk-partner/spend/cards/status", token))).toEqual({ id: opened.id, status: "active" });
    const masked = await expectOk(get("/sdk-partner/spend/cards/masked", token));
    expect(masked).toMatchObject({
      created_at: "2026-01-01 00:00:00",
      expiration_month: "01",
      expiration_year: "2029",
      status: "active",
    });
    expect(masked.number).toMatch(/^\*{12}\d{4}$/);
    expect(await expectOk(get("/sdk-partner/spend/cards/balance", token))).toEqual({
      fiat_amount: "0.00",
      fiat_currency: "EUR",
    });
    expect(await expectOk(get("/sdk-partner/spend/cards/transactions", token))).toEqual({
      items: [],
      pagination: { limit: 20, next_cursor: null },
    });
    expect((await expectOk(post("/sdk-partner/spend/cards/iframe/init", token))).init_token).toMatch(/^[0-9a-f]{17}$/);
    expect((await expectOk(post("/sdk-partner/spend/cards/pin", token))).pin).toMatch(/^\d{4}$/);
  });

  it("answers 404000 for card calls without a card (400088 for replace)", async () => {
    const token = await signIn(SEED_EMAIL);
    const noCard = { status: 404, code: 404000, message: "No open card found" };
    for (const init of [
      get("/sdk-partner/spend/cards/status", token),
      get("/sdk-partner/spend/cards/masked", token),
      get("/sdk-partner/spend/cards/balance", token),
      get("/sdk-partner/spend/cards/transactions", token),
      post("/sdk-partner/spend/cards/lock", token),
      post("/sdk-partner/spend/cards/unlock", token),
      post("/sdk-partner/spend/cards/pin", token),
    ]) {
      await expectError(init, noCard);
    }
    // The iframe page words 404000 its own way (seed: "User has no open cards").
    await expectError(post("/sdk-partner/spend/cards/iframe/init", token), {
      status: 404,
      code: 404000,
      message: "User has no open cards",
    });
    await expectError(post("/sdk-partner/spend/cards/replace", token), { status: 400, code: 400088 });
    const trxToken = await quote(token);
    await expectError(
      post("/sdk-partner/spend/cards/crypto-topup", token, { address: "tb1q", trx_token: trxToken }),
      noCard,
    );
  });

  it("locks, refuses what a locked card cannot do, unlocks and replaces with the balance carried over", async () => {
    const values = await useState("a user with KYC complete and an open card");
    const token = tokenOf(values);
    const before = await expectOk(get("/sdk-partner/spend/cards/masked", token));
    await expectError(post("/sdk-partner/spend/cards/unlock", token), { status: 400, code: 400086 });
    await expectError(post("/sdk-partner/spend/cards/replace", token), {
      status: 400,
      code: 400088,
      message: "Failed to replace card; Unable to process request now; Wrong card;",
    });
    expect(await call(post("/sdk-partner/spend/cards/lock", token))).toMatchObject({
      status: 200,
      body: { status: "200" },
    });
    await expectError(post("/sdk-partner/spend/cards/lock", token), { status: 400, code: 400085 });
    expect(await expectOk(get("/sdk-partner/spend/cards/status", token))).toEqual({
      id: values.cardId,
      status: "locked",
    });
    await expectError(get("/sdk-partner/spend/cards/balance", token), {
      status: 400,
      code: 400210,
      message: "Invalid card status",
    });
    await expectError(post("/sdk-partner/spend/cards/pin", token), { status: 400, code: 400210 });
    await expectError(post("/sdk-partner/spend/cards/iframe/init", token), {
      status: 400,
      code: 400000,
      message: "Bad requests",
    });
    const trxToken = await quote(token);
    await expectError(post("/sdk-partner/spend/cards/crypto-topup", token, { address: "tb1q", trx_token: trxToken }), {
      status: 400,
      code: 400201,
    });
    expect(
      (await expectOk<{ items: unknown[] }>(get("/sdk-partner/spend/cards/transactions", token))).items,
    ).toHaveLength(1);

    await expectOk(post("/sdk-partner/spend/cards/unlock", token));
    expect((await expectOk(get("/sdk-partner/spend/cards/status", token))).status).toBe("active");
    await expectOk(post("/sdk-partner/spend/cards/lock", token));
    await expectOk(post("/sdk-partner/spend/cards/replace", token));
    const status = await expectOk(get("/sdk-partner/spend/cards/status", token));
    expect(status.status).toBe("active");
    expect(status.id).not.toBe(values.cardId);
    const after = await expectOk(get("/sdk-partner/spend/cards/masked", token));
    expect(after.number).not.toBe(before.number);
    expect(await expectOk(get("/sdk-partner/spend/cards/balance", token))).toEqual({
      fiat_amount: "90.00",
      fiat_currency: "EUR",
    });
  });

  it("refuses unlock and replace when KYC is no longer complete (400251)", async () => {
    const values = await useState("a user with a locked card");
    const token = tokenOf(values);
    const slot = mock.store.slot(API);
    const state = slot.state as { users: Map<string, { kyc: object }> };
    const user = state.users.get(String(values.userUuid));
    if (user !== undefined)
      state.users.set(String(values.userUuid), { ...user, kyc: { crypto: "complete", card: "under_review" } });
    const kyc = {
      status: 400,
      code: 400251,
      message: "KYC is not completed. See response data for more details",
      data: { features: [{ feature: "card", status: "under_review" }] },
    };
    await expectError(post("/sdk-partner/spend/cards/unlock", token), kyc);
    await expectError(post("/sdk-partner/spend/cards/replace", token), kyc);
  });

  it("pages transactions newest first with a cursor and refuses a bad cursor", async () => {
    const token = tokenOf(await useState("a user with KYC complete and an open card", { balance: "10.00" }));
    for (const amount of ["0.002", "0.003"]) {
      const trxToken = await quote(token, `currency=BTC&amount=${amount}`);
      await expectOk(post("/sdk-partner/spend/cards/crypto-topup", token, { address: "tb1q", trx_token: trxToken }));
      await advance(20);
    }
    const first = await expectOk<{
      items: { amount: string; timestamp: string }[];
      pagination: { next_cursor: string | null };
    }>(get("/sdk-partner/spend/cards/transactions?limit=2", token));
    expect(first.items.map((t) => t.amount)).toEqual(["64.88", "43.25"]);
    expect(first.items[0]).toMatchObject({
      type: "TOP_UP",
      status: "CLEARED",
      currency: "EUR",
      timestamp: "2026-01-01T00:00:40Z",
    });
    const cursor = first.pagination.next_cursor;
    expect(cursor).not.toBeNull();
    const second = await expectOk<{ items: { amount: string }[]; pagination: Json }>(
      get(`/sdk-partner/spend/cards/transactions?limit=2&cursor=${cursor}`, token),
    );
    expect(second).toEqual({
      items: [expect.objectContaining({ amount: "10.00" })],
      pagination: { limit: 2, next_cursor: null },
    });
    await expectError(get("/sdk-partner/spend/cards/transactions?cursor=garbage", token), {
      status: 400,
      code: 400001,
      data: { cursor: ["This value is not valid."] },
    });
    await expectError(get("/sdk-partner/spend/cards/transactions?limit=0", token), { status: 400, code: 400001 });
  });
});

describe("rates, crypto top-up and sell requests", () => {
  it("quotes, tops up, moves the sell request new -> pending -> succeeded and credits the card", async () => {
    const { token: rawToken, cardId } = await useState("a user with KYC complete and an open card", { balance: "0" });
    const token = String(rawToken);
    const rates = await expectOk(get("/sdk-partner/spend/cards/rates/crypto-topup?currency=BTC&amount=0.02", token));
    expect(rates).toMatchObject({
      amount: "0.02000000",
      currency: "BTC",
      fiat_amount: "432.49",
      fiat_currency: "EUR",
      rate: "22478.7000000000",
      fee: { EUR: "17.08" },
      total: { BTC: "0.02000000", EUR: "449.57" },
    });
    const created = await expectOk<{
      sell_request_id: string;
      deposit_address: string;
      merchant_transaction_id: string;
    }>(
      post("/sdk-partner/spend/cards/crypto-topup", token, {
        address: "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx",
        merchant_transaction_id: "order-42",
        trx_token: rates.trx_token,
      }),
    );
    expect(created).toMatchObject({
      deposit_address: "msBE6aCaAesegu4VzbQW3L5xWBL8vi15Q7",
      merchant_transaction_id: "order-42",
    });
    const statusPath = `/sdk-partner/spend/cards/sell-request/${created.sell_request_id}/status`;
    expect(await expectOk(get(statusPath, token))).toEqual({
      address: "msBE6aCaAesegu4VzbQW3L5xWBL8vi15Q7",
      amounts: { request: { amount: "0.02000000", currency: "BTC", fiat_amount: "432.49", fiat_currency: "EUR" } },
      card_id: cardId,
      deposit_transaction: [],
      status: "new",
    });
    // Reusing the token answers 400004 first, even while the operation it started is in progress.
    await expectError(
      post("/sdk-partner/spend/cards/crypto-topup", token, { address: "tb1q", trx_token: rates.trx_token }),
      { status: 400, code: 400004, message: "Token is already used" },
    );
    // One operation at a time.
    const second = await quote(token);
    await expectError(post("/sdk-partner/spend/cards/crypto-topup", token, { address: "tb1q", trx_token: second }), {
      status: 403,
      code: 403007,
    });
    await advance(10);
    expect((await expectOk(get(statusPath, token))).status).toBe("pending");
    expect((await expectOk(get("/sdk-partner/spend/cards/balance", token))).fiat_amount).toBe("0.00");
    await advance(10);
    const done = await expectOk(get(statusPath, token));
    expect(done).toMatchObject({
      status: "succeeded",
      deposit_transaction: [{ status: "succeeded" }],
    });
    expect((await expectOk(get("/sdk-partner/spend/cards/balance", token))).fiat_amount).toBe("432.49");
    // The token is single-use.
    await expectError(
      post("/sdk-partner/spend/cards/crypto-topup", token, { address: "tb1q", trx_token: rates.trx_token }),
      {
        status: 400,
        code: 400004,
        message: "Token is already used",
      },
    );
  });

  it("sends a signed callback for each status change", async () => {
    const { token } = await useState("a user with KYC complete and an open card", { email: "cb@example.test" });
    const trxToken = await quote(String(token));
    const created = await expectOk(
      post("/sdk-partner/spend/cards/crypto-topup", String(token), { address: "tb1q", trx_token: trxToken }),
    );
    expect(sent).toEqual([]);
    await advance(25);
    // The two status changes, then the `crypto_top_up` card event for the credit (tested below).
    expect(sent).toHaveLength(3);
    expect(JSON.parse(sent[2]?.body ?? "{}").event_name).toBe("crypto_top_up");
    const doc = parse(readFileSync(specPath(API), "utf8")) as Json;
    const ajv = createAjv();
    ajv.addSchema(doc, "spec");
    const validate = ajv.compile({ $ref: "spec#/components/schemas/TransactionCallback" });
    const statuses: unknown[] = [];
    for (const callback of sent.slice(0, 2)) {
      expect(callback.url).toBe(CALLBACK_URL);
      const expected = createHmac("sha256", "sandbox-sign-key").update(callback.body).digest("hex");
      expect(callback.headers["x-signature"]).toBe(expected);
      const body = JSON.parse(callback.body) as { data: Json };
      expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
      expect(body.data).toMatchObject({
        id: created.sell_request_id,
        type: "sell",
        user: { email: "cb@example.test" },
      });
      statuses.push(body.data.status);
    }
    expect(statuses).toEqual(["pending", "succeeded"]);
    expect(JSON.parse(sent[1]?.body ?? "{}").data).toMatchObject({
      updated_at: "2026-01-01 00:00:20",
      updated_at_ts: 1_767_225_620,
    });
  });

  it("sends signed spend-card events for open, lock, unlock, replace and a crypto top-up", async () => {
    const values = await useState("a user with KYC complete and no card", { email: "events@example.test" });
    const token = tokenOf(values);
    const first = await expectOk<{ id: string }>(
      post("/sdk-partner/spend/cards/open", token, { fiat_currency: "EUR" }),
    );
    await expectOk(post("/sdk-partner/spend/cards/lock", token));
    await expectOk(post("/sdk-partner/spend/cards/unlock", token));
    await expectOk(post("/sdk-partner/spend/cards/lock", token));
    await expectOk(post("/sdk-partner/spend/cards/replace", token));
    const second = await expectOk<{ id: string }>(get("/sdk-partner/spend/cards/status", token));
    // Refused calls change nothing and send nothing.
    await expectError(post("/sdk-partner/spend/cards/unlock", token), { status: 400, code: 400086 });
    const trxToken = await quote(token);
    const created = await expectOk(
      post("/sdk-partner/spend/cards/crypto-topup", token, {
        address: "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx",
        merchant_transaction_id: "order-7",
        trx_token: trxToken,
      }),
    );
    mock.clock.advance(10);
    mock.tickAll();
    mock.clock.advance(10);
    mock.tickAll();

    const doc = parse(readFileSync(specPath(API), "utf8")) as Json;
    const ajv = createAjv();
    ajv.addSchema(doc, "spec");
    const validateEvent = ajv.compile({ $ref: "spec#/components/schemas/SpendCardEvent" });
    const validateTransaction = ajv.compile({ $ref: "spec#/components/schemas/TransactionCallback" });
    const kinds: string[] = [];
    const events: Json[] = [];
    for (const callback of sent) {
      expect(callback.url).toBe(CALLBACK_URL);
      const signature = Buffer.from(callback.headers["x-signature"] ?? "", "hex");
      const expected = createHmac("sha256", "sandbox-sign-key").update(callback.body).digest();
      expect(signature.length === expected.length && timingSafeEqual(signature, expected)).toBe(true);
      const body = JSON.parse(callback.body) as Json;
      if (body.event_name === undefined) {
        expect(validateTransaction(body), JSON.stringify(validateTransaction.errors)).toBe(true);
        kinds.push(`sellRequestStatus:${(body.data as Json).status}`);
        continue;
      }
      expect(validateEvent(body), JSON.stringify(validateEvent.errors)).toBe(true);
      expect((body.user as Json).uuid).toBe(values.userUuid);
      events.push(body);
      kinds.push(String(body.event_name));
    }
    expect(kinds).toEqual([
      "card_status",
      "card_status",
      "card_status",
      "card_status",
      "card_status",
      "card_status",
      "sellRequestStatus:pending",
      "sellRequestStatus:succeeded",
      "crypto_top_up",
    ]);
    expect(events.map((e) => [e.card_id, e.status])).toEqual([
      [first.id, "active"],
      [first.id, "locked"],
      [first.id, "active"],
      [first.id, "locked"],
      [first.id, "closed"],
      [second.id, "active"],
      [second.id, undefined],
    ]);
    expect(new Set(events.map((e) => e.event_id)).size).toBe(events.length);
    expect(events.at(-1)).toMatchObject({
      sell_request: {
        id: created.sell_request_id,
        merchant_transaction_id: "order-7",
        status: "succeeded",
        fiat_amount: "432.49",
        fiat_currency: "EUR",
        crypto_amount: "0.02000000",
        crypto_currency: "BTC",
      },
      refund_address: "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx",
      address: created.deposit_address,
      card_balance: "432.49",
      created_at: "2026-01-01 00:00:20",
      updated_at: "2026-01-01 00:00:20",
    });
  });

  it("signs with a configured key and sends nothing without a callback URL", async () => {
    const keyed = await createMock({ mercuryoSignKey: "other-key" });
    const token = tokenOf(await useState("a user with a sell request in progress", {}, keyed));
    expect(token.length).toBeGreaterThan(0);
    await advance(10, keyed);
    expect(sent).toHaveLength(1);
    const callback = sent[0];
    expect(callback?.headers["x-signature"]).toBe(
      createHmac("sha256", "other-key")
        .update(callback?.body ?? "")
        .digest("hex"),
    );
    sent = [];
    const silent = await createMockServer(
      { apis: [API], logLevel: "silent" },
      { clock: createClock(START), ids: createCounterIds(), fetch: fakeFetch },
    );
    await useState("a user with a sell request in progress", {}, silent);
    await advance(60, silent);
    expect(sent).toEqual([]);
  });

  it("fails a sell request whose partner id starts with 'fail' and leaves the balance alone", async () => {
    const token = tokenOf(await useState("a user with KYC complete and an open card", { balance: "0" }));
    const trxToken = await quote(token);
    const created = await expectOk(
      post("/sdk-partner/spend/cards/crypto-topup", token, {
        address: "tb1q",
        merchant_transaction_id: "fail-1",
        trx_token: trxToken,
      }),
    );
    await advance(20);
    const failed = await expectOk(
      get(`/sdk-partner/spend/cards/sell-request/${created.sell_request_id}/status`, token),
    );
    expect(failed).toMatchObject({ status: "failed", deposit_transaction: [{ status: "failed" }] });
    expect((await expectOk(get("/sdk-partner/spend/cards/balance", token))).fiat_amount).toBe("0.00");
  });

  it("refuses an expired trx_token, amounts off limits, bad quotes and unknown sell requests", async () => {
    const token = tokenOf(await useState("a user with KYC complete and an open card"));
    const old = await quote(token);
    await advance(3600);
    await expectError(post("/sdk-partner/spend/cards/crypto-topup", token, { address: "tb1q", trx_token: old }), {
      status: 400,
      code: 400001,
      data: { trx_token: ["Token is expired."] },
    });
    const tiny = await quote(token, "currency=BTC&fiat_amount=10");
    await expectError(post("/sdk-partner/spend/cards/crypto-topup", token, { address: "tb1q", trx_token: tiny }), {
      status: 400,
      code: 400007,
      message: "Antifraud error. Amount off limits",
    });
    await expectError(post("/sdk-partner/spend/cards/crypto-topup", token, { address: "tb1q", trx_token: "made-up" }), {
      status: 400,
      code: 400001,
      data: { trx_token: ["This value is not valid."] },
    });
    await expectError(post("/sdk-partner/spend/cards/crypto-topup", token, { trx_token: "x" }), {
      status: 400,
      code: 400001,
      data: { address: ["This value should not be blank."] },
    });
    await expectError(get("/sdk-partner/spend/cards/rates/crypto-topup?currency=DOGE", token), {
      status: 400,
      code: 400001,
      data: { currency: ["The value you selected is not a valid choice."] },
    });
    await expectError(get("/sdk-partner/spend/cards/rates/crypto-topup?amount=1&fiat_amount=1", token), {
      status: 400,
      code: 400001,
    });
    await expectError(get("/sdk-partner/spend/cards/rates/crypto-topup?fiat_currency=USD", token), {
      status: 400,
      code: 400001,
      data: { fiat_currency: ["The value you selected is not a valid choice."] },
    });
    await expectError(get("/sdk-partner/spend/cards/sell-request/0000000000000000/status", token), {
      status: 400,
      code: 400001,
      data: { id: ["Sell request not found."] },
    });
    // Another user's sell request is not found either.
    const other = await useState("a user with a sell request in progress");
    await expectError(get(`/sdk-partner/spend/cards/sell-request/${other.sellRequestId}/status`, token), {
      status: 400,
      code: 400001,
    });
  });

  it("needs KYC for a crypto top-up (400251)", async () => {
    const values = await useState("a user with KYC complete and an open card");
    const token = tokenOf(values);
    const trxToken = await quote(token);
    const state = mock.store.slot(API).state as { users: Map<string, { kyc: object }> };
    const user = state.users.get(String(values.userUuid));
    if (user !== undefined)
      state.users.set(String(values.userUuid), { ...user, kyc: { crypto: "complete", card: "failed" } });
    await expectError(post("/sdk-partner/spend/cards/crypto-topup", token, { address: "tb1q", trx_token: trxToken }), {
      status: 400,
      code: 400251,
    });
  });

  it("opens a card with instant top-up from a rates/open quote", async () => {
    const token = tokenOf(await useState("a user with KYC complete and no card"));
    const topUpQuote = await quote(token);
    await expectError(
      post("/sdk-partner/spend/cards/open-off-ramp", token, { address: "tb1q", trx_token: topUpQuote }),
      {
        status: 400,
        code: 400001,
        data: { trx_token: ["This value is not valid."] },
      },
    );
    const openQuote = await quote(token, "currency=ETH&fiat_amount=100.00", "open");
    const created = await expectOk(
      post("/sdk-partner/spend/cards/open-off-ramp", token, { address: "0xabc", trx_token: openQuote }),
    );
    expect(created.deposit_address).toBe("0xA14691F9f1F851bd0c20115Ec10B25FC174371DF");
    expect((await expectOk(get("/sdk-partner/spend/cards/status", token))).status).toBe("active");
    expect((await expectOk(get("/sdk-partner/spend/cards/balance", token))).fiat_amount).toBe("0.00");
    await advance(20);
    expect(
      (await expectOk(get(`/sdk-partner/spend/cards/sell-request/${created.sell_request_id}/status`, token))).status,
    ).toBe("succeeded");
    expect((await expectOk(get("/sdk-partner/spend/cards/balance", token))).fiat_amount).toBe("100.00");
    const again = await quote(token, "currency=ETH&fiat_amount=100.00", "open");
    await expectError(post("/sdk-partner/spend/cards/open-off-ramp", token, { address: "0xabc", trx_token: again }), {
      status: 400,
      code: 400001,
      data: { card: ["User already has a spend card."] },
    });
    const fresh = await signIn("nina@example.test");
    const freshQuote = await quote(fresh, "currency=BTC&amount=0.01", "open");
    await expectError(
      post("/sdk-partner/spend/cards/open-off-ramp", fresh, { address: "tb1q", trx_token: freshQuote }),
      {
        status: 400,
        code: 400251,
      },
    );
  });
});

describe("admin API and provider states", () => {
  it("lists every named state", async () => {
    const response = await admin("GET", "/states");
    const names = (response.body as { name: string }[]).map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "a new user without KYC",
        "a user with KYC complete and no card",
        "a user with KYC complete and an open card",
        "a user with a locked card",
        "an expired user token",
        "a pending sign-in challenge",
      ]),
    );
    expect((await admin("POST", "/states", { state: "nope" })).status).toBe(404);
  });

  it("each state's values are usable", async () => {
    const fresh = await useState("a new user without KYC");
    expect(fresh.email).toBe("new-user@mercuryo.test");
    expect((await expectOk(get("/sdk-partner/user/kyc-status", tokenOf(fresh)))).features).toContainEqual({
      feature: "card",
      status: "incomplete",
    });

    const ready = await useState("a user with KYC complete and no card");
    expect(ready.email).toBe(SEED_EMAIL);
    await expectOk(post("/sdk-partner/spend/cards/open", tokenOf(ready), { fiat_currency: "EUR" }));

    const holder = await useState("a user with KYC complete and an open card");
    expect(await expectOk(get("/sdk-partner/spend/cards/status", tokenOf(holder)))).toEqual({
      id: holder.cardId,
      status: "active",
    });
    expect((await expectOk(get("/sdk-partner/spend/cards/balance", tokenOf(holder)))).fiat_amount).toBe(holder.balance);

    const locked = await useState("a user with a locked card");
    expect(await expectOk(get("/sdk-partner/spend/cards/status", tokenOf(locked)))).toEqual({
      id: locked.cardId,
      status: "locked",
    });

    const expired = await useState("an expired user token");
    await expectError(get("/sdk-partner/user/contacts", tokenOf(expired)), {
      status: 401,
      code: 401000,
      message: "Authorization failed. Token is expired",
    });

    const revoked = await useState("a revoked user token");
    await expectError(get("/sdk-partner/user/contacts", tokenOf(revoked)), { status: 401, code: 401000 });

    const pending = await useState("a pending sign-in challenge");
    expect(pending.code).toBe(await latestCode(String(pending.email)));
    const verified = await expectOk(
      partnerPost("/sdk-partner/user/sign-in/verify", { key: pending.key, code: pending.code }),
    );
    expect(verified.bearer_token).toEqual(expect.any(String));

    const quoted = await useState("a user with a crypto top-up quote");
    await expectOk(
      post("/sdk-partner/spend/cards/crypto-topup", tokenOf(quoted), { address: "tb1q", trx_token: quoted.trxToken }),
    );

    const selling = await useState("a user with a sell request in progress");
    expect(
      (await expectOk(get(`/sdk-partner/spend/cards/sell-request/${selling.sellRequestId}/status`, tokenOf(selling))))
        .status,
    ).toBe("new");
  });

  it("reset returns to the seed: tokens, users and the outbox are gone", async () => {
    const token = await signIn("olga@example.test");
    expect(((await admin("GET", "/outbox")).body as unknown[]).length).toBe(1);
    expect((await admin("POST", "/reset")).status).toBe(204);
    await expectError(get("/sdk-partner/user/contacts", token), { status: 401, code: 401000 });
    expect((await admin("GET", "/outbox")).body).toEqual([]);
    const seeded = await signIn(SEED_EMAIL);
    expect((await expectOk(get("/sdk-partner/user/contacts", seeded))).phone).toBe("+35799339993");
  });
});

describe("engine-level answers in the Mercuryo envelope", () => {
  it("serves a non-scripted operation from the spec's example, honouring Prefer, behind the guard", async () => {
    const token = await signIn(SEED_EMAIL);
    const limits = await call(get("/sdk-partner/user/limits/spend", token));
    expect(limits.status).toBe(200);
    expect(limits.headers?.["x-paymock-source"]).toBe("example");
    expect(dataOf<Json>(limits)).toHaveProperty("cards.crypto_topup.EUR.max.total", "1500");
    const forbidden = await call({
      ...get("/sdk-partner/user/limits/spend", token),
      headers: { ...asUser(token), prefer: "code=403" },
    });
    expect(forbidden).toMatchObject({ status: 403, body: { code: 403020, message: "IP is blacklisted" } });
    await expectError(get("/sdk-partner/user/limits/spend", "forged"), { status: 401, code: 401000 });
  });

  it("renders the wire-level problems (408 timeout, 413, 500001) in the envelope the spec declares", async () => {
    const engine = mock.engine(API);
    const route = engine.route("POST", "/sdk-partner/user/sign-in");
    if (route.kind !== "found") throw new Error("route");
    const { problems } = mercuryoSpendApi;
    const req = toMockRequest({ method: "POST", path: "/sdk-partner/user/sign-in" });
    const rendered = [problems.timeout(req), problems.payloadTooLarge(req), problems.internal(req, "boom")];
    expect(rendered.map((r) => [r.status, (r.body as Json).code])).toEqual([
      [408, 400000],
      [413, 400001],
      [500, 500001],
    ]);
    for (const response of rendered)
      expect(engine.validateResponse(route.operation, { headers: {}, ...response })).toEqual([]);
  });

  it("answers unknown paths with 404 and wrong methods with 405000", async () => {
    await expectError({ method: "GET", path: "/sdk-partner/nothing-here" }, { status: 404, code: 404000 });
    const wrong = await expectError(
      { method: "GET", path: "/sdk-partner/user/sign-in" },
      {
        status: 405,
        code: 405000,
        message: "Method Not Allowed",
      },
    );
    expect(wrong.headers?.allow).toBe("POST");
  });
});
