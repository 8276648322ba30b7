/**
 * `npm run bench -- --soak`: one in-process mock serving all four APIs takes 1 M mixed requests
 * (sign-ins, token reads, payments, OTP sign-ins, spec examples, client mistakes) while its clock
 * moves 1 s per 100 requests, and prints RSS after a GC every 100 k. Memory must stay flat: the
 * last reading at most 1.2 × the one at 100 k (exit code 1 otherwise). Not a test: it takes minutes.
 * Usage: `npm run bench -- --soak [--requests 1000000]`
 * @see docs/speed-and-robustness.md
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { MockResponse } from "../mocks/api.js";
import { createClock } from "../mocks/context.js";
import type { RequestInit } from "../mocks/request.js";
import { createMockServer } from "../mocks/server.js";
import type { ApiId } from "../src/apis.js";

/** A full GC before each reading, so RSS shows what is kept, not what is waiting to be collected. */
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const EVERY = 100_000;
const LIMIT_RATIO = 1.2;
const POOL = 100;

type Step = (n: number) => readonly [ApiId, RequestInit];

/** Run the soak: `requests` mixed requests; resolves with the exit code. */
export async function runSoak(requests: number): Promise<number> {
  const clock = createClock(new Date("2026-06-01T00:00:00Z"));
  const mock = await createMockServer({ logLevel: "silent", validateResponses: "off" }, { clock });
  const tokens: Partial<Record<ApiId, string>> = {};
  const keep = (api: ApiId, res: MockResponse, field: string) => {
    const value = (res.body as Record<string, unknown> | undefined)?.[field];
    if (typeof value === "string") tokens[api] = value;
  };
  const partner = { "sdk-partner-token": "sandbox-partner-token" };
  const steps: Step[] = [
    () => [
      "nbcgate",
      { method: "POST", path: "/auth/sign-in", body: { email: "demo@nbcgate.test", password: "Password123" } },
    ],
    () => ["nbcgate", { path: "/api/balance", headers: { authorization: tokens.nbcgate ?? "" } }],
    (n) => [
      "nbcgate",
      {
        method: "POST",
        path: "/auth/sign-in",
        body: { email: "otp@nbcgate.test", password: "Password123" },
        ip: String(n),
      },
    ],
    () => ["nbcgate", { path: "/currency/chain" }],
    (n) => [
      "mercuryo-spend",
      {
        method: "POST",
        path: "/v1.6/sdk-partner/user/sign-in",
        headers: partner,
        body: { email: `soak${n % POOL}@example.test`, accept: true },
      },
    ],
    (n) => [
      "mercuryo-spend",
      {
        method: "POST",
        path: "/v1.6/sdk-partner/user/sign-in-no-verify",
        headers: partner,
        body: { email: `soak${n % POOL}@example.test`, accept: true },
      },
    ],
    () => [
      "softline-checkout",
      { method: "POST", path: "/v1/login_check", body: { username: "merchant", password: "merchant-secret" } },
    ],
    (n) => [
      "softline-checkout",
      {
        method: "POST",
        path: "/v1/payment",
        headers: { authorizationjwt: `Bearer ${tokens["softline-checkout"] ?? ""}` },
        body: {
          currency: "EUR",
          amount: "9.99",
          return_success_url: "https://m.example/ok",
          payment_method: "CreditCard",
          payment_id: `soak-${n}`,
        },
      },
    ],
    () => [
      "b2core-backoffice",
      { method: "POST", path: "/api/v2/signin", body: { email: "no2fa@b2core.test", password: "Secret123" } },
    ],
    (n) => ["b2core-backoffice", { method: "GET", path: `/no/such/path/${n}` }],
  ];

  process.stdout.write(`soak: ${requests} mixed requests over 4 APIs, RSS after GC every ${EVERY}\n`);
  const readings: number[] = [];
  const statuses = new Map<number, number>();
  const started = performance.now();
  for (let n = 0; n < requests; n += 1) {
    const step = steps[n % steps.length];
    if (step === undefined) continue;
    const [api, init] = step(n);
    const res = await mock.request(api, init);
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    if (api === "nbcgate" && init.path === "/auth/sign-in" && res.status === 200) keep(api, res, "token");
    if (api === "softline-checkout" && init.path === "/v1/login_check" && res.status === 200) keep(api, res, "token");
    if (n % 100 === 99) clock.advance(1);
    if ((n + 1) % EVERY === 0) {
      gc();
      const rss = process.memoryUsage().rss / 1024 / 1024;
      readings.push(rss);
      const seconds = Math.round((performance.now() - started) / 1000);
      process.stdout.write(`  ${String(n + 1).padStart(8)} requests  RSS ${rss.toFixed(1)} MiB  (${seconds} s)\n`);
    }
  }
  const statusLine = [...statuses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([s, c]) => `${s}×${c}`)
    .join(" ");
  process.stdout.write(`  statuses: ${statusLine}\n`);
  const first = readings[0];
  const last = readings[readings.length - 1];
  if (first === undefined || last === undefined) {
    process.stdout.write(`soak: fewer than ${EVERY} requests, nothing to compare\n`);
    return 0;
  }
  const ratio = last / first;
  const flat = ratio <= LIMIT_RATIO;
  process.stdout.write(
    `soak: last/first = ${ratio.toFixed(2)} (limit ${LIMIT_RATIO}) -> ${flat ? "flat" : "GROWING"}; 5xx: ${[...statuses].filter(([s]) => s >= 500).reduce((a, [, c]) => a + c, 0)}\n`,
  );
  return flat && ![...statuses.keys()].some((s) => s >= 500) ? 0 : 1;
}
