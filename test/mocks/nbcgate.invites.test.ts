/** The NBC Gate invitation flow as a table: given the world, when an event, want the next world or the refusal. */
import { describe, expect, it } from "vitest";
import { type InviteWorld, openInvites, stepInvites } from "../../mocks/nbcgate/flows/invites.js";
import { SEED_USERS } from "../../mocks/nbcgate/seed-data.js";

const NOW = Date.parse("2026-01-01T00:00:00Z");
const HOUR = 3_600_000;
const seedWorld = (): InviteWorld => ({ invites: new Map(), users: new Map(SEED_USERS.map((u) => [u.id, u])) });
const body = { email: "petr@example.cz", name: "Petr", surname: "Svoboda", language: "cs", ttl: 2 };
const invited = (): InviteWorld => {
  const next = stepInvites(seedWorld(), { type: "invite", owner: 512, newUserId: 2001, now: NOW, body });
  if ("kind" in next) throw new Error("setup failed");
  return next;
};

describe("stepInvites", () => {
  it.each([
    {
      when: "invite a taken e-mail",
      world: seedWorld,
      event: {
        type: "invite" as const,
        owner: 512,
        newUserId: 2001,
        now: NOW,
        body: { ...body, email: "DEMO@nbcgate.test" },
      },
      want: "EMAIL_TAKEN",
    },
    {
      when: "invite for 0 hours",
      world: seedWorld,
      event: { type: "invite" as const, owner: 512, newUserId: 2001, now: NOW, body: { ...body, ttl: 0 } },
      want: "VALIDATION_ERROR",
    },
    {
      when: "update another company's invite",
      world: invited,
      event: { type: "update-ttl" as const, owner: 733, user: 2001, ttl: 5, now: NOW },
      want: "NOT_FOUND",
    },
    {
      when: "delete an unknown invite",
      world: invited,
      event: { type: "delete" as const, owner: 512, user: 9 },
      want: "NOT_FOUND",
    },
  ])("refuses: $when", ({ world, event, want }) => {
    expect(stepInvites(world(), event)).toMatchObject({ kind: "problem", code: want });
  });

  it("an invitation adds the invited user without a password; deleting it removes both", () => {
    const world = invited();
    expect(world.users.get(2001)).toMatchObject({ ownerId: 512, email: "petr@example.cz", password: undefined });
    expect(openInvites(world.invites, 512, NOW).map((i) => i.user)).toEqual([2001]);
    const removed = stepInvites(world, { type: "delete", owner: 512, user: 2001 });
    expect(removed).toMatchObject({ invites: new Map() });
    if (!("kind" in removed)) expect(removed.users.has(2001)).toBe(false);
  });

  it.each([
    { after: 2 * HOUR - 1, want: [2001] },
    { after: 2 * HOUR, want: [] },
  ])("a 2-hour invitation, $after ms later, is listed: $want", ({ after, want }) => {
    expect(openInvites(invited().invites, 512, NOW + after).map((i) => i.user)).toEqual(want);
  });
});
