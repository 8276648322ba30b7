/**
 * Reads over the product catalogue and the orders: the product id list (paged, searchable) and the
 * order search. Both are pure filters over the stored records.
 *
 *   GET /v1/product?search_string&exclude_renew_ar_products&offset&limit ─► ids (ascending)
 *   POST /v1/order/search {status, external_id, *_from/*_to (inclusive)} ─► ids (ascending)
 *
 * @see https://docs.noventiq.com/checkout/get-get-product-ids
 * @see https://docs.noventiq.com/en-en/payment/orders-api-get-list
 */
import type { components } from "../../../src/generated/softline-checkout.js";
import { parseDate, toWholeSeconds } from "../dates.js";
import type { OrderRecord, ProductRecord } from "../state.js";

/** The parsed query of `GET /v1/product`. */
export interface ProductQuery {
  readonly limit: number | undefined;
  readonly offset: number;
  readonly search: string | undefined;
  readonly excludeArRenewals: boolean;
}

const searchableText = ({ product }: ProductRecord): string[] => [
  product.family_name ?? "",
  product.name,
  product.description ?? "",
  ...(product.variants ?? []).flatMap((v) => [v.sku ?? "", v.vendor_code ?? ""]),
];

/** Product ids matching the query; the search is a case-insensitive substring match. */
export function listProductIds(products: Iterable<ProductRecord>, query: ProductQuery): number[] {
  const needle = query.search?.toLowerCase();
  const ids = [...products]
    .filter((p) => !(query.excludeArRenewals && p.arRenewal))
    .filter((p) => needle === undefined || searchableText(p).some((t) => t.toLowerCase().includes(needle)))
    .map((p) => p.product.id)
    .sort((a, b) => a - b);
  return ids.slice(query.offset, query.limit === undefined ? undefined : query.offset + query.limit);
}

type OrderFilter = components["schemas"]["OrderSearchRequest"];

const within = (ms: number | undefined, from: string | undefined, to: string | undefined): boolean => {
  if (from === undefined && to === undefined) return true;
  if (ms === undefined) return false;
  const at = toWholeSeconds(ms);
  const lower = from === undefined ? undefined : parseDate(from);
  const upper = to === undefined ? undefined : parseDate(to);
  return (lower === undefined || at >= lower) && (upper === undefined || at <= upper);
};

/** Ids of the orders matching every given filter (date bounds inclusive, to the second). */
export function searchOrderIds(orders: Iterable<OrderRecord>, filter: OrderFilter): number[] {
  return [...orders]
    .filter((o) => filter.status === undefined || o.status === filter.status)
    .filter((o) => filter.external_id === undefined || o.externalId === filter.external_id)
    .filter((o) => within(o.createdAt, filter.create_date_from, filter.create_date_to))
    .filter((o) => within(o.paidAt, filter.pay_date_from, filter.pay_date_to))
    .map((o) => o.id)
    .sort((a, b) => a - b);
}
