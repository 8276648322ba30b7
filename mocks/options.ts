/**
 * Mock server options: partial input from the CLI, env or tests, resolved once into a frozen,
 * fully-defaulted object. Defaults that the vendor docs do not state are marked as choices.
 */
import { API_IDS, type ApiId, DEFAULT_PORT_BASE } from "../src/apis.js";

/** `sandbox`: Mercuryo user tokens never expire; `production`: they last 24 h. */
export type Profile = "sandbox" | "production";

export interface MockOptions {
  readonly apis: readonly ApiId[];
  /** Interface to listen on; anything but loopback needs `adminToken` or `insecureAdmin` (see checkExposure). */
  readonly host: string;
  /**
   * More `Host` names the mock answers besides localhost, 127.0.0.1, [::1] and `host` (DNS-rebinding
   * guard); `.example.com` also allows its subdomains, `*` allows any. Others get 403.
   */
  readonly allowedHosts: readonly string[];
  /** Browser origins (`https://dash.example`) allowed to call the admin API besides loopback pages. */
  readonly adminOrigins: readonly string[];
  /** When set, admin routes require it in `X-Paymock-Admin-Token`; required off loopback. */
  readonly adminToken: string | undefined;
  /** Off loopback, serve the admin API without a token (the user accepts the risk). */
  readonly insecureAdmin: boolean;
  /** API i listens on portBase + its index in API_IDS (nbcgate 4010 ... b2core-backoffice 4013). */
  readonly portBase: number;
  /** Every OTP/2FA code is this value instead of a random one. */
  readonly otpCode: string | undefined;
  readonly profile: Profile;
  /** Where Mercuryo callbacks are POSTed; none are sent when unset. */
  readonly callbackUrl: string | undefined;
  /** Key for the Mercuryo callback `X-Signature` (HMAC-SHA256). */
  readonly mercuryoSignKey: string;
  /** Bodies over this many bytes are refused with 413 before they are buffered whole. */
  readonly maxBodyBytes: number;
  /** Body idle timeout: a request body with no new byte for this long gets 408. */
  readonly requestTimeoutMs: number;
  /** Absolute cap on reading one request body, however steadily it trickles in: 408 after this. */
  readonly bodyDeadlineMs: number;
  /** Validate every response the mock sends against the spec and log violations. */
  readonly validateResponses: "warn" | "off";
  readonly logLevel: "silent" | "error" | "warn" | "info" | "debug";
  /** Live sessions (`X-Paymock-Session`) at most; the least recently used one is evicted past it. */
  readonly maxSessions: number;
  /** Journal entries kept per API and session; older ones are dropped. */
  readonly journalLimit: number;
  /** Outbox messages kept per recipient (per API and session). */
  readonly outboxPerRecipient: number;
  /** Outbox messages kept per API and session. */
  readonly outboxPerApi: number;
  /** Watch the served specs and swap in edited versions without a restart (state and journal stay). */
  readonly watch: boolean;
  /** A spec file per API served instead of the built-in one (e.g. a vendor update to try out). */
  readonly specs: Readonly<Partial<Record<ApiId, string>>>;
  readonly b2core: {
    /** Choice: 10 h, the lifetime of the seed's example JWT (exp - iat). */
    readonly accessTokenTtlSeconds: number;
    /** Choice: 30 days; the docs do not say. */
    readonly refreshTokenTtlSeconds: number;
    /** Choice: 10 minutes; the docs do not say. */
    readonly twoFaTokenTtlSeconds: number;
    /** How long an exceeded attempt limit blocks; choice: 10 minutes, as the Front Office default. */
    readonly blockSeconds: number;
    /** Documented: 5 sign-in attempts per minute per e-mail (failed ones included). */
    readonly signInAttemptsPerMinute: number;
    /** Documented: 3 2FA confirmation attempts per minute per 2FA token (wrong codes included). */
    readonly twoFaAttemptsPerMinute: number;
    /** Documented: 5 refresh attempts per minute per refresh token. */
    readonly refreshAttemptsPerMinute: number;
  };
  readonly softline: {
    /** Documented: 24 h. */
    readonly tokenTtlSeconds: number;
    /** Secret for the webhook `signature`; default: the docs' worked example, so examples and mock agree. */
    readonly webhookSecret: string;
    /** Choice: an auto-payment or card verification is charged this many seconds after it is requested (10). */
    readonly autoChargeSeconds: number;
    /** Choice: a refund moves New -> Processing -> Completed, one step per this many seconds (60). */
    readonly refundStepSeconds: number;
  };
  readonly nbcgate: {
    /** Choice recorded in the spec: access token 1 h (refresh token 30 days, single-use). */
    readonly tokenTtlSeconds: number;
    /** Choice recorded in the spec: one-time codes are valid 5 minutes. */
    readonly otpTtlSeconds: number;
    /** Choice: an invoice can be paid for 30 minutes, like the spec's prepayment instructions. */
    readonly invoiceTtlSeconds: number;
    /** Choice: 20 s from `POST /invoice/pay` to the confirmed payment (the help centre says 10-30 s). */
    readonly invoiceConfirmSeconds: number;
    /** Brute-force bound: at most this many codes sent to one account per `otpWindowSeconds` (choice: 5). */
    readonly otpMaxCodes: number;
    /** The sliding window of `otpMaxCodes` (choice: 10 minutes). */
    readonly otpWindowSeconds: number;
  };
  readonly mercuryo: {
    /** Partner token the mock accepts on sign-in calls. */
    readonly partnerToken: string;
    /** Production-profile user token lifetime: 24 h. */
    readonly userTokenTtlSeconds: number;
    /**
     * How long after its expiry a user token can still be refreshed (documented: "refresh the token
     * after that"; for how long is not). Choice: 7 days; 0 = only unexpired tokens refresh.
     */
    readonly refreshWindowSeconds: number;
    /** Seconds between sell-request status steps (pending -> processing -> completed). */
    readonly sellRequestStepSeconds: number;
    /** Undocumented; choice: a sign-in code (its `key`) lives 10 minutes after the last (re)send. */
    readonly otpTtlSeconds: number;
    /** Undocumented; choice: 5 wrong codes lock the sign-in challenge until a resend. */
    readonly otpMaxAttempts: number;
    /** Seconds before a sign-in code may be resent: the `timeout` the sign-in answer announces (20). */
    readonly resendCooldownSeconds: number;
    /** Brute-force bound: at most this many codes sent to one account per `otpWindowSeconds` (choice: 5). */
    readonly otpMaxCodes: number;
    /** The sliding window of `otpMaxCodes` (choice: 10 minutes). */
    readonly otpWindowSeconds: number;
  };
}

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};
export type MockOptionsInput = DeepPartial<MockOptions>;

export const DEFAULT_OPTIONS: MockOptions = {
  apis: API_IDS,
  host: "127.0.0.1",
  allowedHosts: [],
  adminOrigins: [],
  adminToken: undefined,
  insecureAdmin: false,
  portBase: DEFAULT_PORT_BASE,
  otpCode: undefined,
  profile: "sandbox",
  callbackUrl: undefined,
  mercuryoSignKey: "sandbox-sign-key",
  maxBodyBytes: 1024 * 1024,
  requestTimeoutMs: 10_000,
  bodyDeadlineMs: 60_000,
  validateResponses: "warn",
  logLevel: "info",
  maxSessions: 1_000,
  journalLimit: 10_000,
  outboxPerRecipient: 1_000,
  outboxPerApi: 10_000,
  watch: false,
  specs: {},
  b2core: {
    accessTokenTtlSeconds: 36_000,
    refreshTokenTtlSeconds: 30 * 24 * 3600,
    twoFaTokenTtlSeconds: 600,
    blockSeconds: 600,
    signInAttemptsPerMinute: 5,
    twoFaAttemptsPerMinute: 3,
    refreshAttemptsPerMinute: 5,
  },
  softline: { tokenTtlSeconds: 24 * 3600, webhookSecret: "secret_key", autoChargeSeconds: 10, refundStepSeconds: 60 },
  nbcgate: {
    tokenTtlSeconds: 3600,
    otpTtlSeconds: 300,
    invoiceTtlSeconds: 30 * 60,
    invoiceConfirmSeconds: 20,
    otpMaxCodes: 5,
    otpWindowSeconds: 600,
  },
  mercuryo: {
    partnerToken: "sandbox-partner-token",
    userTokenTtlSeconds: 24 * 3600,
    refreshWindowSeconds: 7 * 24 * 3600,
    sellRequestStepSeconds: 10,
    otpTtlSeconds: 600,
    otpMaxAttempts: 5,
    resendCooldownSeconds: 20,
    otpMaxCodes: 5,
    otpWindowSeconds: 600,
  },
};

/** Merges input over the defaults into a new frozen object; the input is never modified. */
export function resolveOptions(input: MockOptionsInput = {}): MockOptions {
  const d = DEFAULT_OPTIONS;
  const resolved: MockOptions = {
    ...d,
    ...stripUndefined(input),
    apis: input.apis && input.apis.length > 0 ? [...new Set(input.apis)] : d.apis,
    allowedHosts: [...(input.allowedHosts ?? d.allowedHosts)],
    adminOrigins: [...(input.adminOrigins ?? d.adminOrigins)],
    b2core: { ...d.b2core, ...stripUndefined(input.b2core ?? {}) },
    softline: { ...d.softline, ...stripUndefined(input.softline ?? {}) },
    nbcgate: { ...d.nbcgate, ...stripUndefined(input.nbcgate ?? {}) },
    mercuryo: { ...d.mercuryo, ...stripUndefined(input.mercuryo ?? {}) },
    specs: { ...stripUndefined(input.specs ?? {}) },
  };
  for (const api of Object.keys(resolved.specs)) {
    if (!(API_IDS as readonly string[]).includes(api)) {
      throw new Error(`paymock: --spec ${api}=…: unknown API "${api}"; known: ${API_IDS.join(", ")}.`);
    }
  }
  if (resolved.otpCode !== undefined && !/^\d{4,8}$/.test(resolved.otpCode)) {
    throw new Error(`paymock: --otp-code must be 4 to 8 digits, got "${resolved.otpCode}".`);
  }
  return deepFreeze(resolved);
}

/** The port an API listens on under these options. */
export const portOf = (options: MockOptions, api: ApiId): number => options.portBase + API_IDS.indexOf(api);

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
