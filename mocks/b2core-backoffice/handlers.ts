/**
 * HTTP <-> use case translation for the B2Core Back Office operations, keyed by operationId.
 * Bodies and parameters were checked against the spec before a handler runs. Data operations
 * hand the request to Prism's examples when it carries a `Prefer` header; writes (whose bodies
 * the vendor pages do not show) always do, after answering 404 for an unknown id.
 * @see specs/b2core-backoffice.yaml
 */

import type { components } from "../../src/generated/b2core-backoffice.js";
import { type Call, empty, type Handler, json, type MockResponse } from "../api.js";
import { type AuthResult, confirmTwoFactor, refresh, signIn, signOut, toBearerToken } from "./auth.js";
import { findAccount, listAccounts, toStatement } from "./flows/accounts.js";
import { findClient, listClients } from "./flows/clients.js";
import type { ListOutcome } from "./flows/list-query.js";
import { findTransaction, listTransactions } from "./flows/transactions.js";
import { renderProblem, validationFailed } from "./problems.js";
import { toRules } from "./rules.js";
import type { B2coreState } from "./state.js";

type Schemas = components["schemas"];
type B2coreHandler = Handler<B2coreState>;

/** The request body, already validated against the operation's schema by the engine. */
const validBody = <T>(call: Call<B2coreState>): T => call.req.body as T;

/** A path id, already validated as an integer by the engine. */
const idParam = (call: Call<B2coreState>, name: string): number => Number(call.params[name]);

const toResponse = <T>(result: AuthResult<T>, status = 200): MockResponse =>
  result.kind === "ok"
    ? result.value === undefined
      ? empty(status)
      : json(status, result.value)
    : renderProblem(result.problem);

const toPage = <T>(outcome: ListOutcome<T>): MockResponse =>
  outcome.kind === "page" ? json(200, outcome.items) : renderProblem(validationFailed(outcome.errors));

const notFound = (what: string, id: number): MockResponse =>
  renderProblem({ code: "notFound", message: `${what} ${id} was not found.` });

/** True when the caller asked Prism for a specific example or status. */
const wantsExample = (call: Call<B2coreState>): boolean => call.req.headers.prefer !== undefined;

/** Serves a data operation unless `Prefer` asks for Prism's example. */
const scripted =
  (serve: (call: Call<B2coreState>) => MockResponse): B2coreHandler =>
  (call) =>
    wantsExample(call) ? undefined : serve(call);

/** A write served from Prism's example once the addressed resource is known to exist. */
const existing =
  (what: string, param: string, exists: (state: B2coreState, id: number) => boolean): B2coreHandler =>
  (call) => {
    if (wantsExample(call)) return undefined;
    const id = idParam(call, param);
    return exists(call.state, id) ? undefined : notFound(what, id);
  };

const clientExists = (state: B2coreState, id: number) => findClient(state.clients, id) !== undefined;
const accountExists = (state: B2coreState, id: number) => findAccount(state.accounts, id) !== undefined;
const transactionExists = (state: B2coreState, id: number) => findTransaction(state.transactions, id) !== undefined;

/** Scripted operations by operationId; the rest fall through to Prism's examples. */
export const handlers: Readonly<Record<string, B2coreHandler>> = {
  signIn: (call) =>
    toResponse(signIn(call.state, call.ctx, toRules(call.ctx.options), validBody<Schemas["SignInRequest"]>(call))),
  confirmTwoFactor: (call) =>
    toResponse(
      confirmTwoFactor(
        call.state,
        call.ctx,
        toRules(call.ctx.options),
        validBody<Schemas["TwoFactorConfirmRequest"]>(call),
      ),
    ),
  refreshToken: (call) =>
    toResponse(
      refresh(call.state, call.ctx, toRules(call.ctx.options), validBody<Schemas["RefreshRequest"]>(call).refreshToken),
    ),
  signOut: (call) =>
    toResponse(
      signOut(
        call.state,
        toRules(call.ctx.options),
        toBearerToken(call.req.headers.authorization),
        call.ctx.clock.now(),
      ),
    ),

  listClients: scripted((call) => toPage(listClients(call.state.clients, call.req.query))),
  getClient: scripted((call) => {
    const id = idParam(call, "clientId");
    const client = findClient(call.state.clients, id);
    return client === undefined ? notFound("Client", id) : json(200, client);
  }),
  listAccounts: scripted((call) => toPage(listAccounts(call.state.accounts, call.req.query))),
  getAccount: scripted((call) => {
    const id = idParam(call, "accountId");
    const account = findAccount(call.state.accounts, id);
    return account === undefined ? notFound("Account", id) : json(200, account);
  }),
  getAccountBalance: scripted((call) => {
    const id = idParam(call, "accountId");
    const account = findAccount(call.state.accounts, id);
    return account === undefined ? notFound("Account", id) : json(200, toStatement(account));
  }),
  listTransactions: scripted((call) =>
    toPage(listTransactions(call.state.transactions, call.state.accounts, call.req.query)),
  ),
  getTransaction: scripted((call) => {
    const id = idParam(call, "transactionId");
    const transaction = findTransaction(call.state.transactions, id);
    return transaction === undefined ? notFound("Transaction", id) : json(200, transaction);
  }),

  updateClient: existing("Client", "clientId", clientExists),
  deleteClient: existing("Client", "clientId", clientExists),
  updateAccount: existing("Account", "accountId", accountExists),
  changeAccountBalance: existing("Account", "accountId", accountExists),
  archiveAccount: existing("Account", "accountId", accountExists),
  updateTransaction: existing("Transaction", "transactionId", transactionExists),
};
