/**
 * B2Core Back Office smoke path: sign in (confirming the e-mailed 2FA code if asked), list
 * clients, accounts and transactions, read the first account's balance, sign out. It sends no
 * write at all: the Back Office writes (balance changes, account edits) move money or data.
 * @see README.md (B2Core Back Office)
 */
import { createB2coreBackofficeClient } from "../../src/index.js";
import type { SmokePlan } from "./smoke-context.js";

/** Runs the B2Core Back Office smoke path. */
export const runB2coreBackofficeSmoke: SmokePlan = async ({ target, credentials, askForOtp, recorder }) => {
  const b2core = createB2coreBackofficeClient({ baseUrl: target.baseUrl, fetch: recorder.fetch });
  const email = credentials.require("EMAIL");
  let signIn = await b2core.signIn({ email, password: credentials.require("PASSWORD") });
  if (signIn.kind === "two-factor") signIn = await signIn.confirm(await askForOtp("B2Core 2FA", email));
  if (signIn.kind !== "signed-in") return;

  await b2core.GET("/api/v2/clients", { params: { query: { limit: 5 } } });
  const accounts = await b2core.GET("/api/v2/accounts", { params: { query: { limit: 5 } } });
  await b2core.GET("/api/v2/transactions", { params: { query: { limit: 5 } } });
  const first = accounts.data?.[0];
  if (first === undefined) recorder.skip("GET /api/v2/accounts/{accountId}/balance", "not sent: no account listed");
  else {
    await b2core.GET("/api/v2/accounts/{accountId}/balance", { params: { path: { accountId: first.accountId } } });
  }

  await b2core.signOut();
};
