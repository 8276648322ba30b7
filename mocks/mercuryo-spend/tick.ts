/**
 * Time-driven state: moves every sell request in progress to the mock's now, credits the card
 * when one succeeds and sends a signed callback for each status change, plus the `crypto_top_up`
 * card event for the credit.
 * @see ./flows/sell-request.ts
 */
import type { MockContext } from "../api.js";
import { pruneIssueWindows } from "../engine/issue-window.js";
import { creditCard, currentCard } from "./accounts.js";
import { sendCryptoTopUpEvent, sendStatusCallback } from "./callbacks.js";
import { QUOTE_RULES } from "./flows/quote.js";
import { isInProgress, stepSellRequest } from "./flows/sell-request.js";
import type { MercuryoState } from "./state.js";

/** How often the maps are swept, and how long dead keys, quotes and tokens are still recognised. */
const PRUNE_EVERY_MS = 60_000;
const MEMORY_MS = 24 * 3600 * 1000;

/**
 * Forgets what nobody can use any more, a day after it died (until then it keeps its own answer,
 * e.g. "Key is expired" rather than "Key is invalid"): OTP keys, rate quotes, revoked or expired
 * user tokens (sandbox tokens never expire, so live ones stay; expired ones only after their refresh
 * window), and code-send times.
 */
function prune(state: MercuryoState, ctx: MockContext, now: number): void {
  for (const [hash, challenge] of state.challenges) {
    if (now >= challenge.expiresAt + MEMORY_MS) state.challenges.delete(hash);
  }
  for (const [hash, quote] of state.quotes) {
    if (now >= quote.issuedAt + QUOTE_RULES.ttlSeconds * 1000 + MEMORY_MS) state.quotes.delete(hash);
  }
  for (const [hash, session] of state.sessions) {
    const dead = session.status !== "active" || (session.expiresAt !== undefined && now >= session.expiresAt);
    // An expired (not revoked) token can still be refreshed for mercuryo.refreshWindowSeconds.
    const refreshable = session.status === "active" ? ctx.options.mercuryo.refreshWindowSeconds * 1000 : 0;
    if (dead && now >= (session.expiresAt ?? session.issuedAt) + refreshable + MEMORY_MS) state.sessions.delete(hash);
  }
  pruneIssueWindows(state.codeSends, now, ctx.options.mercuryo.otpWindowSeconds * 1000);
}

/** Advances sell requests (called by the engine before each request and after the clock moves). */
export function tick(state: MercuryoState, ctx: MockContext): void {
  const now = ctx.clock.now();
  if (now >= state.nextPruneAt) {
    prune(state, ctx, now);
    state.nextPruneAt = now + PRUNE_EVERY_MS;
  }
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
