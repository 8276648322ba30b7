/**
 * B2Core writes, the behaviours Stryker found unpinned by test/mocks/b2core-backoffice.writes.test.ts:
 * the whole record a create makes, that an update changes only the fields it names, account numbers
 * per platform, archiving, every statement field a balance change moves, the recorded transaction,
 * transaction types, monitoring records and pages, and account preferences. Pure: no server.
 */
import { describe, expect, it } from "vitest";
import type { Account, Statement } from "../../mocks/b2core-backoffice/flows/accounts.js";
import { fullErrors, lookup, MAX_ITEMS, nextId, toTimestamp } from "../../mocks/b2core-backoffice/flows/catalog.js";
import type { Client } from "../../mocks/b2core-backoffice/flows/clients.js";
import {
  checkTransaction,
  type MonitoringRecord,
  pageOfRecords,
  SEED_TRANSACTION_TYPES,
  toPreferences,
  updateTransactionType,
} from "../../mocks/b2core-backoffice/flows/monitoring.js";
import type { Transaction } from "../../mocks/b2core-backoffice/flows/transactions.js";
import {
  archiveAccount,
  changeBalance,
  createAccount,
  createClient,
  deleteClient,
  toDecimalString,
  toMinor,
  updateAccount,
  updateClient,
  updateTransaction,
  type WriteOutcome,
} from "../../mocks/b2core-backoffice/flows/writes.js";
import { SEED_ACCOUNTS, SEED_CLIENTS, SEED_TRANSACTIONS } from "../../mocks/b2core-backoffice/seed-data.js";

const NOW = Date.parse("2026-01-01T00:00:00Z");
const STAMP = "2026-01-01T00:00:00+00:00";

const written = <C, T>(outcome: WriteOutcome<C, T>): { next: C; item: T } => {
  if (outcome.kind !== "written") throw new Error(`not written: ${JSON.stringify(outcome)}`);
  return outcome;
};
const seedClient = (id: number): Client => {
  const found = SEED_CLIENTS.find((c) => c.clientId === id);
  if (found === undefined) throw new Error(`no seed client ${id}`);
  return found;
};
const seedAccount = (id: number): Account => {
  const found = SEED_ACCOUNTS.find((a) => a.accountId === id);
  if (found === undefined) throw new Error(`no seed account ${id}`);
  return found;
};
const seedTransaction = (id: number): Transaction => {
  const found = SEED_TRANSACTIONS.find((t) => t.transactionId === id);
  if (found === undefined) throw new Error(`no seed transaction ${id}`);
  return found;
};

describe("catalog helpers", () => {
  it("prints timestamps with +00:00 and whole seconds", () => {
    expect(toTimestamp(Date.parse("2026-03-04T05:06:07.890Z"))).toBe("2026-03-04T05:06:07+00:00");
  });

  it("gives the next id above the floor and above every id", () => {
    expect(nextId([], 1000)).toBe(1001);
    expect(nextId([1003, 1001], 1000)).toBe(1004);
  });

  it("looks ids up: absent stays absent, null stays null, unknown is a field error", () => {
    const list = new Map([[1, "one"]]);
    const errors = {};
    expect(lookup(list, "typeId", undefined, errors)).toBeUndefined();
    expect(lookup(list, "typeId", null, errors)).toBeNull();
    expect(lookup(list, "typeId", 1, errors)).toBe("one");
    expect(errors).toEqual({});
    expect(lookup(list, "typeId", 2, errors)).toBeUndefined();
    expect(errors).toEqual({ typeId: ["The selected typeId is invalid."] });
  });

  it("says how to start over when a collection is full", () => {
    expect(fullErrors("clients")).toEqual({
      clients: [`The mock keeps at most ${MAX_ITEMS} clients; reset it (POST /__mock/reset) to start over.`],
    });
  });
});

describe("clients: create", () => {
  it("makes a New, not verified Individual with no risk level and every optional field null", () => {
    const { next, item } = written(createClient(SEED_CLIENTS, { email: "x@example.com", name: "X" }, NOW));
    expect(item).toEqual({
      clientId: 1028,
      email: "x@example.com",
      name: "X",
      nickname: null,
      type: { id: 1, name: "Individual" },
      status: { id: 1, name: "New" },
      internalType: { id: 1, name: "Real" },
      riskLevel: null,
      verificationLevel: { id: 1, name: "Not verified" },
      manager: null,
      countryCode: null,
      city: null,
      companyShortName: null,
      companyFullName: null,
      createTime: STAMP,
    } satisfies Client);
    expect(next).toEqual([...SEED_CLIENTS, item]);
  });

  it("keeps the optional fields it is given", () => {
    const body = {
      email: "acme@example.com",
      name: "Acme",
      nickname: "acme",
      typeId: 2,
      managerId: 9,
      countryCode: 276,
      city: "Berlin",
      companyShortName: "Acme",
      companyFullName: "Acme GmbH",
    };
    expect(written(createClient(SEED_CLIENTS, body, NOW)).item).toMatchObject({
      nickname: "acme",
      type: { id: 2, name: "Corporate" },
      manager: { id: 9, name: "Amelia Jones" },
      countryCode: 276,
      city: "Berlin",
      companyShortName: "Acme",
      companyFullName: "Acme GmbH",
    });
  });

  it("finds a taken e-mail whatever its case, and reports every bad field at once", () => {
    expect(createClient(SEED_CLIENTS, { email: "JANE.DOE@example.com", name: "J", typeId: 9 }, NOW)).toEqual({
      kind: "invalid",
      errors: { email: ["The email has already been taken."], typeId: ["The selected typeId is invalid."] },
    });
  });

  it("is refused once the list is full", () => {
    const full = Array.from({ length: MAX_ITEMS }, (_, i) => ({ ...seedClient(1024), clientId: i, email: `${i}@x` }));
    expect(createClient(full, { email: "x@example.com", name: "X" }, NOW)).toEqual({
      kind: "invalid",
      errors: fullErrors("clients"),
    });
  });
});

describe("clients: update and delete", () => {
  it("changes only the fields the body names", () => {
    const { next, item } = written(updateClient(SEED_CLIENTS, 1024, { name: "Jane Roe" }));
    expect(item).toEqual({ ...seedClient(1024), name: "Jane Roe" });
    expect(next).toEqual(SEED_CLIENTS.map((c) => (c.clientId === 1024 ? item : c)));
  });

  it("changes every field the body names", () => {
    const body = {
      email: "jane.roe@example.com",
      name: "Jane Roe",
      nickname: null,
      typeId: 2,
      statusId: 3,
      riskLevelId: 3,
      verificationLevelId: 1,
      managerId: 9,
      countryCode: 250,
      city: "Paris",
      companyShortName: "Roe",
      companyFullName: "Roe SARL",
    };
    expect(written(updateClient(SEED_CLIENTS, 1024, body)).item).toEqual({
      ...seedClient(1024),
      email: "jane.roe@example.com",
      name: "Jane Roe",
      nickname: null,
      type: { id: 2, name: "Corporate" },
      status: { id: 3, name: "Blocked" },
      riskLevel: { id: 3, name: "High" },
      verificationLevel: { id: 1, name: "Not verified" },
      manager: { id: 9, name: "Amelia Jones" },
      countryCode: 250,
      city: "Paris",
      companyShortName: "Roe",
      companyFullName: "Roe SARL",
    });
  });

  it("clears a nullable reference with null", () => {
    expect(written(updateClient(SEED_CLIENTS, 1024, { managerId: null, verificationLevelId: null })).item).toEqual({
      ...seedClient(1024),
      manager: null,
      verificationLevel: null,
    });
  });

  it.each([
    { given: "its own e-mail in another case", body: { email: "JANE.DOE@example.com" }, want: "written" },
    { given: "another client's e-mail", body: { email: "Treasury@Northwind.example" }, want: "invalid" },
  ])("an update to $given is $want", ({ body, want }) => {
    const outcome = updateClient(SEED_CLIENTS, 1024, body);
    expect(outcome.kind).toBe(want);
    if (outcome.kind === "invalid") expect(outcome.errors).toEqual({ email: ["The email has already been taken."] });
  });

  it.each([
    { field: "statusId", body: { statusId: 9 } },
    { field: "riskLevelId", body: { riskLevelId: 9 } },
    { field: "verificationLevelId", body: { verificationLevelId: 9 } },
    { field: "managerId", body: { managerId: 1 } },
    { field: "typeId", body: { typeId: 9 } },
  ])("an unknown $field is refused", ({ field, body }) => {
    expect(updateClient(SEED_CLIENTS, 1024, body)).toEqual({
      kind: "invalid",
      errors: { [field]: [`The selected ${field} is invalid.`] },
    });
  });

  it("deletes only that client, or answers not-found", () => {
    const { next, item } = written(deleteClient(SEED_CLIENTS, 1025));
    expect(item).toEqual(seedClient(1025));
    expect(next.map((c) => c.clientId)).toEqual([1024, 1026, 1027]);
    expect(deleteClient(SEED_CLIENTS, 1)).toEqual({ kind: "not-found" });
  });
});

describe("accounts: create", () => {
  it("opens an empty wallet with a 10-digit number, named after product and currency", () => {
    const body = { clientId: 1024, productId: 2, currencyCode: "eur" };
    const { next, item } = written(createAccount(SEED_ACCOUNTS, SEED_CLIENTS, body, NOW));
    const zero = "0.00";
    expect(item).toEqual({
      accountId: 5007,
      accountNumber: "1000005007",
      clientId: 1024,
      caption: "Wallet",
      name: "Wallet EUR",
      currency: { alphabeticCode: "EUR", minorUnit: 2, name: "Euro", numericCode: 978 },
      group: { id: 3, name: "Retail" },
      platform: { id: 1, name: "B2Core" },
      product: { id: 2, name: "Wallet" },
      statement: {
        availableBalance: zero,
        currentBalance: zero,
        credit: zero,
        equity: zero,
        freeMargin: zero,
        hold: zero,
        margin: zero,
        marginLevel: zero,
        pnl: zero,
        updateTime: STAMP,
      },
      permissions: ["enabled", "visible", "deposit", "withdrawal", "exchange", "transferDeposit", "transferWithdrawal"],
      type: "personal",
      archiveTime: null,
      createTime: STAMP,
    } satisfies Account);
    expect(next).toEqual([...SEED_ACCOUNTS, item]);
  });

  it("numbers a MetaTrader account 700000 + the id's last five digits, with the given caption", () => {
    const accounts = [...SEED_ACCOUNTS, { ...seedAccount(5001), accountId: 123_455 }];
    const body = { clientId: 1024, productId: 5, currencyCode: "USD", caption: "Main" };
    expect(written(createAccount(accounts, SEED_CLIENTS, body, NOW)).item).toMatchObject({
      accountId: 123_456,
      accountNumber: "723456",
      caption: "Main",
      type: "trade",
      platform: { id: 4, name: "MetaTrader 5" },
    });
  });

  it.each([
    { given: "an unknown client", body: { clientId: 1, productId: 2, currencyCode: "USD" }, field: "clientId" },
    { given: "an unknown product", body: { clientId: 1024, productId: 99, currencyCode: "USD" }, field: "productId" },
    {
      given: "an unknown currency",
      body: { clientId: 1024, productId: 2, currencyCode: "GBP" },
      field: "currencyCode",
    },
  ])("refuses $given", ({ body, field }) => {
    expect(createAccount(SEED_ACCOUNTS, SEED_CLIENTS, body, NOW)).toEqual({
      kind: "invalid",
      errors: { [field]: [`The selected ${field} is invalid.`] },
    });
  });

  it("is refused once the list is full", () => {
    const full = Array.from({ length: MAX_ITEMS }, (_, i) => ({ ...seedAccount(5001), accountId: i }));
    expect(createAccount(full, SEED_CLIENTS, { clientId: 1024, productId: 2, currencyCode: "USD" }, NOW)).toEqual({
      kind: "invalid",
      errors: fullErrors("accounts"),
    });
  });
});

describe("accounts: update and archive", () => {
  it("changes only the fields the body names; permissions lose duplicates", () => {
    const { next, item } = written(
      updateAccount(SEED_ACCOUNTS, 5001, { permissions: ["visible", "deposit", "visible"] }),
    );
    expect(item).toEqual({ ...seedAccount(5001), permissions: ["visible", "deposit"] });
    expect(next).toEqual(SEED_ACCOUNTS.map((a) => (a.accountId === 5001 ? item : a)));
  });

  it("changes caption, name and group", () => {
    const body = { caption: "Savings", name: "Savings USD", groupId: 8 };
    expect(written(updateAccount(SEED_ACCOUNTS, 5001, body)).item).toEqual({
      ...seedAccount(5001),
      caption: "Savings",
      name: "Savings USD",
      group: { id: 8, name: "real\\standard" },
    });
  });

  it.each([
    { given: "an unknown account", id: 1, body: {}, want: { kind: "not-found" } },
    {
      given: "an unknown group",
      id: 5001,
      body: { groupId: 99 },
      want: { kind: "invalid", errors: { groupId: ["The selected groupId is invalid."] } },
    },
  ])("update refuses $given", ({ id, body, want }) => {
    expect(updateAccount(SEED_ACCOUNTS, id, body)).toEqual(want);
  });

  it("archives: archiveTime set, only visible left, the others untouched", () => {
    const { next, item } = written(archiveAccount(SEED_ACCOUNTS, 5001, NOW));
    expect(item).toEqual({ ...seedAccount(5001), archiveTime: STAMP, permissions: ["visible"] });
    expect(next).toEqual(SEED_ACCOUNTS.map((a) => (a.accountId === 5001 ? item : a)));
  });

  it("leaves an archived account as it is, and answers not-found for an unknown one", () => {
    expect(archiveAccount(SEED_ACCOUNTS, 5006, NOW)).toEqual({
      kind: "written",
      next: SEED_ACCOUNTS,
      item: seedAccount(5006),
    });
    expect(archiveAccount(SEED_ACCOUNTS, 1, NOW)).toEqual({ kind: "not-found" });
  });
});

describe("amounts", () => {
  it.each([
    { given: "0.5", digits: 2, want: 50 },
    { given: "-12.34", digits: 2, want: -1234 },
    { given: "3", digits: 0, want: 3 },
    { given: "3.0", digits: 0, want: 3 },
    { given: "3.5", digits: 0, want: undefined },
    { given: "1.2300", digits: 2, want: 123 },
    { given: "1.0", digits: 2, want: 100 },
    { given: "1.", digits: 2, want: undefined },
    { given: "+1", digits: 2, want: undefined },
    { given: " 1", digits: 2, want: undefined },
    { given: "1 ", digits: 2, want: undefined },
  ])("toMinor($given, $digits) = $want", ({ given, digits, want }) => {
    expect(toMinor(given, digits)).toBe(want);
  });

  it.each([
    { units: 7, digits: 0, want: "7" },
    { units: -7, digits: 0, want: "-7" },
    { units: 123_456, digits: 3, want: "123.456" },
    { units: 5, digits: 3, want: "0.005" },
  ])("toDecimalString($units, $digits) = $want", ({ units, digits, want }) => {
    expect(toDecimalString(units, digits)).toBe(want);
  });
});

describe("balance changes", () => {
  it("moves available, current, equity and free margin, and nothing else", () => {
    const { next, item } = written(changeBalance(SEED_ACCOUNTS, SEED_TRANSACTIONS, 5002, { amount: "100" }, NOW));
    const before = seedAccount(5002).statement as Statement;
    const statement = {
      ...before,
      availableBalance: "950.00",
      currentBalance: "1100.00",
      equity: "1112.40",
      freeMargin: "962.40",
      updateTime: STAMP,
    };
    expect(item).toEqual(statement);
    expect(next.statement).toEqual(statement);
    expect(next.accounts).toEqual(SEED_ACCOUNTS.map((a) => (a.accountId === 5002 ? { ...a, statement } : a)));
  });

  it("records a done deposit on the credit side, with the comment", () => {
    const { next } = written(
      changeBalance(SEED_ACCOUNTS, SEED_TRANSACTIONS, 5001, { amount: "50.5", comment: "bonus" }, NOW),
    );
    expect(next.transactions).toEqual([
      ...SEED_TRANSACTIONS,
      {
        transactionId: Math.max(...SEED_TRANSACTIONS.map((t) => t.transactionId)) + 1,
        type: "deposit",
        status: "done",
        clientId: 1024,
        creditAccountNumber: "1000005001",
        creditAmount: "50.50",
        creditCurrency: "USD",
        debitAccountNumber: null,
        debitAmount: null,
        debitCurrency: null,
        comment: "bonus",
        createTime: STAMP,
        updateTime: STAMP,
      } satisfies Transaction,
    ]);
  });

  it("records a withdrawal on the debit side, with no comment", () => {
    const { next } = written(changeBalance(SEED_ACCOUNTS, SEED_TRANSACTIONS, 5001, { amount: "-1250.00" }, NOW));
    expect(next.statement).toMatchObject({ availableBalance: "0.00", currentBalance: "0.00" });
    expect(next.transactions.at(-1)).toMatchObject({
      type: "withdrawal",
      creditAccountNumber: null,
      creditAmount: null,
      creditCurrency: null,
      debitAccountNumber: "1000005001",
      debitAmount: "1250.00",
      debitCurrency: "USD",
      comment: null,
    });
  });

  it("starts from a zero statement dated at creation when the account has none, without equity fields it lacks", () => {
    const bare: Account = { ...seedAccount(5001), statement: undefined };
    const noEquity: Account = {
      ...seedAccount(5003),
      statement: { availableBalance: "10.00", currentBalance: "10.00", updateTime: "2024-01-01T00:00:00+00:00" },
    };
    const accounts = [bare, noEquity];
    expect(written(changeBalance(accounts, [], 5001, { amount: "1" }, NOW)).item).toMatchObject({
      availableBalance: "1.00",
      currentBalance: "1.00",
      equity: "1.00",
      freeMargin: "1.00",
      credit: "0.00",
      updateTime: STAMP,
    });
    expect(written(changeBalance(accounts, [], 5003, { amount: "1" }, NOW)).item).toStrictEqual({
      availableBalance: "11.00",
      currentBalance: "11.00",
      updateTime: STAMP,
    });
  });

  it.each([
    { given: "a debit of exactly the available balance", id: 5001, amount: "-1250.00", want: "written" },
    { given: "a debit a cent beyond it", id: 5001, amount: "-1250.01", want: "too low" },
    { given: "an unknown account", id: 1, amount: "1", want: "not-found" },
  ])("$given -> $want", ({ id, amount, want }) => {
    const outcome = changeBalance(SEED_ACCOUNTS, SEED_TRANSACTIONS, id, { amount }, NOW);
    if (want === "too low") {
      expect(outcome).toEqual({
        kind: "invalid",
        errors: { amount: ["The available balance is too low for this debit."] },
      });
    } else expect(outcome.kind).toBe(want);
  });

  it.each([
    { given: "zero", amount: "0.00" },
    { given: "three decimals", amount: "1.005" },
  ])("names the currency's decimals when refusing $given", ({ amount }) => {
    expect(changeBalance(SEED_ACCOUNTS, SEED_TRANSACTIONS, 5001, { amount }, NOW)).toEqual({
      kind: "invalid",
      errors: { amount: ["The amount must be a non-zero number with at most 2 decimals."] },
    });
  });

  it("refuses an archived account, and a full transaction list", () => {
    expect(changeBalance(SEED_ACCOUNTS, SEED_TRANSACTIONS, 5006, { amount: "1" }, NOW)).toEqual({
      kind: "invalid",
      errors: { accountId: ["The account is archived."] },
    });
    const full = Array.from({ length: MAX_ITEMS }, (_, i) => ({ ...seedTransaction(90001), transactionId: i }));
    expect(changeBalance(SEED_ACCOUNTS, full, 5001, { amount: "1" }, NOW)).toEqual({
      kind: "invalid",
      errors: fullErrors("transactions"),
    });
  });
});

describe("transactions: update", () => {
  it.each([
    { body: { status: "rejected" as const }, want: { status: "rejected" } },
    { body: { comment: "checked" }, want: { comment: "checked" } },
    { body: { status: "done" as const, comment: "" }, want: { status: "done", comment: "" } },
  ])("changes $body and the update time only", ({ body, want }) => {
    const { next, item } = written(updateTransaction(SEED_TRANSACTIONS, 90003, body, NOW));
    expect(item).toEqual({ ...seedTransaction(90003), ...want, updateTime: STAMP });
    expect(next).toEqual(SEED_TRANSACTIONS.map((t) => (t.transactionId === 90003 ? item : t)));
  });

  it("answers not-found for an unknown transaction", () => {
    expect(updateTransaction(SEED_TRANSACTIONS, 1, {}, NOW)).toEqual({ kind: "not-found" });
  });
});

describe("transaction types", () => {
  it.each([
    { body: { caption: "Top-up" }, want: { typeId: 1, name: "deposit", caption: "Top-up", enabled: true } },
    { body: { enabled: false }, want: { typeId: 1, name: "deposit", caption: "Deposit", enabled: false } },
  ])("changes $body only", ({ body, want }) => {
    const { next, item } = written(updateTransactionType(SEED_TRANSACTION_TYPES, 1, body));
    expect(item).toEqual(want);
    expect(next).toEqual([want, ...SEED_TRANSACTION_TYPES.slice(1)]);
  });

  it("answers not-found for an unknown type", () => {
    expect(updateTransactionType(SEED_TRANSACTION_TYPES, 7, { enabled: false })).toEqual({ kind: "not-found" });
  });
});

describe("monitoring", () => {
  const record = (monitoringId: number): MonitoringRecord => ({
    monitoringId,
    transactionId: 90001,
    status: "passed",
    createTime: STAMP,
  });

  it.each([
    { status: "done", want: "passed" },
    { status: "pending", want: "passed" },
    { status: "rejected", want: "flagged" },
    { status: "failed", want: "flagged" },
    { status: "cancelled", want: "flagged" },
  ] as const)("a $status transaction is $want", ({ status, want }) => {
    const transactions = [{ ...seedTransaction(90001), status }];
    expect(checkTransaction([record(4)], transactions, 90001, NOW)).toEqual({
      kind: "written",
      next: [record(4), { monitoringId: 5, transactionId: 90001, status: want, createTime: STAMP }],
      item: { monitoringId: 5, transactionId: 90001, status: want, createTime: STAMP },
    });
  });

  it("answers not-found for an unknown transaction, and drops the oldest record once full", () => {
    expect(checkTransaction([], SEED_TRANSACTIONS, 1, NOW)).toEqual({ kind: "not-found" });
    const full = Array.from({ length: MAX_ITEMS }, (_, i) => record(i + 1));
    const { next } = written(checkTransaction(full, SEED_TRANSACTIONS, 90001, NOW));
    expect(next).toHaveLength(MAX_ITEMS);
    expect(next[0]?.monitoringId).toBe(2);
    expect(next.at(-1)?.monitoringId).toBe(MAX_ITEMS + 1);
  });

  it.each([
    { limit: 2, offset: 0, want: [5, 4] },
    { limit: 2, offset: 2, want: [3, 2] },
    { limit: 10, offset: 4, want: [1] },
  ])("pages newest first: limit $limit, offset $offset", ({ limit, offset, want }) => {
    const records = [1, 2, 3, 4, 5].map(record);
    expect(pageOfRecords(records, limit, offset).map((r) => r.monitoringId)).toEqual(want);
    expect(records.map((r) => r.monitoringId)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("account preferences", () => {
  it.each([
    { id: 5001, want: { accountId: 5001, leverage: null, dailyReports: false, notifications: true } },
    { id: 5002, want: { accountId: 5002, leverage: 100, dailyReports: true, notifications: true } },
    { id: 5004, want: { accountId: 5004, leverage: 100, dailyReports: false, notifications: true } },
    { id: 5006, want: { accountId: 5006, leverage: 100, dailyReports: true, notifications: false } },
  ])("account $id", ({ id, want }) => {
    expect(toPreferences(seedAccount(id))).toEqual(want);
  });
});

describe("reference data a write resolves ids against", () => {
  // Each id resolves to the {id, name} a response then carries (inferred lists, see catalog.ts).
  it.each([
    { body: { statusId: 1 }, want: { status: { id: 1, name: "New" } } },
    { body: { statusId: 2 }, want: { status: { id: 2, name: "Active" } } },
    { body: { statusId: 3 }, want: { status: { id: 3, name: "Blocked" } } },
    { body: { riskLevelId: 1 }, want: { riskLevel: { id: 1, name: "Low" } } },
    { body: { riskLevelId: 2 }, want: { riskLevel: { id: 2, name: "Medium" } } },
    { body: { riskLevelId: 3 }, want: { riskLevel: { id: 3, name: "High" } } },
    { body: { verificationLevelId: 1 }, want: { verificationLevel: { id: 1, name: "Not verified" } } },
    { body: { verificationLevelId: 2 }, want: { verificationLevel: { id: 2, name: "Verified" } } },
    { body: { managerId: 7 }, want: { manager: { id: 7, name: "Oliver Smith" } } },
    { body: { managerId: 9 }, want: { manager: { id: 9, name: "Amelia Jones" } } },
    { body: { typeId: 1 }, want: { type: { id: 1, name: "Individual" } } },
    { body: { typeId: 2 }, want: { type: { id: 2, name: "Corporate" } } },
  ])("client $body", ({ body, want }) => {
    expect(written(updateClient(SEED_CLIENTS, 1025, body)).item).toMatchObject(want);
  });

  it.each([
    { groupId: 3, want: { id: 3, name: "Retail" } },
    { groupId: 8, want: { id: 8, name: "real\\standard" } },
    { groupId: 9, want: { id: 9, name: "demo\\standard" } },
  ])("account group $groupId", ({ groupId, want }) => {
    expect(written(updateAccount(SEED_ACCOUNTS, 5003, { groupId })).item.group).toEqual(want);
  });

  it.each([
    {
      productId: 5,
      want: {
        product: { id: 5, name: "MT5 Standard" },
        platform: { id: 4, name: "MetaTrader 5" },
        group: { id: 8, name: "real\\standard" },
        type: "trade",
        permissions: ["enabled", "visible", "trade", "transferDeposit", "transferWithdrawal"],
      },
    },
    {
      productId: 6,
      want: {
        product: { id: 6, name: "MT5 Demo" },
        platform: { id: 4, name: "MetaTrader 5" },
        group: { id: 9, name: "demo\\standard" },
        type: "demo",
        permissions: ["enabled", "visible", "trade"],
      },
    },
  ])("product $productId opens an account with its platform, group, type and permissions", ({ productId, want }) => {
    const body = { clientId: 1024, productId, currencyCode: "USD" };
    expect(written(createAccount(SEED_ACCOUNTS, SEED_CLIENTS, body, NOW)).item).toMatchObject({
      ...want,
      currency: { alphabeticCode: "USD", minorUnit: 2, name: "US Dollar", numericCode: 840 },
    });
  });

  it("keeps the six documented transaction types, all enabled", () => {
    expect(SEED_TRANSACTION_TYPES).toEqual([
      { typeId: 1, name: "deposit", caption: "Deposit", enabled: true },
      { typeId: 2, name: "exchange", caption: "Exchange", enabled: true },
      { typeId: 3, name: "external", caption: "External", enabled: true },
      { typeId: 4, name: "partner", caption: "Partner", enabled: true },
      { typeId: 5, name: "transfer", caption: "Transfer", enabled: true },
      { typeId: 6, name: "withdrawal", caption: "Withdrawal", enabled: true },
    ]);
  });
});
