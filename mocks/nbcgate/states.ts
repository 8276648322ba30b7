/**
 * Named situations for contract (Pact) tests: each sets the state up through the same helpers the
 * handlers use and returns what the test needs (tokens, e-mails, codes, ids).
 * @see README.md (NBC Gate) (provider states)
 */
import type { MockContext, ProviderState } from "../api.js";
import { checkCode, createTokenPair, issueSession, sendCode, storeRefreshedPair } from "./auth.js";
import { createInvoice, stepInvoice } from "./flows/invoice.js";
import { stepSession } from "./flows/session.js";
import { toRules } from "./rules.js";
import { DEMO_EMAIL, OTP_EMAIL, SANDBOX_EXTERNAL_KEY, SEED_PASSWORD, type UserRecord } from "./seed-data.js";
import { findUserByEmail, type NbcgateState, orderKey } from "./state.js";

type Params = Readonly<Record<string, unknown>>;

/** The seed user a state is about: `params.email` when it names one, else `fallback`. */
function userFor(state: NbcgateState, params: Params, fallback: string): UserRecord {
  const email = typeof params.email === "string" ? params.email : fallback;
  const user = findUserByEmail(state, email);
  if (user === undefined) throw new Error(`no user ${email}; the seed users are ${DEMO_EMAIL} and ${OTP_EMAIL}`);
  return user;
}

/** `params.otp` when it is a 4-6 digit code, so a contract can pin the code it sends. */
const pinnedCode = (params: Params): string | undefined =>
  typeof params.otp === "string" && /^\d{4,6}$/.test(params.otp) ? params.otp : undefined;

/** Sends a code like the handlers do, or with the pinned one (a generator that returns it). */
function sendPinned(
  state: NbcgateState,
  ctx: MockContext,
  params: Params,
  purpose: "sign-in" | "recovery" | "password-change",
  user: UserRecord,
): string {
  const pinned = pinnedCode(params);
  const codeCtx = pinned === undefined ? ctx : { ...ctx, otp: () => pinned };
  sendCode(state, codeCtx, toRules(ctx.options), purpose, user.id, user.email, { bounded: false });
  const sent = ctx.outbox.latest(user.email, purpose);
  return sent?.code ?? "";
}

const signedIn = (state: NbcgateState, ctx: MockContext, user: UserRecord) => {
  const pair = issueSession(state, user, ctx, toRules(ctx.options));
  return { token: pair.access.token, refreshToken: pair.refresh.token, email: user.email, userId: user.id };
};

/** Provider states by the name a contract test asks for. */
export const states: Readonly<Record<string, ProviderState<NbcgateState>>> = {
  "a user without OTP": {
    description: `${DEMO_EMAIL} / ${SEED_PASSWORD} signs in with the password alone.`,
    setup: (state) => {
      const user = userFor(state, {}, DEMO_EMAIL);
      return { email: user.email, password: SEED_PASSWORD, userId: user.id };
    },
  },
  "a user who needs a one-time code": {
    description: `${OTP_EMAIL} / ${SEED_PASSWORD} needs an e-mailed code; a code is sent now (params.otp pins it) and returned as otp.`,
    setup: (state, params, ctx) => {
      const user = userFor(state, {}, OTP_EMAIL);
      const otp = sendPinned(state, ctx, params, "sign-in", user);
      return { email: user.email, password: SEED_PASSWORD, userId: user.id, otp };
    },
  },
  "a signed-in user": {
    description: `A fresh token pair of ${DEMO_EMAIL} (params.email picks another seed user).`,
    setup: (state, params, ctx) => signedIn(state, ctx, userFor(state, params, DEMO_EMAIL)),
  },
  "an expired token": {
    description: "An access token of the demo user whose lifetime ended one second ago (TOKEN_EXPIRED).",
    setup: (state, params, ctx) => {
      const user = userFor(state, params, DEMO_EMAIL);
      const rules = toRules(ctx.options);
      const pair = issueSession(state, user, ctx, rules, ctx.clock.now() - rules.tokenTtlMs - 1000);
      return { token: pair.access.token, email: user.email };
    },
  },
  "a revoked token": {
    description: "A token pair of the demo user after log-out (TOKEN_REVOKED, REFRESH_TOKEN_INVALID).",
    setup: (state, params, ctx) => {
      const values = signedIn(state, ctx, userFor(state, params, DEMO_EMAIL));
      const access = state.accessTokens.get(values.token);
      const session = access === undefined ? undefined : state.sessions.get(access.sessionId);
      const outcome = stepSession(session, { kind: "log-out" }, 0);
      if (outcome.kind === "ok") state.sessions.set(outcome.session.id, outcome.session);
      return values;
    },
  },
  "a used refresh token": {
    description: "A refresh token of the demo user that was already exchanged once (REFRESH_TOKEN_INVALID).",
    setup: (state, params, ctx) => {
      const user = userFor(state, params, DEMO_EMAIL);
      const first = signedIn(state, ctx, user);
      const access = state.accessTokens.get(first.token);
      const session = access === undefined ? undefined : state.sessions.get(access.sessionId);
      const now = ctx.clock.now();
      const pair = createTokenPair(user, ctx, toRules(ctx.options), now);
      const outcome = stepSession(session, { kind: "refresh", token: first.refreshToken, now, pair }, 0);
      if (outcome.kind === "ok") {
        state.sessions.set(outcome.session.id, outcome.session);
        storeRefreshedPair(state, first.refreshToken, pair, outcome.session.id, user.id);
      }
      return { refreshToken: first.refreshToken, token: pair.access.token, email: user.email };
    },
  },
  "a user with a checked password-change code": {
    description:
      "The demo user signed in, with a password-change code already accepted: POST /api/personal/psw answers 204.",
    setup: (state, params, ctx) => {
      const user = userFor(state, params, DEMO_EMAIL);
      const values = signedIn(state, ctx, user);
      const otp = sendPinned(state, ctx, params, "password-change", user);
      checkCode(state, toRules(ctx.options), "password-change", user.id, {
        kind: "check",
        code: otp,
        now: ctx.clock.now(),
      });
      return { ...values, otp, oldPassword: SEED_PASSWORD };
    },
  },
  "a user with a checked recovery code": {
    description:
      "A recovery code of the demo user already accepted: POST /auth/recovery/psw with email and otp answers 204.",
    setup: (state, params, ctx) => {
      const user = userFor(state, params, DEMO_EMAIL);
      const otp = sendPinned(state, ctx, params, "recovery", user);
      checkCode(state, toRules(ctx.options), "recovery", user.id, { kind: "check", code: otp, now: ctx.clock.now() });
      return { email: user.email, otp };
    },
  },
  "an unpaid invoice": {
    description: "Invoice of 100 USD on pay link 12345 (params.invoiceId pins its id), plus a token of its merchant.",
    setup: (state, params, ctx) => setUpInvoice(state, params, ctx, false),
  },
  "a paid invoice": {
    description: "Invoice of 100 USD on pay link 12345 that is already paid (INVOICE_NOT_PAYABLE on pay).",
    setup: (state, params, ctx) => setUpInvoice(state, params, ctx, true),
  },
  "a transfer": {
    description:
      "Transfer order-2025-0001 of 40 USDT from the demo user to owner 733, readable with GET /api/transfer/{order_id}/{user_id}.",
    setup: (state, _params, ctx) => {
      const user = userFor(state, {}, DEMO_EMAIL);
      const values = signedIn(state, ctx, user);
      const orderId = "order-2025-0001";
      state.orders.set(orderKey(user.ownerId, orderId), {
        kind: "transfer",
        orderId,
        userId: user.id,
        amount: 40,
        commission: 0.4,
        fromBalanceId: 1,
        toBalanceId: 77,
        toOwnerId: 733,
        createdAt: ctx.clock.now(),
      });
      return { ...values, orderId, userId: user.id };
    },
  },
  "an external integration key": {
    description: `The integration key the external API accepts in X-API-Key (${SANDBOX_EXTERNAL_KEY}).`,
    setup: () => ({ apiKey: SANDBOX_EXTERNAL_KEY }),
  },
};

/** An invoice of 100 USD on pay link 12345 (paid when asked), with a token of the demo user. */
function setUpInvoice(state: NbcgateState, params: Params, ctx: MockContext, paid: boolean): Record<string, unknown> {
  const rules = toRules(ctx.options);
  const pinned =
    typeof params.invoiceId === "number" && Number.isInteger(params.invoiceId) ? params.invoiceId : undefined;
  const id = pinned ?? state.next.invoice;
  state.next.invoice = Math.max(state.next.invoice, id + 1);
  const now = ctx.clock.now();
  const created = createInvoice(
    { id, payLinkId: 12345, ownerId: 512, productId: 67890, coinId: 1, amount: 100, now },
    rules,
  );
  let invoice = created;
  if (paid) {
    const paying = stepInvoice(created, { kind: "pay", now: now - rules.invoiceConfirmMs }, rules);
    const confirmed = paying.kind === "ok" ? stepInvoice(paying.invoice, { kind: "confirm", now }, rules) : paying;
    if (confirmed.kind === "ok") invoice = confirmed.invoice;
  }
  state.invoices.set(id, invoice);
  const values = signedIn(state, ctx, userFor(state, {}, DEMO_EMAIL));
  return { ...values, invoiceId: id, idInvoice: id, amount: 100, coinId: 1, payLinkId: 12345, productId: 67890 };
}
