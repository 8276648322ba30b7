/**
 * Mercuryo Spend state for the dashboard: users with KYC, their sessions (tokens are stored only
 * as hashes), pending codes, cards and balances, sell requests.
 * @see mocks/mercuryo-spend/state.ts
 */
import type { MercuryoState } from "../../mercuryo-spend/state.js";
import { type Cell, expiryCell, type Summariser, shortSecret, timeCell, toSection } from "../summary.js";

const euros = (cents: number) => (cents / 100).toFixed(2);

export const summariseMercuryo: Summariser<MercuryoState> = (state, now) => {
  const emailOf = (userId: string) => state.users.get(userId)?.email ?? userId;
  const users = [...state.users.values()].map((u): Cell[] => [
    u.email,
    `crypto ${u.kyc.crypto}, card ${u.kyc.card}`,
    u.phone,
    u.cardId ?? null,
  ]);
  const sessions = [...state.sessions.values()]
    .reverse()
    .map((s): Cell[] => [
      emailOf(s.userId),
      shortSecret(s.tokenHash),
      s.status,
      timeCell(s.issuedAt, now),
      expiryCell(s.expiresAt, now),
    ]);
  const codes = [...state.challenges.values()].map((c): Cell[] => [
    c.email,
    c.code,
    c.status,
    c.attempts,
    expiryCell(c.expiresAt, now),
  ]);
  const cards = [...state.cards.values()].map((c): Cell[] => [
    c.id,
    emailOf(c.userId),
    c.status,
    `•••• ${c.last4}`,
    `${c.expirationMonth}/${c.expirationYear}`,
    euros(c.balanceCents),
  ]);
  const sells = [...state.sellRequests.values()]
    .reverse()
    .map((r): Cell[] => [
      r.id,
      emailOf(r.userId),
      r.price.currency,
      r.status,
      euros(r.price.totalCents),
      timeCell(r.createdAt, now),
    ]);
  return {
    sections: [
      toSection("Users", ["e-mail", "KYC", "phone", "card"], users),
      toSection("Sessions (token hash)", ["user", "token hash", "status", "issued", "expires"], sessions),
      toSection("One-time codes", ["to", "code", "status", "attempts", "expires"], codes),
      toSection("Cards", ["id", "user", "status", "number", "expiry", "balance EUR"], cards),
      toSection("Sell requests", ["id", "user", "currency", "status", "total EUR", "created"], sells),
    ],
  };
};
