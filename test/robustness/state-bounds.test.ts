/**
 * State does not grow without a bound: what has died (revoked or expired sessions and tokens,
 * expired one-time codes and quotes, code-send times) is forgotten on the clock, a day after it
 * died, by each vendor's tick — with no admin call, only requests and time.
 * @see mocks/nbcgate/auth.ts (pruneTokens), mocks/mercuryo-spend/tick.ts, mocks/softline-checkout/commit.ts
 */
import { describe, expect, it } from "vitest";
import { createClock } from "../../mocks/context.js";
import { capMap } from "../../mocks/engine/capped-map.js";
import type { MercuryoState } from "../../mocks/mercuryo-spend/state.js";
import { MAX_SESSIONS } from "../../mocks/nbcgate/auth.js";
import type { NbcgateState } from "../../mocks/nbcgate/state.js";
import { createMockServer, type MockServer } from "../../mocks/server.js";
import type { SoftlineState } from "../../mocks/softline-checkout/state.js";
import type { ApiId } from "../../src/apis.js";

const DAY = 24 * 3600;

async function start(api: ApiId) {
  const clock = createClock(new Date("2026-05-01T00:00:00Z"));
  const mock = await createMockServer({ apis: [api], logLevel: "silent" }, { clock });
  return { mock, clock };
}

function setUp(mock: MockServer, api: ApiId, state: string, params: Record<string, unknown> = {}) {
  const slot = mock.store.slot(api);
  const found = slot.definition.states[state];
  if (found === undefined) throw new Error(`no provider state "${state}"`);
  return found.setup(slot.state, params, slot.ctx) as Record<string, string>;
}

describe("NBC Gate", () => {
  it("forgets logged-out sessions and expired codes a day after their last token died", async () => {
    const { mock, clock } = await start("nbcgate");
    const state = () => mock.store.slot("nbcgate").state as NbcgateState;
    for (let i = 0; i < 20; i += 1) {
      const { token } = setUp(mock, "nbcgate", "a signed-in user");
      const out = await mock.request("nbcgate", {
        method: "POST",
        path: "/auth/log-out",
        headers: { authorization: token ?? "" },
      });
      expect(out.status).toBeLessThan(300);
    }
    await mock.request("nbcgate", {
      method: "POST",
      path: "/auth/sign-in",
      body: { email: "otp@nbcgate.test", password: "Password123" },
    });
    expect(state().sessions.size).toBe(20);
    expect(state().challenges.size).toBe(1);
    clock.advance(DAY);
    await mock.request("nbcgate", { path: "/api/balance" });
    expect(state().sessions.size).toBe(20); // the last access tokens still answer TOKEN_REVOKED
    clock.advance(3600 + 120);
    await mock.request("nbcgate", { path: "/api/balance" });
    expect(state().sessions.size).toBe(0);
    expect(state().refreshTokens.size).toBe(0);
    expect(state().accessTokens.size).toBe(0);
    expect(state().challenges.size).toBe(0);
    expect(state().codeSends.size).toBe(0);
  });

  it("keeps a live session", async () => {
    const { mock, clock } = await start("nbcgate");
    setUp(mock, "nbcgate", "a signed-in user");
    clock.advance(2 * DAY);
    await mock.request("nbcgate", { path: "/api/balance" });
    expect((mock.store.slot("nbcgate").state as NbcgateState).sessions.size).toBe(1);
  });
});

describe("Mercuryo", () => {
  it("forgets expired sign-in keys, quotes and code-send times, keeps live tokens", async () => {
    const { mock, clock } = await start("mercuryo-spend");
    const state = () => mock.store.slot("mercuryo-spend").state as MercuryoState;
    setUp(mock, "mercuryo-spend", "a user with a crypto top-up quote");
    for (let i = 0; i < 5; i += 1) {
      const res = await mock.request("mercuryo-spend", {
        method: "POST",
        path: "/v1.6/sdk-partner/user/sign-in",
        headers: { "sdk-partner-token": "sandbox-partner-token" },
        body: { email: `u${i}@example.test`, accept: true },
      });
      expect(res.status).toBe(200);
    }
    expect(state().challenges.size).toBe(5);
    expect(state().quotes.size).toBe(1);
    const sessions = state().sessions.size;
    clock.advance(2 * DAY);
    await mock.request("mercuryo-spend", { path: "/v1.6/sdk-partner/spend/cards/status" });
    expect(state().challenges.size).toBe(0);
    expect(state().quotes.size).toBe(0);
    expect(state().codeSends.size).toBe(0);
    expect(state().sessions.size).toBe(sessions); // sandbox tokens never expire
  });
});

describe("Softline", () => {
  it("forgets tokens a day after they expired", async () => {
    const { mock, clock } = await start("softline-checkout");
    const state = () => mock.store.slot("softline-checkout").state as SoftlineState;
    for (let i = 0; i < 10; i += 1) setUp(mock, "softline-checkout", "a valid token");
    expect(state().tokens.size).toBe(10);
    clock.advance(DAY + 60);
    await mock.request("softline-checkout", { path: "/v1/product" });
    expect(state().tokens.size).toBe(10); // expired, still answered 1009
    clock.advance(DAY);
    await mock.request("softline-checkout", { path: "/v1/product" });
    expect(state().tokens.size).toBe(0);
  });
});

describe("caps", () => {
  it("capMap drops the oldest entries beyond the cap, skipping those onEvict keeps", () => {
    const map = new Map([1, 2, 3, 4, 5].map((n) => [n, String(n)]));
    capMap(map, 3, (key) => key !== 1);
    expect([...map.keys()]).toEqual([1, 4, 5]);
  });

  it("NBC Gate keeps at most MAX_SESSIONS sessions; the oldest token then answers TOKEN_INVALID", async () => {
    const { mock } = await start("nbcgate");
    const state = () => mock.store.slot("nbcgate").state as NbcgateState;
    const first = setUp(mock, "nbcgate", "a signed-in user").token ?? "";
    for (let i = 0; i < MAX_SESSIONS; i += 1) setUp(mock, "nbcgate", "a signed-in user");
    expect(state().sessions.size).toBe(MAX_SESSIONS);
    expect(state().accessTokens.size).toBeLessThanOrEqual(MAX_SESSIONS);
    const old = await mock.request("nbcgate", { path: "/api/balance", headers: { authorization: first } });
    expect(old.status).toBe(401);
    expect((old.body as { errors: { code: string }[] }).errors[0]?.code).toBe("TOKEN_INVALID");
  });
});
