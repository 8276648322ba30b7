/**
 * One consumer contract per API: a PactV4 that writes into a private temporary directory, and a
 * `publish()` that copies the finished pact into `contracts/pacts/` only when every interaction
 * the test file declared made it into the file (a failed test never half-overwrites the committed
 * pact). The copy is sorted and renamed into place atomically, so the verification and spec-check
 * test files, which vitest may run at the same time, read either the previous or the new file,
 * never a partial one; and since consumer runs are deterministic both have the same content.
 * @see https://docs.pact.io/implementation_guides/javascript/docs/consumer
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PactV4 } from "@pact-foundation/pact";
import type { ApiId } from "../../src/apis.js";
import {
  CONSUMER,
  PACTS_DIR,
  readPactFile,
  toPactFileName,
  toPactPath,
  toSortedPact,
  writePactFileAtomically,
} from "../pact-files.js";

/**
 * Options for the consumer `describe` blocks. The Pact mock server sometimes reports a request it
 * answered as "expected but not received" when the machine is busy (a race in its bookkeeping,
 * pact-foundation/pact-reference#535). A retry runs the interaction on a fresh mock server and
 * nothing is written for the failed attempt; a real mismatch fails every attempt.
 */
export const CONSUMER_TEST_OPTIONS = { retry: 2 } as const;

/** An interaction being built (pact-js does not export the type from its root). */
export type UnconfiguredInteraction = ReturnType<PactV4["addInteraction"]>;

/** JSON parameters of a provider state, as pact-js accepts them. */
export type StateParams = Parameters<UnconfiguredInteraction["given"]>[1];

/** The pact of one API being recorded by a consumer test file. */
export interface ConsumerContract {
  /** Starts an interaction with its description and (optional) provider state; remembers the description. */
  interaction(description: string, state?: string, params?: StateParams): UnconfiguredInteraction;
  /** Copies the pact into `contracts/pacts/` if every declared interaction was written; throws otherwise. */
  publish(): void;
}

/** Creates the contract between paymock's front end and `api`. */
export function createConsumerContract(api: ApiId): ConsumerContract {
  process.env.PACT_DO_NOT_TRACK ??= "true";
  const dir = mkdtempSync(join(tmpdir(), `paymock-pact-${api}-`));
  const pact = new PactV4({ consumer: CONSUMER, provider: api, dir, logLevel: "warn" });
  const declared: string[] = [];

  return {
    interaction(description, state, params) {
      declared.push(description);
      const started = pact.addInteraction().uponReceiving(description);
      return state === undefined ? started : started.given(state, params);
    },
    publish() {
      try {
        const written = declared.length === 0 ? undefined : readPactFile(join(dir, toPactFileName(api)));
        const present = new Set(written?.interactions.map((i) => i.description));
        const missing = declared.filter((d) => !present.has(d));
        if (written === undefined || missing.length > 0) {
          throw new Error(`${api}: pact not published; these interactions failed: ${missing.join("; ")}`);
        }
        mkdirSync(PACTS_DIR, { recursive: true });
        writePactFileAtomically(toPactPath(api), toSortedPact(written));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
