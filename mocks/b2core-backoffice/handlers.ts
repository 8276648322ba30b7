/**
 * HTTP <-> use case translation for the B2Core Back Office operations, keyed by operationId.
 * Bodies and parameters were checked against the spec before a handler runs. Reads hand the
 * request to Prism's examples when it carries a `Prefer` header, and so do writes (writing
 * nothing); otherwise what a write writes is what later reads return (the flows compute the next
 * collections, handlers store them).
 * @see specs/b2core-backoffice.yaml
 */

import type { components } from "../../src/generated/b2core-backoffice.js";
import { type Call, empty, type Handler, json, type MockResponse } from "../api.js";
import { type AuthResult, confirmTwoFactor, refresh, signIn, signOut, toBearerToken } from "./auth.js";
import { findAccount, listAccounts, toStatement } from "./flows/accounts.js";
import { findClient, listClients } from "./flows/clients.js";
import type { ListOutcome } from "./flows/list-query.js";
import { checkTransaction, pageOfRecords, toPreferences, updateTransactionType } from "./flows/monitoring.js";
import { findTransaction, listTransactions } from "./flows/transactions.js";
import {
  archiveAccount,
  changeBalance,
  createAccount,
  createClient,
  deleteClient,
  updateAccount,
  updateClient,
  updateTransaction,
  type WriteOutcome,
} from "./flows/writes.js";
import { renderProblem, validationFailed } from "./problems.js";
import { toRules } from "./rules.js";
import type { B2coreState } from "./state.js";

type Schemas = components["schemas"];
type B2coreHandler = Handler<B2coreState>;
type B2coreCall = Call<B2coreState>;

/** The request body, already validated against the operation's schema by the engine. */
const validBody = <T>(call: B2coreCall): T => call.req.body as T;

/** A path id, already validated as an integer by the engine. */
const idParam = (call: B2coreCall, name: string): number => Number(call.params[name]);

const nowOf = (call: B2coreCall): number => call.ctx.clock.now();

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
const wantsExample = (call: B2coreCall): boolean => call.req.headers.prefer !== undefined;

/** Serves an operation unless `Prefer` asks for Prism's example (a write then writes nothing). */
const scripted =
  (serve: B2coreHandler): B2coreHandler =>
  (call) =>
    wantsExample(call) ? undefined : serve(call);

/** Sign-in, 2FA, refresh and sign-out always run: `Prefer` does not skip authentication. */
const AUTH_OPERATIONS: ReadonlySet<string> = new Set(["signIn", "confirmTwoFactor", "refreshToken", "signOut"]);

/** Answers a write: stores what the flow wrote, or says what was wrong. */
function answerWrite<C, T>(
  outcome: WriteOutcome<C, T>,
  what: string,
  id: number,
  store: (next: C) => void,
  status = 200,
): MockResponse {
  if (outcome.kind === "not-found") return notFound(what, id);
  if (outcome.kind === "invalid") return renderProblem(validationFailed(outcome.errors));
  store(outcome.next);
  return status === 204 ? empty(204) : json(status, outcome.item);
}

const getAccountOr404 = (call: B2coreCall, serve: (account: Schemas["Account"]) => MockResponse): MockResponse => {
  const id = idParam(call, "accountId");
  const account = findAccount(call.state.accounts, id);
  return account === undefined ? notFound("Account", id) : serve(account);
};

const updateClientHandler: B2coreHandler = (call) => {
  const id = idParam(call, "clientId");
  const outcome = updateClient(call.state.clients, id, validBody<Schemas["ClientUpdateRequest"]>(call));
  return answerWrite(outcome, "Client", id, (next) => {
    call.state.clients = next;
  });
};

const updateAccountHandler: B2coreHandler = (call) => {
  const id = idParam(call, "accountId");
  const outcome = updateAccount(call.state.accounts, id, validBody<Schemas["AccountUpdateRequest"]>(call));
  return answerWrite(outcome, "Account", id, (next) => {
    call.state.accounts = next;
  });
};

const changeBalanceHandler: B2coreHandler = (call) => {
  const id = idParam(call, "accountId");
  const { state } = call;
  const outcome = changeBalance(
    state.accounts,
    state.transactions,
    id,
    validBody<Schemas["BalanceChangeRequest"]>(call),
    nowOf(call),
  );
  return answerWrite(outcome, "Account", id, (next) => {
    state.accounts = next.accounts;
    state.transactions = next.transactions;
  });
};

const updateTransactionHandler: B2coreHandler = (call) => {
  const id = idParam(call, "transactionId");
  const body = validBody<Schemas["TransactionUpdateRequest"]>(call);
  return answerWrite(updateTransaction(call.state.transactions, id, body, nowOf(call)), "Transaction", id, (next) => {
    call.state.transactions = next;
  });
};

const updateTransactionTypeHandler: B2coreHandler = (call) => {
  const id = idParam(call, "typeId");
  const body = validBody<Schemas["TransactionTypeUpdateRequest"]>(call);
  return answerWrite(updateTransactionType(call.state.transactionTypes, id, body), "Transaction type", id, (next) => {
    call.state.transactionTypes = next;
  });
};

const operations: Readonly<Record<string, B2coreHandler>> = {
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
      signOut(call.state, toRules(call.ctx.options), toBearerToken(call.req.headers.authorization), nowOf(call)),
    ),

  listClients: (call) => toPage(listClients(call.state.clients, call.req.query)),
  getClient: (call) => {
    const id = idParam(call, "clientId");
    const client = findClient(call.state.clients, id);
    return client === undefined ? notFound("Client", id) : json(200, client);
  },
  createClient: (call) =>
    answerWrite(
      createClient(call.state.clients, validBody<Schemas["ClientCreateRequest"]>(call), nowOf(call)),
      "Client",
      0,
      (next) => {
        call.state.clients = next;
      },
      201,
    ),
  updateClient: updateClientHandler,
  putClient: updateClientHandler,
  deleteClient: (call) => {
    const id = idParam(call, "clientId");
    return answerWrite(
      deleteClient(call.state.clients, id),
      "Client",
      id,
      (next) => {
        call.state.clients = next;
      },
      204,
    );
  },

  listAccounts: (call) => toPage(listAccounts(call.state.accounts, call.req.query)),
  getAccount: (call) => getAccountOr404(call, (account) => json(200, account)),
  getAccountBalance: (call) => getAccountOr404(call, (account) => json(200, toStatement(account))),
  getAccountPreferences: (call) => getAccountOr404(call, (account) => json(200, toPreferences(account))),
  createAccount: (call) =>
    answerWrite(
      createAccount(
        call.state.accounts,
        call.state.clients,
        validBody<Schemas["AccountCreateRequest"]>(call),
        nowOf(call),
      ),
      "Account",
      0,
      (next) => {
        call.state.accounts = next;
      },
      201,
    ),
  updateAccount: updateAccountHandler,
  putAccount: updateAccountHandler,
  changeAccountBalance: changeBalanceHandler,
  putAccountBalance: changeBalanceHandler,
  archiveAccount: (call) => {
    const id = idParam(call, "accountId");
    return answerWrite(archiveAccount(call.state.accounts, id, nowOf(call)), "Account", id, (next) => {
      call.state.accounts = next;
    });
  },

  listTransactions: (call) => toPage(listTransactions(call.state.transactions, call.state.accounts, call.req.query)),
  getTransaction: (call) => {
    const id = idParam(call, "transactionId");
    const transaction = findTransaction(call.state.transactions, id);
    return transaction === undefined ? notFound("Transaction", id) : json(200, transaction);
  },
  updateTransaction: updateTransactionHandler,
  putTransaction: updateTransactionHandler,

  listTransactionTypes: (call) => json(200, call.state.transactionTypes),
  getTransactionType: (call) => {
    const id = idParam(call, "typeId");
    const type = call.state.transactionTypes.find((t) => t.typeId === id);
    return type === undefined ? notFound("Transaction type", id) : json(200, type);
  },
  updateTransactionType: updateTransactionTypeHandler,
  putTransactionType: updateTransactionTypeHandler,

  checkTransaction: (call) => {
    const id = idParam(call, "transactionId");
    const { state } = call;
    return answerWrite(
      checkTransaction(state.monitoring, state.transactions, id, nowOf(call)),
      "Transaction",
      id,
      (next) => {
        state.monitoring = next;
      },
    );
  },
  listMonitoredTransactions: (call) =>
    json(
      200,
      pageOfRecords(call.state.monitoring, Number(call.req.query.limit ?? 10), Number(call.req.query.offset ?? 0)),
    ),
  getTransactionMonitoring: (call) => {
    const id = idParam(call, "monitoringId");
    const record = call.state.monitoring.find((r) => r.monitoringId === id);
    return record === undefined ? notFound("Monitoring record", id) : json(200, record);
  },
};

/** Scripted operations by operationId; the rest fall through to Prism's examples. */
export const handlers: Readonly<Record<string, B2coreHandler>> = Object.fromEntries(
  Object.entries(operations).map(([id, handler]) => [id, AUTH_OPERATIONS.has(id) ? handler : scripted(handler)]),
);
