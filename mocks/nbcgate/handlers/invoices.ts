/**
 * Invoices against a pay link (public, as in the guide): create, pay (payment instructions; the
 * simulated payer's payment is confirmed a little later by `tick`), read the status.
 * @see specs/nbcgate.yaml (tag Invoice: createInvoice, payInvoice, getInvoiceStatus)
 * @see https://integration.nbcgate.com/en/creating-an-invoice-and-making-a-payment
 */
import type { components } from "../../../src/generated/nbcgate.js";
import { createInvoice as newInvoice, quotePayment, stepInvoice } from "../flows/invoice.js";
import { addPending } from "../flows/ledger.js";
import { holdingFor, saveHoldings } from "../holdings.js";
import { COINS } from "../seed-data.js";
import { toInvoice } from "../views.js";
import { bodyOf, fail, type NbcgateHandler, nowOf, ok, rulesOf } from "./common.js";

type Schemas = components["schemas"];

const invoiceNotFound = () => fail({ code: "INVOICE_NOT_FOUND", field: "idInvoice" });

const createInvoice: NbcgateHandler = (call) => {
  const body = bodyOf<Schemas["InvoiceCreateRequest"]>(call);
  const { state } = call;
  if (!(body.amount > 0)) {
    return fail({ code: "VALIDATION_ERROR", field: "amount", message: "Validation failed: amount must be > 0" });
  }
  if (!COINS.has(body.coin_id)) {
    const known = [...COINS.values()].map((c) => `${c.id} (${c.code})`).join(", ");
    return fail({ code: "VALIDATION_ERROR", field: "coin_id", message: `Validation failed: coin_id must be ${known}` });
  }
  const payLink = state.payLinks.get(body.id);
  if (payLink === undefined) return fail({ code: "NOT_FOUND", field: "id", message: `Unknown pay link ${body.id}` });
  const invoice = newInvoice(
    {
      id: state.next.invoice++,
      payLinkId: payLink.id,
      ownerId: payLink.ownerId,
      productId: body.product_id,
      coinId: body.coin_id,
      amount: body.amount,
      now: nowOf(call),
    },
    rulesOf(call),
  );
  state.invoices.set(invoice.id, invoice);
  return ok({ success: true, invoice_id: invoice.id, message: "Invoice created successfully" });
};

const payInvoice: NbcgateHandler = (call) => {
  const { idInvoice } = bodyOf<Schemas["InvoicePayRequest"]>(call);
  const { state } = call;
  const invoice = state.invoices.get(idInvoice);
  if (invoice === undefined) return invoiceNotFound();
  const now = nowOf(call);
  const outcome = stepInvoice(invoice, { kind: "pay", now }, rulesOf(call));
  if (outcome.kind === "problem") return fail({ code: outcome.code, field: "idInvoice" });
  const paid = outcome.invoice;
  if (invoice.status === "created" && paid.confirmAt !== undefined) {
    state.invoices.set(paid.id, paid);
    state.confirmations.push({ invoiceId: paid.id, dueAt: paid.confirmAt });
    const holding = holdingFor(state, paid.ownerId, paid.coinId);
    if (holding !== undefined) saveHoldings(state, [addPending(holding, paid.amount)], now);
  }
  return ok(quotePayment(paid));
};

const getInvoiceStatus: NbcgateHandler = (call) => {
  const invoice = call.state.invoices.get(Number(call.req.query.idInvoice));
  return invoice === undefined ? invoiceNotFound() : ok(toInvoice(invoice, nowOf(call)));
};

/** Invoice operations by operationId. */
export const invoiceHandlers: Readonly<Record<string, NbcgateHandler>> = {
  createInvoice,
  payInvoice,
  getInvoiceStatus,
};
