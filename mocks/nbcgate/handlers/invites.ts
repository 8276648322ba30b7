/**
 * HTTP <-> invitation flow for `/api/user/invite` (POST, PUT, DELETE) and the two lists that show
 * its effect, `GET /api/user/invite/list` and `GET /api/user/list`.
 * @see ../flows/invites.ts
 */
import type { components } from "../../../src/generated/nbcgate.js";
import { type InviteRecord, openInvites, stepInvites, toPage } from "../flows/invites.js";
import type { NbcgateState } from "../state.js";
import { toUser } from "../views.js";
import { bodyOf, fail, type NbcgateCall, type NbcgateHandler, noContent, nowOf, ok, withUser } from "./common.js";

type Schemas = components["schemas"];

const toInvite = (i: InviteRecord): Schemas["Invite"] => ({
  email: i.email,
  language: i.language,
  name: i.name,
  surname: i.surname,
  ttl: i.ttl,
  link: i.link,
  owner: i.owner,
  roleId: i.roleId,
  user: i.user,
  ...(i.companyName === undefined ? {} : { companyName: i.companyName }),
  ...(i.ownerForUserId === undefined ? {} : { ownerForUserId: i.ownerForUserId }),
});

/** `page` and `limit` of a list call (validated and defaulted by the spec: page >= 1, limit 1-100). */
const pageOf = (call: NbcgateCall) => ({
  page: Number(call.req.query.page ?? 1),
  limit: Number(call.req.query.limit ?? 20),
});

/** Stores a step's world in the state (the flow computed it from copies). */
function commit(state: NbcgateState, world: ReturnType<typeof stepInvites>): void {
  if ("kind" in world) return;
  state.invites.clear();
  for (const [id, invite] of world.invites) state.invites.set(id, invite);
  for (const id of [...state.users.keys()]) if (!world.users.has(id)) state.users.delete(id);
  for (const [id, user] of world.users) {
    if (!state.users.has(id)) state.userIdsByEmail.set(user.email.toLowerCase(), id);
    state.users.set(id, user);
  }
  for (const [email, id] of [...state.userIdsByEmail]) if (!world.users.has(id)) state.userIdsByEmail.delete(email);
}

const worldOf = (state: NbcgateState) => ({ invites: state.invites, users: state.users });

const inviteUser = withUser((call, user) => {
  const body = bodyOf<Schemas["InviteRequest"]>(call);
  const next = stepInvites(worldOf(call.state), {
    type: "invite",
    owner: user.ownerId,
    newUserId: call.state.next.user,
    now: nowOf(call),
    body,
  });
  if ("kind" in next) return fail({ code: next.code, field: next.field });
  call.state.next.user += 1;
  commit(call.state, next);
  const invite = next.invites.get(call.state.next.user - 1);
  return invite === undefined ? fail({ code: "INTERNAL_ERROR" }) : ok(toInvite(invite));
});

const updateInviteTtl = withUser((call, user) => {
  const body = bodyOf<Schemas["InviteUpdateRequest"]>(call);
  const next = stepInvites(worldOf(call.state), {
    type: "update-ttl",
    owner: user.ownerId,
    user: body.user,
    ttl: body.ttl,
    now: nowOf(call),
  });
  if ("kind" in next) return fail({ code: next.code, field: next.field });
  commit(call.state, next);
  return noContent();
});

const deleteInvite = withUser((call, user) => {
  const body = bodyOf<Schemas["InviteDeleteRequest"]>(call);
  const next = stepInvites(worldOf(call.state), { type: "delete", owner: user.ownerId, user: body.user });
  if ("kind" in next) return fail({ code: next.code, field: next.field });
  commit(call.state, next);
  return noContent();
});

const listInvites = withUser((call, user) => {
  const { page, limit } = pageOf(call);
  return ok(toPage(openInvites(call.state.invites, user.ownerId, nowOf(call)).map(toInvite), page, limit));
});

const listUsers = withUser((call, user) => {
  const { page, limit } = pageOf(call);
  const users = [...call.state.users.values()].filter((u) => u.ownerId === user.ownerId).map(toUser);
  return ok(toPage(users, page, limit));
});

/** Invitation and user-list operations by operationId. */
export const inviteHandlers: Readonly<Record<string, NbcgateHandler>> = {
  inviteUser,
  updateInviteTtl,
  deleteInvite,
  listInvites,
  listUsers,
};
