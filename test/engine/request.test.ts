import { describe, expect, it } from "vitest";
import { normalizePath, parsePrefer, toMockRequest } from "../../mocks/request.js";

describe("normalizePath", () => {
  it.each([
    ["//auth/sign-in", "/auth/sign-in"],
    ["/api//transfer///exchange", "/api/transfer/exchange"],
    ["/plain", "/plain"],
  ])("%s -> %s", (given, want) => {
    expect(normalizePath(given)).toBe(want);
  });
});

describe("parsePrefer", () => {
  it.each([
    [undefined, {}],
    ["code=404", { code: 404 }],
    ["code=400, example=otpRequired", { code: 400, example: "otpRequired" }],
    ['example="tokenExpired"; dynamic=true', { example: "tokenExpired", dynamic: true }],
    ["code=abc", {}],
  ])("%s", (given, want) => {
    expect(parsePrefer(given)).toEqual(want);
  });
});

describe("toMockRequest", () => {
  it("parses query, lower-cases headers and parses a JSON body", () => {
    const req = toMockRequest({
      method: "post",
      path: "//api/x?a=1&a=2&b=3",
      headers: { "Content-Type": "application/json; charset=utf-8", "X-Token": "t" },
      body: '{"k":1}',
    });
    expect(req).toMatchObject({
      method: "POST",
      path: "/api/x",
      query: { a: ["1", "2"], b: "3" },
      headers: { "x-token": "t" },
      body: { k: 1 },
      bodyError: undefined,
      contentType: "application/json",
    });
  });

  it("marks malformed JSON instead of throwing", () => {
    const req = toMockRequest({
      method: "POST",
      path: "/",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    expect(req.bodyError).toBe("malformed-json");
    expect(req.body).toBeUndefined();
  });

  it("keeps a non-JSON body as text", () => {
    const req = toMockRequest({ method: "POST", path: "/", headers: { "content-type": "text/plain" }, body: "hi" });
    expect(req).toMatchObject({ body: "hi", contentType: "text/plain", bodyError: undefined });
  });

  it("sends an object body as JSON", () => {
    const req = toMockRequest({ method: "POST", path: "/", body: { a: 1 } });
    expect(req).toMatchObject({ body: { a: 1 }, rawBody: '{"a":1}', contentType: "application/json" });
  });
});
