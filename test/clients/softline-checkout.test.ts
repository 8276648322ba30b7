/**
 * Softline client on the wire (nock): `AuthorizationJWT: Bearer` on every call but login, re-login
 * once on 1009 shared by concurrent calls, identical body on retry, no loop when re-login fails.
 */
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createSoftlineCheckoutClient } from "../../src/clients/softline-checkout.js";

const BASE = "https://softline.example";
const credentials = { username: "merchant", password: "merchant-secret" };
const expired = { errors: [{ error: 1009, message: "Token expired" }] };
const order = {
  order_id: 5555555,
  order_name: "SL-5555555",
  status: "not paid",
  create_date: "2021-08-13T09:16:35+03:00",
};

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

async function loggedInClient(token = "jwt-1") {
  const softline = createSoftlineCheckoutClient({ baseUrl: BASE });
  nock(BASE).post("/v1/login_check", credentials).reply(200, { token, refresh_token: "unused" });
  expect(await softline.login(credentials)).toEqual({ kind: "logged-in" });
  return softline;
}

describe("softline client headers", () => {
  it("logs in without a token and then sends AuthorizationJWT: Bearer <token>", async () => {
    const softline = createSoftlineCheckoutClient({ baseUrl: BASE });
    const seen: Record<string, string | undefined> = {};
    nock(BASE)
      .post("/v1/login_check", credentials)
      .reply(function () {
        seen.login = this.req.headers.authorizationjwt;
        return [200, { token: "jwt-1", refresh_token: "unused" }];
      })
      .get("/v1/order/5555555")
      .reply(function () {
        seen.order = this.req.headers.authorizationjwt;
        return [200, order];
      });

    await softline.login(credentials);
    const result = await softline.GET("/v1/order/{order_id}", { params: { path: { order_id: 5555555 } } });

    expect(result.data?.order_name).toBe("SL-5555555");
    expect(seen).toEqual({ login: undefined, order: "Bearer jwt-1" });
  });

  it("returns bad credentials as data in the Softline envelope", async () => {
    const softline = createSoftlineCheckoutClient({ baseUrl: BASE });
    const bad = { errors: [{ error: 1006, message: "Bad credentials" }] };
    nock(BASE).post("/v1/login_check").reply(401, bad);
    expect(await softline.login({ username: "merchant", password: "nope" })).toEqual({
      kind: "failed",
      status: 401,
      error: bad,
    });
    expect(softline.isLoggedIn()).toBe(false);
  });
});

describe("softline re-login on 1009", () => {
  it("logs in again once for 10 concurrent expired calls and retries each once", async () => {
    const softline = await loggedInClient("jwt-old");
    let logins = 0;
    nock(BASE)
      .get("/v1/order/5555555")
      .matchHeader("authorizationjwt", "Bearer jwt-old")
      .times(10)
      .reply(401, expired)
      .post("/v1/login_check", credentials)
      .reply(() => {
        logins += 1;
        return [200, { token: "jwt-new", refresh_token: "unused" }];
      })
      .get("/v1/order/5555555")
      .matchHeader("authorizationjwt", "Bearer jwt-new")
      .times(10)
      .reply(200, order);

    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        softline.GET("/v1/order/{order_id}", { params: { path: { order_id: 5555555 } } }),
      ),
    );

    expect(logins).toBe(1);
    expect(results.map((r) => r.response.status)).toEqual(Array(10).fill(200));
    expect(nock.isDone()).toBe(true);
  });

  it("resends the same POST body after logging in again", async () => {
    const softline = await loggedInClient("jwt-old");
    const bodies: string[] = [];
    nock(BASE)
      .post("/v1/payment")
      .reply((_uri, body) => {
        bodies.push(JSON.stringify(body));
        return [401, expired];
      })
      .post("/v1/login_check")
      .reply(200, { token: "jwt-new", refresh_token: "unused" })
      .post("/v1/payment")
      .matchHeader("authorizationjwt", "Bearer jwt-new")
      .reply((_uri, body) => {
        bodies.push(JSON.stringify(body));
        return [200, { order_id: 5555556, status: "not paid" }];
      });

    const payment = {
      currency: "EUR",
      amount: "29.99",
      return_success_url: "https://shop.example/thanks",
      payment_method: "CreditCard",
      // Required by the generated type only because the spec gives it a default (see the report).
      recurring_indicator: false,
    };
    const result = await softline.POST("/v1/payment", { body: payment });

    expect(result.data?.order_id).toBe(5555556);
    expect(bodies).toEqual([JSON.stringify(payment), JSON.stringify(payment)]);
  });

  it("returns the login error when logging in again fails, with no loop", async () => {
    const softline = await loggedInClient("jwt-old");
    const bad = { errors: [{ error: 1006, message: "Bad credentials" }] };
    const scope = nock(BASE)
      .get("/v1/product")
      .once()
      .reply(401, expired)
      .post("/v1/login_check")
      .once()
      .reply(401, bad);

    const result = await softline.GET("/v1/product");

    expect(result.response.status).toBe(401);
    expect(result.error).toEqual(bad);
    expect(scope.isDone()).toBe(true);
    expect(softline.isLoggedIn()).toBe(false);
  });

  it("does not log in again for an invalid token (1007)", async () => {
    const softline = await loggedInClient();
    const invalid = { errors: [{ error: 1007, message: "Token invalid" }] };
    const scope = nock(BASE).get("/v1/product").once().reply(401, invalid);
    const result = await softline.GET("/v1/product");
    expect(result.error).toEqual(invalid);
    expect(scope.isDone()).toBe(true);
  });
});
