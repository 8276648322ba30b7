/** README example for Mercuryo (README.md shows the region below verbatim; examples.test.ts runs it). */
import { createMercuryoSpendClient } from "../../../src/index.js";

// #region example
export async function mercuryoExample(baseUrl: string, askUserForCode: () => Promise<string>) {
  const mercuryo = createMercuryoSpendClient({
    baseUrl, // e.g. https://sandbox-api.mrcr.io/v1.6
    partnerToken: "sandbox-partner-token",
    userIp: "203.0.113.7", // the end user's real IP, sent as B2B-User-Ip
  });

  const started = await mercuryo.signIn("kyc-complete@mercuryo.test");
  if (started.kind !== "challenge") return started;
  const verified = await started.challenge.verify(await askUserForCode());
  if (verified.kind !== "signed-in") return verified;

  // Sdk-User-Token and B2B-User-Ip are added by the client; 401000 triggers one shared refresh.
  const { data, error } = await mercuryo.GET("/sdk-partner/user/kyc-status");
  await mercuryo.signOut();
  return error ?? data.data.features;
}
// #endregion example
