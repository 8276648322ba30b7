/**
 * B2Core client on the wire (nock): sign-in with and without 2FA, Bearer on protected calls only,
 * refresh before expiresAt (injected clock) and on 401 with both tokens rotated, one refresh for
 * ten concurrent calls, no loop when the refresh fails, sign-out.
 */
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createB2coreBackofficeClient } from "../../src/clients/b2core-backoffice.js";

const BASE = "https://b2core.example";
const T0 = Date.parse("2026-01-01T00:00:00Z");
const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "+00:00");
const HOUR = 3_600_000;

function pair(n: number, issuedAt = T0) {
  return {
    accessToken: { token: `access-${n}`, createdAt: iso(issuedAt), expiresAt: iso(issuedAt + 10 * HOUR) },
    refreshToken: { token: `refresh-${n}`, createdAt: iso(issuedAt), expiresAt: iso(issuedAt + 720 * HOUR) },
  };
}
const unauthorized = { code: "tokenExpired", message: "The access token has expired." };
const clients = [
  {
    clientId: 1024,
    email: "c@b2core.test",
    name: "C",
    type: { id: 1, name: "Individual" },
    status: { id: 1, name: "Active" },
    createTime: iso(T0),
  },
];

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

function createClock() {
  let now = T0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

async function signedInClient(clock = createClock()) {
  const b2core = createB2coreBackofficeClient({ baseUrl: BASE, clock: clock.now });
  nock(BASE)
    .post("/api/v2/signin", { email: "no2fa@b2core.test", password: "Secret123" })
    .reply(200, { "2faRequired": false, ...pair(1) });
  const result = await b2core.signIn({ email: "no2fa@b2core.test", password: "Secret123" });
  expect(result).toEqual({ kind: "signed-in", session: pair(1) });
  return { b2core, clock };
}

describe("b2core sign-in", () => {
  it("returns a 2FA challenge whose confirm(code) signs in, then sends the Bearer token", async () => {
    const b2core = createB2coreBackofficeClient({ baseUrl: BASE, clock: () => T0 });
    const details = { token: "b2fcf999-2b0b-451d-9888-094a79117aa5", provider: "email", expiresAt: iso(T0 + 600_000) };
    const seen: Record<string, string | undefined> = {};
    nock(BASE)
      .post("/api/v2/signin")
      .reply(function () {
        seen.signIn = this.req.headers.authorization;
        return [200, { "2faRequired": true, "2faDetails": details }];
      })
      .post("/api/v2/2fa/confirm", { token: details.token, code: "123456" })
      .reply(function () {
        seen.confirm = this.req.headers.authorization;
        return [200, pair(1)];
      })
      .get("/api/v2/clients")
      .reply(function () {
        seen.clients = this.req.headers.authorization;
        return [200, clients];
      });

    const started = await b2core.signIn({ email: "admin@b2core.test", password: "Secret123" });
    if (started.kind !== "two-factor") throw new Error(`expected two-factor, got ${started.kind}`);
    expect(started.details).toEqual(details);
    expect(await started.confirm("123456")).toEqual({ kind: "signed-in", session: pair(1) });
    const list = await b2core.GET("/api/v2/clients");

    expect(list.data).toEqual(clients);
    expect(seen).toEqual({ signIn: undefined, confirm: undefined, clients: "Bearer access-1" });
  });

  it("returns wrong credentials as data in the B2Core envelope", async () => {
    const b2core = createB2coreBackofficeClient({ baseUrl: BASE });
    const wrong = { code: "invalidCredentials", message: "Invalid credentials." };
    nock(BASE).post("/api/v2/signin").reply(401, wrong);
    expect(await b2core.signIn({ email: "admin@b2core.test", password: "nope" })).toEqual({
      kind: "failed",
      status: 401,
      error: wrong,
    });
  });
});

describe("b2core refresh", () => {
  it("refreshes before expiresAt by the injected clock and rotates both tokens", async () => {
    const { b2core, clock } = await signedInClient();
    clock.advance(10 * HOUR - 30_000); // inside the default 60 s margin
    const seen: string[] = [];
    nock(BASE)
      .post("/api/v2/refresh", { refreshToken: "refresh-1" })
      .reply(200, pair(2, clock.now()))
      .get("/api/v2/clients")
      .reply(function () {
        seen.push(`${this.req.headers.authorization}`);
        return [200, clients];
      });

    const list = await b2core.GET("/api/v2/clients");

    expect(list.response.status).toBe(200);
    expect(seen).toEqual(["Bearer access-2"]);
    expect(b2core.session()?.refreshToken.token).toBe("refresh-2");
    expect(nock.isDone()).toBe(true);

    clock.advance(10 * HOUR);
    nock(BASE).post("/api/v2/refresh", { refreshToken: "refresh-2" }).reply(200, pair(3, clock.now()));
    nock(BASE).get("/api/v2/clients").matchHeader("authorization", "Bearer access-3").reply(200, clients);
    expect((await b2core.GET("/api/v2/clients")).response.status).toBe(200);
    expect(nock.isDone()).toBe(true);
  });

  it("does not refresh while the access token is fresh", async () => {
    const { b2core, clock } = await signedInClient();
    clock.advance(9 * HOUR);
    const scope = nock(BASE).get("/api/v2/clients").matchHeader("authorization", "Bearer access-1").reply(200, clients);
    expect((await b2core.GET("/api/v2/clients")).data).toEqual(clients);
    expect(scope.isDone()).toBe(true);
  });

  it("refreshes once on 401 for 10 concurrent calls and resends each once with the same body", async () => {
    const { b2core } = await signedInClient();
    let refreshes = 0;
    const bodies: string[] = [];
    nock(BASE)
      .patch("/api/v2/clients/1024")
      .matchHeader("authorization", "Bearer access-1")
      .times(10)
      .reply((_uri, body) => {
        bodies.push(JSON.stringify(body));
        return [401, unauthorized];
      })
      .post("/api/v2/refresh", { refreshToken: "refresh-1" })
      .reply(() => {
        refreshes += 1;
        return [200, pair(2)];
      })
      .patch("/api/v2/clients/1024")
      .matchHeader("authorization", "Bearer access-2")
      .times(10)
      .reply((_uri, body) => {
        bodies.push(JSON.stringify(body));
        return [200, clients[0]];
      });

    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        b2core.PATCH("/api/v2/clients/{clientId}", {
          params: { path: { clientId: 1024 } },
          body: { nickname: `nick-${i}` },
        }),
      ),
    );

    expect(refreshes).toBe(1);
    expect(results.map((r) => r.response.status)).toEqual(Array(10).fill(200));
    const sent = bodies.slice(0, 10).sort();
    expect(bodies.slice(10).sort()).toEqual(sent);
    expect(new Set(sent).size).toBe(10);
  });

  it("returns the refresh error on a failed refresh, without looping, and signs out", async () => {
    const { b2core } = await signedInClient();
    const invalid = { code: "refreshTokenInvalid", message: "The refresh token is invalid." };
    const scope = nock(BASE)
      .get("/api/v2/accounts")
      .once()
      .reply(401, unauthorized)
      .post("/api/v2/refresh")
      .once()
      .reply(401, invalid);

    const result = await b2core.GET("/api/v2/accounts");

    expect(result.response.status).toBe(401);
    expect(result.error).toEqual(invalid);
    expect(scope.isDone()).toBe(true);
    expect(b2core.session()).toBeUndefined();
  });

  it("returns the refresh error without sending the call when a due refresh fails", async () => {
    const { b2core, clock } = await signedInClient();
    clock.advance(11 * HOUR);
    const invalid = { code: "refreshTokenInvalid", message: "The refresh token is invalid." };
    const scope = nock(BASE).post("/api/v2/refresh").once().reply(401, invalid);

    const result = await b2core.GET("/api/v2/transactions");

    expect(result.error).toEqual(invalid);
    expect(scope.isDone()).toBe(true);
  });
});

describe("b2core sign-out", () => {
  it("revokes with the Bearer token and forgets the session", async () => {
    const { b2core } = await signedInClient();
    const scope = nock(BASE).post("/api/v2/signout").matchHeader("authorization", "Bearer access-1").reply(200);
    expect(await b2core.signOut()).toEqual({ kind: "signed-out" });
    expect(b2core.session()).toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });
});
