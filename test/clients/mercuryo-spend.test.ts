/**
 * Mercuryo client on the wire (nock): configuration errors, partner vs user headers, the OTP
 * challenge, one refresh for ten concurrent 401000s, identical body on retry, no refresh loop.
 */
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ClientConfigError } from "../../src/clients/config-error.js";
import { createMercuryoSpendClient } from "../../src/clients/mercuryo-spend.js";

const BASE = "https://mercuryo.example/v1.6";
const HOST = "https://mercuryo.example";
const P = "/v1.6/sdk-partner";
const options = { baseUrl: BASE, partnerToken: "partner-1", userIp: "203.0.113.7" };
const expired = { status: "401", code: 401000, message: "Authorization failed. Token is expired" };
const challenge = { key: "key-1", code_length: 5, timeout: 20, next: "email-verify" };
const balance = { status: "200", data: { fiat_amount: "90.00", fiat_currency: "EUR" } };
const userUuid = "3292c753-6809-492a-9acd-1ccdbf2fa91e";

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

async function signedInClient(token = "user-1") {
  const mercuryo = createMercuryoSpendClient(options);
  nock(HOST)
    .post(`${P}/user/sign-in-no-verify`)
    .reply(200, { status: "200", data: { bearer_token: token, user_uuid: userUuid } });
  expect(await mercuryo.signInWithoutOtp("kyc-complete@mercuryo.test")).toEqual({ kind: "signed-in", userUuid });
  return mercuryo;
}

describe("mercuryo client configuration", () => {
  it("refuses a missing B2B-User-Ip at construction with a clear error", () => {
    const { userIp: _omitted, ...withoutIp } = options;
    // @ts-expect-error userIp is required by the options type as well
    expect(() => createMercuryoSpendClient(withoutIp)).toThrow(ClientConfigError);
    // @ts-expect-error userIp is required by the options type as well
    expect(() => createMercuryoSpendClient(withoutIp)).toThrow(/userIp.*B2B-User-Ip/);
    expect(() => createMercuryoSpendClient({ ...options, userIp: "not-an-ip" })).toThrow(/IPv4 or IPv6/);
    expect(() => createMercuryoSpendClient({ ...options, partnerToken: "" })).toThrow(/partnerToken/);
  });

  it("does not mutate or keep the caller's options object", async () => {
    const input = { ...options };
    const mercuryo = createMercuryoSpendClient(input);
    input.userIp = "198.51.100.1";
    let ip: string | undefined;
    nock(HOST)
      .get(`${P}/spend/cards/balance`)
      .reply(function () {
        ip = this.req.headers["b2b-user-ip"];
        return [200, balance];
      });
    await mercuryo.GET("/sdk-partner/spend/cards/balance");
    expect(ip).toBe("203.0.113.7");
    expect(input).toEqual({ ...options, userIp: "198.51.100.1" });
  });
});

describe("mercuryo OTP sign-in and headers", () => {
  it("lets one call override B2B-User-Ip through its header parameter", async () => {
    const mercuryo = await signedInClient();
    const scope = nock(HOST)
      .get(`${P}/spend/cards/balance`)
      .matchHeader("b2b-user-ip", "198.51.100.4")
      .matchHeader("sdk-user-token", "user-1")
      .reply(200, balance);
    const result = await mercuryo.GET("/sdk-partner/spend/cards/balance", {
      params: { header: { "B2B-User-Ip": "198.51.100.4" } },
    });
    expect(result.response.status).toBe(200);
    expect(scope.isDone()).toBe(true);
  });

  it("sends the partner token on sign-in calls and the user token plus IP on user calls", async () => {
    const mercuryo = createMercuryoSpendClient(options);
    const seen: Record<string, Record<string, string | undefined>> = {};
    const record = (name: string) =>
      function (this: nock.ReplyFnContext) {
        const h = this.req.headers;
        seen[name] = { partner: h["sdk-partner-token"], user: h["sdk-user-token"], ip: h["b2b-user-ip"] };
      };
    nock(HOST)
      .post(`${P}/user/sign-in`, { email: "someone@mercuryo.test", accept: true })
      .reply(function () {
        record("signIn").call(this);
        return [200, { status: "200", data: challenge }];
      })
      .post(`${P}/user/sign-in/verify/resend`, { key: "key-1" })
      .reply(function () {
        record("resend").call(this);
        return [200, { status: "200", data: { ...challenge, key: "key-2" } }];
      })
      .post(`${P}/user/sign-in/verify`, { key: "key-2", code: "12345" })
      .reply(function () {
        record("verify").call(this);
        return [200, { status: "200", data: { bearer_token: "user-1", user_uuid: userUuid } }];
      })
      .get(`${P}/user/kyc-status`)
      .reply(function () {
        record("kyc").call(this);
        return [200, { status: "200", data: { features: [{ feature: "card", status: "complete" }] } }];
      });

    const started = await mercuryo.signIn("someone@mercuryo.test");
    if (started.kind !== "challenge") throw new Error(`expected a challenge, got ${started.kind}`);
    expect(started.challenge.details()).toEqual(challenge);
    const resent = await started.challenge.resend();
    expect(resent.kind).toBe("resent");
    expect(await started.challenge.verify("12345")).toEqual({ kind: "signed-in", userUuid });
    const kyc = await mercuryo.GET("/sdk-partner/user/kyc-status");

    expect(kyc.data?.data.features).toEqual([{ feature: "card", status: "complete" }]);
    const partnerOnly = { partner: "partner-1", user: undefined, ip: undefined };
    expect(seen).toEqual({
      signIn: partnerOnly,
      resend: partnerOnly,
      verify: partnerOnly,
      kyc: { partner: undefined, user: "user-1", ip: "203.0.113.7" },
    });
  });

  it("returns a wrong code as data in the Mercuryo envelope", async () => {
    const mercuryo = createMercuryoSpendClient(options);
    const wrong = { status: "403", code: 403042, message: "Error during verification: wrong code" };
    nock(HOST)
      .post(`${P}/user/sign-in`)
      .reply(200, { status: "200", data: challenge })
      .post(`${P}/user/sign-in/verify`)
      .reply(403, wrong);
    const started = await mercuryo.signIn("someone@mercuryo.test");
    if (started.kind !== "challenge") throw new Error("expected a challenge");
    expect(await started.challenge.verify("00000")).toEqual({ kind: "failed", status: 403, error: wrong });
    expect(mercuryo.isSignedIn()).toBe(false);
  });
});

describe("mercuryo token refresh", () => {
  it("refreshes once for 10 concurrent calls that all hit 401000, then retries each once", async () => {
    const mercuryo = await signedInClient("user-old");
    let refreshes = 0;
    const retriedWith: (string | undefined)[] = [];
    nock(HOST)
      .get(`${P}/spend/cards/balance`)
      .matchHeader("sdk-user-token", "user-old")
      .times(10)
      .reply(401, expired)
      .get(`${P}/user/refresh-token`)
      .matchHeader("sdk-user-token", "user-old")
      .matchHeader("b2b-user-ip", "203.0.113.7")
      .reply(() => {
        refreshes += 1;
        return [200, { status: "200", data: { bearer_token: "user-new", timeout: 86400, user_uuid: userUuid } }];
      })
      .get(`${P}/spend/cards/balance`)
      .times(10)
      .reply(function () {
        retriedWith.push(this.req.headers["sdk-user-token"]);
        return [200, balance];
      });

    const results = await Promise.all(
      Array.from({ length: 10 }, () => mercuryo.GET("/sdk-partner/spend/cards/balance")),
    );

    expect(refreshes).toBe(1);
    expect(results.map((r) => r.data?.data.fiat_amount)).toEqual(Array(10).fill("90.00"));
    expect(retriedWith).toEqual(Array(10).fill("user-new"));
    expect(nock.isDone()).toBe(true);
  });

  it("resends the same body bytes after a refresh", async () => {
    const mercuryo = await signedInClient("user-old");
    const bodies: string[] = [];
    const capture = (status: number, reply: object) =>
      function (this: nock.ReplyFnContext, _uri: string, body: nock.Body): [number, object] {
        bodies.push(typeof body === "string" ? body : JSON.stringify(body));
        return [status, reply];
      };
    const deposit = { deposit_address: "tb1qexample", merchant_transaction_id: "m-1", sell_request_id: "s-1" };
    nock(HOST)
      .post(`${P}/spend/cards/crypto-topup`)
      .matchHeader("sdk-user-token", "user-old")
      .reply(capture(401, expired))
      .get(`${P}/user/refresh-token`)
      .reply(200, { status: "200", data: { bearer_token: "user-new", timeout: 86400, user_uuid: userUuid } })
      .post(`${P}/spend/cards/crypto-topup`)
      .matchHeader("sdk-user-token", "user-new")
      .matchHeader("b2b-user-ip", "203.0.113.7")
      .reply(capture(200, { status: "200", data: deposit }));

    const body = {
      address: "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx",
      trx_token: "trx-1",
      merchant_transaction_id: "m-1",
    };
    const result = await mercuryo.POST("/sdk-partner/spend/cards/crypto-topup", { body });

    expect(result.data?.data).toEqual(deposit);
    expect(bodies).toEqual([JSON.stringify(body), JSON.stringify(body)]);
  });

  it("surfaces a failed refresh as the error without looping and signs out", async () => {
    const mercuryo = await signedInClient("user-old");
    const revoked = { status: "401", code: 401000, message: "Authorization failed. Token is revoked" };
    const scope = nock(HOST)
      .get(`${P}/spend/cards/balance`)
      .once()
      .reply(401, expired)
      .get(`${P}/user/refresh-token`)
      .once()
      .reply(401, revoked);

    const result = await mercuryo.GET("/sdk-partner/spend/cards/balance");

    expect(result.response.status).toBe(401);
    expect(result.error).toEqual(revoked);
    expect(scope.isDone()).toBe(true);
    expect(mercuryo.isSignedIn()).toBe(false);
  });

  it("does not retry errors other than 401000", async () => {
    const mercuryo = await signedInClient();
    const kycMissing = { status: "400", code: 400251, message: "KYC required", data: null };
    const scope = nock(HOST).post(`${P}/spend/cards/open`).once().reply(400, kycMissing);
    const result = await mercuryo.POST("/sdk-partner/spend/cards/open", { body: { fiat_currency: "EUR" } });
    expect(result.error).toEqual(kycMissing);
    expect(scope.isDone()).toBe(true);
  });
});

describe("mercuryo sign-out", () => {
  it("revokes the user token with the IP and forgets it", async () => {
    const mercuryo = await signedInClient();
    nock(HOST)
      .post(`${P}/user/sign-out`)
      .matchHeader("sdk-user-token", "user-1")
      .matchHeader("b2b-user-ip", "203.0.113.7")
      .reply(200, { status: "200" });
    expect(await mercuryo.signOut()).toEqual({ kind: "signed-out" });
    expect(mercuryo.isSignedIn()).toBe(false);
  });
});
