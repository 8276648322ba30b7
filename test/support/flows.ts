/**
 * Full sign-in flows of the four APIs through the typed clients, in one mock session, recording
 * every secret that went over the wire (credentials sent, tokens received) so tests can prove the
 * journal, callbacks and log never show them and that sessions never see each other's.
 */
import type { AdminClient } from "../../mocks/engine/admin-client.js";
import type { ApiId } from "../../src/apis.js";
import {
  createB2coreBackofficeClient,
  createMercuryoSpendClient,
  createNbcgateClient,
  createSoftlineCheckoutClient,
  type FetchLike,
} from "../../src/index.js";

/** What one session's flows produced. */
export interface FlowResult {
  /** Codes each API sent, by API. */
  readonly codes: Record<ApiId, string>;
  /** Softline order created in this session. */
  readonly orderId: number;
  /** Every secret the flows sent or received (passwords, partner token, tokens, API keys). */
  readonly secrets: Set<string>;
}

const SECRET_HEADERS = ["authorization", "authorizationjwt", "sdk-user-token", "sdk-partner-token", "x-api-key"];
const TOKEN_FIELDS = new Set(["token", "refreshToken", "refresh_token", "accessToken", "bearer_token"]);

function collectTokens(value: unknown, into: Set<string>, depth = 0): void {
  if (depth > 10 || typeof value !== "object" || value === null) return;
  for (const [k, v] of Object.entries(value)) {
    if (TOKEN_FIELDS.has(k) && typeof v === "string" && v.length >= 8) into.add(v);
    else if (TOKEN_FIELDS.has(k) && typeof v === "object" && v !== null && "token" in v) {
      const t = (v as { token: unknown }).token;
      if (typeof t === "string") into.add(t);
    } else collectTokens(v, into, depth + 1);
  }
}

/** A fetch that records the secrets of every request and response it carries. */
export function recordingFetch(secrets: Set<string>, inner: FetchLike = (r) => fetch(r)): FetchLike {
  return async (request) => {
    for (const name of SECRET_HEADERS) {
      const value = request.headers.get(name);
      if (value) secrets.add(value.replace(/^Bearer /, ""));
    }
    const response = await inner(request);
    const text = await response.clone().text();
    try {
      collectTokens(JSON.parse(text), secrets);
    } catch {
      // not JSON: nothing to collect
    }
    return response;
  };
}

export interface FlowTarget {
  url(api: ApiId): string;
  admin(api: ApiId, opts: { session?: string }): AdminClient;
  fetch?: FetchLike;
}

/** Runs sign-in (with codes), one call and sign-out on every API, in `session`. */
export async function runFullFlows(target: FlowTarget, session: string): Promise<FlowResult> {
  const secrets = new Set<string>(["Password123", "merchant-secret", "Secret123", "sandbox-partner-token"]);
  const fetchOf = recordingFetch(secrets, target.fetch);
  const common = { session, fetch: fetchOf };
  const codes = {} as Record<ApiId, string>;

  const nbc = createNbcgateClient({ baseUrl: target.url("nbcgate"), ...common });
  const nbcAdmin = target.admin("nbcgate", { session });
  let nbcSignIn = await nbc.signIn({ email: "otp@nbcgate.test", password: "Password123" });
  if (nbcSignIn.kind !== "otp-required") throw new Error(`nbcgate: expected an OTP challenge, got ${nbcSignIn.kind}`);
  codes.nbcgate = await nbcAdmin.latestCode("otp@nbcgate.test");
  nbcSignIn = await nbcSignIn.submitOtp(codes.nbcgate);
  if (nbcSignIn.kind !== "signed-in") throw new Error(`nbcgate: sign-in failed: ${JSON.stringify(nbcSignIn)}`);
  const balances = await nbc.GET("/api/balance");
  if (balances.error) throw new Error(`nbcgate: balances failed: ${JSON.stringify(balances.error)}`);
  await nbc.signOut();

  const mercuryo = createMercuryoSpendClient({
    baseUrl: target.url("mercuryo-spend"),
    partnerToken: "sandbox-partner-token",
    userIp: "203.0.113.7",
    ...common,
  });
  const started = await mercuryo.signIn("kyc-complete@mercuryo.test");
  if (started.kind !== "challenge") throw new Error(`mercuryo: expected a challenge, got ${started.kind}`);
  codes["mercuryo-spend"] = await target.admin("mercuryo-spend", { session }).latestCode("kyc-complete@mercuryo.test");
  const verified = await started.challenge.verify(codes["mercuryo-spend"]);
  if (verified.kind !== "signed-in") throw new Error(`mercuryo: verify failed: ${JSON.stringify(verified)}`);
  const kyc = await mercuryo.GET("/sdk-partner/user/kyc-status");
  if (kyc.error) throw new Error(`mercuryo: kyc failed: ${JSON.stringify(kyc.error)}`);
  await mercuryo.signOut();

  const softline = createSoftlineCheckoutClient({ baseUrl: target.url("softline-checkout"), ...common });
  const login = await softline.login({ username: "merchant", password: "merchant-secret" });
  if (login.kind === "failed") throw new Error(`softline: login failed: ${JSON.stringify(login.error)}`);
  const created = await softline.POST("/v1/payment", {
    body: {
      currency: "EUR",
      amount: "29.99",
      return_success_url: "https://shop.example/thanks",
      payment_method: "CreditCard",
      recurring_indicator: false,
    },
  });
  if (created.error) throw new Error(`softline: payment failed: ${JSON.stringify(created.error)}`);
  const orderId = created.data.order_id;

  const b2core = createB2coreBackofficeClient({ baseUrl: target.url("b2core-backoffice"), ...common });
  let b2SignIn = await b2core.signIn({ email: "admin@b2core.test", password: "Secret123" });
  if (b2SignIn.kind !== "two-factor") throw new Error(`b2core: expected 2FA, got ${b2SignIn.kind}`);
  codes["b2core-backoffice"] = await target.admin("b2core-backoffice", { session }).latestCode("admin@b2core.test");
  b2SignIn = await b2SignIn.confirm(codes["b2core-backoffice"]);
  if (b2SignIn.kind !== "signed-in") throw new Error(`b2core: confirm failed: ${JSON.stringify(b2SignIn)}`);
  const clients = await b2core.GET("/api/v2/clients", { params: { query: { limit: 5 } } });
  if (clients.error) throw new Error(`b2core: clients failed: ${JSON.stringify(clients.error)}`);
  await b2core.signOut();

  return { codes, orderId, secrets };
}
