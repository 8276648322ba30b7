/**
 * Pact matchers the consumer tests share: values that vary between runs or environments (ids,
 * tokens, times, amounts) are matched by shape, with an example that is valid for the spec.
 * @see https://docs.pact.io/implementation_guides/javascript/docs/matching
 */
import { MatchersV3 } from "@pact-foundation/pact";

/** ISO 8601 date-time with `Z` or an offset, optional fractions (`2024-02-27T13:37:15Z`). */
const ISO_DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$";

/** A decimal number written as a string (`"90.00"`). */
const DECIMAL_STRING = "^-?\\d+(\\.\\d+)?$";

/** A date-time string such as the example. */
export const toDateTime = (example: string) => MatchersV3.regex(ISO_DATE_TIME, example);

/** A decimal-as-string amount such as the example. */
export const toDecimalString = (example: string) => MatchersV3.regex(DECIMAL_STRING, example);

/** One of the listed strings (an enum the consumer relies on). */
export const toOneOf = (values: readonly string[], example: string) =>
  MatchersV3.regex(`^(${values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`, example);

/** A value the provider state returns under `name`; `example` is what the consumer test uses. */
export const fromState = <T>(name: string, example: T) => MatchersV3.fromProviderState(`\${${name}}`, example);

/** A string with a provider-state value inside: (`"Bearer "`, `"token"`, `""`) -> `Bearer ${token}`. */
export const fromStateIn = (prefix: string, name: string, suffix: string, example: string) =>
  MatchersV3.fromProviderState(`${prefix}\${${name}}${suffix}`, example);
