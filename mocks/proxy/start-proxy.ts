/**
 * `startProxy`: paymock between an app and a real sandbox. It listens like the mock, forwards every
 * request to the target, checks both directions against `specs/<api>.yaml` with the mock's own
 * validators, journals the traffic redacted, counts drift and, with `record`, keeps the answers as
 * candidate examples. `/__mock/*` is answered here and never forwarded.
 * @see ../../docs/proxy.md
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import { API_IDS, type ApiId, DEFAULT_PORT_BASE, isApiId } from "../../src/apis.js";
import type { Clock } from "../context.js";
import { parseRequest } from "../request.js";
import { createMockServer } from "../server.js";
import { handleProxyAdmin } from "./admin.js";
import { createDriftLog, type OperationDrift } from "./drift.js";
import { type ExchangeContext, handleExchange } from "./exchange.js";
import { createProxyJournal } from "./journal.js";

/** What `paymock proxy` and tests may set; everything else has a default. */
export interface ProxyOptions {
  readonly api: ApiId;
  /** The target's base URL, e.g. `https://sandbox-api.mrcr.io/v1.6`. */
  readonly target: string;
  /** Default: the mock's port for the API (nbcgate 4010 ... b2core-backoffice 4013); 0 picks a free one. */
  readonly port?: number;
  readonly host?: string;
  /** Refuse invalid requests (the vendor's 400) and invalid answers (502) instead of only reporting them. */
  readonly strict?: boolean;
  /** Folder for candidate examples, one file per operation and status. */
  readonly record?: string;
  /** How long to wait for the target's answer; then 504. Default 30 s. */
  readonly timeoutMs?: number;
  readonly maxBodyBytes?: number;
  /** JSON answers up to this size are read whole and validated; larger ones stream through. Default 8 MiB. */
  readonly maxValidatedBytes?: number;
  readonly logLevel?: "silent" | "error" | "warn" | "info" | "debug";
}

export interface ProxyDeps {
  readonly clock?: Clock;
  readonly logger?: Logger;
}

export interface RunningProxy {
  /** Where the proxy listens, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly api: ApiId;
  readonly target: string;
  /** The drift summary so far, per operation (what `GET /__mock/drift` answers). */
  drift(): OperationDrift[];
  stop(): Promise<void>;
}

/** The options as the proxy uses them: checked, defaulted, frozen. */
function resolveProxyOptions(input: ProxyOptions) {
  if (!isApiId(input.api)) throw new Error(`paymock proxy: unknown API "${input.api}"; known: ${API_IDS.join(", ")}.`);
  let target: URL;
  try {
    target = new URL(input.target);
  } catch {
    throw new Error(`paymock proxy: --target must be an http(s) URL, got "${input.target}".`);
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    throw new Error(`paymock proxy: --target must be an http(s) URL, got "${input.target}".`);
  }
  const timeoutMs = input.timeoutMs ?? 30_000;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 600_000) {
    throw new Error("paymock proxy: the timeout must be 1 to 600,000 ms.");
  }
  return Object.freeze({
    api: input.api,
    target,
    port: input.port ?? DEFAULT_PORT_BASE + API_IDS.indexOf(input.api),
    host: input.host ?? "127.0.0.1",
    strict: input.strict ?? false,
    record: input.record,
    timeoutMs,
    maxBodyBytes: input.maxBodyBytes,
    maxValidatedBytes: input.maxValidatedBytes ?? 8 * 1024 * 1024,
    logLevel: input.logLevel ?? "info",
  });
}

/** Starts a proxy for one API in front of `target`. */
export async function startProxy(input: ProxyOptions, deps: ProxyDeps = {}): Promise<RunningProxy> {
  const options = resolveProxyOptions(input);
  const { api } = options;
  // The mock engine of the API gives the proxy its spec, problems, store (journal), clock and log.
  const mock = await createMockServer(
    {
      apis: [api],
      host: options.host,
      logLevel: options.logLevel,
      ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }),
    },
    {
      ...(deps.clock === undefined ? {} : { clock: deps.clock }),
      ...(deps.logger === undefined ? {} : { logger: deps.logger }),
    },
  );
  const drift = createDriftLog();
  const journal = createProxyJournal();
  const ctx: ExchangeContext = {
    api,
    target: options.target,
    strict: options.strict,
    record: options.record,
    timeoutMs: options.timeoutMs,
    maxBodyBytes: mock.options.maxBodyBytes,
    maxValidatedBytes: options.maxValidatedBytes,
    mock,
    engine: mock.engine(api),
    drift,
    journal,
  };
  const target = options.target.href.replace(/\/$/, "");
  const slot = mock.store.slot(api);
  const server: Server = createServer({ keepAliveTimeout: 5_000 }, (req, res) => {
    const url = req.url ?? "/";
    const path = url.split("?")[0] ?? "/";
    if (path === "/__mock" || path.startsWith("/__mock/")) {
      const admin = handleProxyAdmin(
        parseRequest({
          method: req.method ?? "GET",
          url,
          headers: {},
          rawBody: "",
          ip: req.socket.remoteAddress ?? "",
        }),
        {
          api,
          target,
          journal: () => journal.list(),
          drift,
          reset: () => {
            journal.clear();
            drift.clear();
          },
        },
      );
      req.resume();
      res.writeHead(admin.status, { ...admin.headers });
      res.end(admin.body === undefined ? undefined : JSON.stringify(admin.body));
      return;
    }
    handleExchange(ctx, req, res).catch((error: unknown) => {
      slot.ctx.log.error({ err: error instanceof Error ? error.stack : String(error) }, "proxy failed");
      if (!res.headersSent) {
        const failed = slot.definition.problems.internal(
          parseRequest({ method: req.method ?? "GET", url, headers: {}, rawBody: "", ip: "" }),
          "The paymock proxy failed; see its log.",
        );
        res.writeHead(failed.status, { "content-type": "application/json", ...failed.headers });
        res.end(JSON.stringify(failed.body));
      } else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(
              `paymock proxy: port ${options.port} is in use. Stop the other process or choose one with --port N.`,
            )
          : error,
      ),
    );
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    api,
    target,
    drift: () => drift.summary(),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
