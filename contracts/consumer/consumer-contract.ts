/**
 * One consumer contract per API: a PactV4 that writes into a private temporary directory, and a
 * `publish()` that copies the finished pact into `contracts/pacts/` only when every interaction
 * the test file declared made it into the file (a failed test never half-overwrites the committed
 * pact). The copy is sorted and renamed into place atomically, so the verification and spec-check
 * test files, which vitest may run at the same time, read either the previous or the new file,
 * never a partial one; and since consumer runs are deterministic both have the same content.
 *
 * No test is retried. The Pact mock server records a request it answered through an internal
 * channel that it drains on its own schedule (pact-foundation/pact-core-mock-server#13), so on a
 * busy machine pact-js could ask "was it received?" before the answer was booked and report
 * "expected but not received". `executeTest` here waits, after the test body has finished, until
 * the mock server's books show the request matched, or a mismatch, or until `settleMs` passes; only
 * then does pact-js check. A real mismatch fails at once, every time.
 * @see https://docs.pact.io/implementation_guides/javascript/docs/consumer
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PactV4 } from "@pact-foundation/pact";
import { type ConsumerPact, makeConsumerPact } from "@pact-foundation/pact-core";
import type { ApiId } from "../../src/apis.js";
import {
  CONSUMER,
  PACTS_DIR,
  readPactFile,
  toPactFileName,
  toSortedPact,
  writePactFileAtomically,
} from "../pact-files.js";

/** An interaction being built (pact-js does not export the type from its root). */
export type UnconfiguredInteraction = ReturnType<PactV4["addInteraction"]>;

/** JSON parameters of a provider state, as pact-js accepts them. */
export type StateParams = Parameters<UnconfiguredInteraction["given"]>[1];

/** The pact of one API being recorded by a consumer test file. */
export interface ConsumerContract {
  /** Starts an interaction with its description and (optional) provider state; remembers the description. */
  interaction(description: string, state?: string, params?: StateParams): UnconfiguredInteraction;
  /** Copies the pact into the pacts directory if every declared interaction was written; throws otherwise. */
  publish(): void;
}

/** Where the pact goes and how long to wait for the mock server's books. */
export interface ConsumerContractOptions {
  /** Directory the finished pact is published to (default `contracts/pacts/`). */
  readonly pactsDir?: string;
  /** Longest wait for the mock server to book a request the test sent (default 5 s; only a failing test waits it out). */
  readonly settleMs?: number;
}

/** The pact-core calls that read a mock server's books by port (any consumer pact handle can ask). */
type MockServerBooks = Pick<ConsumerPact, "mockServerMatchedSuccessfully" | "mockServerMismatches">;

/**
 * Resolves once the mock server on `port` has booked what it received: every expected request
 * matched, or some request mismatched or was unexpected, or `settleMs` passed.
 */
export async function waitForMockServerBooks(books: MockServerBooks, port: number, settleMs: number): Promise<void> {
  const deadline = Date.now() + settleMs;
  for (;;) {
    if (books.mockServerMatchedSuccessfully(port)) return;
    const booked = books.mockServerMismatches(port).some((m) => !("type" in m) || m.type !== "missing-request");
    if (booked || Date.now() >= deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

type TestFn = (server: { readonly port: number; readonly url: string }) => Promise<unknown>;

const isObject = (v: unknown): v is object => (typeof v === "object" && v !== null) || typeof v === "function";

/**
 * Wraps a pact-js builder so that every builder it returns is wrapped too, and `executeTest` runs
 * the test body followed by `waitForMockServerBooks` before pact-js reads the books.
 */
function withSettledExecuteTest<T extends object>(builder: T, books: MockServerBooks, settleMs: number): T {
  return new Proxy(builder, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "executeTest") {
        return (testFn: TestFn) =>
          value.call(target, async (server: { port: number; url: string }) => {
            try {
              return await testFn(server);
            } finally {
              await waitForMockServerBooks(books, server.port, settleMs);
            }
          });
      }
      return (...args: unknown[]) => {
        const result: unknown = value.apply(target, args);
        return isObject(result) ? withSettledExecuteTest(result, books, settleMs) : result;
      };
    },
  });
}

/** Creates the contract between paymock's front end and `api`. */
export function createConsumerContract(api: ApiId, options: ConsumerContractOptions = {}): ConsumerContract {
  process.env.PACT_DO_NOT_TRACK ??= "true";
  const pactsDir = options.pactsDir ?? PACTS_DIR;
  const settleMs = options.settleMs ?? 5_000;
  const dir = mkdtempSync(join(tmpdir(), `paymock-pact-${api}-`));
  const pact = new PactV4({ consumer: CONSUMER, provider: api, dir, logLevel: "warn" });
  const books = makeConsumerPact(CONSUMER, `${api}-books`, undefined, "warn");
  const declared: string[] = [];

  return {
    interaction(description, state, params) {
      declared.push(description);
      const started = pact.addInteraction().uponReceiving(description);
      return withSettledExecuteTest(state === undefined ? started : started.given(state, params), books, settleMs);
    },
    publish() {
      try {
        const recorded = join(dir, toPactFileName(api));
        const written = declared.length === 0 || !existsSync(recorded) ? undefined : readPactFile(recorded);
        const present = new Set(written?.interactions.map((i) => i.description));
        const missing = declared.filter((d) => !present.has(d));
        if (written === undefined || missing.length > 0) {
          throw new Error(`${api}: pact not published; these interactions failed: ${missing.join("; ")}`);
        }
        mkdirSync(pactsDir, { recursive: true });
        writePactFileAtomically(join(pactsDir, toPactFileName(api)), toSortedPact(written));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
