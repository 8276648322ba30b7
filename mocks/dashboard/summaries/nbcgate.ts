/**
 * NBC Gate state for the dashboard: users, their sessions and access tokens, pending codes,
 * company balances, invoices and orders.
 * @see mocks/nbcgate/state.ts
 */
import { availableOf } from "../../nbcgate/flows/ledger.js";
import type { NbcgateState } from "../../nbcgate/state.js";
import { type Cell, expiryCell, type Summariser, shortSecret, timeCell, toSection } from "../summary.js";

export const summariseNbcgate: Summariser<NbcgateState> = (state, now) => {
  const emailOf = (userId: number) => state.users.get(userId)?.email ?? String(userId);
  const users = [...state.users.values()].map((u): Cell[] => [u.id, u.email, `${u.name} ${u.surname}`, u.ownerId]);
  const tokens = [...state.accessTokens.values()]
    .reverse()
    .map((t): Cell[] => [
      emailOf(t.userId),
      shortSecret(t.token),
      state.sessions.get(t.sessionId)?.status ?? "gone",
      timeCell(t.issuedAt, now),
      expiryCell(t.expiresAt, now),
    ]);
  const sessions = [...state.sessions.values()]
    .reverse()
    .map((s): Cell[] => [s.id, emailOf(s.userId), s.status, expiryCell(s.refresh.expiresAt, now)]);
  const codes = [...state.challenges.values()].map((c): Cell[] => [
    c.to,
    c.purpose,
    c.code,
    c.status,
    c.failures,
    expiryCell(c.expiresAt, now),
  ]);
  const balances = [...state.holdings.values()].map((h): Cell[] => [
    state.owners.get(h.ownerId)?.name ?? h.ownerId,
    h.code,
    h.amount,
    availableOf(h),
    h.hold,
    h.pendingIn,
  ]);
  const invoices = [...state.invoices.values()]
    .reverse()
    .map((i): Cell[] => [
      i.id,
      i.amount,
      i.status,
      expiryCell(i.expiresAt, now),
      i.paidAt === undefined ? null : timeCell(i.paidAt, now),
    ]);
  const orders = [...state.orders.values()]
    .reverse()
    .map((o): Cell[] => [o.orderId, o.kind, emailOf(o.userId), o.amount, o.commission, timeCell(o.createdAt, now)]);
  return {
    sections: [
      toSection("Users", ["id", "e-mail", "name", "company"], users),
      toSection("Access tokens", ["user", "token", "session", "issued", "expires"], tokens),
      toSection("Sessions", ["id", "user", "status", "refresh token expires"], sessions),
      toSection("One-time codes", ["to", "purpose", "code", "status", "failures", "expires"], codes),
      toSection("Balances", ["company", "coin", "amount", "available", "hold", "pending in"], balances),
      toSection("Invoices", ["id", "amount", "status", "expires", "paid"], invoices),
      toSection("Transfers and exchanges", ["order id", "kind", "user", "amount", "commission", "created"], orders),
    ],
  };
};
