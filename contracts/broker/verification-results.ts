/**
 * Publishes a provider verification to the Pact Broker through its HAL API, as pact's own
 * verifiers do: find the pact of the consumer version that was verified, record the provider
 * version on its branch, then post the result to the pact's `pb:publish-verification-results`.
 * paymock verifies the pact files in the repository (one interaction at a time on a sandbox), so
 * it posts the results itself instead of letting pact-js fetch and verify the broker's copy.
 * @see https://docs.pact.io/pact_broker/advanced_topics/api_docs/publish_verification_results
 */
import type { InteractionOutcome } from "../provider/verify-pact.js";
import { type BrokerSettings, toAuthorization } from "./broker-settings.js";

/** One verification to publish. */
export interface VerificationToPublish {
  readonly provider: string;
  readonly consumer: string;
  readonly consumerVersion: string;
  readonly providerVersion: string;
  readonly providerBranch: string | undefined;
  readonly success: boolean;
  readonly outcomes: readonly InteractionOutcome[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const hrefOf = (body: unknown, rel: string): string | undefined => {
  const link = isRecord(body) && isRecord(body._links) ? body._links[rel] : undefined;
  return isRecord(link) && typeof link.href === "string" ? link.href : undefined;
};

/** Posts the verification; resolves with the URL of the result, throws with the broker's answer on failure. */
export async function publishVerificationResults(
  settings: BrokerSettings,
  verification: VerificationToPublish,
  fetchImpl: typeof fetch = fetch,
): Promise<string> {
  const authorization = toAuthorization(settings);
  const headers: Record<string, string> = {
    accept: "application/hal+json",
    "content-type": "application/json",
    ...(authorization === undefined ? {} : { authorization }),
  };
  const url = (path: string) =>
    new URL(path, settings.baseUrl.endsWith("/") ? settings.baseUrl : `${settings.baseUrl}/`);
  const call = async (method: string, target: string | URL, body?: unknown) => {
    const response = await fetchImpl(target, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text === "" ? undefined : JSON.parse(text);
    } catch {
      parsed = text;
    }
    return { status: response.status, ok: response.ok, body: parsed };
  };
  const enc = encodeURIComponent;
  const { provider, consumer, consumerVersion } = verification;

  const pact = await call(
    "GET",
    url(`pacts/provider/${enc(provider)}/consumer/${enc(consumer)}/version/${enc(consumerVersion)}`),
  );
  if (!pact.ok) {
    throw new Error(
      `the broker has no ${consumer} pact with ${provider} for version ${consumerVersion} (HTTP ${pact.status}); ` +
        "publish it first: npm run pact:publish",
    );
  }
  const publishHref = hrefOf(pact.body, "pb:publish-verification-results");
  if (publishHref === undefined) throw new Error("the broker's pact has no pb:publish-verification-results link");

  if (verification.providerBranch !== undefined) {
    const branch = await call(
      "PUT",
      url(
        `pacticipants/${enc(provider)}/branches/${enc(verification.providerBranch)}/versions/${enc(verification.providerVersion)}`,
      ),
      {},
    );
    if (!branch.ok) throw new Error(`the broker refused the provider branch version (HTTP ${branch.status})`);
  }

  const ids = new Map<string, string>();
  const interactions = isRecord(pact.body) && Array.isArray(pact.body.interactions) ? pact.body.interactions : [];
  for (const i of interactions) if (isRecord(i) && typeof i._id === "string") ids.set(String(i.description), i._id);
  const result = await call("POST", publishHref, {
    success: verification.success,
    providerApplicationVersion: verification.providerVersion,
    verifiedBy: { implementation: "paymock", version: "0.1.0" },
    testResults: verification.outcomes.map((o) => ({
      ...(ids.has(o.description) ? { interactionId: ids.get(o.description) } : {}),
      interactionDescription: o.description,
      success: o.passed,
      ...(o.problems.length > 0 ? { mismatches: o.problems.map((p) => ({ attribute: "body", description: p })) } : {}),
    })),
  });
  if (!result.ok) throw new Error(`the broker refused the verification result (HTTP ${result.status})`);
  return hrefOf(result.body, "self") ?? publishHref;
}
