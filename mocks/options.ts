/**
 * Mock server options: partial input from the CLI, env or tests, resolved once into a frozen,
 * fully-defaulted object. Defaults that the vendor docs do not state are marked as choices.
 */
import { API_IDS, type ApiId, DEFAULT_PORT_BASE } from "../src/apis.js";

/** `sandbox`: Mercuryo user tokens never expire; `production`: they last 24 h. */
export type Profile = "sandbox" | "production";

export interface MockOptions {
  readonly apis: readonly ApiId[];
  readonly host: string;
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
  /** A request whose body has not arrived after this long gets 408. */
  readonly requestTimeoutMs: number;
  /** Validate every response the mock sends against the spec and log violations. */
  readonly validateResponses: "warn" | "off";
  readonly logLevel: "silent" | "error" | "warn" | "info" | "debug";
  readonly b2core: {
    /** Choice: 10 h, the lifetime of the seed's example JWT (exp - iat). */
    readonly accessTokenTtlSeconds: number;
    /** Choice: 30 days; the docs do not say. */
    readonly refreshTokenTtlSeconds: number;
    /** Choice: 10 minutes; the docs do not say. */
    readonly twoFaTokenTtlSeconds: number;
    /** How long an exceeded attempt limit blocks; choice: 10 minutes, as the Front Office default. */
    readonly blockSeconds: number;
  };
  readonly softline: {
    /** Documented: 24 h. */
    readonly tokenTtlSeconds: number;
    /** Secret for the webhook `signature`; default: the docs' worked example, so examples and mock agree. */
    readonly webhookSecret: string;
  };
  readonly nbcgate: {
    /** Choice recorded in the spec: access token 1 h (refresh token 30 days, single-use). */
    readonly tokenTtlSeconds: number;
    /** Choice recorded in the spec: one-time codes are valid 5 minutes. */
    readonly otpTtlSeconds: number;
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
  };
}

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};
export type MockOptionsInput = DeepPartial<MockOptions>;

export const DEFAULT_OPTIONS: MockOptions = {
  apis: API_IDS,
  host: "127.0.0.1",
  portBase: DEFAULT_PORT_BASE,
  otpCode: undefined,
  profile: "sandbox",
  callbackUrl: undefined,
  mercuryoSignKey: "sandbox-sign-key",
  maxBodyBytes: 1024 * 1024,
  requestTimeoutMs: 10_000,
  validateResponses: "warn",
  logLevel: "info",
  b2core: {
    accessTokenTtlSeconds: 36_000,
    refreshTokenTtlSeconds: 30 * 24 * 3600,
    twoFaTokenTtlSeconds: 600,
    blockSeconds: 600,
  },
  softline: { tokenTtlSeconds: 24 * 3600, webhookSecret: "secret_key" },
  nbcgate: { tokenTtlSeconds: 3600, otpTtlSeconds: 300 },
  mercuryo: {
    partnerToken: "sandbox-partner-token",
    userTokenTtlSeconds: 24 * 3600,
    refreshWindowSeconds: 7 * 24 * 3600,
    sellRequestStepSeconds: 10,
  },
};

/** Merges input over the defaults into a new frozen object; the input is never modified. */
export function resolveOptions(input: MockOptionsInput = {}): MockOptions {
  const d = DEFAULT_OPTIONS;
  const resolved: MockOptions = {
    ...d,
    ...stripUndefined(input),
    apis: input.apis && input.apis.length > 0 ? [...new Set(input.apis)] : d.apis,
    b2core: { ...d.b2core, ...stripUndefined(input.b2core ?? {}) },
    softline: { ...d.softline, ...stripUndefined(input.softline ?? {}) },
    nbcgate: { ...d.nbcgate, ...stripUndefined(input.nbcgate ?? {}) },
    mercuryo: { ...d.mercuryo, ...stripUndefined(input.mercuryo ?? {}) },
  };
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
