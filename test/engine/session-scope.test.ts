/**
 * What one admin call reaches (issue #14): `POST /__mock/reset?api=<id>` puts one API of one session
 * back to the seed and leaves the other APIs, the session clock, the callback target and the other
 * sessions alone; reading a session that is not live (admin reads, the dashboard) answers what a new
 * session would hold and creates nothing, not even an id drawn from the shared sequence.
 */
import { describe, expect, it } from "vitest";
import { createClock, createCounterIds, createSequenceOtp } from "../../mocks/context.js";
import { createMockServer, type MockServer } from "../../mocks/server.js";
import { API_IDS, type ApiId } from "../../src/apis.js";

const T0 = new Date("2026-01-01T00:00:00Z");

const newMock = () =>
  createMockServer(
    { logLevel: "silent" },
    { clock: createClock(T0), otp: createSequenceOtp(["123456"]), ids: createCounterIds() },
  );

const call = (mock: MockServer, api: ApiId, method: string, path: string, session: string, body?: object) =>
  mock.request(api, { method, path, headers: { "x-paymock-session": session }, ...(body ? { body } : {}) });

/** Gives every API of `session` state, an outbox entry or journal entries, a fault and a callback target. */
async function fillSession(mock: MockServer, session: string) {
  // First: moving the clock drops idle limiters.
  expect((await call(mock, "nbcgate", "POST", "/__mock/clock", session, { advanceSeconds: 600 })).status).toBe(200);
  const otp = await call(mock, "nbcgate", "POST", "/auth/sign-in", session, {
    email: "otp@nbcgate.test",
    password: "Password123",
  });
  expect(otp.status).toBe(400);
  const mercuryo = await mock.request("mercuryo-spend", {
    method: "POST",
    path: "/sdk-partner/user/sign-in",
    headers: { "x-paymock-session": session, "sdk-partner-token": "sandbox-partner-token" },
    body: { email: `${session}@example.test`, accept: true },
  });
  expect(mercuryo.status).toBe(200);
  for (let i = 0; i < 3; i++) {
    const wrong = await call(mock, "b2core-backoffice", "POST", "/api/v2/signin", session, {
      email: "admin@b2core.test",
      password: "wrong-password",
    });
    expect(wrong.status).toBeGreaterThanOrEqual(400);
  }
  await call(mock, "softline-checkout", "POST", "/v1/login_check", session, { username: "x", password: "y" });
  for (const [api, operationId] of [
    ["nbcgate", "listBalances"],
    ["b2core-backoffice", "listClients"],
  ] as const) {
    expect((await call(mock, api, "POST", "/__mock/faults", session, { operationId, status: 503 })).status).toBe(201);
  }
  const target = { url: "http://127.0.0.1:9/hooks" };
  expect((await call(mock, "nbcgate", "POST", "/__mock/callbacks/target", session, target)).status).toBe(200);
}

/** Everything the admin API shows of one API in a session, plus its state. */
async function pictureOf(mock: MockServer, api: ApiId, session: string) {
  const read = async (route: string) => (await call(mock, api, "GET", `/__mock/${route}`, session)).body;
  return {
    outbox: await read("outbox"),
    requests: await read("requests"),
    faults: await read("faults"),
    callbacks: await read("callbacks"),
    state: structuredClone(mock.store.slot(api, session).state),
  };
}

describe("POST /__mock/reset?api=<id>", () => {
  it("puts one API of the session back to the seed, limiters included, and leaves everything else as it was", async () => {
    const mock = await newMock();
    try {
      await fillSession(mock, "s1");
      await fillSession(mock, "s2");
      const others = API_IDS.filter((api) => api !== "b2core-backoffice");
      const before = await Promise.all(others.map((api) => pictureOf(mock, api, "s1")));
      const otherSession = await Promise.all(API_IDS.map((api) => pictureOf(mock, api, "s2")));
      const b2core = mock.store.slot("b2core-backoffice", "s1");
      expect(b2core.state).toMatchObject({ limits: { signIn: expect.any(Map) } });
      expect((b2core.state as { limits: { signIn: Map<string, unknown> } }).limits.signIn.size).toBe(1);
      expect(b2core.faults.list()).toHaveLength(1);

      // Sent on NBC Gate's port: any port resets any served API of the session.
      const reset = await call(mock, "nbcgate", "POST", "/__mock/reset?api=b2core-backoffice", "s1");
      expect(reset.status).toBe(204);

      const after = await pictureOf(mock, "b2core-backoffice", "s1");
      expect(after).toEqual({
        outbox: [],
        requests: [],
        faults: [],
        callbacks: [],
        state: mock.store.view("never-used").slot("b2core-backoffice").state,
      });
      expect(await Promise.all(others.map((api) => pictureOf(mock, api, "s1")))).toEqual(before);
      expect(await Promise.all(API_IDS.map((api) => pictureOf(mock, api, "s2")))).toEqual(otherSession);
      // The clock and the callback target are the session's: a per-API reset leaves them.
      expect((await call(mock, "softline-checkout", "GET", "/__mock/clock", "s1")).body).toMatchObject({
        offsetSeconds: 600,
      });
      expect((await call(mock, "softline-checkout", "GET", "/__mock/callbacks/target", "s1")).body).toEqual({
        url: "http://127.0.0.1:9/hooks",
      });
      // The limiter is gone: the right password signs in at once.
      const signIn = await call(mock, "b2core-backoffice", "POST", "/api/v2/signin", "s1", {
        email: "admin@b2core.test",
        password: "Secret123",
      });
      expect(signIn.status).toBe(200);
    } finally {
      await mock.close();
    }
  });

  it("without api resets the whole session, clock and callback target included", async () => {
    const mock = await newMock();
    try {
      await fillSession(mock, "s1");
      expect((await call(mock, "nbcgate", "POST", "/__mock/reset", "s1")).status).toBe(204);
      for (const api of API_IDS) {
        const picture = await pictureOf(mock, api, "s1");
        expect([picture.outbox, picture.requests, picture.faults], api).toEqual([[], [], []]);
      }
      expect((await call(mock, "nbcgate", "GET", "/__mock/clock", "s1")).body).toMatchObject({ offsetSeconds: 0 });
      expect((await call(mock, "nbcgate", "GET", "/__mock/callbacks/target", "s1")).body).toEqual({ url: null });
    } finally {
      await mock.close();
    }
  });

  it("refuses an API the mock does not serve, and changes nothing", async () => {
    const mock = await createMockServer({ logLevel: "silent", apis: ["nbcgate", "softline-checkout"] });
    try {
      await call(mock, "nbcgate", "POST", "/auth/sign-in", "s1", {
        email: "otp@nbcgate.test",
        password: "Password123",
      });
      for (const api of ["b2core-backoffice", "nope", ""]) {
        const refused = await call(mock, "softline-checkout", "POST", `/__mock/reset?api=${api}`, "s1");
        expect(refused.status, api).toBe(400);
        expect((refused.body as { error: string }).error).toContain("nbcgate, softline-checkout");
      }
      expect(mock.store.slot("nbcgate", "s1").ctx.outbox.list({})).toHaveLength(1);
    } finally {
      await mock.close();
    }
  });
});

describe("reading a session that is not live", () => {
  const READS: readonly (readonly [string, string, object?])[] = [
    ["GET", "/__mock/health"],
    ["HEAD", "/__mock/health"],
    ["GET", "/__mock/outbox"],
    ["GET", "/__mock/clock"],
    ["GET", "/__mock/requests"],
    ["GET", "/__mock/requests?limit=x"],
    ["POST", "/__mock/requests/count", { operationId: "signIn" }],
    ["GET", "/__mock/states"],
    ["GET", "/__mock/faults"],
    ["GET", "/__mock/callbacks"],
    ["GET", "/__mock/callbacks/target"],
    ["GET", "/__mock/snapshot"],
    ["GET", "/__mock/ui/view"],
    ["GET", "/__mock/ui/admin/b2core-backoffice/outbox"],
    ["POST", "/__mock/ui/admin/softline-checkout/requests/count", {}],
  ];

  it("answers what a new session would hold and leaves the registry's session count unchanged", async () => {
    const mock = await newMock();
    try {
      const count = () => [...mock.store.sessions()].length;
      const before = count();
      for (const [method, path, body] of READS) {
        const answer = await call(mock, "nbcgate", method, path, "ghost", body);
        expect(answer.status, `${method} ${path}`).toBe(path.includes("limit=x") ? 400 : 200);
        expect(count(), `${method} ${path}`).toBe(before);
      }
      expect(mock.store.has("ghost")).toBe(false);
      const read = async (path: string) => (await call(mock, "nbcgate", "GET", path, "ghost")).body;
      expect(await read("/__mock/outbox")).toEqual([]);
      // The refused read above is not kept to be shown by the next one.
      expect(await read("/__mock/requests")).toEqual([]);
      expect(await read("/__mock/faults")).toEqual([]);
      expect(await read("/__mock/clock")).toMatchObject({ offsetSeconds: 0, frozen: false, now: T0.toISOString() });
      expect(await read("/__mock/health")).toEqual({ api: "nbcgate", status: "ok" });
      const view = (await read("/__mock/ui/view")) as { session: string; sessions: string[] };
      expect(view.session).toBe("ghost");
      expect(view.sessions).not.toContain("ghost");

      // The first write creates it.
      expect((await call(mock, "nbcgate", "POST", "/__mock/clock", "ghost", { advanceSeconds: 5 })).status).toBe(200);
      expect(count()).toBe(before + 1);
      expect(mock.store.has("ghost")).toBe(true);
    } finally {
      await mock.close();
    }
  });

  it("creates nothing through the dashboard's event stream", async () => {
    const mock = await newMock();
    try {
      const before = [...mock.store.sessions()].length;
      const answer = await mock.request("nbcgate", { method: "GET", path: "/__mock/events?session=ghost" });
      const reader = (answer.body as ReadableStream<Uint8Array>).getReader();
      let text = "";
      while (!text.includes("event: change")) text += new TextDecoder().decode((await reader.read()).value);
      await reader.cancel();
      expect([...mock.store.sessions()].length).toBe(before);
    } finally {
      await mock.close();
    }
  });

  it("draws nothing from the shared id sequence: the session, once created, gets the ids it would have had", async () => {
    const snapshotAfter = async (readFirst: boolean) => {
      const mock = await newMock();
      try {
        if (readFirst) for (const [method, path, body] of READS) await call(mock, "nbcgate", method, path, "s", body);
        await call(mock, "nbcgate", "POST", "/__mock/reset", "s");
        return (await call(mock, "nbcgate", "GET", "/__mock/snapshot", "s")).body;
      } finally {
        await mock.close();
      }
    };
    expect(await snapshotAfter(true)).toEqual(await snapshotAfter(false));
  });
});
