/**
 * B2Core Back Office provider states on the vendor's sandbox: the test administrator signs in
 * (confirming the e-mailed 2FA code from the env or a prompt) once for every state that needs a
 * session; a revoked token comes from a second sign-in that is signed out; ids come from the
 * first listed account. Sign-ins are kept to five, the documented per-minute limit.
 * @see ../../README.md ("Contracts") and ../../mocks/b2core-backoffice/states.ts (the mock's versions)
 */
import { createB2coreBackofficeClient } from "../../src/index.js";
import { createShared, type SandboxProfile, setUpState, skipState, toSetupError } from "./sandbox-profile.js";

/** B2Core Back Office on a real sandbox. */
export const b2coreBackofficeSandbox: SandboxProfile = {
  // A refresh may end the old access token and sign-out ends the session: both go last.
  runLast: ["POST /api/v2/refresh", "POST /api/v2/signout"],
  states({ target, credentials, askForOtp }) {
    const b2core = createB2coreBackofficeClient({ baseUrl: target.baseUrl });
    const admin = () => ({ email: credentials.require("EMAIL"), password: credentials.require("PASSWORD") });
    const noTwoFactorEmail = credentials.get("NO2FA_EMAIL");
    const noTwoFactorPassword = credentials.get("NO2FA_PASSWORD");

    /** Signs the administrator in, confirming the 2FA code when asked for one. */
    async function signIn() {
      const body = admin();
      const started = await b2core.POST("/api/v2/signin", { body });
      if (started.data === undefined) throw toSetupError(`sign-in of ${body.email}`, started);
      let pair: { accessToken: { token: string }; refreshToken: { token: string } };
      if (started.data["2faRequired"]) {
        const token = started.data["2faDetails"].token;
        const code = await askForOtp("B2Core 2FA", body.email);
        const confirmed = await b2core.POST("/api/v2/2fa/confirm", { body: { token, code } });
        if (confirmed.data === undefined) throw toSetupError("2FA confirm", confirmed);
        pair = confirmed.data;
      } else {
        pair = started.data;
      }
      return { accessToken: pair.accessToken.token, refreshToken: pair.refreshToken.token, email: body.email };
    }
    const session = createShared(signIn);

    return {
      "an admin with 2FA": setUpState(async () => admin()),
      "an admin without 2FA":
        noTwoFactorEmail === undefined || noTwoFactorPassword === undefined
          ? skipState(
              "needs an administrator without 2FA: set PAYMOCK_B2CORE_BACKOFFICE_NO2FA_EMAIL and _NO2FA_PASSWORD",
            )
          : setUpState(async () => ({ email: noTwoFactorEmail, password: noTwoFactorPassword })),
      "a pending 2FA challenge": setUpState(async () => {
        const body = admin();
        const started = await b2core.POST("/api/v2/signin", { body });
        if (started.data === undefined) throw toSetupError(`sign-in of ${body.email}`, started);
        if (!started.data["2faRequired"]) throw new Error(`${body.email} has no 2FA, so no challenge is pending`);
        const code = await askForOtp("B2Core 2FA", body.email);
        return { token: started.data["2faDetails"].token, code, email: body.email };
      }),
      "a signed-in admin": setUpState(session),
      "an expired access token": skipState(
        "access tokens live 10 hours and the API cannot age one (verified on the mock)",
      ),
      "a revoked access token": setUpState(async () => {
        const revoked = await signIn();
        const out = await b2core.POST("/api/v2/signout", {
          headers: { Authorization: `Bearer ${revoked.accessToken}` },
        });
        if (!out.response.ok) throw toSetupError("sign-out", out);
        return revoked;
      }),
      "clients and accounts exist": setUpState(async () => {
        const tokens = await session();
        const listed = await b2core.GET("/api/v2/accounts", {
          headers: { Authorization: `Bearer ${tokens.accessToken}` },
          params: { query: { limit: 1 } },
        });
        if (listed.data === undefined) throw toSetupError("account list", listed);
        const account = listed.data[0];
        if (account === undefined) throw new Error("the Back Office lists no account, so no client with accounts");
        return { ...tokens, clientId: account.clientId, accountId: account.accountId };
      }),
    };
  },
};
