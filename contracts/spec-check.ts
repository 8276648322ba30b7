/**
 * Checks HTTP exchanges against `specs/<api>.yaml` with the mock's spec engine, so a consumer can
 * never expect something the spec does not allow and a smoke run can tell drift from noise.
 * For a pact interaction: the request must route to an operation, carry one of its credentials
 * and pass its parameter/body validation; the response status must be declared (or covered by
 * `default`/`4XX`) and its headers and body must validate. Matchers are checked through their
 * example values, which is what pact-js records and what the verifier compares shapes against.
 * The response checks are the engine's (mocks/engine/response-check.ts), shared with the proxy.
 * @see ../mocks/prism.ts (loadSpecEngine) and ../README.md ("Contracts")
 */
import type { HttpSecurityScheme } from "@stoplight/types";
import { checkResponse, toViolationText } from "../mocks/engine/response-check.js";
import {
  type EngineRequest,
  type EngineResponse,
  loadSpecEngine,
  type Operation,
  type SpecEngine,
} from "../mocks/prism.js";
import { type ApiId, specPath } from "../src/apis.js";
import type { PactBody, PactFile, PactInteraction, PactRequest, PactResponse } from "./pact-files.js";

/** One way an interaction disagrees with the spec. */
export interface SpecFinding {
  readonly interaction: string;
  readonly part: "request" | "response";
  readonly message: string;
}

const engines = new Map<ApiId, Promise<SpecEngine>>();

/** The spec engine of `api`, loaded once per process. */
export function loadEngineFor(api: ApiId): Promise<SpecEngine> {
  let engine = engines.get(api);
  if (engine === undefined) {
    engine = loadSpecEngine(specPath(api));
    engines.set(api, engine);
  }
  return engine;
}

const toHeaderRecord = (headers: Readonly<Record<string, readonly string[]>> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(headers ?? {}).map(([name, values]) => [name.toLowerCase(), values.join(", ")]));

const toQueryRecord = (query: Readonly<Record<string, readonly string[]>> | undefined) =>
  Object.fromEntries(
    Object.entries(query ?? {}).map(([name, values]) => [name, values.length === 1 ? (values[0] ?? "") : [...values]]),
  );

/** The body value a pact recorded (JSON as data, text as a string, base64 decoded). */
function toBodyValue(body: PactBody | undefined): unknown {
  if (body === undefined || body.content === undefined) return undefined;
  if (body.encoded === "base64" && typeof body.content === "string") {
    return Buffer.from(body.content, "base64").toString("utf8");
  }
  if (body.encoded === "json" && typeof body.content === "string") return JSON.parse(body.content);
  return body.content;
}

/** A pact request as the spec engine validates it. */
export const toEngineRequest = (request: PactRequest): EngineRequest => ({
  method: request.method.toLowerCase(),
  path: request.path,
  query: toQueryRecord(request.query),
  headers: toHeaderRecord(request.headers),
  body: toBodyValue(request.body),
});

/** A pact response as the spec engine validates it. */
export const toEngineResponse = (response: PactResponse): EngineResponse => ({
  status: response.status,
  headers: toHeaderRecord(response.headers),
  body: toBodyValue(response.body),
});

/** The header a security scheme travels in, or `undefined` for schemes paymock cannot see in a pact. */
function toCredentialHeader(scheme: HttpSecurityScheme): string | undefined {
  if (scheme.type === "apiKey") return scheme.in === "header" ? scheme.name.toLowerCase() : undefined;
  if (scheme.type === "http") return "authorization";
  return undefined;
}

/** Problems with the credentials: none of the operation's security alternatives is fully present. */
function checkCredentials(operation: Operation, headers: Readonly<Record<string, string>>): string[] {
  const alternatives = operation.raw.security ?? [];
  if (!operation.secured || alternatives.some((alt) => alt.length === 0)) return [];
  const satisfied = alternatives.some((alternative) =>
    alternative.every((scheme) => {
      const name = toCredentialHeader(scheme);
      return name === undefined || headers[name] !== undefined;
    }),
  );
  if (satisfied) return [];
  const wanted = alternatives.map((alt) => alt.map((s) => toCredentialHeader(s) ?? s.key).join(" + ")).join(" or ");
  return [`credential missing: ${operation.id} needs the ${wanted} header`];
}

/** Every way one interaction disagrees with the spec (empty when it is valid). */
export function checkInteraction(engine: SpecEngine, interaction: PactInteraction): SpecFinding[] {
  const finding = (part: SpecFinding["part"], message: string): SpecFinding => ({
    interaction: interaction.description,
    part,
    message,
  });
  const request = toEngineRequest(interaction.request);
  const routed = engine.route(request.method, request.path);
  if (routed.kind === "no-path") return [finding("request", `no operation has the path ${request.path}`)];
  if (routed.kind === "no-method") {
    const method = request.method.toUpperCase();
    return [finding("request", `${method} is not allowed on ${request.path} (allowed: ${routed.allowed.join(", ")})`)];
  }
  const { operation } = routed;
  const specRequest = { ...request, path: routed.path };
  return [
    ...checkCredentials(operation, request.headers).map((m) => finding("request", m)),
    ...engine.validateRequest(operation, specRequest).map((v) => finding("request", toViolationText(v))),
    ...checkResponse(engine, operation, toEngineResponse(interaction.response)).map((m) => finding("response", m)),
  ];
}

/** Checks every HTTP interaction of a pact against the spec of `api`. */
export async function checkPact(api: ApiId, pact: PactFile): Promise<SpecFinding[]> {
  const engine = await loadEngineFor(api);
  return pact.interactions
    .filter((i) => i.type === undefined || i.type === "Synchronous/HTTP")
    .flatMap((i) => checkInteraction(engine, i));
}
