import { describe, expect, it } from "vitest";
import { REDACTED, redactBody, redactHeaders, redactQuery } from "../../mocks/engine/redact.js";

describe("redaction", () => {
  it("replaces secret header values and lower-cases names", () => {
    expect(
      redactHeaders({ Authorization: "Bearer x", "Sdk-User-Token": "t", "Content-Type": "application/json" }),
    ).toEqual({
      authorization: REDACTED,
      "sdk-user-token": REDACTED,
      "content-type": "application/json",
    });
  });

  it("replaces secret fields at any depth and keeps one-time codes", () => {
    const body = {
      email: "a@b.c",
      password: "p",
      code: "12345",
      nested: [{ refresh_token: "r", token: "t", amount: 10 }],
    };
    expect(redactBody(body)).toEqual({
      email: "a@b.c",
      password: REDACTED,
      code: "12345",
      nested: [{ refresh_token: REDACTED, token: REDACTED, amount: 10 }],
    });
    expect(body.password).toBe("p");
  });

  it("redacts query fields", () => {
    expect(redactQuery({ token: "t", to: ["a", "b"] })).toEqual({ token: REDACTED, to: ["a", "b"] });
  });
});
