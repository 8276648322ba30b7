/**
 * The in-process mock as a test suite uses it (issues #12, #14): the typed admin helper's fault,
 * callback-target and per-API reset methods, and the dashboard's Server-Sent Events read through
 * createMockFetch as a stream (not buffered into a body), ended by the caller's abort.
 */
import { describe, expect, it } from "vitest";
import { createMockFetch } from "../../mocks/start-mock.js";

const signInOtp = (mf: ReturnType<typeof createMockFetch>, session: string) =>
  mf(`${mf.url("nbcgate")}/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-paymock-session": session },
    body: JSON.stringify({ email: "otp@nbcgate.test", password: "Password123" }),
  });

describe("the typed admin helper", () => {
  it("lists faults and removes one by id, and refuses an id that is not there", async () => {
    const mf = createMockFetch();
    try {
      const admin = mf.admin("nbcgate", { session: "faults" });
      const first = await admin.fault({ operationId: "listBalances", status: 503 });
      const second = await admin.fault({ operationId: "signIn", status: 502 });
      expect((await admin.faults()).map((f) => f.id)).toEqual([first.id, second.id]);
      await admin.removeFault(first.id);
      expect((await admin.faults()).map((f) => [f.id, f.operationId])).toEqual([[second.id, "signIn"]]);
      expect(
        (await mf(`${mf.url("nbcgate")}/api/balance`, { headers: { "x-paymock-session": "faults" } })).status,
      ).toBe(401);
      await expect(admin.removeFault(first.id)).rejects.toThrow(
        new RegExp(`DELETE /__mock/faults/${first.id} answered 404: No fault ${first.id}`),
      );
      // Another session's faults are its own.
      expect(await mf.admin("nbcgate").faults()).toEqual([]);
    } finally {
      await mf.close();
    }
  });

  it("reads, sets and clears the session's callback target; refuses a URL that is not http(s)", async () => {
    const mf = createMockFetch();
    try {
      const admin = mf.admin("softline-checkout", { session: "hooks" });
      expect(await admin.callbackTarget.get()).toBeNull();
      expect(await admin.callbackTarget.set(new URL("http://127.0.0.1:9/hooks"))).toBe("http://127.0.0.1:9/hooks");
      // The target is the session's: every API's helper sees it, other sessions do not.
      expect(await mf.admin("nbcgate", { session: "hooks" }).callbackTarget.get()).toBe("http://127.0.0.1:9/hooks");
      expect(await mf.admin("softline-checkout").callbackTarget.get()).toBeNull();
      await expect(admin.callbackTarget.set("ftp://example.test/x")).rejects.toThrow(/answered 400/);
      expect(await admin.callbackTarget.get()).toBe("http://127.0.0.1:9/hooks");
      expect(await admin.callbackTarget.set(null)).toBeNull();
      expect(await admin.callbackTarget.get()).toBeNull();
    } finally {
      await mf.close();
    }
  });

  it("reset({ api }) empties that API of the session only; reset() the whole session", async () => {
    const mf = createMockFetch({ otpCode: "111222" });
    try {
      const nbc = mf.admin("nbcgate", { session: "r" });
      const b2core = mf.admin("b2core-backoffice", { session: "r" });
      expect((await signInOtp(mf, "r")).status).toBe(400);
      await b2core.fault({ operationId: "listClients", status: 503 });
      await nbc.clock.advance(120);
      await b2core.reset({ api: "nbcgate" });
      expect(await nbc.outbox()).toEqual([]);
      expect(await nbc.requests()).toEqual([]);
      expect(await b2core.faults()).toHaveLength(1);
      expect((await nbc.clock.get()).offsetSeconds).toBe(120);
      await nbc.reset();
      expect(await b2core.faults()).toEqual([]);
      expect((await nbc.clock.get()).offsetSeconds).toBe(0);
    } finally {
      await mf.close();
    }
  });
});

describe("createMockFetch and Server-Sent Events", () => {
  it("streams GET /__mock/events: a change event after a sign-in in the session, until the caller aborts", async () => {
    const mf = createMockFetch();
    try {
      const abort = new AbortController();
      const response = await mf(`${mf.url("nbcgate")}/__mock/events?session=live`, { signal: abort.signal });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
      expect(response.body).toBeInstanceOf(ReadableStream);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      let text = "";
      /** Reads until `count` change events have come (the stream never ends by itself). */
      const changes = async (count: number) => {
        while ((text.match(/event: change\n/g) ?? []).length < count) {
          const { done, value } = await reader.read();
          if (done) throw new Error(`the stream ended after: ${text}`);
          text += decoder.decode(value, { stream: true });
        }
        return [...text.matchAll(/data: (\{.*\})\n/g)].map(
          (m) => JSON.parse(m[1] as string) as { fingerprint: string },
        );
      };
      expect(text).toBe("");
      const [first] = await changes(1);
      expect(text.startsWith("retry: 1000\n\n")).toBe(true);
      expect((await signInOtp(mf, "live")).status).toBe(400);
      const [, second] = await changes(2);
      expect(second?.fingerprint).not.toBe(first?.fingerprint);

      abort.abort(new Error("test done"));
      // A heartbeat already on its way may still arrive; after it the stream fails with the reason.
      const afterAbort = async () => {
        for (let i = 0; i < 5; i += 1) {
          const { done } = await reader.read();
          if (done) throw new Error("the stream ended instead of failing with the abort reason");
        }
        throw new Error("the stream kept going after the abort");
      };
      await expect(afterAbort()).rejects.toThrow("test done");
    } finally {
      await mf.close();
    }
  });
});
