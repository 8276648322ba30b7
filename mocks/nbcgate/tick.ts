/**
 * Time-driven state, run before every request and after clock moves: confirms invoice payments
 * that are due (crediting the merchant's balance) and, once a minute, forgets dead tokens. Both
 * stop at once when nothing is due, so the per-request cost is a couple of comparisons.
 * @see mocks/nbcgate/flows/invoice.ts, mocks/nbcgate/auth.ts (pruneTokens)
 */
import type { MockContext } from "../api.js";
import { pruneTokens } from "./auth.js";
import { stepInvoice } from "./flows/invoice.js";
import { settlePending } from "./flows/ledger.js";
import { holdingFor, saveHoldings } from "./holdings.js";
import { toRules } from "./rules.js";
import type { NbcgateState } from "./state.js";

const PRUNE_EVERY_MS = 60_000;

/** Moves invoices and token memory forward to the context's now. */
export function tick(state: NbcgateState, ctx: MockContext): void {
  const now = ctx.clock.now();
  const rules = toRules(ctx.options);
  const queue = state.confirmations;
  while (queue.length > 0 && (queue[0]?.dueAt ?? Number.POSITIVE_INFINITY) <= now) {
    const due = queue.shift();
    const invoice = due === undefined ? undefined : state.invoices.get(due.invoiceId);
    if (invoice === undefined) continue;
    const outcome = stepInvoice(invoice, { kind: "confirm", now }, rules);
    if (outcome.kind !== "ok" || outcome.invoice.status !== "paid" || invoice.status === "paid") continue;
    state.invoices.set(invoice.id, outcome.invoice);
    const holding = holdingFor(state, invoice.ownerId, invoice.coinId);
    if (holding !== undefined) saveHoldings(state, [settlePending(holding, invoice.amount)], invoice.confirmAt ?? now);
  }
  if (now >= state.nextPruneAt) {
    pruneTokens(state, rules, now);
    state.nextPruneAt = now + PRUNE_EVERY_MS;
  }
}
