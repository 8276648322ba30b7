/**
 * The requests the bench drives: one spec example (no script), the scripted NBC Gate sign-in, an
 * authenticated `/api/*` read with the token that sign-in returned, and one scripted sign-in of
 * each other vendor. Each has the status a good answer has and its target as a share of the raw
 * `node:http` baseline (issue #16, docs/speed-and-robustness.md).
 * @see specs/nbcgate.yaml, specs/mercuryo-spend.yaml, specs/softline-checkout.yaml, specs/b2core-backoffice.yaml
 */
import { API_IDS, type ApiId } from "../src/apis.js";

/** One load scenario: a fixed request and the status a good answer has. */
export interface Scenario {
  readonly id: "example-get" | "sign-in" | "auth-get" | "mercuryo-sign-in" | "softline-login" | "b2core-sign-in";
  readonly api: ApiId;
  readonly title: string;
  readonly method: "GET" | "POST";
  readonly path: string;
  readonly body?: string;
  /** Headers besides `accept` and `content-type`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Sends `Authorization: <token>` from an NBC Gate sign-in made before the round. */
  readonly needsToken: boolean;
  readonly expectStatus: number;
  /** Also driven against stock `prism mock specs/nbcgate.yaml` (the NBC Gate scenarios). */
  readonly onPrism: boolean;
  /**
   * Spread over this many `X-Paymock-Session` ids (fresh ones each round), so a per-account
   * attempt limit measures sign-ins rather than 429s (B2Core: see `BENCH_MOCK_ARGS`).
   */
  readonly sessions?: number;
  /** The target: paymock's req/s as a share of raw node:http's, same run (0.6 = 60 %). */
  readonly minShare: number;
}

/** The seed account of the NBC Gate mock (password login, no OTP). */
export const SIGN_IN_BODY = JSON.stringify({ email: "demo@nbcgate.test", password: "Password123" });

/**
 * Sessions the B2Core sign-in is spread over. With `--b2core-sign-in-attempts-per-minute 1000`
 * (the highest the option allows), 50 sessions take 50,000 sign-ins a minute before one is
 * refused: twice what a 5 s round can send on a 2-core machine. Not more: each new session seeds
 * all four APIs' state (about 0.4 MB), which the RSS row would count.
 */
export const B2CORE_SESSIONS = 50;

/**
 * Options paymock runs with in the bench besides the defaults: only B2Core's documented sign-in
 * limit (5 a minute per e-mail) is raised, to the most the option allows. Journal, request and
 * response validation stay as shipped.
 */
export const BENCH_MOCK_ARGS: readonly string[] = ["--b2core-sign-in-attempts-per-minute", "1000"];

/** Scenarios in the order they run. */
export const SCENARIOS: readonly Scenario[] = [
  {
    id: "example-get",
    api: "nbcgate",
    title: "GET /currency/chain (spec example, not scripted)",
    method: "GET",
    path: "/currency/chain",
    needsToken: false,
    expectStatus: 200,
    onPrism: true,
    minShare: 0.6,
  },
  {
    id: "sign-in",
    api: "nbcgate",
    title: "POST /auth/sign-in (scripted on paymock)",
    method: "POST",
    path: "/auth/sign-in",
    body: SIGN_IN_BODY,
    needsToken: false,
    expectStatus: 200,
    onPrism: true,
    minShare: 0.3,
  },
  {
    id: "auth-get",
    api: "nbcgate",
    title: "GET /api/balance with the token",
    method: "GET",
    path: "/api/balance",
    needsToken: true,
    expectStatus: 200,
    onPrism: true,
    minShare: 0.4,
  },
  {
    id: "mercuryo-sign-in",
    api: "mercuryo-spend",
    title: "Mercuryo POST /v1.6/sdk-partner/user/sign-in-no-verify (scripted)",
    method: "POST",
    path: "/v1.6/sdk-partner/user/sign-in-no-verify",
    body: JSON.stringify({ email: "kyc-complete@mercuryo.test", accept: true }),
    headers: { "sdk-partner-token": "sandbox-partner-token" },
    needsToken: false,
    expectStatus: 200,
    onPrism: false,
    minShare: 0.3,
  },
  {
    id: "softline-login",
    api: "softline-checkout",
    title: "Softline POST /v1/login_check (scripted)",
    method: "POST",
    path: "/v1/login_check",
    body: JSON.stringify({ username: "merchant", password: "merchant-secret" }),
    needsToken: false,
    expectStatus: 200,
    onPrism: false,
    minShare: 0.3,
  },
  {
    id: "b2core-sign-in",
    api: "b2core-backoffice",
    title: "B2Core POST /api/v2/signin without 2FA (scripted)",
    method: "POST",
    path: "/api/v2/signin",
    body: JSON.stringify({ email: "no2fa@b2core.test", password: "Secret123" }),
    needsToken: false,
    expectStatus: 200,
    onPrism: false,
    sessions: B2CORE_SESSIONS,
    minShare: 0.3,
  },
];

/** The paymock scenarios (all of them; kept as a name for the in-process CPU bench). */
export const PAYMOCK_SCENARIOS = SCENARIOS;

/** Which of paymock's ports (base + i) serves the scenario's API. */
export const portOffsetOf = (scenario: Scenario): number => API_IDS.indexOf(scenario.api);

/** Reads the access token from an NBC Gate sign-in answer (`{token, refreshToken}`). */
export function toToken(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const token = (body as Record<string, unknown>).token;
  return typeof token === "string" && token.length > 0 ? token : undefined;
}

/** One concrete request of a scenario. */
export interface BenchRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

/**
 * The `i`-th request of a scenario: fixed headers and body, the token when it needs one, and for a
 * scenario spread over sessions the session `${prefix}${i % sessions}`.
 */
export function benchRequestOf(scenario: Scenario, token: string | undefined, i = 0, prefix = "bench-"): BenchRequest {
  const headers: Record<string, string> = { accept: "application/json", ...scenario.headers };
  if (scenario.body !== undefined) headers["content-type"] = "application/json";
  if (scenario.needsToken && token !== undefined) headers.authorization = token;
  if (scenario.sessions !== undefined) headers["x-paymock-session"] = `${prefix}${i % scenario.sessions}`;
  return {
    method: scenario.method,
    path: scenario.path,
    headers,
    ...(scenario.body === undefined ? {} : { body: scenario.body }),
  };
}
