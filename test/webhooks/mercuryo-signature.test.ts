/**
 * Mercuryo `X-Signature` check against the documented example: the seed transaction callback as
 * compact JSON, signed with Sign Key `sandbox-sign-key` (specs/mercuryo-spend.yaml, XSignature).
 */
import { describe, expect, it } from "vitest";
import { toMercuryoSignature, verifyMercuryoSignature } from "../../src/webhooks/mercuryo-signature.js";

const SIGN_KEY = "sandbox-sign-key";
const SIGNATURE = "cde9a690c9339a3fd5cf089bb459191577e6c8a87564b4cf000fa1158aa69d8b";
const RAW_BODY =
  '{"data":{"id":"0ab3f70c72c0f5056","fee":"11.80","card":{"number":"1111"},"rate":"25756.99","type":"buy",' +
  '"user":{"email":"sf@mercuryo.io","phone":"+3570000000","uuid4":"b5086805-4b83-4415-8a00-5c1ad43210b6","country_code":"de"},' +
  '"amount":"0.00148310","status":"paid","currency":"BTC","created_at":"2023-09-07 07:32:33","updated_at":"2023-09-07 07:32:46",' +
  '"fiat_amount":"50.00","partner_fee":"0.00","created_at_ts":1694071953,"fiat_currency":"USD","updated_at_ts":1694071966,' +
  '"payment_method":"card","card_masked_pan":null,"merchant_transaction_id":"123"}}';

describe("verifyMercuryoSignature", () => {
  it("accepts the documented example (string and byte bodies)", () => {
    expect(toMercuryoSignature(RAW_BODY, SIGN_KEY)).toBe(SIGNATURE);
    expect(verifyMercuryoSignature(RAW_BODY, SIGNATURE, SIGN_KEY)).toBe(true);
    expect(verifyMercuryoSignature(Buffer.from(RAW_BODY, "utf8"), SIGNATURE, SIGN_KEY)).toBe(true);
  });

  it("accepts upper-case hex and surrounding whitespace in the header", () => {
    expect(verifyMercuryoSignature(RAW_BODY, ` ${SIGNATURE.toUpperCase()} `, SIGN_KEY)).toBe(true);
  });

  it("rejects a changed body, a wrong key and a re-serialised (pretty) body", () => {
    expect(verifyMercuryoSignature(RAW_BODY.replace('"50.00"', '"500.00"'), SIGNATURE, SIGN_KEY)).toBe(false);
    expect(verifyMercuryoSignature(RAW_BODY, SIGNATURE, "other-key")).toBe(false);
    expect(verifyMercuryoSignature(JSON.stringify(JSON.parse(RAW_BODY), null, 2), SIGNATURE, SIGN_KEY)).toBe(false);
  });

  it("rejects missing, short, long and non-hex headers without throwing", () => {
    for (const header of [
      undefined,
      null,
      "",
      SIGNATURE.slice(0, 63),
      `${SIGNATURE}00`,
      `${SIGNATURE.slice(0, 63)}g`,
    ]) {
      expect(verifyMercuryoSignature(RAW_BODY, header, SIGN_KEY)).toBe(false);
    }
    expect(verifyMercuryoSignature(RAW_BODY, SIGNATURE, "")).toBe(false);
  });
});
