/**
 * The Back Office data the mock starts with: two administrators and a few clients with accounts
 * and transactions, shaped like the spec's examples so list and get calls return something real.
 * @see specs/b2core-backoffice.yaml (examples of listClients, listAccounts, listTransactions)
 */
import type { Account, Statement } from "./flows/accounts.js";
import type { Client } from "./flows/clients.js";
import type { Admin } from "./flows/sign-in.js";
import type { Transaction } from "./flows/transactions.js";

/** The password of every seed administrator. */
export const SEED_PASSWORD = "Secret123";

/** Seed administrators: one with e-mail 2FA, one without. */
export const SEED_ADMINS: readonly Admin[] = [
  { id: 1, email: "admin@b2core.test", password: SEED_PASSWORD, twoFactor: "email" },
  { id: 2, email: "no2fa@b2core.test", password: SEED_PASSWORD, twoFactor: "off" },
];

const individual = { id: 1, name: "Individual" };
const corporate = { id: 2, name: "Corporate" };
const real = { id: 1, name: "Real" };
const verified = { id: 2, name: "Verified" };
const notVerified = { id: 1, name: "Not verified" };
const oliver = { id: 7, name: "Oliver Smith" };
const amelia = { id: 9, name: "Amelia Jones" };

/** Seed clients 1024-1027: individual and corporate, several statuses, managers and countries. */
export const SEED_CLIENTS: readonly Client[] = [
  {
    clientId: 1024,
    email: "jane.doe@example.com",
    name: "Jane Doe",
    nickname: "jdoe",
    type: individual,
    status: { id: 2, name: "Active" },
    internalType: real,
    riskLevel: { id: 1, name: "Low" },
    verificationLevel: verified,
    manager: oliver,
    countryCode: 826,
    city: "London",
    companyShortName: null,
    companyFullName: null,
    createTime: "2024-05-14T09:30:00+00:00",
  },
  {
    clientId: 1025,
    email: "treasury@northwind.example",
    name: "Northwind Trading",
    nickname: null,
    type: corporate,
    status: { id: 2, name: "Active" },
    internalType: real,
    riskLevel: { id: 2, name: "Medium" },
    verificationLevel: notVerified,
    manager: null,
    countryCode: 196,
    city: "Limassol",
    companyShortName: "Northwind",
    companyFullName: "Northwind Trading Ltd",
    createTime: "2024-05-15T11:02:13+00:00",
  },
  {
    clientId: 1026,
    email: "hiro.tanaka@example.jp",
    name: "Hiro Tanaka",
    nickname: "hiro",
    type: individual,
    status: { id: 1, name: "New" },
    internalType: real,
    riskLevel: null,
    verificationLevel: notVerified,
    manager: amelia,
    countryCode: 392,
    city: "Tokyo",
    companyShortName: null,
    companyFullName: null,
    createTime: "2024-06-02T08:00:00+00:00",
  },
  {
    clientId: 1027,
    email: "lena.fischer@example.de",
    name: "Lena Fischer",
    nickname: null,
    type: individual,
    status: { id: 3, name: "Blocked" },
    internalType: { id: 2, name: "Test" },
    riskLevel: { id: 3, name: "High" },
    verificationLevel: verified,
    manager: oliver,
    countryCode: 276,
    city: "Berlin",
    companyShortName: null,
    companyFullName: null,
    createTime: "2024-06-10T14:45:00+00:00",
  },
];

const usd = { alphabeticCode: "USD", minorUnit: 2, name: "US Dollar", numericCode: 840 };
const eur = { alphabeticCode: "EUR", minorUnit: 2, name: "Euro", numericCode: 978 };
const b2core = { id: 1, name: "B2Core" };
const mt5 = { id: 4, name: "MetaTrader 5" };
const wallet = { id: 2, name: "Wallet" };
const retail = { id: 3, name: "Retail" };
const walletPermissions: Account["permissions"] = [
  "enabled",
  "visible",
  "deposit",
  "withdrawal",
  "exchange",
  "transferDeposit",
  "transferWithdrawal",
];

const flat = (balance: string, updateTime: string): Statement => ({
  availableBalance: balance,
  currentBalance: balance,
  credit: "0.00",
  equity: balance,
  freeMargin: balance,
  hold: "0.00",
  margin: "0.00",
  marginLevel: "0.00",
  pnl: "0.00",
  updateTime,
});

/** Seed accounts 5001-5006: wallets, MT5 real and demo, one archived. */
export const SEED_ACCOUNTS: readonly Account[] = [
  {
    accountId: 5001,
    accountNumber: "1000005001",
    clientId: 1024,
    caption: "USD wallet",
    name: "Wallet USD",
    currency: usd,
    group: retail,
    platform: b2core,
    product: wallet,
    statement: flat("1250.00", "2024-05-20T12:00:00+00:00"),
    permissions: walletPermissions,
    type: "personal",
    archiveTime: null,
    createTime: "2024-05-14T09:35:00+00:00",
  },
  {
    accountId: 5002,
    accountNumber: "700123",
    clientId: 1024,
    caption: "MT5 Standard",
    name: "MT5 Standard USD",
    currency: usd,
    group: { id: 8, name: "real\\standard" },
    platform: mt5,
    product: { id: 5, name: "MT5 Standard" },
    statement: {
      availableBalance: "850.00",
      currentBalance: "1000.00",
      credit: "0.00",
      equity: "1012.40",
      freeMargin: "862.40",
      hold: "0.00",
      margin: "150.00",
      marginLevel: "674.93",
      pnl: "12.40",
      updateTime: "2024-05-20T12:00:00+00:00",
    },
    permissions: ["enabled", "visible", "trade", "transferDeposit", "transferWithdrawal"],
    type: "trade",
    archiveTime: null,
    createTime: "2024-05-14T10:05:00+00:00",
  },
  {
    accountId: 5003,
    accountNumber: "1000005003",
    clientId: 1025,
    caption: "EUR wallet",
    name: "Wallet EUR",
    currency: eur,
    group: retail,
    platform: b2core,
    product: wallet,
    statement: flat("50000.00", "2024-05-15T13:20:00+00:00"),
    permissions: walletPermissions,
    type: "personal",
    archiveTime: null,
    createTime: "2024-05-15T11:10:00+00:00",
  },
  {
    accountId: 5004,
    accountNumber: "900456",
    clientId: 1026,
    caption: "MT5 Demo",
    name: "MT5 Demo USD",
    currency: usd,
    group: { id: 9, name: "demo\\standard" },
    platform: mt5,
    product: { id: 6, name: "MT5 Demo" },
    statement: flat("10000.00", "2024-06-02T08:05:00+00:00"),
    permissions: ["enabled", "visible", "trade"],
    type: "demo",
    archiveTime: null,
    createTime: "2024-06-02T08:05:00+00:00",
  },
  {
    accountId: 5005,
    accountNumber: "1000005005",
    clientId: 1026,
    caption: "USD wallet",
    name: "Wallet USD",
    currency: usd,
    group: retail,
    platform: b2core,
    product: wallet,
    statement: flat("0.00", "2024-06-02T08:01:00+00:00"),
    permissions: walletPermissions,
    type: "personal",
    archiveTime: null,
    createTime: "2024-06-02T08:01:00+00:00",
  },
  {
    accountId: 5006,
    accountNumber: "700789",
    clientId: 1027,
    caption: "MT5 Standard",
    name: "MT5 Standard USD",
    currency: usd,
    group: { id: 8, name: "real\\standard" },
    platform: mt5,
    product: { id: 5, name: "MT5 Standard" },
    statement: flat("0.00", "2024-07-01T10:00:00+00:00"),
    permissions: ["visible"],
    type: "trade",
    archiveTime: "2024-07-01T10:00:00+00:00",
    createTime: "2024-06-10T15:00:00+00:00",
  },
];

const none = {
  creditAccountNumber: null,
  creditAmount: null,
  creditCurrency: null,
  debitAccountNumber: null,
  debitAmount: null,
  debitCurrency: null,
};

/** Seed transactions 90001-90006, one in status `new` (never listed). */
export const SEED_TRANSACTIONS: readonly Transaction[] = [
  {
    ...none,
    transactionId: 90001,
    type: "deposit",
    status: "done",
    clientId: 1024,
    creditAccountNumber: "1000005001",
    creditAmount: "2250.00",
    creditCurrency: "USD",
    comment: "Bank wire",
    createTime: "2024-05-14T09:50:00+00:00",
    updateTime: "2024-05-14T09:58:31+00:00",
  },
  {
    transactionId: 90002,
    type: "transfer",
    status: "done",
    clientId: 1024,
    creditAccountNumber: "700123",
    creditAmount: "1000.00",
    creditCurrency: "USD",
    debitAccountNumber: "1000005001",
    debitAmount: "1000.00",
    debitCurrency: "USD",
    comment: null,
    createTime: "2024-05-14T10:10:00+00:00",
    updateTime: "2024-05-14T10:10:02+00:00",
  },
  {
    ...none,
    transactionId: 90003,
    type: "withdrawal",
    status: "pending",
    clientId: 1024,
    debitAccountNumber: "1000005001",
    debitAmount: "200.00",
    debitCurrency: "USD",
    comment: "Withdrawal to bank card",
    createTime: "2024-05-20T15:40:00+00:00",
    updateTime: "2024-05-20T15:40:00+00:00",
  },
  {
    ...none,
    transactionId: 90004,
    type: "deposit",
    status: "done",
    clientId: 1025,
    creditAccountNumber: "1000005003",
    creditAmount: "50000.00",
    creditCurrency: "EUR",
    comment: "SEPA transfer",
    createTime: "2024-05-15T12:00:00+00:00",
    updateTime: "2024-05-15T13:20:00+00:00",
  },
  {
    ...none,
    transactionId: 90005,
    type: "withdrawal",
    status: "rejected",
    clientId: 1025,
    debitAccountNumber: "1000005003",
    debitAmount: "2000.00",
    debitCurrency: "EUR",
    comment: "Beneficiary name does not match",
    createTime: "2024-05-22T08:30:00+00:00",
    updateTime: "2024-05-22T09:00:00+00:00",
  },
  {
    ...none,
    transactionId: 90006,
    type: "deposit",
    status: "new",
    clientId: 1026,
    creditAccountNumber: "1000005005",
    creditAmount: "100.00",
    creditCurrency: "USD",
    comment: "Card deposit awaiting payment",
    createTime: "2024-06-02T08:10:00+00:00",
    updateTime: null,
  },
];
