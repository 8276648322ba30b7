/**
 * The HTTP target of a smoke run or sandbox verification: its base URL and whether it is the
 * paymock mock (which answers `GET /__mock/health` with its API id), in which case seed accounts
 * and the mock's outbox may be used.
 * @see ../mocks/admin.ts
 */
import { API_IDS, type ApiId, DEFAULT_PORT_BASE } from "../src/apis.js";

/** A base URL and whether it is the paymock mock (seed accounts and outbox allowed). */
export interface Target {
  readonly api: ApiId;
  readonly baseUrl: string;
  readonly isMock: boolean;
}

/** Where `npm start` serves `api` by default (`http://127.0.0.1:4011` for Mercuryo). */
export const toDefaultMockUrl = (api: ApiId): string => `http://127.0.0.1:${DEFAULT_PORT_BASE + API_IDS.indexOf(api)}`;

const adminUrl = (baseUrl: string, route: string): string => new URL(`/__mock/${route}`, baseUrl).toString();

/** Nothing answers at the base URL (connection refused, unknown host, timeout). */
export class UnreachableTargetError extends Error {
  override readonly name = "UnreachableTargetError";
}

const toCause = (error: unknown): string => {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : undefined;
  const message = cause instanceof Error ? cause.message : String(cause);
  return code !== undefined && !message.includes(code) ? `${code} ${message}` : message;
};

/**
 * Whether `baseUrl` is a paymock mock serving `api` (false for any other server that answers);
 * throws UnreachableTargetError when nothing answers there.
 */
export async function isPaymockMock(baseUrl: string, api: ApiId): Promise<boolean> {
  let response: Response;
  try {
    response = await fetch(adminUrl(baseUrl, "health"), { signal: AbortSignal.timeout(5_000) });
  } catch (error) {
    throw new UnreachableTargetError(`cannot reach ${baseUrl}: ${toCause(error)}`);
  }
  if (!response.ok) return false;
  try {
    const body = (await response.json()) as { api?: unknown; status?: unknown };
    return body.api === api && body.status === "ok";
  } catch {
    return false;
  }
}

/** Resolves the target: checks the URL, that something answers there, and whether it is the mock. */
export async function resolveTarget(api: ApiId, baseUrl: string): Promise<Target> {
  if (!URL.canParse(baseUrl)) throw new Error(`"${baseUrl}" is not an absolute URL`);
  return { api, baseUrl, isMock: await isPaymockMock(baseUrl, api) };
}

/** The newest code the mock "sent" to `recipient` (`GET /__mock/outbox?to=`), if any. */
export async function readOutboxCode(baseUrl: string, recipient: string): Promise<string | undefined> {
  const response = await fetch(`${adminUrl(baseUrl, "outbox")}?to=${encodeURIComponent(recipient)}`);
  if (!response.ok) return undefined;
  const messages = (await response.json()) as { code?: unknown }[];
  const code = messages.at(-1)?.code;
  return typeof code === "string" ? code : undefined;
}
