/** The four APIs paymock knows, by the id used in file names, generated types, clients and ports. */
import { fileURLToPath } from "node:url";

export const API_IDS = ["nbcgate", "mercuryo-spend", "softline-checkout", "b2core-backoffice"] as const;
export type ApiId = (typeof API_IDS)[number];

/** Default port of each API's mock: 4010 + its index. */
export const DEFAULT_PORT_BASE = 4010;

export const isApiId = (value: string): value is ApiId => (API_IDS as readonly string[]).includes(value);

/** Absolute path of an API's hand-written OpenAPI document. */
export const specPath = (api: ApiId): string => fileURLToPath(new URL(`../specs/${api}.yaml`, import.meta.url));
