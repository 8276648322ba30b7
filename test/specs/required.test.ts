/**
 * Required-ness is guarded: which fields each response schema requires is pinned in
 * `required-fields.json`, so making a required field optional (or the reverse) fails here until
 * the pin is changed on purpose. The fields the vendor documents as required are listed by hand
 * as well, so the pin cannot quietly drop one of them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { API_IDS, type ApiId } from "../../src/apis.js";
import { requiredFieldsOf } from "./required-fields.js";
import { loadSpec } from "./spec-doc.js";

const pinned = JSON.parse(readFileSync(new URL("./required-fields.json", import.meta.url), "utf8")) as Record<
  ApiId,
  Record<string, string[]>
>;

/** Response fields a vendor page marks required (or always shows), by schema. */
const DOCUMENTED: Record<ApiId, Record<string, string[]>> = {
  // The login page marks date, token and refresh_token "required"; `date` is a response header.
  "softline-checkout": { "#/components/schemas/LoginResponse": ["refresh_token", "token"] },
  // Seed answers of sign-in-no-verify / verify and refresh.
  "mercuryo-spend": {
    "#/components/schemas/UserToken": ["bearer_token", "user_uuid"],
    "#/components/schemas/RefreshedToken": ["bearer_token", "timeout", "user_uuid"],
  },
  // The seed's token objects and sign-in shapes.
  "b2core-backoffice": {
    "#/components/schemas/TokenInfo": ["createdAt", "expiresAt", "token"],
    "#/components/schemas/TokenPair": ["accessToken", "refreshToken"],
    "#/components/schemas/SignInTwoFactorRequired": ["2faDetails", "2faRequired"],
  },
  // The authorization guide's answer.
  nbcgate: { "#/components/schemas/SignInResponse": ["refreshToken", "token"] },
};

describe.each(API_IDS)("required response fields of specs/%s.yaml", (api) => {
  const actual = requiredFieldsOf(loadSpec(api));

  it("match the pin in test/specs/required-fields.json (change it on purpose only)", () => {
    expect(actual).toEqual(pinned[api]);
  });

  it.each(Object.entries(DOCUMENTED[api]))("%s requires what the vendor documents", (pointer, fields) => {
    expect(actual[pointer] ?? []).toEqual(expect.arrayContaining(fields));
  });
});
