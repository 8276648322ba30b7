/**
 * NBC Gate flows, the behaviours Stryker found unpinned by test/mocks/nbcgate.flows.test.ts and
 * test/mocks/nbcgate.invites.test.ts: team invitations (what an invitation creates, keeps and
 * removes), paging, the session boundary of a password recovery, money precision, settling more
 * than is pending, the invoice confirmation instant, sign-up without a sign-up. Pure: no server.
 */
import { describe, expect, it } from "vitest";
import {
  type InviteEvent,
  type InviteRecord,
  type InviteWorld,
  isOpen,
  openInvites,
  stepInvites,
  toPage,
} from "../../mocks/nbcgate/flows/invites.js";
import { createInvoice, stepInvoice } from "../../mocks/nbcgate/flows/invoice.js";
import { type Holding, isMoneyPrecise, settlePending } from "../../mocks/nbcgate/flows/ledger.js";
import { createChallenge } from "../../mocks/nbcgate/flows/otp-challenge.js";
import { type AccessToken, checkAccess, type Session, stepSession } from "../../mocks/nbcgate/flows/session.js";
import { checkPassword } from "../../mocks/nbcgate/flows/sign-in.js";
import { stepSignUp } from "../../mocks/nbcgate/flows/sign-up.js";
import { toRules } from "../../mocks/nbcgate/rules.js";
import { SEED_USERS, type UserRecord } from "../../mocks/nbcgate/seed-data.js";
import { resolveOptions } from "../../mocks/options.js";

const T0 = Date.parse("2026-01-01T00:00:00Z");
const HOUR = 3_600_000;
const rules = toRules(resolveOptions());

const seedWorld = (): InviteWorld => ({ invites: new Map(), users: new Map(SEED_USERS.map((u) => [u.id, u])) });
const body = { email: "petr@example.cz", name: "Petr", surname: "Svoboda", language: "cs", ttl: 2 };
const invite = (fields: Partial<Extract<InviteEvent, { type: "invite" }>> = {}): InviteEvent => ({
  type: "invite",
  owner: 512,
  newUserId: 2001,
  now: T0,
  body,
  ...fields,
});
const worldOf = (outcome: ReturnType<typeof stepInvites>): InviteWorld => {
  if ("kind" in outcome) throw new Error(`refused: ${outcome.code} ${outcome.field}`);
  return outcome;
};

describe("invites: inviting", () => {
  it("creates the open invitation and the invited user, keeping everyone else", () => {
    const first = worldOf(stepInvites(seedWorld(), invite()));
    const world = worldOf(
      stepInvites(first, invite({ newUserId: 2002, now: T0 + HOUR, body: { ...body, email: "jana@example.cz" } })),
    );
    expect([...world.invites.keys()]).toEqual([2001, 2002]);
    expect([...world.users.keys()]).toEqual([...SEED_USERS.map((u) => u.id), 2001, 2002]);
    expect(world.invites.get(2001)).toEqual({
      user: 2001,
      owner: 512,
      email: "petr@example.cz",
      name: "Petr",
      surname: "Svoboda",
      language: "cs",
      companyName: undefined,
      link: "https://portal.nbcgate.com/invite?user=2001",
      ownerForUserId: undefined,
      roleId: 3,
      ttl: 2,
      since: T0,
    } satisfies InviteRecord);
    expect(world.users.get(2001)).toEqual({
      id: 2001,
      ownerId: 512,
      email: "petr@example.cz",
      password: undefined,
      name: "Petr",
      surname: "Svoboda",
      language: "cs",
      roleId: 3,
      timezone: "UTC",
      phone: undefined,
      countryId: undefined,
      twoFactor: false,
      minSessionSeq: 0,
    } satisfies UserRecord);
  });

  it("takes the given link, role, company and owner-for-user; trims the e-mail", () => {
    const world = worldOf(
      stepInvites(
        seedWorld(),
        invite({
          body: {
            ...body,
            email: "  petr@example.cz ",
            link: "https://erp.example/join",
            roleId: 2,
            companyName: "Svoboda a.s.",
            ownerForUserId: 1024,
          },
        }),
      ),
    );
    expect(world.invites.get(2001)).toMatchObject({
      email: "petr@example.cz",
      link: "https://erp.example/join?user=2001",
      roleId: 2,
      companyName: "Svoboda a.s.",
      ownerForUserId: 1024,
    });
    expect(world.users.get(2001)).toMatchObject({ email: "petr@example.cz", roleId: 2 });
  });

  it.each([
    { given: "ttl 0", when: invite({ body: { ...body, ttl: 0 } }), want: { code: "VALIDATION_ERROR", field: "ttl" } },
    {
      given: "a taken e-mail in other case, with spaces",
      when: invite({ body: { ...body, email: " Demo@NBCGate.test " } }),
      want: { code: "EMAIL_TAKEN", field: "email" },
    },
  ])("refuses $given, naming the field", ({ when, want }) => {
    expect(stepInvites(seedWorld(), when)).toEqual({ kind: "problem", ...want });
  });

  it("accepts a 1-hour invitation", () => {
    expect(worldOf(stepInvites(seedWorld(), invite({ body: { ...body, ttl: 1 } }))).invites.get(2001)?.ttl).toBe(1);
  });
});

describe("invites: changing the lifetime", () => {
  const invited = () => worldOf(stepInvites(seedWorld(), invite()));
  it("restarts the invitation with the new lifetime and leaves the users alone", () => {
    const before = invited();
    const world = worldOf(stepInvites(before, { type: "update-ttl", owner: 512, user: 2001, ttl: 1, now: T0 + HOUR }));
    expect(world.invites.get(2001)).toMatchObject({ ttl: 1, since: T0 + HOUR, email: "petr@example.cz" });
    expect(world.users).toEqual(before.users);
  });

  it("keeps the company's other invitations", () => {
    const two = worldOf(stepInvites(invited(), invite({ newUserId: 2002, body: { ...body, email: "j@example.cz" } })));
    const world = worldOf(stepInvites(two, { type: "update-ttl", owner: 512, user: 2001, ttl: 5, now: T0 }));
    expect([...world.invites.keys()]).toEqual([2001, 2002]);
    expect(world.invites.get(2002)).toEqual(two.invites.get(2002));
  });

  it.each([
    { given: "an unknown user", user: 9, owner: 512, ttl: 5, want: { code: "NOT_FOUND", field: "user" } },
    { given: "another company", user: 2001, owner: 733, ttl: 5, want: { code: "NOT_FOUND", field: "user" } },
    { given: "ttl 0", user: 2001, owner: 512, ttl: 0, want: { code: "VALIDATION_ERROR", field: "ttl" } },
  ])("refuses $given", ({ user, owner, ttl, want }) => {
    expect(stepInvites(invited(), { type: "update-ttl", owner, user, ttl, now: T0 })).toEqual({
      kind: "problem",
      ...want,
    });
  });
});

describe("invites: deleting", () => {
  const invited = () => worldOf(stepInvites(seedWorld(), invite()));
  it("keeps an invited user who already chose a password", () => {
    const world = invited();
    const user = world.users.get(2001);
    if (user === undefined) throw new Error("setup");
    const withPassword = { ...world, users: new Map([...world.users, [2001, { ...user, password: "Chosen123" }]]) };
    const after = worldOf(stepInvites(withPassword, { type: "delete", owner: 512, user: 2001 }));
    expect(after.invites.has(2001)).toBe(false);
    expect(after.users.get(2001)?.password).toBe("Chosen123");
  });

  it("refuses another company's invitation and leaves it in place", () => {
    expect(stepInvites(invited(), { type: "delete", owner: 733, user: 2001 })).toEqual({
      kind: "problem",
      code: "NOT_FOUND",
      field: "user",
    });
  });
});

describe("invites: listing and paging", () => {
  const record = (user: number, owner: number, since: number, ttl = 2): InviteRecord => ({
    user,
    owner,
    email: `${user}@example.cz`,
    name: "N",
    surname: "S",
    language: "en",
    companyName: undefined,
    link: "",
    ownerForUserId: undefined,
    roleId: 3,
    ttl,
    since,
  });

  it.each([
    { given: "just opened", at: T0, want: true },
    { given: "1 ms before ttl hours", at: T0 + 3 * HOUR - 1, want: true },
    { given: "at ttl hours", at: T0 + 3 * HOUR, want: false },
  ])("a 3-hour invitation $given is open: $want", ({ at, want }) => {
    expect(isOpen(record(1, 512, T0, 3), at)).toBe(want);
  });

  it("lists only the company's open invitations", () => {
    const invites = new Map([
      [1, record(1, 512, T0)],
      [2, record(2, 733, T0)],
      [3, record(3, 512, T0 - 2 * HOUR)],
      [4, record(4, 512, T0 - HOUR)],
    ]);
    expect(openInvites(invites, 512, T0).map((i) => i.user)).toEqual([1, 4]);
  });

  it.each([
    { page: 1, limit: 2, want: [1, 2] },
    { page: 2, limit: 2, want: [3, 4] },
    { page: 3, limit: 2, want: [5] },
    { page: 4, limit: 2, want: [] },
  ])("page $page of limit $limit", ({ page, limit, want }) => {
    expect(toPage([1, 2, 3, 4, 5], page, limit)).toEqual({ items: want, meta: { page, limit, total: 5 } });
  });
});

describe("session: the recovery boundary and unknown sessions", () => {
  const refresh = { token: "refresh-1", issuedAt: T0, expiresAt: T0 + 30 * 24 * HOUR };
  const session: Session = { id: "s1", userId: 1024, seq: 6, status: "active", refresh };
  const access: AccessToken = { token: "access-1", issuedAt: T0, expiresAt: T0 + HOUR, sessionId: "s1", userId: 1024 };

  it.each([
    { given: "a session created at the recovery's number", min: 6, want: undefined },
    { given: "a session created before it", min: 7, want: "TOKEN_REVOKED" },
    { given: "a known token whose session is gone", min: 0, session: undefined, want: "TOKEN_INVALID" },
    { given: "an unknown token of a known session", min: 0, access: undefined, want: "TOKEN_INVALID" },
  ])("checkAccess: $given -> $want", (c) => {
    const a = "access" in c ? c.access : access;
    const s = "session" in c ? c.session : session;
    expect(checkAccess(a, s, c.min, T0)).toBe(c.want);
  });

  it("log-out without a session answers REFRESH_TOKEN_INVALID", () => {
    expect(stepSession(undefined, { kind: "log-out" }, 0)).toEqual({ kind: "problem", code: "REFRESH_TOKEN_INVALID" });
  });
});

describe("ledger: precision and settling", () => {
  it.each([
    { n: 0.1, want: true },
    { n: 1.12345678, want: true },
    { n: 1.123456789, want: false },
    { n: 0.1 + 0.2, want: false },
    { n: 1e-12, want: false },
    { n: Number.NaN, want: false },
    { n: Number.POSITIVE_INFINITY, want: false },
  ])("isMoneyPrecise($n) = $want", ({ n, want }) => {
    expect(isMoneyPrecise(n)).toBe(want);
  });

  const holding: Holding = {
    id: 1,
    ownerId: 512,
    coinId: 3,
    code: "USDT",
    type: "coin",
    amount: 100,
    hold: 0,
    pendingIn: 5,
    pendingOut: 0,
    isDefault: true,
    enabled: true,
  };
  it.each([
    { given: "part of what is pending", settle: 2, want: { pendingIn: 3, amount: 102 } },
    { given: "more than is pending", settle: 8, want: { pendingIn: 0, amount: 108 } },
  ])("settlePending: $given", ({ settle, want }) => {
    expect(settlePending(holding, settle)).toEqual({ ...holding, ...want });
  });
});

describe("invoice, challenge, sign-in and sign-up edges", () => {
  const created = createInvoice(
    { id: 1, payLinkId: 1, ownerId: 512, productId: 1, coinId: 1, amount: 100, now: T0 },
    rules,
  );
  const awaiting = { ...created, status: "awaiting_payment" as const, confirmAt: T0 + 20_000 };

  it("confirms an invoice exactly at its confirmation time, paid at that time", () => {
    expect(stepInvoice(awaiting, { kind: "confirm", now: T0 + 20_000 }, rules)).toEqual({
      kind: "ok",
      invoice: { ...awaiting, status: "paid", paidAt: T0 + 20_000 },
    });
  });

  it("creates a pending challenge", () => {
    expect(createChallenge({ purpose: "sign-in", to: "demo@nbcgate.test", code: "123456", now: T0 }, rules)).toEqual({
      purpose: "sign-in",
      to: "demo@nbcgate.test",
      code: "123456",
      expiresAt: T0 + rules.otpTtlMs,
      failures: 0,
      status: "pending",
    });
  });

  it("refuses every password for an account without one yet", () => {
    expect(checkPassword({ password: undefined, twoFactor: false }, "")).toBe("INVALID_CREDENTIALS");
    expect(checkPassword({ password: undefined, twoFactor: false }, "undefined")).toBe("INVALID_CREDENTIALS");
  });

  it("refuses to register an e-mail that never started a sign-up", () => {
    expect(stepSignUp("new@example.com", undefined, { kind: "register", taken: false })).toEqual({
      kind: "problem",
      code: "EMAIL_NOT_VERIFIED",
    });
  });
});
