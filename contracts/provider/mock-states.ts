/**
 * Provider states through the paymock mock's admin API: `GET /__mock/states` lists the names,
 * `POST /__mock/states {state, params}` sets one up and answers `{state, values}` (tokens, ids),
 * and `POST /__mock/reset` returns the API to its seed. The values go back to pact-js, which puts
 * them into the request wherever the pact says `fromProviderState`.
 * @see ../../mocks/admin.ts
 */
import type { StateFunction, StateHandlers, StateValues } from "./verify-pact.js";

const adminUrl = (baseUrl: string, route: string): string => new URL(`/__mock/${route}`, baseUrl).toString();

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The provider state names the mock at `baseUrl` offers. */
export async function listMockStates(baseUrl: string): Promise<string[]> {
  const response = await fetch(adminUrl(baseUrl, "states"));
  const body: unknown = await response.json();
  if (!response.ok || !Array.isArray(body)) throw new Error(`GET /__mock/states answered ${response.status}`);
  return body.flatMap((s: unknown) => (isRecord(s) && typeof s.name === "string" ? [s.name] : []));
}

/** Returns the mock's API to its seed state (state, outbox, journal). */
export async function resetMock(baseUrl: string): Promise<void> {
  const response = await fetch(adminUrl(baseUrl, "reset"), { method: "POST" });
  if (!response.ok) throw new Error(`POST /__mock/reset answered ${response.status}`);
}

/** Sets one provider state up and returns its values; throws with the mock's explanation if it cannot. */
export async function setUpMockState(
  baseUrl: string,
  state: string,
  params: Readonly<Record<string, unknown>> = {},
): Promise<Record<string, unknown>> {
  const response = await fetch(adminUrl(baseUrl, "states"), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ state, params }),
  });
  const body: unknown = await response.json();
  if (!response.ok || !isRecord(body) || !isRecord(body.values)) {
    const reason = isRecord(body) && typeof body.error === "string" ? body.error : `HTTP ${response.status}`;
    throw new Error(`provider state "${state}" could not be set up: ${reason}`);
  }
  return body.values;
}

/** One pact-js state handler per name, each setting the state up through the admin API. */
export function createMockStateHandlers(baseUrl: string, names: readonly string[]): StateHandlers {
  const handlers: StateHandlers = {};
  for (const name of names) {
    // The values are parsed JSON, so they are a JSON map as pact-js wants.
    const handler: StateFunction = async (params) =>
      (await setUpMockState(baseUrl, name, isRecord(params) ? params : {})) as StateValues;
    handlers[name] = handler;
  }
  return handlers;
}
