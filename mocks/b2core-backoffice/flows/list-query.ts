/**
 * Back Office list queries: `filter[<name>]=` keys, `sort_by`/`sort_order` and `limit`/`offset`,
 * applied to an in-memory collection. Each resource declares its filters and sort keys.
 *
 *   items ──▶ filters (a bad value -> validationFailed, unknown names ignored)
 *         ──▶ sort_by / sort_order (nulls last, id breaks ties)
 *         ──▶ offset / limit ──▶ one page (bare array)
 *
 * @see specs/b2core-backoffice.yaml (components.parameters Limit/Offset/SortOrder, *Filter schemas)
 */

type Query = Readonly<Record<string, string | readonly string[]>>;

/** The parsed paging, sorting and filter part of a list request. */
export interface ListQuery<K extends string> {
  readonly limit: number;
  readonly offset: number;
  readonly sortBy: K;
  readonly sortOrder: "asc" | "desc";
  /** `filter[name]=value` pairs by name. */
  readonly filters: Readonly<Record<string, string>>;
}

/** Whether an item passes one filter. */
export type Predicate<T> = (item: T) => boolean;
/** Turns a raw filter value into a predicate, or says why the value is wrong. */
export type FilterParser<T> = (raw: string) => Predicate<T> | { readonly invalid: string };
/** A resource's filters by `filter[name]`. */
export type FilterDefs<T> = Readonly<Record<string, FilterParser<T>>>;
/** A sortable value of an item (null/undefined sort last). */
export type SortKey<T> = (item: T) => string | number | null | undefined;

/** One page, or field errors for bad filter values. */
export type ListOutcome<T> =
  | { readonly kind: "page"; readonly items: readonly T[] }
  | { readonly kind: "invalid"; readonly errors: Readonly<Record<string, readonly string[]>> };

const first = (value: string | readonly string[] | undefined): string | undefined =>
  typeof value === "string" ? value : value?.[0];

const toCount = (raw: string | undefined, fallback: number, min: number): number => {
  const n = raw === undefined ? Number.NaN : Number(raw);
  return Number.isInteger(n) && n >= min ? n : fallback;
};

/** Reads paging, sorting and filters; the spec (checked before) already bounds the values. */
export function toListQuery<K extends string>(query: Query, sortKeys: readonly K[], defaultSort: K): ListQuery<K> {
  const sortBy = sortKeys.find((k) => k === first(query.sort_by)) ?? defaultSort;
  const filters: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    const name = /^filter\[([^\]]+)\]$/.exec(key)?.[1];
    const raw = first(value);
    if (name !== undefined && raw !== undefined) filters[name] = raw;
  }
  return {
    limit: toCount(first(query.limit), 10, 1),
    offset: toCount(first(query.offset), 0, 0),
    sortBy,
    sortOrder: first(query.sort_order) === "asc" ? "asc" : "desc",
    filters,
  };
}

const compareValues = (a: string | number | null | undefined, b: string | number | null | undefined): number => {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return a < b ? -1 : 1;
};

/** Filters, sorts and pages `items`; `id` breaks ties so pages are stable. */
export function listItems<T, K extends string>(
  items: readonly T[],
  query: ListQuery<K>,
  defs: {
    readonly filters: FilterDefs<T>;
    readonly sortKeys: Readonly<Record<K, SortKey<T>>>;
    readonly id: SortKey<T>;
  },
): ListOutcome<T> {
  const predicates: Predicate<T>[] = [];
  const errors: Record<string, string[]> = {};
  for (const [name, raw] of Object.entries(query.filters)) {
    const parse = defs.filters[name];
    if (parse === undefined) continue;
    const parsed = parse(raw);
    if (typeof parsed === "function") predicates.push(parsed);
    else errors[`filter[${name}]`] = [`The filter[${name}] ${parsed.invalid}.`];
  }
  if (Object.keys(errors).length > 0) return { kind: "invalid", errors };
  const key = defs.sortKeys[query.sortBy];
  const direction = query.sortOrder === "asc" ? 1 : -1;
  const sorted = items
    .filter((item) => predicates.every((p) => p(item)))
    .sort((a, b) => {
      const byKey = compareValues(key(a), key(b));
      // Nulls stay last in both directions.
      if (byKey !== 0) return key(a) == null || key(b) == null ? byKey : byKey * direction;
      return compareValues(defs.id(a), defs.id(b)) * direction;
    });
  return { kind: "page", items: sorted.slice(query.offset, query.offset + query.limit) };
}

/** `filter[x]=42`: equal to one integer. */
export const byInteger =
  <T>(get: (item: T) => number | null | undefined): FilterParser<T> =>
  (raw) =>
    /^\d+$/.test(raw) ? (item) => get(item) === Number(raw) : { invalid: "must be an integer" };

/** `filter[xIds]=1,2,3`: one of the listed integers. */
export const byIdList =
  <T>(get: (item: T) => number | null | undefined): FilterParser<T> =>
  (raw) => {
    if (!/^\d+(,\d+)*$/.test(raw)) return { invalid: "must be comma-separated integers" };
    const ids = new Set(raw.split(",").map(Number));
    return (item) => {
      const value = get(item);
      return value !== null && value !== undefined && ids.has(value);
    };
  };

/** `filter[x]=text`: contains the text, case-insensitive. */
export const byText =
  <T>(get: (item: T) => string | null | undefined): FilterParser<T> =>
  (raw) =>
  (item) =>
    (get(item) ?? "").toLowerCase().includes(raw.toLowerCase());

/** `filter[x]=a,b`: equal to one of the comma-separated values, case-insensitive. */
export const byAnyOf =
  <T>(get: (item: T) => string | null | undefined): FilterParser<T> =>
  (raw) => {
    const wanted = new Set(raw.split(",").map((v) => v.trim().toLowerCase()));
    return (item) => wanted.has((get(item) ?? "").toLowerCase());
  };

/** `filter[x]=value` with `value` from a fixed set. */
export const byEnum =
  <T, V extends string>(values: readonly V[], get: (item: T) => V): FilterParser<T> =>
  (raw) =>
    (values as readonly string[]).includes(raw)
      ? (item) => get(item) === raw
      : { invalid: `must be one of: ${values.join(", ")}` };
