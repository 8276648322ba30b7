/**
 * Engine guarantees the rest of the suite leans on: time-driven state is moved before a request is
 * served (not only after a clock call), and a response that breaks the spec is reported in the log.
 * @see mocks/server.ts
 */
import { Writable } from "node:stream";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { json } from "../../mocks/api.js";
import { createClock } from "../../mocks/context.js";
import { nbcgateApi } from "../../mocks/nbcgate/index.js";
import { DEMO_EMAIL, SEED_PASSWORD } from "../../mocks/nbcgate/seed-data.js";
import { createMockServer } from "../../mocks/server.js";

const SIGN_IN = { email: DEMO_EMAIL, password: SEED_PASSWORD };
const asJson = (body: unknown) => body as { data?: { status?: string } };

describe("time-driven state", () => {
  it("moves before a request is served, with no clock call and no ticker", async () => {
    const clock = createClock(new Date("2026-03-01T00:00:00Z"));
    const mock = await createMockServer({ apis: ["mercuryo-spend"], logLevel: "silent" }, { clock });
    const slot = mock.store.slot("mercuryo-spend");
    const setup = slot.definition.states["a user with a sell request in progress"];
    if (setup === undefined) throw new Error("provider state missing");
    const { token, sellRequestId } = setup.setup(slot.state, {}, slot.ctx) as { token: string; sellRequestId: string };
    const status = async () =>
      asJson(
        (
          await mock.request("mercuryo-spend", {
            path: `/v1.6/sdk-partner/spend/cards/sell-request/${sellRequestId}/status`,
            headers: { "sdk-user-token": token, "b2b-user-ip": "203.0.113.7" },
          })
        ).body,
      ).data?.status;
    expect(await status()).toBe("new");
    // The injected clock moves by itself here: nothing calls tickAll or the admin clock route.
    clock.advance(10 * mock.options.mercuryo.sellRequestStepSeconds);
    expect(await status()).toBe("succeeded");
  });
});

describe("response validation", () => {
  it("logs a scripted response that does not match the spec", async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: "warn", base: undefined },
      new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(chunk.toString("utf8"));
          done();
        },
      }),
    );
    const broken = {
      ...nbcgateApi,
      handlers: { ...nbcgateApi.handlers, signIn: () => json(200, { token: 42 }) },
    };
    const mock = await createMockServer({ apis: ["nbcgate"] }, { logger, definitions: [broken] });
    const res = await mock.request("nbcgate", { method: "POST", path: "/auth/sign-in", body: SIGN_IN });
    expect(res.status).toBe(200);
    const warning = lines
      .map((l) => JSON.parse(l) as { msg: string; operationId?: string })
      .find((l) => l.msg === "response does not match the spec");
    expect(warning?.operationId).toBe("signIn");
  });

  it("stays quiet for a response that matches", async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: "warn", base: undefined },
      new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(chunk.toString("utf8"));
          done();
        },
      }),
    );
    const mock = await createMockServer({ apis: ["nbcgate"] }, { logger });
    const res = await mock.request("nbcgate", { method: "POST", path: "/auth/sign-in", body: SIGN_IN });
    expect(res.status).toBe(200);
    expect(lines.filter((l) => l.includes("does not match"))).toEqual([]);
  });
});
