/**
 * Softline orders, payments, refunds and subscriptions belong to the API account whose token
 * created them: another account gets the same not-found answer as for an id that does not exist
 * (conventions #15: the vendor cannot tell them apart, so neither does the mock).
 * Seed: `merchant` owns 5555555 and the rest of the seed; `merchant2` owns 5555800.
 * @see mocks/softline-checkout/handlers.ts (ownOrder)
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { MockResponse } from "../../mocks/api.js";
import { createClock, createCounterIds } from "../../mocks/context.js";
import { createMockServer, type MockServer } from "../../mocks/server.js";
import { SECOND_ACCOUNT, SEED_ACCOUNT } from "../../mocks/softline-checkout/state.js";

let mock: MockServer;
const tokens: Record<string, string> = {};

const call = (who: string, method: string, path: string, body?: object): Promise<MockResponse> =>
  mock.request("softline-checkout", {
    method,
    path,
    headers: { authorizationjwt: `Bearer ${tokens[who] ?? ""}` },
    ...(body === undefined ? {} : { body }),
  });

beforeAll(async () => {
  mock = await createMockServer(
    { apis: ["softline-checkout"], logLevel: "silent" },
    { clock: createClock(new Date("2026-02-01T00:00:00Z")), ids: createCounterIds() },
  );
  for (const account of [SEED_ACCOUNT, SECOND_ACCOUNT]) {
    const res = await mock.request("softline-checkout", { method: "POST", path: "/v1/login_check", body: account });
    expect(res.status).toBe(200);
    tokens[account.username] = (res.body as { token: string }).token;
  }
});

const NOT_FOUND = { errors: [{ error: 2001, message: "Order not found." }] };

describe("order ownership", () => {
  it("lets each merchant read its own seed order", async () => {
    expect((await call("merchant", "GET", "/v1/order/5555555")).status).toBe(200);
    expect((await call("merchant2", "GET", "/v1/order/5555800")).status).toBe(200);
  });

  it("answers another merchant's order exactly as an unknown one", async () => {
    const foreign = await call("merchant2", "GET", "/v1/order/5555555");
    const unknown = await call("merchant2", "GET", "/v1/order/9999999");
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(NOT_FOUND);
    expect(foreign.body).toEqual(unknown.body);
    expect((await call("merchant", "GET", "/v1/order/5555800")).body).toEqual(NOT_FOUND);
  });

  it("lists only the caller's orders in a search", async () => {
    const second = (await call("merchant2", "POST", "/v1/order/search", {})).body as { ids: number[] };
    expect(second.ids).toEqual([5555800]);
    const first = (await call("merchant", "POST", "/v1/order/search", {})).body as { ids: number[] };
    expect(first.ids).toContain(5555555);
    expect(first.ids).not.toContain(5555800);
  });

  it("refuses to refund another merchant's order, and leaves it untouched", async () => {
    const refund = await call("merchant2", "POST", "/v1/order/5555555/refund", { email: "ops@merchant2.test" });
    expect(refund.status).toBe(404);
    expect(refund.body).toEqual(NOT_FOUND);
    const order = (await call("merchant", "GET", "/v1/order/5555555")).body as { refunds?: unknown[] };
    expect(order.refunds ?? []).toEqual([]);
  });

  it("gives a new payment to the account that created it", async () => {
    const created = await call("merchant2", "POST", "/v1/payment", {
      currency: "EUR",
      amount: "12.00",
      return_success_url: "https://merchant2.example/ok",
      payment_method: "CreditCard",
      payment_id: "m2-inv-0002",
    });
    expect(created.status).toBe(200);
    const id = (created.body as { order_id: number }).order_id;
    expect((await call("merchant2", "GET", `/v1/order/${id}`)).status).toBe(200);
    expect((await call("merchant", "GET", `/v1/order/${id}`)).body).toEqual(NOT_FOUND);
  });

  it("keeps recurring parents and subscriptions to their owner", async () => {
    const child = await call("merchant2", "POST", "/v1/payment/recurring", {
      parent_order_id: 5555600,
      currency: "EUR",
      amount: 10,
      payment_id: "m2-renewal",
    });
    const unknownParent = await call("merchant2", "POST", "/v1/payment/recurring", {
      parent_order_id: 9999999,
      currency: "EUR",
      amount: 10,
      payment_id: "m2-renewal",
    });
    expect(child.status).toBe(400);
    expect((child.body as typeof NOT_FOUND).errors[0]?.error).toBe(2001);
    expect(child.body).toEqual(unknownParent.body);
    const own = await call("merchant", "GET", "/v1/subscription/111111_22222");
    expect(own.status).toBe(200);
    const foreign = await call("merchant2", "GET", "/v1/subscription/111111_22222");
    const unknown = await call("merchant2", "GET", "/v1/subscription/999_1");
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(unknown.body);
  });
});
