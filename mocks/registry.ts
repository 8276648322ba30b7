/**
 * The built-in API definitions, one module per vendor.
 */
import type { ApiId } from "../src/apis.js";
import type { AnyApiDefinition } from "./api.js";
import { b2coreBackofficeApi } from "./b2core-backoffice/index.js";
import { mercuryoSpendApi } from "./mercuryo-spend/index.js";
import { nbcgateApi } from "./nbcgate/index.js";
import { softlineCheckoutApi } from "./softline-checkout/index.js";

export const ALL_DEFINITIONS: readonly AnyApiDefinition[] = [
  nbcgateApi,
  mercuryoSpendApi,
  softlineCheckoutApi,
  b2coreBackofficeApi,
];

export const definitionsFor = (apis: readonly ApiId[]): AnyApiDefinition[] =>
  ALL_DEFINITIONS.filter((d) => apis.includes(d.id));
