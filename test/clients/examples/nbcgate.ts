/** README example for NBC Gate (README.md shows the region below verbatim; examples.test.ts runs it). */
import { createNbcgateClient } from "../../../src/index.js";

// #region example
export async function nbcgateExample(baseUrl: string, askUserForCode: () => Promise<string>) {
  const nbc = createNbcgateClient({ baseUrl });

  let signIn = await nbc.signIn({ email: "otp@nbcgate.test", password: "Password123" });
  if (signIn.kind === "otp-required") {
    // NBC Gate has e-mailed a one-time code; repeat the sign-in with it.
    signIn = await signIn.submitOtp(await askUserForCode());
  }
  if (signIn.kind !== "signed-in") return signIn; // { kind: "failed", status, error: {statusCode, message, errors} }

  // Authorization: <token> is added by the client; errors come back as data, never thrown.
  const { data: balances, error } = await nbc.GET("/api/balance");
  await nbc.signOut();
  return error ?? balances;
}
// #endregion example
