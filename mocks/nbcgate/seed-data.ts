/**
 * The accounts, companies, balances and pay links every fresh NBC Gate mock starts with. Ids and
 * names follow the spec's examples (user 1024 of owner 512, recipient owner 733, pay link 12345).
 * @see specs/nbcgate.yaml (examples of User, Owner, Balance, PayLink, Transfer)
 * @see README.md (NBC Gate) (seed accounts)
 */
import type { Holding } from "./flows/ledger.js";

export const SEED_PASSWORD = "Password123";
export const DEMO_EMAIL = "demo@nbcgate.test";
export const OTP_EMAIL = "otp@nbcgate.test";
/** The one integration key the external API accepts. */
export const SANDBOX_EXTERNAL_KEY = "sandbox-external-key";

/** A user of a company account; `password` is unset until a signed-up user chooses one. */
export interface UserRecord {
  readonly id: number;
  readonly ownerId: number;
  readonly email: string;
  readonly password: string | undefined;
  readonly name: string;
  readonly surname: string;
  readonly language: string;
  readonly roleId: number;
  readonly timezone: string;
  readonly phone: string | undefined;
  readonly countryId: number | undefined;
  /** Two-factor login with a code sent by e-mail. */
  readonly twoFactor: boolean;
  /** Sessions created before this number count as revoked (password recovery). */
  readonly minSessionSeq: number;
}

/** A company account; `to_owner_id` of transfers. */
export interface OwnerRecord {
  readonly id: number;
  readonly name: string;
  readonly countryId: number;
  /** Its balances, in display order. */
  readonly balanceIds: readonly number[];
  /** Last change of any of its balances (set to the mock's start time at seed). */
  readonly balancesUpdatedAt: number;
}

export interface PayLinkRecord {
  readonly id: number;
  readonly ownerId: number;
  readonly type: "temporary" | "reusable";
}

export interface Coin {
  readonly id: number;
  readonly code: string;
  readonly type: "coin" | "fiat";
}

/** The coins of the spec's `GET /currency/coin` example; `coin_id` 1 = USD as in the invoice guide. */
export const COINS: ReadonlyMap<number, Coin> = new Map(
  (
    [
      { id: 1, code: "USD", type: "fiat" },
      { id: 2, code: "EUR", type: "fiat" },
      { id: 3, code: "USDT", type: "coin" },
      { id: 4, code: "BTC", type: "coin" },
    ] as const
  ).map((c) => [c.id, c]),
);

const user = (u: Omit<UserRecord, "roleId" | "phone" | "countryId" | "minSessionSeq">): UserRecord => ({
  ...u,
  roleId: 1,
  phone: undefined,
  countryId: undefined,
  minSessionSeq: 0,
});

export const SEED_USERS: readonly UserRecord[] = [
  user({
    id: 1024,
    ownerId: 512,
    email: DEMO_EMAIL,
    password: SEED_PASSWORD,
    name: "Jana",
    surname: "Novakova",
    language: "cs",
    timezone: "Europe/Prague",
    twoFactor: false,
  }),
  user({
    id: 1025,
    ownerId: 733,
    email: OTP_EMAIL,
    password: SEED_PASSWORD,
    name: "Alex",
    surname: "Turner",
    language: "en",
    timezone: "Asia/Dubai",
    twoFactor: true,
  }),
];

const holding = (
  h: Pick<Holding, "id" | "ownerId" | "coinId" | "amount"> & Partial<Pick<Holding, "hold" | "isDefault">>,
): Holding => {
  const coin = COINS.get(h.coinId);
  return {
    hold: 0,
    isDefault: false,
    ...h,
    code: coin?.code ?? "USD",
    type: coin?.type ?? "fiat",
    pendingIn: 0,
    pendingOut: 0,
    enabled: true,
  };
};

/** Owner 512's balances are the spec's example balances (ids 1-4); owner 733's start at id 77. */
export const SEED_HOLDINGS: readonly Holding[] = [
  holding({ id: 1, ownerId: 512, coinId: 3, amount: 1520.75, hold: 40, isDefault: true }),
  holding({ id: 2, ownerId: 512, coinId: 4, amount: 0.0425 }),
  holding({ id: 3, ownerId: 512, coinId: 2, amount: 2300, hold: 150 }),
  holding({ id: 4, ownerId: 512, coinId: 1, amount: 540.1 }),
  holding({ id: 77, ownerId: 733, coinId: 3, amount: 800, isDefault: true }),
  holding({ id: 78, ownerId: 733, coinId: 4, amount: 0.01 }),
  holding({ id: 79, ownerId: 733, coinId: 2, amount: 1000 }),
  holding({ id: 80, ownerId: 733, coinId: 1, amount: 250 }),
];

export const SEED_OWNERS: readonly OwnerRecord[] = [
  { id: 512, name: "Example Trade s.r.o.", countryId: 203, balanceIds: [1, 2, 3, 4], balancesUpdatedAt: 0 },
  { id: 733, name: "Blue Harbor LLC", countryId: 784, balanceIds: [77, 78, 79, 80], balancesUpdatedAt: 0 },
];

/** Pay links of owner 512: the guide's 12345 (temporary) and 12346 (reusable). */
export const SEED_PAY_LINKS: readonly PayLinkRecord[] = [
  { id: 12345, ownerId: 512, type: "temporary" },
  { id: 12346, ownerId: 512, type: "reusable" },
];

/** First ids handed out for new objects (invoices start at the guide's 12345). */
export const FIRST_IDS = { user: 2001, owner: 901, holding: 1001, invoice: 12345 } as const;
