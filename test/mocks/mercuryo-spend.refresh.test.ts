/** The Mercuryo session step for a refresh, as a table: expired tokens refresh within the window, revoked ones never. */
import { describe, expect, it } from "vitest";
import { type Session, stepSession } from "../../mocks/mercuryo-spend/flows/session.js";

const T0 = Date.parse("2026-01-01T00:00:00Z");
const DAY = 86_400_000;
const session = (over: Partial<Session> = {}): Session => ({
  tokenHash: "h",
  userId: "u",
  issuedAt: T0,
  expiresAt: T0 + DAY,
  status: "active",
  ...over,
});

describe("stepSession refresh", () => {
  it.each([
    { given: "active", s: session(), now: T0 + 1000, window: 7 * 86_400, want: "ok" },
    { given: "expired by time, within the window", s: session(), now: T0 + 2 * DAY, window: 7 * 86_400, want: "ok" },
    {
      given: "expired by time, past the window",
      s: session(),
      now: T0 + 8 * DAY,
      window: 7 * 86_400,
      want: "TOKEN_EXPIRED",
    },
    { given: "expired, window 0", s: session(), now: T0 + DAY, window: 0, want: "TOKEN_EXPIRED" },
    { given: "forced expired", s: session({ status: "expired" }), now: T0, window: 7 * 86_400, want: "ok" },
    { given: "revoked", s: session({ status: "revoked" }), now: T0, window: 7 * 86_400, want: "TOKEN_REVOKED" },
    {
      given: "never expiring (sandbox)",
      s: session({ expiresAt: undefined }),
      now: T0 + 365 * DAY,
      window: 0,
      want: "ok",
    },
    { given: "unknown", s: undefined, now: T0, window: 7 * 86_400, want: "UNAUTHORIZED" },
  ])("$given -> $want", ({ s, now, window, want }) => {
    const next = stepSession(s, { type: "refresh", now, windowSeconds: window });
    expect("kind" in next ? next.error : "ok").toBe(want);
  });

  it("an ordinary call with an expired token is refused, whatever the window", () => {
    expect(stepSession(session(), { type: "use", now: T0 + 2 * DAY })).toMatchObject({ error: "TOKEN_EXPIRED" });
  });
});
