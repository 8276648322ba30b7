/**
 * An invoice against a pay link: created, paid by a (simulated) payer, confirmed after a short
 * delay, or left to expire. Times come in with the events; expiry is read lazily from the clock.
 *
 *   /invoice/create ──▶ ┌─────────┐ /invoice/pay ┌──────────────────┐ confirmAt reached ┌──────┐
 *                       │ created │ ───────────▶ │ awaiting_payment │ ────────────────▶ │ paid │
 *                       └─────────┘  (answers    └──────────────────┘  (tick; balance   └──────┘
 *                            │        payment     /invoice/pay again:   credited)
 *                            │        instructions) same instructions
 *                            │ now >= expiresAt
 *                            ▼
 *                       ┌─────────┐
 *                       │ expired │    /invoice/pay on paid or expired -> INVOICE_NOT_PAYABLE
 *                       └─────────┘
 *
 * @see specs/nbcgate.yaml (createInvoice, payInvoice, getInvoiceStatus)
 * @see https://integration.nbcgate.com/en/creating-an-invoice-and-making-a-payment
 */

export type InvoiceStatus = "created" | "awaiting_payment" | "paid" | "expired";

export interface Invoice {
  readonly id: number;
  readonly payLinkId: number;
  readonly ownerId: number;
  readonly productId: number;
  readonly coinId: number;
  readonly amount: number;
  readonly createdAt: number;
  readonly expiresAt: number;
  /** Stored status; `created` turns into `expired` by time (see `statusAt`). */
  readonly status: "created" | "awaiting_payment" | "paid";
  /** When the simulated payment is confirmed (set by pay). */
  readonly confirmAt: number | undefined;
  readonly paidAt: number | undefined;
}

export interface InvoiceRules {
  readonly invoiceTtlMs: number;
  readonly invoiceConfirmMs: number;
}

export type InvoiceEvent =
  | { readonly kind: "pay"; readonly now: number }
  | { readonly kind: "confirm"; readonly now: number };

export type InvoiceOutcome =
  | { readonly kind: "ok"; readonly invoice: Invoice }
  | { readonly kind: "problem"; readonly code: "INVOICE_NOT_PAYABLE" };

/** A new invoice that can be paid for `invoiceTtlMs`. */
export const createInvoice = (
  input: Pick<Invoice, "id" | "payLinkId" | "ownerId" | "productId" | "coinId" | "amount"> & { readonly now: number },
  rules: InvoiceRules,
): Invoice => ({
  id: input.id,
  payLinkId: input.payLinkId,
  ownerId: input.ownerId,
  productId: input.productId,
  coinId: input.coinId,
  amount: input.amount,
  createdAt: input.now,
  expiresAt: input.now + rules.invoiceTtlMs,
  status: "created",
  confirmAt: undefined,
  paidAt: undefined,
});

/** The status as of `now`: an unpaid invoice past its expiry is `expired`. */
export const statusAt = (invoice: Invoice, now: number): InvoiceStatus =>
  invoice.status === "created" && now >= invoice.expiresAt ? "expired" : invoice.status;

/** Pays or confirms an invoice. */
export function stepInvoice(invoice: Invoice, event: InvoiceEvent, rules: InvoiceRules): InvoiceOutcome {
  const status = statusAt(invoice, event.now);
  switch (event.kind) {
    case "pay":
      if (status === "paid" || status === "expired") return { kind: "problem", code: "INVOICE_NOT_PAYABLE" };
      if (status === "awaiting_payment") return { kind: "ok", invoice };
      return {
        kind: "ok",
        invoice: { ...invoice, status: "awaiting_payment", confirmAt: event.now + rules.invoiceConfirmMs },
      };
    case "confirm": {
      const confirmAt = invoice.confirmAt ?? Number.POSITIVE_INFINITY;
      if (status !== "awaiting_payment" || event.now < confirmAt) return { kind: "ok", invoice };
      return { kind: "ok", invoice: { ...invoice, status: "paid", paidAt: confirmAt } };
    }
  }
}

/** Where and how much the payer sends: TRX on the Tron Shasta testnet, as in the guide. */
export interface PaymentInstructions {
  readonly address: string;
  readonly amount: string;
  readonly rate: number;
  readonly name: string;
  readonly code: string;
  readonly transferCommissionWeis: number;
}

/** Value of 1 TRX in each invoice currency (coin_id); fixed mock rates, USD as in the guide. */
export const TRX_RATES: Readonly<Record<number, number>> = { 1: 0.2425, 2: 0.2331, 3: 0.2425, 4: 0.0000025 };

/** The guide's deposit address; every mock invoice is paid there. */
export const PAYMENT_ADDRESS = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf";

/** Payment instructions for an invoice (amount in TRX with 6 decimals, e.g. 100 USD -> "412.371134"). */
export function quotePayment(invoice: Invoice): PaymentInstructions {
  const rate = TRX_RATES[invoice.coinId] ?? 1;
  return {
    address: PAYMENT_ADDRESS,
    amount: (invoice.amount / rate).toFixed(6),
    rate,
    name: "Tron Shasta Testnet",
    code: "TRX",
    transferCommissionWeis: 1.1,
  };
}
