/**
 * Parallel users don't mix: 200 simulated users sign in on all four APIs at once over real HTTP,
 * each reading its own one-time code from the outbox. Every user ends with its own working token,
 * a code of another user is refused, tokens are unique, and each API's request journal holds
 * exactly the requests the users sent (method, path, status).
 *
 * B2Core has one 2FA administrator and a documented limit of 5 sign-ins per minute per e-mail; the
 * mock offers no state that creates administrators, so each B2Core user first runs the provider
 * state "an admin with 2FA" (which clears that e-mail's attempts) and signs in while holding a
 * lock, so the newest code in the outbox is its own. Everything after sign-in runs in parallel.
 *
 * What this test claims is isolation, not speed: at most IN_FLIGHT requests per API are on the
 * wire at once (the users' requests still interleave freely), so a loaded 2-core machine queues
 * them in the test rather than in the socket backlog, and no request waits behind 800 others.
 * The per-request guard only catches a hang. How fast sign-ins are under load is measured by
 * `npm run bench` (the scripted sign-in and authenticated read scenarios), where a slowdown shows
 * as numbers instead of a flaky timeout.
 * @see README.md, the seed accounts and provider states of each API; docs/speed-and-robustness.md
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OtpGenerator } from "../../mocks/context.js";
import { listen, type RunningServer } from "../../mocks/http.js";
import { createMockServer } from "../../mocks/server.js";
import type { JournalEntry } from "../../mocks/store.js";
import { API_IDS, type ApiId } from "../../src/apis.js";

const USERS = 200;
const ADMIN_PREFIX = "/__mock";
/** Requests per API on the wire at once. */
const IN_FLIGHT = 16;
/** A request that takes this long is hung, not slow. */
const HANG_MS = 60_000;

/** A counting semaphore: `run` waits for one of `size` slots. */
function createSlots(size: number) {
  let free = size;
  const waiting: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (free > 0) free -= 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    }
  };
}

const slots = new Map(API_IDS.map((api) => [api, createSlots(IN_FLIGHT)]));

/** Codes that are all different (a counter), so a code used by the wrong user can only fail. */
function createUniqueOtp(): OtpGenerator {
  let next = 13_579;
  return (length) => {
    next += 1;
    return String(next % 10 ** length).padStart(length, "0");
  };
}

let running: RunningServer;
/** Requests the users sent (admin calls excluded), per API, as the journal should show them. */
const sent = new Map<ApiId, string[]>(API_IDS.map((api) => [api, []]));

beforeAll(async () => {
  const mock = await createMockServer({ logLevel: "silent" }, { otp: createUniqueOtp() });
  running = await listen(mock, { ephemeralPorts: true });
});

afterAll(async () => {
  await running.close();
});

interface Answer {
  readonly status: number;
  readonly body: unknown;
}

async function call(
  api: ApiId,
  method: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const run = slots.get(api);
  if (run === undefined) throw new Error(`no slots for ${api}`);
  return run(async () => {
    const res = await fetch(`${running.urls[api]}${path}`, {
      method,
      headers: { ...(init.body === undefined ? {} : { "content-type": "application/json" }), ...init.headers },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      signal: AbortSignal.timeout(HANG_MS),
    });
    const text = await res.text();
    if (!path.startsWith(ADMIN_PREFIX)) sent.get(api)?.push(`${method} ${path.split("?")[0]} ${res.status}`);
    return { status: res.status, body: text.length > 0 ? (JSON.parse(text) as unknown) : undefined };
  });
}

const field = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>(
    (v, k) => (typeof v === "object" && v !== null ? (v as Record<string, unknown>)[k] : undefined),
    value,
  );

const text = (value: unknown, ...keys: string[]): string => {
  const found = field(value, ...keys);
  if (typeof found !== "string") throw new Error(`no ${keys.join(".")} in ${JSON.stringify(value)}`);
  return found;
};

/** The newest code the outbox holds for `to`. */
async function latestCode(api: ApiId, to: string): Promise<string> {
  const { body } = await call(api, "GET", `${ADMIN_PREFIX}/outbox?to=${encodeURIComponent(to)}`);
  const messages = body as { to: string; code: string }[];
  const last = messages.at(-1);
  if (last === undefined || last.to.toLowerCase() !== to.toLowerCase()) throw new Error(`no code for ${to}`);
  return last.code;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** A user's outcome on one API: its token and who the API says it is. */
interface Outcome {
  readonly token: string;
  readonly identity: string;
}

/** NBC Gate: sign-up with an e-mailed code, set a password, sign in with it, read the user. */
async function nbcgateUsers(): Promise<Outcome[]> {
  const api = "nbcgate";
  const email = (i: number) => `user${i}@parallel.nbcgate.test`;
  const codes = await Promise.all(
    range(USERS).map(async (i) => {
      expect((await call(api, "POST", "/auth/sign-up/email/get-code", { body: { email: email(i) } })).status).toBe(204);
      return latestCode(api, email(i));
    }),
  );
  return Promise.all(
    range(USERS).map(async (i) => {
      const other = codes[(i + 1) % USERS];
      const wrong = await call(api, "POST", "/auth/sign-up/email/check-code", {
        body: { email: email(i), code: other },
      });
      expect(wrong.status).toBe(400);
      expect(field(wrong.body, "errors")).toEqual([expect.objectContaining({ code: "OTP_INVALID" })]);
      const check = await call(api, "POST", "/auth/sign-up/email/check-code", {
        body: { email: email(i), code: codes[i] },
      });
      expect(check.status).toBe(204);
      const created = await call(api, "POST", "/auth/sign-up", { body: { email: email(i), language: "en" } });
      expect(created.status).toBe(200);
      const password = `Parallel-${i}-pass`;
      const set = await call(api, "POST", "/auth/sign-up/pss/set", {
        body: { password },
        headers: { authorization: text(created.body, "token") },
      });
      expect(set.status).toBe(204);
      const signedIn = await call(api, "POST", "/auth/sign-in", { body: { email: email(i), password } });
      expect(signedIn.status).toBe(200);
      const token = text(signedIn.body, "token");
      const me = await call(api, "GET", "/api/user", { headers: { authorization: token } });
      expect(me.status).toBe(200);
      return { token, identity: text(me.body, "email") };
    }),
  );
}

/** Mercuryo: OTP sign-in (the account is created on first use), verify, read the contacts. */
async function mercuryoUsers(): Promise<Outcome[]> {
  const api = "mercuryo-spend";
  const partner = { "sdk-partner-token": "sandbox-partner-token" };
  const email = (i: number) => `user${i}@parallel.mercuryo.test`;
  const challenges = await Promise.all(
    range(USERS).map(async (i) => {
      const started = await call(api, "POST", "/sdk-partner/user/sign-in", {
        body: { email: email(i), accept: true },
        headers: partner,
      });
      expect(started.status).toBe(200);
      return { key: text(started.body, "data", "key"), code: await latestCode(api, email(i)) };
    }),
  );
  return Promise.all(
    range(USERS).map(async (i) => {
      const own = challenges[i];
      const other = challenges[(i + 1) % USERS];
      if (own === undefined || other === undefined) throw new Error("missing challenge");
      const wrong = await call(api, "POST", "/sdk-partner/user/sign-in/verify", {
        body: { key: own.key, code: other.code },
        headers: partner,
      });
      expect(wrong.status).toBe(403);
      const verified = await call(api, "POST", "/sdk-partner/user/sign-in/verify", {
        body: { key: own.key, code: own.code },
        headers: partner,
      });
      expect(verified.status).toBe(200);
      const token = text(verified.body, "data", "bearer_token");
      const contacts = await call(api, "GET", "/sdk-partner/user/contacts", {
        headers: { "sdk-user-token": token, "b2b-user-ip": "203.0.113.7" },
      });
      expect(contacts.status).toBe(200);
      return { token, identity: text(contacts.body, "data", "email") };
    }),
  );
}

/** Softline: one merchant, many parallel logins; every token reads an order. */
async function softlineUsers(): Promise<Outcome[]> {
  const api = "softline-checkout";
  return Promise.all(
    range(USERS).map(async () => {
      const login = await call(api, "POST", "/v1/login_check", {
        body: { username: "merchant", password: "merchant-secret" },
      });
      expect(login.status).toBe(200);
      const token = text(login.body, "token");
      const order = await call(api, "GET", "/v1/order/5555555", { headers: { authorizationjwt: `Bearer ${token}` } });
      expect(order.status).toBe(200);
      return { token, identity: "merchant" };
    }),
  );
}

/** B2Core: sign-in (serialised per e-mail, see the file comment), 2FA confirm, list clients. */
async function b2coreUsers(): Promise<Outcome[]> {
  const api = "b2core-backoffice";
  const admin = { email: "admin@b2core.test", password: "Secret123" };
  let lock: Promise<unknown> = Promise.resolve();
  const challenges = await Promise.all(
    range(USERS).map((i) => {
      const turn = lock.then(async () => {
        const state = await call(api, "POST", `${ADMIN_PREFIX}/states`, { body: { state: "an admin with 2FA" } });
        expect(state.status).toBe(200);
        const signIn = await call(api, "POST", "/api/v2/signin", { body: admin });
        expect(signIn.status, `user ${i}`).toBe(200);
        return { token: text(signIn.body, "2faDetails", "token"), code: await latestCode(api, admin.email) };
      });
      lock = turn;
      return turn;
    }),
  );
  return Promise.all(
    range(USERS).map(async (i) => {
      const own = challenges[i];
      const other = challenges[(i + 1) % USERS];
      if (own === undefined || other === undefined) throw new Error("missing challenge");
      const wrong = await call(api, "POST", "/api/v2/2fa/confirm", { body: { token: own.token, code: other.code } });
      expect(wrong.status).toBe(401);
      expect(field(wrong.body, "code")).toBe("twoFactorCodeInvalid");
      const confirmed = await call(api, "POST", "/api/v2/2fa/confirm", { body: { token: own.token, code: own.code } });
      expect(confirmed.status).toBe(200);
      const token = text(confirmed.body, "accessToken", "token");
      const clients = await call(api, "GET", "/api/v2/clients?limit=1", {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(clients.status).toBe(200);
      return { token, identity: admin.email };
    }),
  );
}

describe(`${USERS} users signing in on all four APIs at once`, () => {
  it("gives every user its own working token, refuses other users' codes and journals every request", {
    timeout: 240_000,
  }, async () => {
    const [nbcgate, mercuryo, softline, b2core] = await Promise.all([
      nbcgateUsers(),
      mercuryoUsers(),
      softlineUsers(),
      b2coreUsers(),
    ]);

    expect(nbcgate.map((o) => o.identity)).toEqual(range(USERS).map((i) => `user${i}@parallel.nbcgate.test`));
    expect(mercuryo.map((o) => o.identity)).toEqual(range(USERS).map((i) => `user${i}@parallel.mercuryo.test`));
    for (const outcomes of [nbcgate, mercuryo, softline, b2core]) {
      expect(new Set(outcomes.map((o) => o.token)).size).toBe(USERS);
    }

    // Tokens still belong to their users after everyone is done (no later sign-in took them over).
    const again = await Promise.all(
      [0, 57, 123, USERS - 1].map((i) =>
        call("nbcgate", "GET", "/api/user", { headers: { authorization: nbcgate[i]?.token ?? "" } }),
      ),
    );
    expect(again.map((a) => field(a.body, "email"))).toEqual(
      [0, 57, 123, USERS - 1].map((i) => `user${i}@parallel.nbcgate.test`),
    );

    for (const api of API_IDS) {
      const journal = (await call(api, "GET", `${ADMIN_PREFIX}/requests`)).body as JournalEntry[];
      const logged = journal.map((e) => `${e.method} ${e.path} ${e.status}`).sort();
      expect(logged, api).toEqual([...(sent.get(api) ?? [])].sort());
    }
  });
});
