/**
 * Team invitations of a company account (`/api/user/invite` POST, PUT, DELETE): pure steps over
 * the open invitations and the company's users. An invitation creates the invited user at once
 * (without a password: they cannot sign in until they choose one), so it shows in both
 * `GET /api/user/invite/list` and `GET /api/user/list`; deleting the invitation of a user who never
 * chose a password removes that user again.
 *
 *   (none) --invite--> [open] --put ttl--> [open, new ttl]
 *                        |  \--ttl hours pass--> [expired] (no longer listed)
 *                        +--delete--> (none)
 *
 * @see specs/nbcgate.yaml (inviteUser, updateInviteTtl, deleteInvite, listInvites, listUsers)
 */
import type { UserRecord } from "../seed-data.js";

/** An open invitation, keyed by the invited user's id. */
export interface InviteRecord {
  readonly user: number;
  readonly owner: number;
  readonly email: string;
  readonly name: string;
  readonly surname: string;
  readonly language: string;
  readonly companyName: string | undefined;
  readonly link: string;
  readonly ownerForUserId: number | undefined;
  readonly roleId: number;
  /** Lifetime in hours (paymock's reading of the undocumented unit), counted from `since`. */
  readonly ttl: number;
  readonly since: number;
}

/** What a caller asks of the invitations. */
export type InviteEvent =
  | {
      readonly type: "invite";
      readonly owner: number;
      readonly newUserId: number;
      readonly now: number;
      readonly body: {
        readonly email: string;
        readonly name: string;
        readonly surname: string;
        readonly language: string;
        readonly ttl: number;
        readonly companyName?: string;
        readonly link?: string;
        readonly ownerForUserId?: number;
        readonly roleId?: number;
      };
    }
  | {
      readonly type: "update-ttl";
      readonly owner: number;
      readonly user: number;
      readonly ttl: number;
      readonly now: number;
    }
  | { readonly type: "delete"; readonly owner: number; readonly user: number };

/** The invitations and users after a step. */
export interface InviteWorld {
  readonly invites: ReadonlyMap<number, InviteRecord>;
  readonly users: ReadonlyMap<number, UserRecord>;
}

/** A refusal in the client-API vocabulary. */
export interface InviteProblem {
  readonly kind: "problem";
  readonly code: "EMAIL_TAKEN" | "NOT_FOUND" | "VALIDATION_ERROR";
  readonly field: string;
}

/** Paymock's default role for an invited user without `roleId` (3 = Accountant in the role list). */
const DEFAULT_ROLE = 3;
const HOUR_MS = 3_600_000;

/** Whether an invitation is still open at `now`. */
export const isOpen = (invite: InviteRecord, now: number): boolean => now < invite.since + invite.ttl * HOUR_MS;

const problem = (code: InviteProblem["code"], field: string): InviteProblem => ({ kind: "problem", code, field });

/** Applies one invitation event; the world passed in is not changed. */
export function stepInvites(world: InviteWorld, event: InviteEvent): InviteWorld | InviteProblem {
  switch (event.type) {
    case "invite": {
      const { body } = event;
      if (body.ttl < 1) return problem("VALIDATION_ERROR", "ttl");
      const email = body.email.trim().toLowerCase();
      if ([...world.users.values()].some((u) => u.email.toLowerCase() === email))
        return problem("EMAIL_TAKEN", "email");
      const invite: InviteRecord = {
        user: event.newUserId,
        owner: event.owner,
        email: body.email.trim(),
        name: body.name,
        surname: body.surname,
        language: body.language,
        companyName: body.companyName,
        link: `${body.link ?? "https://portal.nbcgate.com/invite"}?user=${event.newUserId}`,
        ownerForUserId: body.ownerForUserId,
        roleId: body.roleId ?? DEFAULT_ROLE,
        ttl: body.ttl,
        since: event.now,
      };
      const invited: UserRecord = {
        id: event.newUserId,
        ownerId: event.owner,
        email: invite.email,
        password: undefined,
        name: body.name,
        surname: body.surname,
        language: body.language,
        roleId: invite.roleId,
        timezone: "UTC",
        phone: undefined,
        countryId: undefined,
        twoFactor: false,
        minSessionSeq: 0,
      };
      return {
        invites: new Map([...world.invites, [invite.user, invite]]),
        users: new Map([...world.users, [invited.id, invited]]),
      };
    }
    case "update-ttl": {
      const invite = world.invites.get(event.user);
      if (invite === undefined || invite.owner !== event.owner) return problem("NOT_FOUND", "user");
      if (event.ttl < 1) return problem("VALIDATION_ERROR", "ttl");
      return {
        ...world,
        invites: new Map([...world.invites, [invite.user, { ...invite, ttl: event.ttl, since: event.now }]]),
      };
    }
    case "delete": {
      const invite = world.invites.get(event.user);
      if (invite === undefined || invite.owner !== event.owner) return problem("NOT_FOUND", "user");
      const invites = new Map(world.invites);
      invites.delete(invite.user);
      const users = new Map(world.users);
      if (users.get(invite.user)?.password === undefined) users.delete(invite.user);
      return { invites, users };
    }
  }
}

/** The company's open invitations at `now`, oldest first. */
export const openInvites = (invites: ReadonlyMap<number, InviteRecord>, owner: number, now: number): InviteRecord[] =>
  [...invites.values()].filter((i) => i.owner === owner && isOpen(i, now));

/** One page (1-based) of a list, with the `meta` the spec's pages carry. */
export function toPage<T>(items: readonly T[], page: number, limit: number) {
  return { items: items.slice((page - 1) * limit, page * limit), meta: { page, limit, total: items.length } };
}
