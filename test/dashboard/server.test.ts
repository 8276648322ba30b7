/**
 * The dashboard's server side, in-process: assets that need nothing from outside, the admin-token
 * cookie, the per-session view, the same-origin admin pass-through and the live event stream.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ADMIN_TOKEN_COOKIE, adminTokenOf } from "../../mocks/dashboard/admin-cookie.js";
import type { EngineResponse } from "../../mocks/server.js";
import type { ApiId } from "../../src/apis.js";
import { useFixedMock } from "./support/fixed-mock.js";

const request = useFixedMock();

const get = (api: ApiId, path: string, session?: string) =>
  request(api, { method: "GET", path, headers: session === undefined ? {} : { "x-paymock-session": session } });
const post = (api: ApiId, path: string, body: object, session: string) =>
  request(api, { method: "POST", path, body, headers: { "x-paymock-session": session } });

interface View {
  here: string;
  session: string | null;
  clock: { offsetSeconds: number };
  apis: { api: string; outbox: { to: string; code: string }[]; requests: { path: string }[]; summary: unknown }[];
}
const viewOf = async (session?: string, api: ApiId = "nbcgate") =>
  (await get(api, "/__mock/ui/view", session)).body as View;
const apiOf = (view: View, api: string) => view.apis.find((a) => a.api === api);

describe("assets", () => {
  it("serves the page, its script and its style from the mock, with a strict content policy", async () => {
    const page = await get("nbcgate", "/__mock/ui");
    expect(page.status).toBe(200);
    expect(page.headers?.["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers?.["content-security-policy"]).toContain("default-src 'self'");
    for (const [name, type] of [
      ["app.js", "text/javascript"],
      ["app.css", "text/css"],
    ]) {
      const asset = await get("b2core-backoffice", `/__mock/ui/${name}`);
      expect(asset.status).toBe(200);
      expect(asset.headers?.["content-type"]).toContain(type);
      expect(String(asset.body).length).toBeGreaterThan(1000);
    }
  });

  it("needs nothing from the network: no asset names another host", () => {
    const dir = new URL("../../mocks/dashboard/assets/", import.meta.url);
    const names = readdirSync(dir);
    expect(names.sort()).toEqual(["app.css", "app.js", "index.html"]);
    for (const name of names) {
      expect(readFileSync(new URL(name, dir), "utf8"), name).not.toMatch(/(?:https?:)?\/\/[a-z0-9-]+\.[a-z]/i);
    }
  });

  it("answers an unknown dashboard path with a 404 naming the page", async () => {
    const res = await get("nbcgate", "/__mock/ui/nope");
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: "No dashboard route GET /__mock/ui/nope; open /__mock/ui." });
  });
});

describe("admin token", () => {
  it("takes ?admin-token= once into an HttpOnly, SameSite=Strict cookie and drops it from the address", async () => {
    const res = await get("nbcgate", "/__mock/ui?admin-token=s3cr3t-Token");
    expect(res.status).toBe(303);
    expect(res.headers?.location).toBe("/__mock/ui");
    expect(res.headers?.["set-cookie"]).toBe(
      `${ADMIN_TOKEN_COOKIE}=s3cr3t-Token; Path=/__mock; HttpOnly; SameSite=Strict`,
    );
  });

  it("refuses a token a cookie cannot carry", async () => {
    expect((await get("nbcgate", "/__mock/ui?admin-token=a%3Bb")).status).toBe(400);
  });

  it("is read from the header first, then from the cookie", () => {
    expect(adminTokenOf({ cookie: `other=1; ${ADMIN_TOKEN_COOKIE}=from-cookie` })).toBe("from-cookie");
    expect(adminTokenOf({ "x-paymock-admin-token": "from-header", cookie: `${ADMIN_TOKEN_COOKIE}=c` })).toBe(
      "from-header",
    );
    expect(adminTokenOf({ cookie: "other=1" })).toBeUndefined();
  });
});

describe("view", () => {
  it("shows every API's outbox and journal of the chosen session only", async () => {
    await post("nbcgate", "/auth/sign-in", { email: "otp@nbcgate.test", password: "Password123" }, "view-a");
    const a = await viewOf("view-a", "softline-checkout");
    expect(a.here).toBe("softline-checkout");
    expect(a.apis.map((x) => x.api)).toEqual(["nbcgate", "mercuryo-spend", "softline-checkout", "b2core-backoffice"]);
    expect(apiOf(a, "nbcgate")?.outbox).toMatchObject([{ to: "otp@nbcgate.test", code: "482913" }]);
    expect(apiOf(a, "nbcgate")?.requests.map((r) => r.path)).toEqual(["/auth/sign-in"]);
    const b = await viewOf("view-b");
    expect(apiOf(b, "nbcgate")?.outbox).toEqual([]);
    expect(apiOf(b, "nbcgate")?.requests).toEqual([]);
  });

  it("is not journaled itself", async () => {
    await viewOf("view-quiet");
    await get("nbcgate", "/__mock/ui", "view-quiet");
    const journal = (await get("nbcgate", "/__mock/requests", "view-quiet")).body as unknown[];
    expect(journal).toEqual([]);
  });

  it("refuses a malformed session id", async () => {
    const res = await get("nbcgate", "/__mock/ui/view", "bad id!");
    expect(res.status).toBe(400);
  });
});

describe("admin pass-through", () => {
  it("sends /__mock/ui/admin/<api>/<route> to that API's admin route in the same session", async () => {
    const moved = await post("nbcgate", "/__mock/ui/admin/b2core-backoffice/clock", { advanceSeconds: 60 }, "pass");
    expect(moved.status).toBe(200);
    const clock = (await get("softline-checkout", "/__mock/clock", "pass")).body as { offsetSeconds: number };
    expect(clock.offsetSeconds).toBe(60);
    const other = (await get("softline-checkout", "/__mock/clock", "pass-other")).body as { offsetSeconds: number };
    expect(other.offsetSeconds).toBe(0);
  });

  it("names the served APIs for an unknown one", async () => {
    const res = await post("nbcgate", "/__mock/ui/admin/nope/reset", {}, "pass");
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).toContain("nbcgate, mercuryo-spend, softline-checkout, b2core-backoffice");
  });
});

describe("event stream", () => {
  it("says `change` at once, then again soon after a request in its session, and not for another session", async () => {
    const res = (await get("nbcgate", "/__mock/events?session=live")) as EngineResponse & { body: ReadableStream };
    expect(res.headers?.["content-type"]).toContain("text/event-stream");
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let changes = 0;
    const reading = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        changes += decoder.decode(value).split("event: change").length - 1;
      }
    })();
    const waitFor = async (count: number, ms: number) => {
      const until = Date.now() + ms;
      while (changes < count && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      return changes;
    };
    try {
      expect(await waitFor(1, 5_000)).toBe(1);
      // Another session's traffic does not wake this stream.
      await post("nbcgate", "/auth/sign-in", { email: "otp@nbcgate.test", password: "Password123" }, "not-live");
      expect(await waitFor(2, 800)).toBe(1);
      await post("nbcgate", "/auth/sign-in", { email: "otp@nbcgate.test", password: "Password123" }, "live");
      expect(await waitFor(2, 5_000)).toBe(2);
    } finally {
      await reader.cancel();
      await reading;
    }
  });
});
