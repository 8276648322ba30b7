/**
 * Softline Checkout state for the dashboard: API accounts and tokens, orders (payments) with their
 * refunds, subscriptions and buy links.
 * @see mocks/softline-checkout/state.ts
 */
import type { SoftlineState } from "../../softline-checkout/state.js";
import { type Cell, expiryCell, type Summariser, shortSecret, timeCell, toSection } from "../summary.js";

const money = (cents: number, currency: string) => `${(cents / 100).toFixed(2)} ${currency}`;

export const summariseSoftline: Summariser<SoftlineState> = (state, now) => {
  const accounts = [...state.accounts.keys()].map((username): Cell[] => [username]);
  const tokens = [...state.tokens.entries()]
    .reverse()
    .map(([token, t]): Cell[] => [
      t.username,
      shortSecret(token),
      timeCell(t.issuedAt, now),
      expiryCell(t.expiresAt, now),
    ]);
  const orders = [...state.orders.values()]
    .reverse()
    .map((o): Cell[] => [
      o.id,
      o.source,
      o.status,
      money(o.amountCents, o.currency),
      o.externalId,
      timeCell(o.createdAt, now),
      o.paidAt === undefined ? null : timeCell(o.paidAt, now),
    ]);
  const refunds = [...state.orders.values()].flatMap((o) =>
    o.refunds.map((r): Cell[] => [r.id, o.id, r.status, r.email, timeCell(r.createdAt, now)]),
  );
  const subscriptions = [...state.subscriptions.values()].map((s): Cell[] => [
    s.id,
    s.type,
    s.status,
    s.parentOrderId,
    expiryCell(s.expiresAt, now),
  ]);
  const checkouts = [...state.checkouts.values()].map((c): Cell[] => [
    c.id,
    c.currency,
    c.products.length,
    c.orderId ?? null,
  ]);
  return {
    sections: [
      toSection("API accounts", ["username"], accounts),
      toSection("Tokens", ["username", "token", "issued", "expires"], tokens),
      toSection("Orders and payments", ["id", "source", "status", "amount", "external id", "created", "paid"], orders),
      toSection("Refunds", ["id", "order", "status", "e-mail", "created"], refunds),
      toSection("Subscriptions", ["id", "type", "status", "parent order", "expires"], subscriptions),
      toSection("Buy links", ["checkout id", "currency", "products", "order"], checkouts),
    ],
  };
};
