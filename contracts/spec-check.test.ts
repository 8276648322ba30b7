/**
 * Every interaction of every committed pact is valid for its spec, and deliberately broken
 * interactions (built from a real one) are caught: a forbidden response body, a missing
 * credential, a bad header, a request body the spec refuses, an unknown path or method.
 * The committed pact files are written atomically by the consumer tests, so reading them while
 * those run in parallel sees a complete file.
 */
import { describe, expect, it } from "vitest";
import { API_IDS } from "../src/apis.js";
import { type PactFile, type PactInteraction, readPactFile, toPactPath } from "./pact-files.js";
import { checkInteraction, checkPact, loadEngineFor } from "./spec-check.js";

function interactionOf(pact: PactFile, description: string): PactInteraction {
  const found = pact.interactions.find((i) => i.description === description);
  if (found === undefined) throw new Error(`no interaction "${description}"`);
  return found;
}

describe("committed pacts against the specs", () => {
  it.each(API_IDS)("every interaction of the %s pact is allowed by its spec", async (api) => {
    const pact = readPactFile(toPactPath(api));
    expect(pact.interactions.length).toBeGreaterThan(5);
    expect(await checkPact(api, pact)).toEqual([]);
  });
});

describe("broken interactions are reported", () => {
  const pact = readPactFile(toPactPath("mercuryo-spend"));
  const balance = interactionOf(pact, "a request for the card balance");
  const openCard = interactionOf(pact, "a request to open a card");
  const json = (content: unknown) => ({ content, contentType: "application/json", encoded: false });

  it("finds nothing wrong with the real interaction", async () => {
    expect(checkInteraction(await loadEngineFor("mercuryo-spend"), balance)).toEqual([]);
  });

  it("reports a response body the spec forbids, and only that interaction in a pact", async () => {
    const broken: PactInteraction = {
      ...balance,
      description: "a balance as a number",
      response: { ...balance.response, body: json({ status: "200", data: { fiat_amount: 90, fiat_currency: "EUR" } }) },
    };
    const findings = await checkPact("mercuryo-spend", { ...pact, interactions: [...pact.interactions, broken] });
    expect(findings).toEqual([
      {
        interaction: "a balance as a number",
        part: "response",
        message: "body data fiat_amount: Response body property data.fiat_amount must be string",
      },
    ]);
  });

  it("reports a missing required response field", async () => {
    const broken = { ...balance, response: { ...balance.response, body: json({ status: "200" }) } };
    expect(checkInteraction(await loadEngineFor("mercuryo-spend"), broken)).toEqual([
      expect.objectContaining({ part: "response", message: "body: Response body must have required property 'data'" }),
    ]);
  });

  it("reports a success body under a status the operation only has as an error", async () => {
    const broken = { ...balance, response: { ...balance.response, status: 201 } };
    const messages = checkInteraction(await loadEngineFor("mercuryo-spend"), broken).map((f) => f.message);
    expect(messages).toContain("body: Response body must have required property 'code'");
  });

  it("reports a request without the user token and one without B2B-User-Ip", async () => {
    const engine = await loadEngineFor("mercuryo-spend");
    const noToken = { ...balance, request: { ...balance.request, headers: { "B2B-User-Ip": ["203.0.113.7"] } } };
    const noIp = { ...balance, request: { ...balance.request, headers: { "Sdk-User-Token": ["token"] } } };
    expect(checkInteraction(engine, noToken).map((f) => f.message)).toEqual([
      "credential missing: getCardBalance needs the sdk-user-token header",
    ]);
    expect(checkInteraction(engine, noIp).map((f) => f.message)).toEqual([
      "header: Request header must have required property 'b2b-user-ip'",
    ]);
  });

  it("reports a request body the spec refuses", async () => {
    const broken = { ...openCard, request: { ...openCard.request, body: json({ fiat_currency: "USD" }) } };
    expect(checkInteraction(await loadEngineFor("mercuryo-spend"), broken)).toEqual([
      {
        interaction: "a request to open a card",
        part: "request",
        message:
          "body fiat_currency: Request body property fiat_currency must be equal to one of the allowed values: EUR",
      },
    ]);
  });

  it("reports an unknown path and a method the path does not have", async () => {
    const engine = await loadEngineFor("mercuryo-spend");
    const path = { ...balance, request: { ...balance.request, path: "/sdk-partner/spend/cards/balances" } };
    const method = { ...balance, request: { ...balance.request, method: "DELETE" } };
    expect(checkInteraction(engine, path).map((f) => f.message)).toEqual([
      "no operation has the path /sdk-partner/spend/cards/balances",
    ]);
    expect(checkInteraction(engine, method).map((f) => f.message)).toEqual([
      "DELETE is not allowed on /sdk-partner/spend/cards/balance (allowed: GET)",
    ]);
  });
});
