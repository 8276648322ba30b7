/**
 * The requests the bench drives against both servers: one spec example (no script), the scripted
 * NBC Gate sign-in and an authenticated `/api/*` read with the token that sign-in returned.
 * @see specs/nbcgate.yaml
 */

/** One load scenario: a fixed request and the status a good answer has. */
export interface Scenario {
  readonly id: "example-get" | "sign-in" | "auth-get";
  readonly title: string;
  readonly method: "GET" | "POST";
  readonly path: string;
  readonly body?: string;
  /** Sends `Authorization: <token>` from a sign-in made before the round. */
  readonly needsToken: boolean;
  readonly expectStatus: number;
}

/** The seed account of the NBC Gate mock (password login, no OTP). */
export const SIGN_IN_BODY = JSON.stringify({ email: "demo@nbcgate.test", password: "Password123" });

/** Scenarios in the order they run. */
export const SCENARIOS: readonly Scenario[] = [
  {
    id: "example-get",
    title: "GET /currency/chain (spec example, not scripted)",
    method: "GET",
    path: "/currency/chain",
    needsToken: false,
    expectStatus: 200,
  },
  {
    id: "sign-in",
    title: "POST /auth/sign-in (scripted on paymock)",
    method: "POST",
    path: "/auth/sign-in",
    body: SIGN_IN_BODY,
    needsToken: false,
    expectStatus: 200,
  },
  {
    id: "auth-get",
    title: "GET /api/balance with the token",
    method: "GET",
    path: "/api/balance",
    needsToken: true,
    expectStatus: 200,
  },
];

/** Reads the access token from an NBC Gate sign-in answer (`{token, refreshToken}`). */
export function toToken(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const token = (body as Record<string, unknown>).token;
  return typeof token === "string" && token.length > 0 ? token : undefined;
}
