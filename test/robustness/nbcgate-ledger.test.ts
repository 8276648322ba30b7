/**
 * NBC Gate's ledger cannot create money. Over random sequences of transfers and exchanges with
 * valid and hostile numbers (negative commissions, zero or infinite rates via `1e309`, amounts with
 * float noise), every accepted move changes each coin's total across all companies only by what it
 * takes: a transfer by its commission, an exchange by `amount + commission` out of the source coin
 * and `amount × rate` into the target (so, valued at the agreed rate, only the commission leaves).
 * Totals never grow from a transfer; every refusal changes nothing; every balance stays finite and
 * non-negative. Refusals are NBC Gate's VALIDATION_ERROR (or INSUFFICIENT_FUNDS).
 * @see mocks/nbcgate/flows/ledger.ts, mocks/nbcgate/handlers/balances.ts
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Holding } from "../../mocks/nbcgate/flows/ledger.js";
import type { NbcgateState } from "../../mocks/nbcgate/state.js";
import { createMockServer, type MockServer } from "../../mocks/server.js";

/** A number as it goes into the JSON text (a string is spliced in raw, e.g. `1e309`). */
type Wire = number | string | undefined;

type Move =
  | {
      readonly kind: "transfer";
      readonly from: number;
      readonly toOwner: number;
      readonly amount: Wire;
      readonly commission: Wire;
    }
  | {
      readonly kind: "exchange";
      readonly from: number;
      readonly to: number;
      readonly amount: Wire;
      readonly rate: Wire;
      readonly commission: Wire;
    };

const OWN = [1, 2, 3, 4];
const OWNERS = [512, 733];

const goodAmount = fc.integer({ min: 1, max: 200_000 }).map((n) => n / 100);
const hostile = fc.constantFrom<Wire>(-1000, -0.01, 0, "1e309", "-1e309", 1e13, 0.30000000000000004, 1e-12);
const amount = fc.oneof({ weight: 4, arbitrary: goodAmount }, { weight: 1, arbitrary: hostile });
const commission = fc.oneof(
  { weight: 2, arbitrary: fc.constant<Wire>(undefined) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 500 }).map((n) => n / 100) },
  { weight: 2, arbitrary: hostile },
);
const rate = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 100_000 }).map((n) => n / 1000) },
  { weight: 1, arbitrary: fc.constantFrom<Wire>(0, -1, "1e309", 1e10) },
);

const move: fc.Arbitrary<Move> = fc.oneof(
  fc.record({
    kind: fc.constant("transfer" as const),
    from: fc.constantFrom(...OWN),
    toOwner: fc.constantFrom(...OWNERS),
    amount,
    commission,
  }),
  fc.record({
    kind: fc.constant("exchange" as const),
    from: fc.constantFrom(...OWN),
    to: fc.constantFrom(...OWN),
    amount,
    rate,
    commission,
  }),
);

/** JSON text with raw numbers spliced in; undefined fields are left out. */
const toJsonText = (fields: Readonly<Record<string, Wire>>): string =>
  `{${Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(
      ([k, v]) =>
        `${JSON.stringify(k)}:${typeof v === "string" && !/^[-\d.e]+$/.test(v) ? JSON.stringify(v) : String(v)}`,
    )
    .join(",")}}`;

const totalsByCoin = (holdings: Iterable<Holding>): Map<number, number> => {
  const totals = new Map<number, number>();
  for (const h of holdings) totals.set(h.coinId, (totals.get(h.coinId) ?? 0) + h.amount);
  return totals;
};

describe("the NBC Gate ledger", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await createMockServer({ apis: ["nbcgate"], logLevel: "silent" });
  });

  const state = () => mock.store.slot("nbcgate").state as NbcgateState;
  /** Back to the seed, and a fresh token of the demo user (company 512). */
  const resetAndSignIn = (): string => {
    mock.store.reset(); // the default session, every API
    const slot = mock.store.slot("nbcgate");
    const signIn = slot.definition.states["a signed-in user"];
    if (signIn === undefined) throw new Error("provider state missing");
    return (signIn.setup(slot.state, {}, slot.ctx) as { token: string }).token;
  };

  it("changes coin totals only by what each accepted move takes, and never on a refusal", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(move, { minLength: 1, maxLength: 12 }), async (moves) => {
        const token = resetAndSignIn();
        let n = 0;
        for (const m of moves) {
          n += 1;
          const before = new Map(state().holdings);
          const order = `prop-${n}`;
          const body =
            m.kind === "transfer"
              ? toJsonText({
                  amount: m.amount,
                  commission: m.commission,
                  from_balance_id: m.from,
                  to_owner_id: m.toOwner,
                  order_id: order,
                  product_id: 1,
                })
              : toJsonText({
                  amount: m.amount,
                  rate: m.rate,
                  commission: m.commission,
                  from_balance_id: m.from,
                  to_balance_id: m.to,
                  order_id: order,
                  product_id: 1,
                });
          const res = await mock.request("nbcgate", {
            method: "POST",
            path: m.kind === "transfer" ? "/api/transfer" : "/api/transfer/exchange",
            headers: { authorization: token, "content-type": "application/json" },
            body,
          });
          const after = state().holdings;
          for (const h of after.values()) {
            expect(Number.isFinite(h.amount)).toBe(true);
            expect(h.amount).toBeGreaterThanOrEqual(0);
          }
          if (res.status !== 204) {
            expect(res.status).toBe(400);
            const code = (res.body as { errors?: { code?: string }[] }).errors?.[0]?.code;
            expect(["VALIDATION_ERROR", "INSUFFICIENT_FUNDS"]).toContain(code);
            expect(new Map(after)).toEqual(before);
            continue;
          }
          const record = state().orders.get([...state().orders.keys()].find((k) => k.endsWith(order)) ?? "");
          if (record === undefined) throw new Error("accepted move left no order");
          expect(record.commission).toBeGreaterThanOrEqual(0);
          const was = totalsByCoin(before.values());
          const now = totalsByCoin(after.values());
          const from = before.get(m.from);
          if (from === undefined) throw new Error("unknown source balance was accepted");
          const want = new Map(was);
          if (m.kind === "transfer") {
            want.set(from.coinId, (want.get(from.coinId) ?? 0) - record.commission);
            expect(now.get(from.coinId) ?? 0).toBeLessThanOrEqual((was.get(from.coinId) ?? 0) + 1e-9);
          } else {
            const to = before.get(m.to);
            if (to === undefined) throw new Error("unknown target balance was accepted");
            want.set(from.coinId, (want.get(from.coinId) ?? 0) - record.amount - record.commission);
            want.set(to.coinId, (want.get(to.coinId) ?? 0) + record.amount * Number(m.rate));
          }
          for (const [coin, total] of now) expect(total).toBeCloseTo(want.get(coin) ?? 0, 6);
        }
      }),
      { numRuns: 60, seed: 20261201 },
    );
  });

  it.each([
    ["a negative commission", { commission: -1000 }, "commission"],
    ["an infinite rate", { rate: "1e309" }, "rate"],
    ["a zero rate", { rate: 0 }, "rate"],
    ["an amount with float noise", { amount: 0.30000000000000004 }, "amount"],
    ["a commission below 8 decimals", { commission: 1e-12 }, "commission"],
  ] as const)("refuses an exchange with %s as VALIDATION_ERROR on that field", async (_name, bad, field) => {
    const token = resetAndSignIn();
    const fields: Record<string, Wire> = {
      amount: 10,
      rate: 1.5,
      commission: 0,
      from_balance_id: 4,
      to_balance_id: 1,
      order_id: "x1",
      product_id: 1,
      ...bad,
    };
    const res = await mock.request("nbcgate", {
      method: "POST",
      path: "/api/transfer/exchange",
      headers: { authorization: token, "content-type": "application/json" },
      body: toJsonText(fields),
    });
    expect(res.status).toBe(400);
    const body = res.body as { statusCode: number; errors: { code: string; field?: string }[] };
    expect(body.statusCode).toBe(400);
    expect(body.errors[0]).toEqual({ code: "VALIDATION_ERROR", field });
  });
});
