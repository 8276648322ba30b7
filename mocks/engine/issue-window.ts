/**
 * How many one-time codes an account may be sent: at most `max` in any sliding `windowMs`
 * (e.g. 5 per 10 minutes), so a client cannot draw unlimited fresh codes and guess each one up to
 * the per-code attempt limit. Pure: the caller keeps the send times per account and prunes them.
 *
 *   send ──▶ sends in the last windowMs < max ?
 *              ├─ yes ──▶ allowed (now is recorded)
 *              └─ no  ──▶ limited, retry after the oldest send leaves the window
 */

/** The limit: `max` codes per `windowMs`. */
export interface IssueWindowRules {
  readonly max: number;
  readonly windowMs: number;
}

export type IssueOutcome =
  | { readonly kind: "allowed"; readonly times: readonly number[] }
  | { readonly kind: "limited"; readonly times: readonly number[]; readonly retryAfterSeconds: number };

/** Decides one send at `now` given the earlier send times (oldest first) of the same account. */
export function stepIssueWindow(
  times: readonly number[] | undefined,
  now: number,
  rules: IssueWindowRules,
): IssueOutcome {
  const recent = (times ?? []).filter((t) => now - t < rules.windowMs);
  const oldest = recent[0];
  if (recent.length >= rules.max && oldest !== undefined) {
    return {
      kind: "limited",
      times: recent,
      retryAfterSeconds: Math.max(1, Math.ceil((oldest + rules.windowMs - now) / 1000)),
    };
  }
  return { kind: "allowed", times: [...recent, now] };
}

/** Drops accounts whose last send has left the window (run on the clock, from the vendor's tick). */
export function pruneIssueWindows(windows: Map<string, readonly number[]>, now: number, windowMs: number): void {
  for (const [key, times] of windows) {
    const last = times[times.length - 1];
    if (last === undefined || now - last >= windowMs) windows.delete(key);
  }
}
