/**
 * Client list and lookup over the mock's clients (filters and sort keys of `GET /api/v2/clients`).
 *
 *   clients ──▶ filter[clientId|email|emails|name|...|verificationLevelIds] ──▶ sort_by ──▶ page
 *
 * @see specs/b2core-backoffice.yaml (listClients, getClient, components.schemas.ClientFilter)
 * @see https://docs.b2core.b2broker.com/en/rest-api-reference-back-clients.html
 */
import type { components } from "../../../src/generated/b2core-backoffice.js";
import {
  byAnyOf,
  byIdList,
  byInteger,
  byText,
  type FilterDefs,
  type ListOutcome,
  listItems,
  type SortKey,
  toListQuery,
} from "./list-query.js";

/** A client profile, as the spec defines it. */
export type Client = components["schemas"]["Client"];

const SORT_KEYS = ["createTime", "clientId", "email", "name"] as const;
type ClientSort = (typeof SORT_KEYS)[number];

const FILTERS: FilterDefs<Client> = {
  clientId: byInteger((c) => c.clientId),
  email: byAnyOf((c) => c.email),
  emails: byAnyOf((c) => c.email),
  name: byText((c) => c.name),
  nickname: byText((c) => c.nickname),
  managerIds: byIdList((c) => c.manager?.id),
  countryCodes: byIdList((c) => c.countryCode),
  city: byText((c) => c.city),
  statusIds: byIdList((c) => c.status.id),
  internalTypeIds: byIdList((c) => c.internalType?.id),
  companyShortName: byText((c) => c.companyShortName),
  companyFullName: byText((c) => c.companyFullName),
  riskLevelIds: byIdList((c) => c.riskLevel?.id),
  typeIds: byIdList((c) => c.type.id),
  verificationLevelIds: byIdList((c) => c.verificationLevel?.id),
};

const SORTS: Readonly<Record<ClientSort, SortKey<Client>>> = {
  createTime: (c) => Date.parse(c.createTime),
  clientId: (c) => c.clientId,
  email: (c) => c.email.toLowerCase(),
  name: (c) => c.name.toLowerCase(),
};

/** One page of clients for the request's query. */
export const listClients = (
  clients: readonly Client[],
  query: Readonly<Record<string, string | readonly string[]>>,
): ListOutcome<Client> =>
  listItems(clients, toListQuery(query, SORT_KEYS, "createTime"), {
    filters: FILTERS,
    sortKeys: SORTS,
    id: (c) => c.clientId,
  });

/** The client with this id, if any. */
export const findClient = (clients: readonly Client[], clientId: number): Client | undefined =>
  clients.find((c) => c.clientId === clientId);
