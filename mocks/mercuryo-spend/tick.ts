/**
 * Time-driven state: moves every sell request in progress to the mock's now, credits the card
 * when one succeeds and sends a signed callback for each status change, plus the `crypto_top_up`
 * card event for the credit.
 * @see ./flows/sell-request.ts
 */
import type { MockContext } from "../api.js";
import { creditCard, currentCard } from "./accounts.js";
import { sendCryptoTopUpEvent, sendStatusCallback } from "./callbacks.js";
import { isInProgress, stepSellRequest } from "./flows/sell-request.js";
import type { MercuryoState } from "./state.js";

/** Advances sell requests (called by the engine before each request and after the clock moves). */
export function tick(state: MercuryoState, ctx: MockContext): void {
  const now = ctx.clock.now();
  const rules = { stepSeconds: ctx.options.mercuryo.sellRequestStepSeconds };
  for (const request of state.sellRequests.values()) {
    if (!isInProgress(request)) continue;
    const { next, changes } = stepSellRequest(request, { type: "tick", now }, rules);
    state.sellRequests.set(next.id, next);
    for (const change of changes) {
      const credited =
        change.status === "succeeded"
          ? creditCard(state, request.userId, request.price.fiatCents, change.at)
          : undefined;
      const user = state.users.get(request.userId);
      if (user === undefined) continue;
      const snapshot = { ...next, status: change.status, updatedAt: change.at };
      sendStatusCallback(ctx, snapshot, user, currentCard(state, user));
      if (credited !== undefined) sendCryptoTopUpEvent(ctx, snapshot, credited, change.at);
    }
  }
}
