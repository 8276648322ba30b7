/**
 * Log lines stay short whatever a request sends: every string value and message in a log line is
 * cut to a limit with a marker saying how much was dropped (a 500 KiB e-mail once made a 155 MB
 * log). Stacks get a larger limit so a 500 stays diagnosable. Spread into every pino logger made.
 * @see https://getpino.io/#/docs/api?id=hooks, https://getpino.io/#/docs/api?id=formatters-object
 */
import type { LoggerOptions } from "pino";

/** Longest string value or message kept in a log line. */
export const LOG_VALUE_LIMIT = 200;
/** Longest error stack kept (`err`, `stack`). */
export const LOG_STACK_LIMIT = 4_000;
/** Deeper objects are summarised, not walked. */
const MAX_DEPTH = 4;
/** Longer arrays keep their first items only. */
const MAX_ITEMS = 20;

const STACK_KEYS: ReadonlySet<string> = new Set(["err", "error", "stack"]);

/** `text` cut to `limit` characters plus `…[+N chars]`, or unchanged when it fits. */
export function capString(text: string, limit = LOG_VALUE_LIMIT): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}…[+${text.length - limit} chars]`;
}

/** A copy of `value` with every string capped (stacks to LOG_STACK_LIMIT), long arrays and deep objects cut. */
export function capLogValue(value: unknown, limit = LOG_VALUE_LIMIT, depth = 0): unknown {
  if (typeof value === "string") return capString(value, limit);
  if (typeof value !== "object" || value === null) return value;
  if (value instanceof Error) return capString(value.stack ?? String(value), LOG_STACK_LIMIT);
  if (depth >= MAX_DEPTH) return "[object]";
  if (Array.isArray(value)) {
    const kept = value.slice(0, MAX_ITEMS).map((item) => capLogValue(item, limit, depth + 1));
    return value.length > MAX_ITEMS ? [...kept, `…[+${value.length - MAX_ITEMS} items]`] : kept;
  }
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] = capLogValue(child, STACK_KEYS.has(key) ? LOG_STACK_LIMIT : limit, depth + 1);
  }
  return out;
}

/** pino options that cap every logged object and message; spread them into `pino({...})`. */
export const LOG_LIMITS: Pick<LoggerOptions, "formatters" | "hooks"> = {
  formatters: {
    log: (object) => capLogValue(object) as Record<string, unknown>,
  },
  hooks: {
    logMethod(args, method) {
      const capped = args.map((arg) => (typeof arg === "string" ? capString(arg) : arg));
      method.apply(this, capped as Parameters<typeof method>);
    },
  },
};
