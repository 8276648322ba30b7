/**
 * Reading and storing balances in the state: a company's balance of one coin, and saving moved
 * balances together with their owners' "updated at" time.
 * @see mocks/nbcgate/flows/ledger.ts (the rules of every move)
 */
import type { Holding } from "./flows/ledger.js";
import type { NbcgateState } from "./state.js";

/** The holdings of a company account, in display order (a map lookup per balance). */
export function holdingsOf(state: NbcgateState, ownerId: number): Holding[] {
  const ids = state.owners.get(ownerId)?.balanceIds ?? [];
  const out: Holding[] = [];
  for (const id of ids) {
    const h = state.holdings.get(id);
    if (h !== undefined) out.push(h);
  }
  return out;
}

/** The owner's balance of a coin (owners hold a handful of balances, so this is a short loop). */
export function holdingFor(state: NbcgateState, ownerId: number, coinId: number): Holding | undefined {
  for (const id of state.owners.get(ownerId)?.balanceIds ?? []) {
    const h = state.holdings.get(id);
    if (h?.coinId === coinId) return h;
  }
  return undefined;
}

/** The balance with this id when it belongs to the owner (others' ids count as unknown). */
export const ownHolding = (state: NbcgateState, ownerId: number, id: number): Holding | undefined => {
  const h = state.holdings.get(id);
  return h?.ownerId === ownerId ? h : undefined;
};

/** Stores moved balances and stamps their owners' `updated_at`. */
export function saveHoldings(state: NbcgateState, holdings: readonly (Holding | undefined)[], now: number): void {
  for (const h of holdings) {
    if (h === undefined) continue;
    state.holdings.set(h.id, h);
    const owner = state.owners.get(h.ownerId);
    if (owner !== undefined) state.owners.set(owner.id, { ...owner, balancesUpdatedAt: now });
  }
}
