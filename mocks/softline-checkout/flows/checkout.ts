/**
 * Dynamic Product Checkout: a one-time buy link becomes exactly one order when the customer buys.
 *
 *   generate_buy_link ─► [open link] ──customer buys──► [used] + order [paid]
 *        (order.created, order.payment.succeeded, product.delivered; external_id = checkout_id)
 *   duplicate product ids in one link ─► 1005    buying a used link ─► refused
 *
 * @see https://docs.softline.com/en-en/checkout/generate-checkout-link-api-request
 */
import type { components } from "../../../src/generated/softline-checkout.js";
import { toCents } from "../money.js";
import { type Problem, problem } from "../problems.js";
import { blankOrder, SEED_MERCHANT } from "../seed-data.js";
import type {
  CheckoutRecord,
  Customer,
  OrderProduct,
  OrderRecord,
  PaymentDetails,
  WebhookEventName,
} from "../state.js";

type Schemas = components["schemas"];

/** Stores a buy link for the given products. */
export function createCheckout(
  body: Schemas["GenerateBuyLinkRequest"],
  next: { readonly id: string; readonly now: number; readonly merchant?: string },
): { readonly kind: "ok"; readonly checkout: CheckoutRecord } | Problem {
  const ids = body.products.map((p) => p.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate !== undefined) {
    return problem("PARAMETERS_INVALID", { details: [`products id ${duplicate} is used twice`] });
  }
  return {
    kind: "ok",
    checkout: {
      id: next.id,
      merchant: next.merchant ?? SEED_MERCHANT,
      currency: body.currency,
      products: body.products,
      createdAt: next.now,
      orderId: undefined,
    },
  };
}

const toOrderLine = (p: Schemas["BuyLinkProduct"]): OrderProduct => ({
  id: p.id,
  ...(p.vendor_code === undefined ? {} : { vendor_code: p.vendor_code }),
  ...(p.sku === undefined ? {} : { sku: p.sku }),
  business_segment: "b2c",
  name: p.name,
  price: p.price,
  quantity: 1,
  discount_percent: "0",
  discount_amount: "0.00",
  vat_amount: "0.00",
  amount: p.price,
  margin: "0.00",
});

/** The customer's purchase through a buy link (order id, time, customer and card). */
export interface Purchase {
  readonly orderId: number;
  readonly now: number;
  readonly customer: Customer;
  readonly payment: PaymentDetails;
}

/** The customer buys through the link: one paid order, the link is used up. */
export function purchaseCheckout(
  checkout: CheckoutRecord,
  purchase: Purchase,
):
  | {
      readonly kind: "ok";
      readonly checkout: CheckoutRecord;
      readonly order: OrderRecord;
      readonly events: readonly WebhookEventName[];
    }
  | Problem {
  if (checkout.orderId !== undefined) {
    return problem("PARAMETERS_INVALID", {
      details: [`buy link ${checkout.id} was already used by order ${checkout.orderId}`],
    });
  }
  const cents = checkout.products.reduce((sum, p) => sum + (toCents(p.price) ?? 0), 0);
  const order: OrderRecord = {
    ...blankOrder(purchase.orderId, purchase.now, checkout.merchant),
    source: "checkout",
    status: "paid",
    paidAt: purchase.now,
    externalId: checkout.id,
    currency: checkout.currency,
    amountCents: cents,
    paymentMethod: purchase.payment.payment_method ?? "CreditCard",
    customer: purchase.customer,
    payment: purchase.payment,
    products: checkout.products.map(toOrderLine),
  };
  return {
    kind: "ok",
    checkout: { ...checkout, orderId: order.id },
    order,
    events: ["order.created", "order.payment.succeeded", "product.delivered"],
  };
}
