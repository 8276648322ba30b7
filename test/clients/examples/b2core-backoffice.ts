/** README example for B2Core (README.md shows the region below verbatim; examples.test.ts runs it). */
import { createB2coreBackofficeClient } from "../../../src/index.js";

// #region example
export async function b2coreExample(baseUrl: string, askUserForCode: () => Promise<string>) {
  const b2core = createB2coreBackofficeClient({ baseUrl });

  let signIn = await b2core.signIn({ email: "admin@b2core.test", password: "Secret123" });
  if (signIn.kind === "two-factor") {
    // A code was e-mailed to the administrator.
    signIn = await signIn.confirm(await askUserForCode());
  }
  if (signIn.kind !== "signed-in") return signIn;

  // Bearer token added by the client, refreshed before expiresAt or after a 401.
  const { data: clients, error } = await b2core.GET("/api/v2/clients", { params: { query: { limit: 5 } } });
  await b2core.signOut();
  return error ?? clients;
}
// #endregion example
