/**
 * B2Core Back Office list queries as tables: parsing of paging, sorting and `filter[...]` keys,
 * every client and transaction filter, every sort key in both orders (nulls last, ids breaking
 * ties), and the lookups by id. Each row fails when the behaviour it names breaks.
 * @see ../../mocks/b2core-backoffice/flows/list-query.ts
 */
import { describe, expect, it } from "vitest";
import { type Account, findAccount, listAccounts } from "../../mocks/b2core-backoffice/flows/accounts.js";
import { type Client, findClient, listClients } from "../../mocks/b2core-backoffice/flows/clients.js";
import {
  byIdList,
  byInteger,
  type ListOutcome,
  listItems,
  toListQuery,
} from "../../mocks/b2core-backoffice/flows/list-query.js";
import {
  findTransaction,
  listTransactions,
  type Transaction,
} from "../../mocks/b2core-backoffice/flows/transactions.js";
import { SEED_ACCOUNTS, SEED_CLIENTS, SEED_TRANSACTIONS } from "../../mocks/b2core-backoffice/seed-data.js";

const idsOf = <T>(outcome: ListOutcome<T>, id: (item: T) => number) =>
  outcome.kind === "page" ? outcome.items.map(id) : outcome;

describe("toListQuery", () => {
  const SORTS = ["createTime", "name"] as const;
  it.each<{ name: string; query: Readonly<Record<string, string | readonly string[]>>; want: unknown }>([
    {
      name: "defaults",
      query: {},
      want: { limit: 10, offset: 0, sortBy: "createTime", sortOrder: "desc", filters: {} },
    },
    {
      name: "paging, sort and order",
      query: { limit: "5", offset: "3", sort_by: "name", sort_order: "asc" },
      want: { limit: 5, offset: 3, sortBy: "name", sortOrder: "asc", filters: {} },
    },
    {
      name: "the first of repeated values",
      query: { limit: ["7", "9"], sort_by: ["name", "createTime"], sort_order: ["asc", "desc"] },
      want: { limit: 7, offset: 0, sortBy: "name", sortOrder: "asc", filters: {} },
    },
    {
      name: "bad numbers fall back (0, negative, fraction, text)",
      query: { limit: "0", offset: "-1" },
      want: { limit: 10, offset: 0, sortBy: "createTime", sortOrder: "desc", filters: {} },
    },
    {
      name: "a fractional limit and an offset of 0 kept",
      query: { limit: "2.5", offset: "0" },
      want: { limit: 10, offset: 0, sortBy: "createTime", sortOrder: "desc", filters: {} },
    },
    {
      name: "an unknown sort key and order fall back to the default and desc",
      query: { sort_by: "password", sort_order: "ASC" },
      want: { limit: 10, offset: 0, sortBy: "createTime", sortOrder: "desc", filters: {} },
    },
    {
      name: "only keys shaped exactly filter[name] are filters",
      query: {
        "filter[email]": "a@b.c",
        "xfilter[city]": "Paris",
        "filter[city]x": "Rome",
        "filter[]": "empty",
        filter: "bare",
        "filter[ids]": ["1,2", "3"],
      },
      want: { limit: 10, offset: 0, sortBy: "createTime", sortOrder: "desc", filters: { email: "a@b.c", ids: "1,2" } },
    },
    {
      name: "an empty list of values is no filter",
      query: { "filter[city]": [] as string[] },
      want: { limit: 10, offset: 0, sortBy: "createTime", sortOrder: "desc", filters: {} },
    },
  ])("$name", ({ query, want }) => {
    expect(toListQuery(query, SORTS, "createTime")).toEqual(want);
  });

  it("keeps a large but valid limit and offset", () => {
    expect(toListQuery({ limit: "100", offset: "250" }, SORTS, "name")).toMatchObject({ limit: 100, offset: 250 });
  });
});

interface Row {
  readonly id: number;
  readonly score: number | null;
}

describe("listItems ordering", () => {
  const rows: Row[] = [
    { id: 3, score: 10 },
    { id: 1, score: null },
    { id: 2, score: 10 },
    { id: 4, score: 5 },
    { id: 5, score: null },
  ];
  const list = (sortOrder: "asc" | "desc", limit = 10, offset = 0) =>
    idsOf(
      listItems(
        rows,
        { limit, offset, sortBy: "score", sortOrder, filters: {} },
        {
          filters: {},
          sortKeys: { score: (r: Row) => r.score },
          id: (r: Row) => r.id,
        },
      ),
      (r) => r.id,
    );

  it("sorts ascending with nulls last and ids ascending on ties", () => {
    expect(list("asc")).toEqual([4, 2, 3, 1, 5]);
  });

  it("sorts descending with nulls still last and ids descending on ties", () => {
    expect(list("desc")).toEqual([3, 2, 4, 5, 1]);
  });

  it("pages after sorting", () => {
    expect(list("asc", 2, 1)).toEqual([2, 3]);
    expect(list("asc", 2, 4)).toEqual([5]);
  });
});

describe("filter parsers", () => {
  const get = (r: { v: number | null | undefined }) => r.v;
  it.each([
    { raw: "12", value: 12, want: true },
    { raw: "12", value: 13, want: false },
    { raw: "12a", value: 12, want: "must be an integer" },
    { raw: "a12", value: 12, want: "must be an integer" },
    { raw: "", value: 0, want: "must be an integer" },
  ])("byInteger($raw) on $value", ({ raw, value, want }) => {
    const parsed = byInteger(get)(raw);
    expect(typeof parsed === "function" ? parsed({ v: value }) : parsed.invalid).toBe(want);
  });

  it.each([
    { raw: "1,22,3", value: 22, want: true },
    { raw: "12,3", value: 12, want: true },
    { raw: "12,3", value: 1, want: false },
    { raw: "7", value: null, want: false },
    { raw: "7", value: undefined, want: false },
    { raw: "1,,2", value: 1, want: "must be comma-separated integers" },
    { raw: "1,2,", value: 1, want: "must be comma-separated integers" },
    { raw: "x1,2", value: 1, want: "must be comma-separated integers" },
    { raw: "1,2x", value: 1, want: "must be comma-separated integers" },
  ])("byIdList($raw) on $value", ({ raw, value, want }) => {
    const parsed = byIdList(get)(raw);
    expect(typeof parsed === "function" ? parsed({ v: value }) : parsed.invalid).toBe(want);
  });
});

/** A seed client with changes, so each filter has one row that matches and others that do not. */
const aClient = (base: Client, changes: Partial<Client>): Client => ({ ...base, ...changes });
const [jane, northwind] = SEED_CLIENTS;
if (jane === undefined || northwind === undefined) throw new Error("the B2Core seed needs two clients");
const CLIENTS: Client[] = [
  aClient(jane, {
    clientId: 1,
    email: "Alpha@Example.com",
    name: "bravo Person",
    nickname: "Ace",
    countryCode: 826,
    city: "London",
    companyShortName: "Acme",
    companyFullName: "Acme Holdings Ltd",
    status: { id: 2, name: "Active" },
    internalType: { id: 1, name: "Real" },
    riskLevel: { id: 1, name: "Low" },
    verificationLevel: { id: 3, name: "Verified" },
    type: { id: 1, name: "Individual" },
    createTime: "2024-01-03T00:00:00+00:00",
  }),
  aClient(northwind, {
    clientId: 2,
    email: "charlie@example.com",
    name: "Alpha Company",
    nickname: null,
    countryCode: 196,
    city: "Limassol",
    companyShortName: "North",
    companyFullName: "Northwind Trading",
    status: { id: 3, name: "Blocked" },
    internalType: null,
    riskLevel: null,
    verificationLevel: null,
    manager: null,
    type: { id: 2, name: "Corporate" },
    createTime: "2024-01-01T00:00:00+00:00",
  }),
  aClient(jane, {
    clientId: 3,
    email: "bravo@example.com",
    name: "Charlie Person",
    nickname: "chuck",
    countryCode: 276,
    city: "Berlin",
    companyShortName: null,
    companyFullName: null,
    status: { id: 2, name: "Active" },
    internalType: { id: 2, name: "Test" },
    riskLevel: { id: 3, name: "High" },
    verificationLevel: { id: 1, name: "Not verified" },
    type: { id: 1, name: "Individual" },
    createTime: "2024-01-02T00:00:00+00:00",
  }),
];
const managerId = jane.manager?.id;

describe("client filters and sorts", () => {
  it.each([
    { filter: "clientId", value: "2", want: [2] },
    { filter: "email", value: "alpha@example.com", want: [1] },
    { filter: "email", value: "nobody@example.com, BRAVO@example.com", want: [3] },
    { filter: "emails", value: "charlie@example.com,alpha@example.com", want: [1, 2] },
    { filter: "name", value: "PERSON", want: [1, 3] },
    { filter: "nickname", value: "ac", want: [1] },
    { filter: "managerIds", value: String(managerId), want: [1, 3] },
    { filter: "countryCodes", value: "196,276", want: [3, 2] },
    { filter: "city", value: "lon", want: [1] },
    { filter: "statusIds", value: "3", want: [2] },
    { filter: "internalTypeIds", value: "2", want: [3] },
    { filter: "companyShortName", value: "nor", want: [2] },
    { filter: "companyFullName", value: "holdings", want: [1] },
    { filter: "riskLevelIds", value: "1,3", want: [1, 3] },
    { filter: "typeIds", value: "2", want: [2] },
    { filter: "verificationLevelIds", value: "3", want: [1] },
  ])("filter[$filter]=$value", ({ filter, value, want }) => {
    expect(idsOf(listClients(CLIENTS, { [`filter[${filter}]`]: value }), (c) => c.clientId)).toEqual(want);
  });

  it("combines filters with AND", () => {
    const query = { "filter[statusIds]": "2", "filter[countryCodes]": "826,196" };
    expect(idsOf(listClients(CLIENTS, query), (c) => c.clientId)).toEqual([1]);
  });

  it("ignores unknown filters", () => {
    expect(idsOf(listClients(CLIENTS, { "filter[password]": "x" }), (c) => c.clientId)).toEqual([1, 3, 2]);
  });

  it.each([
    { sort: "createTime", asc: [2, 3, 1] },
    { sort: "clientId", asc: [1, 2, 3] },
    { sort: "email", asc: [1, 3, 2] },
    { sort: "name", asc: [2, 1, 3] },
  ])("sort_by=$sort in both orders (case-insensitive for text)", ({ sort, asc }) => {
    expect(idsOf(listClients(CLIENTS, { sort_by: sort, sort_order: "asc" }), (c) => c.clientId)).toEqual(asc);
    expect(idsOf(listClients(CLIENTS, { sort_by: sort, sort_order: "desc" }), (c) => c.clientId)).toEqual(
      [...asc].reverse(),
    );
  });

  it.each([
    { sort: "email", fields: [{ email: "jane_doe@example.com" }, { email: "JaneDoe@example.com" }] },
    { sort: "name", fields: [{ name: "ann_b" }, { name: "AnnC" }] },
  ])("sort_by=$sort compares the lower-case text, so '_' sorts before letters", ({ sort, fields }) => {
    // Lower case: "_" (0x5f) < "d" (0x64); folded to upper case it would be "_" > "D" (0x44).
    const two = fields.map((f, i) => aClient(jane, { clientId: i + 1, ...f }));
    expect(idsOf(listClients(two, { sort_by: sort, sort_order: "asc" }), (c) => c.clientId)).toEqual([1, 2]);
  });

  it("breaks ties by client id", () => {
    const twins = [aClient(jane, { clientId: 9 }), aClient(jane, { clientId: 8 })];
    expect(idsOf(listClients(twins, { sort_order: "asc" }), (c) => c.clientId)).toEqual([8, 9]);
  });

  it("finds a client by id, and nothing for an unknown id", () => {
    expect(findClient(CLIENTS, 3)?.email).toBe("bravo@example.com");
    expect(findClient(CLIENTS, 4)).toBeUndefined();
  });
});

describe("account lists", () => {
  it("sorts by creation time, ties by account id, in both orders", () => {
    const [a] = SEED_ACCOUNTS;
    if (a === undefined) throw new Error("no seed account");
    const accounts: Account[] = [
      { ...a, accountId: 2, createTime: "2024-01-02T00:00:00+00:00" },
      { ...a, accountId: 3, createTime: "2024-01-01T00:00:00+00:00" },
      { ...a, accountId: 1, createTime: "2024-01-02T00:00:00+00:00" },
    ];
    expect(idsOf(listAccounts(accounts, { sort_order: "asc" }), (x) => x.accountId)).toEqual([3, 1, 2]);
    expect(idsOf(listAccounts(accounts, {}), (x) => x.accountId)).toEqual([2, 1, 3]);
  });

  it("finds an account by id, and nothing for an unknown id", () => {
    const [a] = SEED_ACCOUNTS;
    expect(findAccount(SEED_ACCOUNTS, a?.accountId ?? -1)).toBe(a);
    expect(findAccount(SEED_ACCOUNTS, -1)).toBeUndefined();
  });
});

describe("transaction filters and sorts", () => {
  const [t] = SEED_TRANSACTIONS;
  const [account] = SEED_ACCOUNTS;
  if (t === undefined || account === undefined) throw new Error("the B2Core seed needs a transaction and an account");
  const tx = (id: number, changes: Partial<Transaction>): Transaction => ({
    ...t,
    transactionId: id,
    creditAccountNumber: null,
    debitAccountNumber: null,
    creditAmount: null,
    debitAmount: null,
    ...changes,
  });
  const mine = account.accountNumber;
  const TXS: Transaction[] = [
    tx(1, {
      status: "done",
      type: "deposit",
      creditAccountNumber: mine,
      creditAmount: "50.00",
      createTime: "2024-01-01T00:00:00+00:00",
    }),
    tx(2, {
      status: "hold",
      type: "withdrawal",
      debitAccountNumber: mine,
      debitAmount: "20.00",
      createTime: "2024-01-02T00:00:00+00:00",
    }),
    tx(3, {
      status: "trade",
      type: "exchange",
      creditAccountNumber: "999",
      creditAmount: "7.50",
      createTime: "2024-01-03T00:00:00+00:00",
    }),
    tx(4, { status: "new", type: "transfer", creditAccountNumber: mine, createTime: "2024-01-04T00:00:00+00:00" }),
  ];
  const list = (query: Record<string, string>) =>
    idsOf(listTransactions(TXS, SEED_ACCOUNTS, query), (x) => x.transactionId);

  it("never lists transactions in status new", () => {
    expect(list({})).toEqual([3, 2, 1]);
  });

  it.each([
    "cancelled",
    "done",
    "failed",
    "hold",
    "holdFailed",
    "inProgress",
    "new",
    "partial",
    "pending",
    "rejected",
    "refund",
    "refundFailed",
    "trade",
  ])("accepts filter[status]=%s", (status) => {
    const want = TXS.filter((x) => x.status === status && x.status !== "new").map((x) => x.transactionId);
    expect(list({ "filter[status]": status })).toEqual(want);
  });

  it.each(["deposit", "exchange", "external", "partner", "transfer", "withdrawal"])(
    "accepts filter[type]=%s",
    (type) => {
      const want = TXS.filter((x) => x.type === type && x.status !== "new").map((x) => x.transactionId);
      expect(list({ "filter[type]": type })).toEqual(want);
    },
  );

  it("refuses an unknown status or type with the allowed values", () => {
    expect(list({ "filter[status]": "Done" })).toMatchObject({
      kind: "invalid",
      errors: { "filter[status]": [expect.stringMatching(/^The filter\[status\] must be one of: cancelled, done, /)] },
    });
    expect(list({ "filter[type]": "gift" })).toMatchObject({
      kind: "invalid",
      errors: { "filter[type]": [expect.any(String)] },
    });
  });

  it("filter[accountId] matches the account's number on the credit or the debit side", () => {
    expect(list({ "filter[accountId]": String(account.accountId), sort_order: "asc" })).toEqual([1, 2]);
    expect(list({ "filter[accountId]": "424242" })).toEqual([]);
    expect(list({ "filter[accountId]": "x" })).toEqual({
      kind: "invalid",
      errors: { "filter[accountId]": ["The filter[accountId] must be an integer."] },
    });
  });

  it("filter[creditAccountNumber] and filter[debitAccountNumber] match their side only", () => {
    expect(list({ "filter[creditAccountNumber]": mine })).toEqual([1]);
    expect(list({ "filter[debitAccountNumber]": mine })).toEqual([2]);
    expect(list({ "filter[creditAccountNumber]": "999" })).toEqual([3]);
  });

  it.each([
    { sort: "createTime", asc: [1, 2, 3] },
    { sort: "creditAmount", asc: [3, 1, 2] },
    { sort: "debitAmount", asc: [2, 1, 3] },
  ])("sort_by=$sort (numbers, missing amounts last)", ({ sort, asc }) => {
    expect(list({ sort_by: sort, sort_order: "asc" })).toEqual(asc);
  });

  it("sorts amounts as numbers, not text", () => {
    const amounts = [
      tx(7, { status: "done", creditAmount: "100.00" }),
      tx(8, { status: "done", creditAmount: "9.00" }),
    ];
    expect(
      idsOf(
        listTransactions(amounts, SEED_ACCOUNTS, { sort_by: "creditAmount", sort_order: "asc" }),
        (x) => x.transactionId,
      ),
    ).toEqual([8, 7]);
  });

  it("finds a transaction by id, and nothing for an unknown id", () => {
    expect(findTransaction(TXS, 2)?.type).toBe("withdrawal");
    expect(findTransaction(TXS, 5)).toBeUndefined();
  });
});
