/**
 * The context a vendor's flows get in one session: the session's clock, outbox and callback
 * sender, and the options with the session's callback target in place of `--callback-url`.
 * Callbacks are recorded (mocks/engine/callbacks.ts) with their delivery outcome.
 */
import type { Logger } from "pino";
import type { AnyApiDefinition, MockContext } from "../api.js";
import { createOutbox, type IdGenerator, type OtpGenerator } from "../context.js";
import type { MockOptions } from "../options.js";
import type { MockSession } from "../store.js";
import type { CallbackLog } from "./callbacks.js";
import { DEFAULT_SESSION } from "./session-registry.js";

/** Callback POSTs give up after this long. */
const CALLBACK_TIMEOUT_MS = 10_000;

/** The last time formatted: under load many requests fall in the same millisecond (journal times). */
let lastIso: { ms: number; iso: string } = { ms: Number.NaN, iso: "" };

/** An ISO time that never throws, whatever a clock says. */
export const isoOf = (ms: number): string => {
  if (ms === lastIso.ms) return lastIso.iso;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return new Date().toISOString();
  lastIso = { ms, iso: date.toISOString() };
  return lastIso.iso;
};

const reasonOf = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
};

export interface ContextDeps {
  readonly options: MockOptions;
  readonly otp: OtpGenerator;
  readonly ids: IdGenerator;
  readonly logger: Logger;
  readonly fetch: typeof fetch;
  /** Aborted when the server closes: pending callbacks give up. */
  readonly signal: AbortSignal;
  /** Hears about every delivery in flight, so closing can wait for them. */
  track(delivery: Promise<void>): void;
}

/** Returns the factory the store calls for each API of each new session. */
export function createContextFactory(deps: ContextDeps) {
  const { options, logger } = deps;
  return (definition: AnyApiDefinition, session: MockSession, callbacks: CallbackLog): MockContext => {
    const api = definition.id;
    const log = session.id === DEFAULT_SESSION ? logger.child({ api }) : logger.child({ api, session: session.id });
    let viewFor: string | undefined;
    let view: MockOptions = options;
    const sendCallback = (url: string, body: string, headers: Readonly<Record<string, string>>) => {
      const sent = { "content-type": "application/json", ...headers };
      const done = callbacks.add({ url, headers: sent, text: body, time: isoOf(session.clock.now()) });
      const signal = AbortSignal.any([deps.signal, AbortSignal.timeout(CALLBACK_TIMEOUT_MS)]);
      let request: Promise<Response>;
      try {
        // Called synchronously: the POSTs leave in the order the flow sent them.
        request = deps.fetch(url, { method: "POST", body, headers: sent, signal });
      } catch (error) {
        request = Promise.reject(error);
      }
      deps.track(
        request.then(
          async (res) => {
            done({ status: "delivered", httpStatus: res.status });
            log.info({ url, status: res.status }, "callback delivered");
            await res.body?.cancel().catch(() => {});
          },
          (error: unknown) => {
            const reason = reasonOf(error);
            done({ status: "failed", reason });
            log.warn({ url, err: reason }, "callback failed");
          },
        ),
      );
    };
    return {
      api,
      clock: session.clock,
      otp: deps.otp,
      ids: deps.ids,
      log,
      // A session's callback target replaces --callback-url for that session's flows.
      get options() {
        const target = session.callbackTarget;
        if (target === undefined) return options;
        if (target !== viewFor) {
          viewFor = target;
          view = Object.freeze({ ...options, callbackUrl: target });
        }
        return view;
      },
      outbox: createOutbox(
        session.clock,
        (m) => log.info({ to: m.to, purpose: m.purpose, code: m.code }, `code sent to ${m.to}: ${m.code}`),
        { perRecipient: options.outboxPerRecipient, total: options.outboxPerApi },
      ),
      sendCallback,
    };
  };
}
