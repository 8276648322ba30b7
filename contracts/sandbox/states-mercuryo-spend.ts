/**
 * Mercuryo Spend provider states on the vendor's sandbox: one OTP sign-in of the test user is
 * shared by the states that need a signed-in card holder; the card is opened (or unlocked) through
 * the API when needed; a revoked token is a refreshed token that was signed out (the refresh
 * leaves the shared one valid). Sandbox tokens never expire, and a card cannot be closed, so
 * "expired token" and "no card" are skipped.
 * @see ../../README.md ("Contracts") and ../../mocks/mercuryo-spend/states.ts (the mock's versions)
 */
import { createMercuryoSpendClient } from "../../src/index.js";
import { createShared, type SandboxProfile, setUpState, skipState, toSetupError } from "./sandbox-profile.js";

/** Mercuryo Spend on a real sandbox. */
export const mercuryoSpendSandbox: SandboxProfile = {
  runLast: ["POST /sdk-partner/user/sign-out"],
  headers: ({ credentials }) => ({
    "sdk-partner-token": credentials.require("PARTNER_TOKEN"),
    "b2b-user-ip": credentials.require("USER_IP"),
  }),
  states({ target, credentials, askForOtp }) {
    const mercuryo = createMercuryoSpendClient({
      baseUrl: target.baseUrl,
      partnerToken: credentials.require("PARTNER_TOKEN"),
      userIp: credentials.require("USER_IP"),
    });
    const email = credentials.require("EMAIL");
    const asUser = (token: string) => ({ headers: { "Sdk-User-Token": token } });

    async function startChallenge() {
      const started = await mercuryo.POST("/sdk-partner/user/sign-in", { body: { email, accept: true } });
      if (started.data === undefined) throw toSetupError(`sign-in of ${email}`, started);
      return { key: started.data.data.key, code: await askForOtp("Mercuryo sign-in", email) };
    }

    const session = createShared(async () => {
      const { key, code } = await startChallenge();
      const verified = await mercuryo.POST("/sdk-partner/user/sign-in/verify", { body: { key, code } });
      if (verified.data === undefined) throw toSetupError("sign-in verify", verified);
      return { email, token: verified.data.data.bearer_token, userUuid: verified.data.data.user_uuid };
    });

    /** Leaves the test user with an active card: opens one if there is none, unlocks a locked one. */
    async function ensureActiveCard(token: string): Promise<void> {
      const card = await mercuryo.GET("/sdk-partner/spend/cards/status", asUser(token));
      if (card.response.status === 404) {
        const opened = await mercuryo.POST("/sdk-partner/spend/cards/open", {
          ...asUser(token),
          body: { fiat_currency: "EUR" },
        });
        if (opened.data === undefined) throw toSetupError("card open", opened);
      } else if (card.data === undefined) {
        throw toSetupError("card status", card);
      } else if (card.data.data.status === "locked") {
        const unlocked = await mercuryo.POST("/sdk-partner/spend/cards/unlock", asUser(token));
        if (unlocked.data === undefined) throw toSetupError("card unlock", unlocked);
      }
    }

    return {
      "a user with KYC complete and an open card": setUpState(async () => {
        const user = await session();
        await ensureActiveCard(user.token);
        return user;
      }),
      "a user with KYC complete and no card": skipState(
        "needs a user without a card, and Mercuryo has no call that closes one (verified on the mock)",
      ),
      "a pending sign-in challenge": setUpState(async () => ({ email, ...(await startChallenge()) })),
      "an expired user token": skipState("sandbox user tokens never expire and the API cannot age one"),
      "a revoked user token": setUpState(async () => {
        const user = await session();
        const refreshed = await mercuryo.GET("/sdk-partner/user/refresh-token", asUser(user.token));
        if (refreshed.data === undefined) throw toSetupError("token refresh", refreshed);
        const token = refreshed.data.data.bearer_token;
        const out = await mercuryo.POST("/sdk-partner/user/sign-out", asUser(token));
        if (out.data === undefined) throw toSetupError("sign-out", out);
        return { email, token };
      }),
    };
  },
};
