/**
 * B2Core Back Office state for the dashboard: administrators, their sessions and tokens, pending
 * 2FA codes, rate-limit windows and blocks, clients and accounts.
 * @see mocks/b2core-backoffice/state.ts
 */
import type { Limiter } from "../../b2core-backoffice/flows/rate-limit.js";
import type { B2coreState } from "../../b2core-backoffice/state.js";
import { type Cell, expiryCell, type Summariser, shortSecret, toSection } from "../summary.js";

export const summariseB2core: Summariser<B2coreState> = (state, now) => {
  const emailOf = (adminId: number) => state.admins.find((a) => a.id === adminId)?.email ?? String(adminId);
  const admins = state.admins.map((a): Cell[] => [a.id, a.email, a.twoFactor]);
  const sessions = [...state.sessions.values()]
    .reverse()
    .flatMap((s) => [
      ...s.access.map((t): Cell[] => [
        emailOf(s.adminId),
        s.status,
        "access",
        shortSecret(t.token),
        expiryCell(t.expiresAt, now),
      ]),
      [emailOf(s.adminId), s.status, "refresh", shortSecret(s.refresh.token), expiryCell(s.refresh.expiresAt, now)],
    ]);
  const codes = [...state.challenges.values()].map((c): Cell[] => [
    c.email,
    c.code,
    c.status,
    expiryCell(c.expiresAt, now),
  ]);
  const limiterRows = (name: string, map: ReadonlyMap<string, Limiter>, secretKeys: boolean) =>
    [...map.entries()].map(([key, l]): Cell[] => [
      name,
      secretKeys ? shortSecret(key) : key,
      l.kind === "blocked" && l.until > now ? "blocked" : "open",
      l.kind === "open" ? l.hits.length : null,
      l.kind === "blocked" ? expiryCell(l.until, now) : null,
    ]);
  const limits = [
    ...limiterRows("sign-in", state.limits.signIn, false),
    ...limiterRows("2FA confirm", state.limits.confirm, true),
    ...limiterRows("refresh", state.limits.refresh, true),
  ];
  const clients = state.clients.map((c): Cell[] => [c.clientId, c.email, c.name, c.type.name, c.status.name]);
  const accounts = state.accounts.map((a): Cell[] => [
    a.accountId,
    a.accountNumber,
    a.clientId,
    a.currency.alphabeticCode,
    a.statement?.availableBalance ?? null,
  ]);
  return {
    sections: [
      toSection("Administrators", ["id", "e-mail", "2FA"], admins),
      toSection("Sessions and tokens", ["admin", "session", "token", "value", "expires"], sessions),
      toSection("2FA codes", ["to", "code", "status", "expires"], codes),
      toSection("Rate limits", ["limit", "key", "state", "attempts in window", "blocked until"], limits),
      toSection("Clients", ["id", "e-mail", "name", "type", "status"], clients),
      toSection("Accounts", ["id", "number", "client", "currency", "available"], accounts),
    ],
  };
};
