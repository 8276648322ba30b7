/**
 * The state view's summaries of each vendor, read through the dashboard's view after real flows:
 * tokens with their expiry against the session clock, codes, rate limits; secrets only by prefix.
 */
import { describe, expect, it } from "vitest";
import type { Summary, TimeCell } from "../../mocks/dashboard/summary.js";
import type { ApiId } from "../../src/apis.js";
import { useFixedMock } from "./support/fixed-mock.js";

const request = useFixedMock();

const send = (api: ApiId, method: string, path: string, session: string, body?: object, headers = {}) =>
  request(api, { method, path, headers: { "x-paymock-session": session, ...headers }, ...(body ? { body } : {}) });

async function summaryOf(api: ApiId, session: string): Promise<Summary> {
  const view = (await send(api, "GET", "/__mock/ui/view", session)).body as {
    apis: { api: string; summary: Summary }[];
  };
  const found = view.apis.find((a) => a.api === api);
  if (found === undefined) throw new Error(`no ${api} in the view`);
  return found.summary;
}
const section = (summary: Summary, title: string) => {
  const found = summary.sections.find((s) => s.title === title);
  if (found === undefined) throw new Error(`no section ${title}: ${summary.sections.map((s) => s.title).join(", ")}`);
  return found;
};
const isTime = (cell: unknown): cell is TimeCell => typeof cell === "object" && cell !== null && "kind" in cell;

describe("state summaries", () => {
  it("nbcgate: a signed-in user's access token expires after an hour of mock time, shown by prefix only", async () => {
    const answer = await send("nbcgate", "POST", "/auth/sign-in", "nbc", {
      email: "demo@nbcgate.test",
      password: "Password123",
    });
    const { token } = answer.body as { token: string };
    let tokens = section(await summaryOf("nbcgate", "nbc"), "Access tokens");
    expect(tokens.rows).toHaveLength(1);
    const [user, shown, , , expires] = tokens.rows[0] ?? [];
    expect(user).toBe("demo@nbcgate.test");
    expect(shown).toBe(`${token.slice(0, 6)}…`);
    expect(isTime(expires) && expires.expiry && !expires.past).toBe(true);
    expect(JSON.stringify(await summaryOf("nbcgate", "nbc"))).not.toContain(token);

    await send("nbcgate", "POST", "/__mock/clock", "nbc", { advanceSeconds: 3601 });
    tokens = section(await summaryOf("nbcgate", "nbc"), "Access tokens");
    const after = tokens.rows[0]?.[4];
    expect(isTime(after) && after.past).toBe(true);
  });

  it("nbcgate: a pending one-time code is listed with its purpose", async () => {
    await send("nbcgate", "POST", "/auth/sign-in", "nbc-code", { email: "otp@nbcgate.test", password: "Password123" });
    const codes = section(await summaryOf("nbcgate", "nbc-code"), "One-time codes");
    expect(codes.rows[0]?.slice(0, 4)).toEqual(["otp@nbcgate.test", "sign-in", "482913", "pending"]);
  });

  it("b2core: repeated wrong passwords show up as a rate-limit window, then a block", async () => {
    for (let i = 0; i < 6; i++) {
      await send("b2core-backoffice", "POST", "/api/v2/signin", "b2c", {
        email: "admin@b2core.test",
        password: "wrong",
      });
    }
    const limits = section(await summaryOf("b2core-backoffice", "b2c"), "Rate limits");
    expect(limits.rows[0]?.slice(0, 3)).toEqual(["sign-in", "admin@b2core.test", "blocked"]);
    const until = limits.rows[0]?.[4];
    expect(isTime(until) && until.expiry && !until.past).toBe(true);
    const admins = section(await summaryOf("b2core-backoffice", "b2c"), "Administrators");
    expect(admins.rows.map((r) => r[1])).toContain("admin@b2core.test");
  });

  it("softline: the seed orders and a new token for the seed account", async () => {
    await send("softline-checkout", "POST", "/v1/login_check", "sl", {
      username: "merchant",
      password: "merchant-secret",
    });
    const summary = await summaryOf("softline-checkout", "sl");
    expect(section(summary, "Tokens").rows.map((r) => r[0])).toEqual(["merchant"]);
    expect(section(summary, "Orders and payments").rows.length).toBeGreaterThan(0);
    expect(section(summary, "API accounts").rows).toEqual([["merchant"], ["merchant2"]]);
  });

  it("mercuryo: the seed user with complete KYC and no card yet", async () => {
    const users = section(await summaryOf("mercuryo-spend", "mer"), "Users");
    expect(users.rows).toEqual([
      ["kyc-complete@mercuryo.test", "crypto complete, card complete", "+35799339993", null],
    ]);
    expect(section(await summaryOf("mercuryo-spend", "mer"), "Cards").rows).toEqual([]);
  });
});
