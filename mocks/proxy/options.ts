/**
 * The options of `paymock proxy` that the mock has no use for: the `proxy` group of the config
 * file (`{"proxy": {"api": ..., "target": ..., "strict": true, "record": "dir"}}`), the
 * `--proxy-...` flags (the short `--target`, `--strict`, ... stay as aliases) and `PAYMOCK_PROXY_...`
 * variables. The proxy also reads the mock options it shares with `paymock start` under the same
 * names (`host`, `allowedHosts`, `adminToken`, ...): one config file serves both commands.
 * @see ../option-table.ts and ../../docs/proxy.md
 */
import type { ApiId } from "../../src/apis.js";
import type { MockOptionsInput } from "../options.js";

/** The `proxy` group: one API per proxy process, in front of one target. */
export interface ProxyOwnOptions {
  /** The API the target serves (required). */
  readonly api: ApiId | undefined;
  /** The target's base URL, e.g. `https://sandbox-api.mrcr.io/v1.6` (required). */
  readonly target: string | undefined;
  /** The port; default: the mock's port for the API (`portBase` + its index), 0 picks a free one. */
  readonly port: number | undefined;
  /** Refuse invalid requests (the vendor's 400) and invalid answers (502) instead of only reporting them. */
  readonly strict: boolean;
  /** Folder for candidate examples, one file per operation and status. */
  readonly record: string | undefined;
  /** How long to wait for the target's status line and headers; then 504. */
  readonly timeoutMs: number;
  /** JSON answers up to this size are read whole and validated; larger ones stream through. */
  readonly maxValidatedBytes: number;
}

export const PROXY_DEFAULTS: ProxyOwnOptions = {
  api: undefined,
  target: undefined,
  port: undefined,
  strict: false,
  record: undefined,
  timeoutMs: 30_000,
  maxValidatedBytes: 8 * 1024 * 1024,
};

/**
 * The mock options the proxy reads as well, under the same flag, variable and config key: where it
 * listens and who may talk to it (conventions #4), request limits, logging, spec copies, sessions.
 */
export const SHARED_WITH_PROXY = [
  "host",
  "allowedHosts",
  "adminOrigins",
  "adminToken",
  "insecureAdmin",
  "portBase",
  "maxBodyBytes",
  "requestTimeoutMs",
  "logLevel",
  "specs",
  "maxSessions",
  "journalLimit",
] as const satisfies readonly (keyof MockOptionsInput)[];

export type SharedOptionName = (typeof SHARED_WITH_PROXY)[number];
