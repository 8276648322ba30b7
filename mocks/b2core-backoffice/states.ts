/**
 * Named provider states for contract tests: each sets the mock up for one situation and returns
 * the values a test needs (credentials, tokens, ids). Auth states also forget the sign-in
 * attempts of the e-mail involved, so a long verification run never trips the 5/min limit.
 * @see mocks/api.ts (ProviderState); POST /__mock/states
 */
import type { MockContext, ProviderState } from "../api.js";
import { clearSignInAttempts, openSession, refresh, signOut, startChallenge } from "./auth.js";
import { type Admin, findAdmin } from "./flows/sign-in.js";
import { type B2coreRules, toRules } from "./rules.js";
import { SEED_ADMINS } from "./seed-data.js";
import type { B2coreState } from "./state.js";

type State = ProviderState<B2coreState>;

const WITH_2FA = "admin@b2core.test";
const WITHOUT_2FA = "no2fa@b2core.test";

/** The administrator named by `params.email`, else the given default; throws for unknown e-mails. */
function adminFor(state: B2coreState, params: Readonly<Record<string, unknown>>, fallback: string): Admin {
  const email = typeof params.email === "string" ? params.email : fallback;
  const admin = findAdmin(state.admins, email);
  if (admin === undefined) {
    throw new Error(`no administrator ${email}; seed administrators: ${SEED_ADMINS.map((a) => a.email).join(", ")}`);
  }
  clearSignInAttempts(state, admin.email);
  return admin;
}

const credentials = (admin: Admin) => ({ email: admin.email, password: admin.password });

/** Opens a session for the admin, optionally as if it had been opened `agoSeconds` earlier. */
function tokensFor(state: B2coreState, ctx: MockContext, rules: B2coreRules, admin: Admin, agoSeconds = 0) {
  const pair = openSession(state, ctx, rules, admin.id, ctx.clock.now() - agoSeconds * 1000);
  return { accessToken: pair.access.token, refreshToken: pair.refresh.token, email: admin.email };
}

/** Provider states by name, as listed at GET /__mock/states. */
export const states: Readonly<Record<string, State>> = {
  "an admin with 2FA": {
    description:
      "admin@b2core.test / Secret123 exists and gets an e-mailed 2FA code at sign-in. Returns email, password.",
    setup: (state, params) => credentials(adminFor(state, params, WITH_2FA)),
  },
  "an admin without 2FA": {
    description: "no2fa@b2core.test / Secret123 exists and gets tokens at sign-in. Returns email, password.",
    setup: (state, params) => credentials(adminFor(state, params, WITHOUT_2FA)),
  },
  "a pending 2FA challenge": {
    description:
      "admin@b2core.test has signed in and has not confirmed yet. Returns token (the 2FA token), code, email.",
    setup: (state, params, ctx) => {
      const admin = adminFor(state, params, WITH_2FA);
      const challenge = startChallenge(state, ctx, toRules(ctx.options), admin, ctx.clock.now());
      return { token: challenge.token, code: challenge.code, email: admin.email };
    },
  },
  "an expired 2FA challenge": {
    description: "admin@b2core.test signed in longer ago than the 2FA token lives. Returns token, code, email.",
    setup: (state, params, ctx) => {
      const admin = adminFor(state, params, WITH_2FA);
      const rules = toRules(ctx.options);
      const startedAt = ctx.clock.now() - (rules.twoFaTtlSeconds + 1) * 1000;
      const challenge = startChallenge(state, ctx, rules, admin, startedAt);
      return { token: challenge.token, code: challenge.code, email: admin.email };
    },
  },
  "a signed-in admin": {
    description: "admin@b2core.test holds a live token pair. Returns accessToken, refreshToken, email.",
    setup: (state, params, ctx) => tokensFor(state, ctx, toRules(ctx.options), adminFor(state, params, WITH_2FA)),
  },
  "an expired access token": {
    description:
      "admin@b2core.test holds a pair whose access token has expired (the refresh token still works). Returns accessToken, refreshToken, email.",
    setup: (state, params, ctx) => {
      const rules = toRules(ctx.options);
      return tokensFor(state, ctx, rules, adminFor(state, params, WITH_2FA), rules.accessTtlSeconds + 60);
    },
  },
  "a revoked access token": {
    description:
      "admin@b2core.test signed out; both tokens of the pair are revoked. Returns accessToken, refreshToken, email.",
    setup: (state, params, ctx) => {
      const rules = toRules(ctx.options);
      const tokens = tokensFor(state, ctx, rules, adminFor(state, params, WITH_2FA));
      signOut(state, rules, tokens.accessToken, ctx.clock.now());
      return tokens;
    },
  },
  "a rotated refresh token": {
    description:
      "admin@b2core.test refreshed once; refreshToken is the old, now dead one. Returns refreshToken, accessToken (the new one), email.",
    setup: (state, params, ctx) => {
      const rules = toRules(ctx.options);
      const tokens = tokensFor(state, ctx, rules, adminFor(state, params, WITH_2FA));
      const rotated = refresh(state, ctx, rules, tokens.refreshToken);
      if (rotated.kind === "problem") throw new Error(`refresh failed: ${rotated.problem.code}`);
      return { refreshToken: tokens.refreshToken, accessToken: rotated.value.accessToken.token, email: tokens.email };
    },
  },
  "sign-in attempts exhausted": {
    description:
      "admin@b2core.test used up its sign-in attempts; sign-in answers 429 until the block ends. Returns email, password, retryAfterSeconds.",
    setup: (state, params, ctx) => {
      const admin = adminFor(state, params, WITH_2FA);
      const rules = toRules(ctx.options);
      const until = ctx.clock.now() + rules.limits.signIn.blockSeconds * 1000;
      state.limits.signIn.set(admin.email.toLowerCase(), { kind: "blocked", until });
      return { ...credentials(admin), retryAfterSeconds: rules.limits.signIn.blockSeconds };
    },
  },
  "clients and accounts exist": {
    description:
      "admin@b2core.test is signed in and the seed clients, accounts and transactions exist. Returns accessToken, refreshToken, clientId, accountId, transactionId, clientIds, accountIds, transactionIds.",
    setup: (state, params, ctx) => {
      const tokens = tokensFor(state, ctx, toRules(ctx.options), adminFor(state, params, WITH_2FA));
      const client = state.clients[0];
      const account = state.accounts.find((a) => a.clientId === client?.clientId) ?? state.accounts[0];
      const transaction = state.transactions.find((t) => t.clientId === client?.clientId) ?? state.transactions[0];
      return {
        ...tokens,
        clientId: client?.clientId,
        accountId: account?.accountId,
        transactionId: transaction?.transactionId,
        clientIds: state.clients.map((c) => c.clientId),
        accountIds: state.accounts.map((a) => a.accountId),
        transactionIds: state.transactions.filter((t) => t.status !== "new").map((t) => t.transactionId),
      };
    },
  },
};
