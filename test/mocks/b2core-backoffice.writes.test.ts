/**
 * The B2Core write flows as tables: given the seed collections, when a write, want the next
 * collection (or the refusal). The flows are pure: the input collections never change.
 */
import { describe, expect, it } from "vitest";
import { checkTransaction } from "../../mocks/b2core-backoffice/flows/monitoring.js";
import {
  changeBalance,
  createClient,
  toDecimalString,
  toMinor,
  updateClient,
} from "../../mocks/b2core-backoffice/flows/writes.js";
import { SEED_ACCOUNTS, SEED_CLIENTS, SEED_TRANSACTIONS } from "../../mocks/b2core-backoffice/seed-data.js";

const NOW = Date.parse("2026-01-01T00:00:00Z");

describe("decimal amounts in minor units", () => {
  it.each([
    { given: "12.5", digits: 2, want: 1250 },
    { given: "-0.01", digits: 2, want: -1 },
    { given: "7", digits: 2, want: 700 },
    { given: "1.230", digits: 2, want: 123 },
    { given: "1.234", digits: 2, want: undefined },
    { given: "abc", digits: 2, want: undefined },
  ])("$given with $digits digits -> $want", ({ given, digits, want }) => {
    expect(toMinor(given, digits)).toBe(want);
  });

  it.each([
    { units: 10025, want: "100.25" },
    { units: -5, want: "-0.05" },
    { units: 0, want: "0.00" },
  ])("$units -> $want", ({ units, want }) => {
    expect(toDecimalString(units, 2)).toBe(want);
  });
});

describe("client writes", () => {
  it.each([
    { when: { email: "jane.doe@example.com", name: "Twin" }, want: { email: ["The email has already been taken."] } },
    { when: { email: "x@example.com", name: "X", typeId: 9 }, want: { typeId: ["The selected typeId is invalid."] } },
    {
      when: { email: "x@example.com", name: "X", managerId: 1 },
      want: { managerId: ["The selected managerId is invalid."] },
    },
  ])("create refuses $when", ({ when, want }) => {
    expect(createClient(SEED_CLIENTS, when, NOW)).toEqual({ kind: "invalid", errors: want });
  });

  it("create appends with the next id and leaves the input alone", () => {
    const before = structuredClone(SEED_CLIENTS);
    const outcome = createClient(SEED_CLIENTS, { email: "x@example.com", name: "X", typeId: 2 }, NOW);
    expect(outcome).toMatchObject({ kind: "written", item: { clientId: 1028, type: { id: 2, name: "Corporate" } } });
    if (outcome.kind === "written") expect(outcome.next).toHaveLength(SEED_CLIENTS.length + 1);
    expect(SEED_CLIENTS).toEqual(before);
  });

  it.each([
    { when: { city: null }, want: { city: null, name: "Jane Doe" } },
    { when: { statusId: 3 }, want: { status: { id: 3, name: "Blocked" } } },
    { when: { riskLevelId: null }, want: { riskLevel: null } },
  ])("update $when", ({ when, want }) => {
    expect(updateClient(SEED_CLIENTS, 1024, when)).toMatchObject({ kind: "written", item: want });
  });

  it("update of an unknown client is not found", () => {
    expect(updateClient(SEED_CLIENTS, 1, { name: "X" })).toEqual({ kind: "not-found" });
  });
});

describe("balance changes", () => {
  it.each([
    { given: 5001, when: "50.00", want: { availableBalance: "1300.00", currentBalance: "1300.00" }, type: "deposit" },
    { given: 5001, when: "-250.50", want: { availableBalance: "999.50" }, type: "withdrawal" },
  ])("account $given, amount $when", ({ given, when, want, type }) => {
    const outcome = changeBalance(SEED_ACCOUNTS, SEED_TRANSACTIONS, given, { amount: when }, NOW);
    expect(outcome).toMatchObject({ kind: "written", item: want });
    if (outcome.kind === "written") expect(outcome.next.transactions.at(-1)).toMatchObject({ type, status: "done" });
  });

  it.each([
    { given: 5005, when: "-0.01", field: "amount" },
    { given: 5001, when: "0", field: "amount" },
    { given: 5001, when: "1.001", field: "amount" },
    { given: 5006, when: "10.00", field: "accountId" },
  ])("refuses account $given, amount $when", ({ given, when, field }) => {
    const outcome = changeBalance(SEED_ACCOUNTS, SEED_TRANSACTIONS, given, { amount: when }, NOW);
    expect(outcome.kind).toBe("invalid");
    if (outcome.kind === "invalid") expect(Object.keys(outcome.errors)).toEqual([field]);
  });
});

describe("transaction checks", () => {
  it.each([
    { given: 90001, want: "passed" },
    { given: 90005, want: "flagged" },
  ])("transaction $given -> $want", ({ given, want }) => {
    expect(checkTransaction([], SEED_TRANSACTIONS, given, NOW)).toMatchObject({
      kind: "written",
      item: { monitoringId: 1, transactionId: given, status: want },
    });
  });
});
