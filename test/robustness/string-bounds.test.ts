/**
 * Strings the mocks store are bounded by the spec (`maxLength`, the vendor's where documented, else
 * a bound the spec declares): an over-long one is refused with the vendor's validation error and
 * nothing is stored. (300 Softline payments with a 900 KiB `payment_id` once added 270 MiB.)
 * @see specs/*.yaml (maxLength on request strings)
 */
import { describe, expect, it } from "vitest";
import { createMockServer } from "../../mocks/server.js";
import type { SoftlineState } from "../../mocks/softline-checkout/state.js";
import type { ApiId } from "../../src/apis.js";

const HUGE = "x".repeat(900 * 1024);

async function start(api: ApiId) {
  return createMockServer({ apis: [api], logLevel: "silent", maxBodyBytes: 2 * 1024 * 1024 });
}

function setUp(mock: Awaited<ReturnType<typeof start>>, api: ApiId, state: string) {
  const slot = mock.store.slot(api);
  return slot.definition.states[state]?.setup(slot.state, {}, slot.ctx) as Record<string, string>;
}

describe("stored strings are bounded", () => {
  it("Softline: a 900 KiB payment_id is 1005 (invalid data), and no order is created", async () => {
    const mock = await start("softline-checkout");
    const { token } = setUp(mock, "softline-checkout", "a valid token");
    const orders = (mock.store.slot("softline-checkout").state as SoftlineState).orders.size;
    const res = await mock.request("softline-checkout", {
      method: "POST",
      path: "/v1/payment",
      headers: { authorizationjwt: `Bearer ${token}` },
      body: {
        currency: "EUR",
        amount: "1.00",
        return_success_url: "https://m.example/ok",
        payment_method: "CreditCard",
        payment_id: HUGE,
      },
    });
    expect(res.status).toBe(400);
    expect((res.body as { errors: { error: number }[] }).errors[0]?.error).toBe(1005);
    expect((mock.store.slot("softline-checkout").state as SoftlineState).orders.size).toBe(orders);
  });

  it("NBC Gate: a 900 KiB e-mail is VALIDATION_ERROR on email", async () => {
    const mock = await start("nbcgate");
    const res = await mock.request("nbcgate", {
      method: "POST",
      path: "/auth/sign-up/email/get-code",
      body: { email: `${HUGE}@example.com` },
    });
    expect(res.status).toBe(400);
    expect((res.body as { errors: { code: string; field?: string }[] }).errors[0]).toEqual({
      code: "VALIDATION_ERROR",
      field: "email",
    });
    expect(mock.store.slot("nbcgate").ctx.outbox.list()).toEqual([]);
  });

  it("Mercuryo: a 900 KiB e-mail is 400001, and no user is created", async () => {
    const mock = await start("mercuryo-spend");
    const res = await mock.request("mercuryo-spend", {
      method: "POST",
      path: "/v1.6/sdk-partner/user/sign-in",
      headers: { "sdk-partner-token": "sandbox-partner-token" },
      body: { email: `${HUGE}@example.com`, accept: true },
    });
    expect(res.status).toBe(400);
    expect((res.body as { code: number; data: Record<string, unknown> }).code).toBe(400001);
    expect(Object.keys((res.body as { data: Record<string, unknown> }).data)).toContain("email");
  });

  it("B2Core: a 900 KiB client name is validationFailed", async () => {
    const mock = await start("b2core-backoffice");
    const { accessToken } = setUp(mock, "b2core-backoffice", "a signed-in admin");
    const res = await mock.request("b2core-backoffice", {
      method: "POST",
      path: "/api/v2/clients",
      headers: { authorization: `Bearer ${accessToken}` },
      body: { email: "new@client.test", name: HUGE },
    });
    expect(res.status).toBe(400);
    expect((res.body as { code: string; errors?: Record<string, unknown> }).code).toBe("validationFailed");
    expect(Object.keys((res.body as { errors: Record<string, unknown> }).errors)).toContain("name");
  });
});
