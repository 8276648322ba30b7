/**
 * The seed orders, subscription and products, so reads work out of the box. Ids follow the spec's
 * examples (order 5555555, subscription 111111_22222, product 123456); dates are relative to `now`.
 * @see specs/softline-checkout.yaml (examples)
 */
import { toProductDate } from "./dates.js";
import type { Customer, OrderRecord, PaymentDetails, ProductRecord, SubscriptionRecord } from "./state.js";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The customer who "pays on the hosted form" in the mock (the form itself is not mocked). */
export const TEST_CUSTOMER: Customer = {
  country: "DE",
  type: "physical",
  email: "customer@example.com",
  first_name: "John",
  last_name: "Smith",
};

/** What the hosted form records when the customer pays with `method` (a test Visa card for CreditCard). */
export function toPaymentDetails(method: string): PaymentDetails {
  const card = method === "CreditCard";
  return {
    payment_method: method,
    payment_system_name: card ? "Bank Card" : method,
    card_type: card ? "Visa" : "",
    card_last_4: card ? "1111" : "",
    card_expiration_date: card ? "12/30" : "",
    is_card_expired: false,
    is_installment_payment: false,
  };
}

/** The usernames of the seed API accounts (see SEED_ACCOUNT and SECOND_ACCOUNT in ./state.ts). */
export const SEED_MERCHANT = "merchant";
export const SECOND_MERCHANT = "merchant2";
const MERCHANT = SEED_MERCHANT;
const MERCHANT_2 = SECOND_MERCHANT;

/** A `not paid` payment of `merchant` (default: the seed account) with no customer yet: the base the seed and the flows start from. */
export const blankOrder = (id: number, createdAt: number, merchant = MERCHANT): OrderRecord => ({
  id,
  merchant,
  source: "payment",
  status: "not paid",
  externalId: "",
  createdAt,
  paidAt: undefined,
  currency: "EUR",
  amountCents: 0,
  recurring: false,
  parentOrderId: null,
  paymentMethod: "CreditCard",
  description: undefined,
  customer: undefined,
  payment: undefined,
  products: [],
  refunds: [],
  chargeAt: undefined,
});

const paid = (order: OrderRecord, paidAt: number): OrderRecord => ({
  ...order,
  status: "paid",
  paidAt,
  customer: TEST_CUSTOMER,
  payment: toPaymentDetails(order.paymentMethod),
});

/** Seed orders: paid, unpaid, recurring parents (paid and zero-amount) and a Checkout subscription parent. */
export function seedOrders(now: number): OrderRecord[] {
  const weekAgo = now - 7 * DAY;
  const monthAgo = now - 30 * DAY;
  return [
    paid(
      { ...blankOrder(5_555_555, weekAgo, MERCHANT), externalId: "inv-2021-0001", amountCents: 10_000 },
      weekAgo + 4 * MINUTE,
    ),
    { ...blankOrder(5_555_556, now - DAY, MERCHANT), externalId: "inv-2021-0002", amountCents: 5_000 },
    paid(
      {
        ...blankOrder(5_555_600, monthAgo, MERCHANT),
        externalId: "sub-42-initial",
        amountCents: 1_000,
        recurring: true,
      },
      monthAgo + 3 * MINUTE,
    ),
    { ...blankOrder(5_555_700, now - 60 * MINUTE, MERCHANT), externalId: "card-check-1", recurring: true },
    paid(
      { ...blankOrder(5_555_701, now - 2 * DAY, MERCHANT), externalId: "card-check-0", recurring: true },
      now - 2 * DAY,
    ),
    // The second merchant's own order: the first merchant gets 2001 for it, and the other way round.
    paid(
      { ...blankOrder(5_555_800, now - 3 * DAY, MERCHANT_2), externalId: "m2-inv-0001", amountCents: 2_500 },
      now - 3 * DAY,
    ),
    paid(
      {
        ...blankOrder(111_111, now - 60 * DAY, MERCHANT),
        source: "checkout",
        externalId: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
        amountCents: 2_999,
        recurring: true,
        products: [
          {
            id: 123_458,
            vendor_code: "AV-2021-1Y-AR",
            sku: "AV-1Y-1PC-AR",
            business_segment: "b2c",
            name: "Antivirus, 1 year, 1 PC, auto-renewal",
            price: "29.99",
            quantity: 1,
            discount_percent: "0",
            discount_amount: "0.00",
            vat_amount: "0.00",
            amount: "29.99",
            margin: "0.00",
          },
        ],
      },
      now - 60 * DAY + 5 * MINUTE,
    ),
  ];
}

/** The auto-renewal subscription of seed order 111111. */
export const seedSubscriptions = (now: number): SubscriptionRecord[] => [
  {
    id: "111111_22222",
    type: "AR",
    status: "active",
    parentOrderId: 111_111,
    expiresAt: now - 60 * DAY + 365 * DAY,
  },
];

const product = (
  id: number,
  family: string,
  name: string,
  sku: string,
  vendorCode: string,
  description: string,
  updatedAt: string,
  arRenewal = false,
): ProductRecord => ({
  arRenewal,
  product: {
    id,
    update_date: updatedAt,
    family_name: family,
    name,
    is_publish: true,
    image_url: `https://cdn.softline.com/products/${id}.png`,
    description,
    variants: [{ sku, vendor_code: vendorCode }],
  },
});

/** Four products; 123458 is an auto-renewal (AR) renewal product. */
export function seedProducts(now: number): ProductRecord[] {
  const updated = toProductDate(now - 30 * DAY);
  return [
    product(
      123_456,
      "Antivirus",
      "Antivirus, 1 year, 1 PC",
      "AV-1Y-1PC",
      "AV-2021-1Y",
      "Protection for one PC for one year.",
      updated,
    ),
    product(
      123_457,
      "Antivirus",
      "Antivirus, 2 years, 3 PCs",
      "AV-2Y-3PC",
      "AV-2021-2Y",
      "Protection for three PCs for two years.",
      updated,
    ),
    product(
      123_458,
      "Antivirus",
      "Antivirus, 1 year, 1 PC, auto-renewal",
      "AV-1Y-1PC-AR",
      "AV-2021-1Y-AR",
      "Yearly renewal of the antivirus subscription.",
      updated,
      true,
    ),
    product(
      123_459,
      "VPN",
      "VPN Unlimited, 1 year",
      "VPN-1Y",
      "VPN-2021-1Y",
      "Unlimited VPN traffic for one year.",
      updated,
    ),
  ];
}
