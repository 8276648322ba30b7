/**
 * Faults and stubs of one API in one session (`POST /__mock/faults`), WireMock-style: a rule names
 * an operation and says what happens to matching requests — a delay, a status in the vendor's
 * envelope, a stub body, or a socket-level failure — for `times` requests, with a seeded
 * `probability`. The newest matching rule wins.
 * @see https://wiremock.org/docs/simulating-faults/
 */
import { createHash } from "node:crypto";

/** Failures below HTTP: the HTTP layer applies them (mocks/http.ts). */
export type SocketFault = "connection-reset" | "timeout" | "empty-response";
export type FaultKind = SocketFault | "malformed-json";

export const FAULT_KINDS: readonly FaultKind[] = ["connection-reset", "timeout", "empty-response", "malformed-json"];
export const MAX_DELAY_MS = 60_000;

/** A fault or stub as the admin API accepts it. */
export interface FaultSpec {
  readonly operationId?: string;
  readonly method?: string;
  readonly path?: string;
  readonly status?: number;
  readonly delayMs?: number;
  readonly fault?: FaultKind;
  readonly times?: number;
  readonly probability?: number;
  /** Seed of the `probability` draws (default: the rule's id), so a run can be repeated. */
  readonly seed?: string | number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly unchecked?: boolean;
}

/** A stored rule, as `GET /__mock/faults` lists it. */
export interface FaultRule extends FaultSpec {
  readonly id: string;
  /** The operation the rule applies to (resolved from `method` + `path` when those were given). */
  readonly operationId: string;
  /** Requests it still affects (absent: unlimited). */
  readonly remaining?: number;
  /** Requests it has affected. */
  readonly hits: number;
}

/** The fields a spec may carry, for the "unknown field" message. */
const FIELDS = new Set([
  "operationId",
  "method",
  "path",
  "status",
  "delayMs",
  "fault",
  "times",
  "probability",
  "seed",
  "body",
  "headers",
  "unchecked",
]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;

/** Checks the shape of a fault spec; returns every problem found (empty: valid). */
export function checkFaultSpec(input: unknown): { spec?: FaultSpec; problems: string[] } {
  if (!isRecord(input)) return { problems: ['Send a JSON object such as {"operationId": "...", "status": 503}.'] };
  const problems: string[] = [];
  for (const key of Object.keys(input)) if (!FIELDS.has(key)) problems.push(`unknown field "${key}"`);
  const s = input as FaultSpec & Record<string, unknown>;
  const byOperation = s.operationId !== undefined;
  const byPath = s.method !== undefined || s.path !== undefined;
  if (byOperation === byPath) problems.push('give either "operationId" or both "method" and "path"');
  if (byOperation && typeof s.operationId !== "string") problems.push("operationId must be a string");
  if (byPath && (typeof s.method !== "string" || typeof s.path !== "string" || !s.path.startsWith("/"))) {
    problems.push('"method" must be a string and "path" a path starting with "/"');
  }
  if (s.status !== undefined && !isInt(s.status, 200, 599)) problems.push("status must be an integer from 200 to 599");
  if (s.delayMs !== undefined && !isInt(s.delayMs, 0, MAX_DELAY_MS)) {
    problems.push(`delayMs must be an integer from 0 to ${MAX_DELAY_MS}`);
  }
  if (s.fault !== undefined && !FAULT_KINDS.includes(s.fault))
    problems.push(`fault must be one of ${FAULT_KINDS.join(", ")}`);
  if (s.times !== undefined && !isInt(s.times, 1, 1_000_000))
    problems.push("times must be an integer from 1 to 1000000");
  if (
    s.probability !== undefined &&
    (typeof s.probability !== "number" || !(s.probability >= 0 && s.probability <= 1))
  ) {
    problems.push("probability must be a number from 0 to 1");
  }
  if (s.seed !== undefined && typeof s.seed !== "string" && typeof s.seed !== "number") {
    problems.push("seed must be a string or a number");
  }
  if (
    s.headers !== undefined &&
    (!isRecord(s.headers) || Object.values(s.headers).some((v) => typeof v !== "string"))
  ) {
    problems.push("headers must be an object of strings");
  }
  if (s.unchecked !== undefined && typeof s.unchecked !== "boolean") problems.push("unchecked must be true or false");
  if ((s.body !== undefined || s.headers !== undefined) && s.status === undefined) {
    problems.push('a stub ("body" or "headers") needs a "status"');
  }
  if (s.fault !== undefined && (s.status !== undefined || s.body !== undefined)) {
    problems.push('"fault" cannot be combined with "status" or "body"');
  }
  if (s.fault === undefined && s.status === undefined && s.delayMs === undefined && s.body === undefined) {
    problems.push('say what happens: "status", "delayMs", "fault" or a stub ("status" with "body")');
  }
  return problems.length > 0 ? { problems } : { spec: s, problems };
}

export interface FaultList {
  add(spec: FaultSpec, operationId: string): FaultRule;
  list(): FaultRule[];
  remove(id: string): boolean;
  clear(): void;
  /** The rule that applies to this request of `operationId`, if any (counts it). */
  take(operationId: string): FaultRule | undefined;
}

/** A draw in [0, 1) from a seed and a counter: the same seed gives the same sequence. */
const draw = (seed: string, n: number): number =>
  createHash("sha256").update(`${seed}:${n}`).digest().readUIntBE(0, 6) / 2 ** 48;

/** The faults of one API in one session; ids are unique within it. */
export function createFaultList(prefix: string): FaultList {
  type Stored = { rule: FaultRule; draws: number };
  let rules: Stored[] = [];
  let nextId = 1;
  return {
    add(spec, operationId) {
      const id = `${prefix}${nextId++}`;
      const rule: FaultRule = {
        ...spec,
        id,
        operationId,
        ...(spec.times === undefined ? {} : { remaining: spec.times }),
        hits: 0,
      };
      rules.push({ rule, draws: 0 });
      return rule;
    },
    list: () => rules.map((r) => r.rule),
    remove(id) {
      const before = rules.length;
      rules = rules.filter((r) => r.rule.id !== id);
      return rules.length < before;
    },
    clear() {
      rules = [];
    },
    take(operationId) {
      for (let i = rules.length - 1; i >= 0; i -= 1) {
        const stored = rules[i];
        if (stored === undefined || stored.rule.operationId !== operationId) continue;
        const { rule } = stored;
        if (rule.probability !== undefined) {
          const value = draw(String(rule.seed ?? rule.id), stored.draws);
          stored.draws += 1;
          if (value >= rule.probability) continue;
        }
        const remaining = rule.remaining === undefined ? undefined : rule.remaining - 1;
        stored.rule = { ...rule, hits: rule.hits + 1, ...(remaining === undefined ? {} : { remaining }) };
        if (remaining === 0) rules.splice(i, 1);
        return stored.rule;
      }
      return undefined;
    },
  };
}
