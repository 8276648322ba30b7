/**
 * Attempt limits (sign-in 5/min, 2FA confirm 3/min, refresh 5/min): a sliding window over the
 * injected clock. Every attempt counts, failed or not; the attempt after the last allowed one
 * blocks the key for a fixed period, answered with `Retry-After`.
 *
 *          attempt, fewer than `max` hits in the last window
 *          ┌──────┐
 *          │      ▼
 *     ┌─────────────┐   attempt, `max` hits already in the window   ┌──────────────────┐
 * ──▶ │ open (hits) │ ────────────────────────────────────────────▶ │ blocked until t  │ ◀─┐ attempt before t:
 *     └─────────────┘          (refused, Retry-After = block)        └──────────────────┘ ──┘ refused, Retry-After = t - now
 *            ▲                                                                │
 *            └──────────── attempt at or after t (counted as the first hit) ──┘
 *
 * @see specs/b2core-backoffice.yaml ("Limits" of signIn, confirmTwoFactor, refreshToken)
 */

/** How many attempts a window allows and how long exceeding it blocks. */
export interface LimitRule {
  readonly max: number;
  readonly windowSeconds: number;
  readonly blockSeconds: number;
}

/** The attempts of one key (an e-mail, a 2FA token, a refresh token). */
export type Limiter =
  | { readonly kind: "open"; readonly hits: readonly number[] }
  | { readonly kind: "blocked"; readonly until: number };

/** One attempt at the limited call. */
export interface Attempt {
  readonly kind: "attempt";
  /** Milliseconds since the epoch (mock clock). */
  readonly now: number;
}

/** Whether the attempt may proceed, and the limiter to keep. */
export type LimitOutcome =
  | { readonly kind: "allowed"; readonly next: Limiter }
  | { readonly kind: "refused"; readonly next: Limiter; readonly retryAfterSeconds: number };

const secondsUntil = (until: number, now: number) => Math.max(1, Math.ceil((until - now) / 1000));

/** Counts one attempt against a key's limiter (no limiter yet = no attempts). */
export function stepLimiter(limiter: Limiter | undefined, event: Attempt, rule: LimitRule): LimitOutcome {
  const { now } = event;
  if (limiter?.kind === "blocked" && now < limiter.until) {
    return { kind: "refused", next: limiter, retryAfterSeconds: secondsUntil(limiter.until, now) };
  }
  const windowStart = now - rule.windowSeconds * 1000;
  const recent = limiter?.kind === "open" ? limiter.hits.filter((t) => t > windowStart) : [];
  if (recent.length >= rule.max) {
    const until = now + rule.blockSeconds * 1000;
    return { kind: "refused", next: { kind: "blocked", until }, retryAfterSeconds: secondsUntil(until, now) };
  }
  return { kind: "allowed", next: { kind: "open", hits: [...recent, now] } };
}

/** True when forgetting the limiter changes nothing (no hit in the window, no block running). */
export function isLimiterIdle(limiter: Limiter, now: number, rule: LimitRule): boolean {
  if (limiter.kind === "blocked") return now >= limiter.until;
  const windowStart = now - rule.windowSeconds * 1000;
  return limiter.hits.every((t) => t <= windowStart);
}
