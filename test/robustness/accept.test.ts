/**
 * `Accept` never breaks the mock: an unparsable header (`*`, `foo`, `text`) is treated as `*∕*` on
 * every example-served operation of the four APIs (Prism threw "invalid media type" and the mock
 * answered 500), and a header that excludes JSON gets 406 in the vendor's envelope, saying 406.
 * @see mocks/engine/accept.ts
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsJson, normalizeAccept } from "../../mocks/engine/accept.js";
import { listen, type RunningServer } from "../../mocks/http.js";
import { createMockServer, type MockServer } from "../../mocks/server.js";
import { API_IDS } from "../../src/apis.js";
import { type Credentials, createCredentials } from "./support/credentials.js";
import { agent, type RawRequest, sendRaw, toJson } from "./support/raw-http.js";
import { loadSpecModel, type OperationModel, type SpecModel } from "./support/spec-model.js";

afterAll(() => {
  agent.destroy();
});

describe("normalizeAccept and acceptsJson", () => {
  it.each([
    // given, normalized, accepts JSON
    [undefined, "*/*", true],
    ["*", "*/*", true],
    ["foo", "*/*", true],
    ["text", "*/*", true],
    ["", "*/*", true],
    ["application/json", "application/json", true],
    ["application/*;q=0.5", "application/*;q=0.5", true],
    ["text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", undefined, true],
    ["application/xml", "application/xml", false],
    ["text/html, foo", "text/html", false],
    ["application/json;q=0, */*", undefined, false],
  ] as const)("%s -> %s, JSON %s", (given, normalized, json) => {
    if (normalized !== undefined) expect(normalizeAccept(given)).toBe(normalized);
    expect(acceptsJson(given)).toBe(json);
  });
});

/** A request for `op` built from the spec's first examples, with working credentials. */
function exampleRequest(model: SpecModel, creds: Credentials, op: OperationModel): RawRequest {
  const headers: Record<string, string> = {};
  const alternative = op.security.find((alt) => alt.every((key) => creds.valid[key] !== undefined)) ?? [];
  for (const key of alternative) {
    const scheme = model.schemes[key];
    const value = creds.valid[key];
    if (scheme === undefined || value === undefined) continue;
    if (scheme.type === "http") headers.authorization = `Bearer ${value}`;
    else if (scheme.name !== undefined) headers[scheme.name.toLowerCase()] = value;
  }
  let path = op.path;
  const query = new URLSearchParams();
  for (const p of op.params) {
    const value = String(p.examples[0] ?? (p.schema.type === "integer" ? 1 : "1"));
    if (p.in === "path") path = path.replace(`{${p.name}}`, encodeURIComponent(value));
    else if (p.in === "query" && p.required) query.set(p.name, value);
    else if (p.in === "header" && p.required) headers[p.name.toLowerCase()] ??= value;
  }
  const body = op.body?.examples[0];
  if (op.body !== undefined) headers["content-type"] = "application/json";
  return {
    method: op.method,
    path: query.size > 0 ? `${path}?${query}` : path,
    headers,
    ...(op.body === undefined ? {} : { body: JSON.stringify(body ?? {}) }),
  };
}

describe.each(API_IDS)("Accept on %s", (api) => {
  const model = loadSpecModel(api);
  let running: RunningServer;
  let mock: MockServer;
  let base: string;
  let creds: Credentials;
  let exampleServed: readonly OperationModel[];

  beforeAll(async () => {
    // Every operation is sent four times here: B2Core's attempt limits must not turn that into 429s.
    const limits = { signInAttemptsPerMinute: 1000, twoFaAttemptsPerMinute: 1000, refreshAttemptsPerMinute: 1000 };
    mock = await createMockServer({ apis: [api], logLevel: "silent", otpCode: "123456", b2core: limits });
    running = await listen(mock, { ephemeralPorts: true });
    base = running.url(api);
    creds = await createCredentials(api, base);
    const scripted = mock.store.slot(api).definition.handlers;
    // The Prism throw this guards against happened on example-served operations; an API whose every
    // operation is scripted (B2Core since its writes stick) is checked on its reads instead (a write
    // or sign-out sent four times would change what the next of the four answers).
    const unscripted = model.operations.filter((op) => scripted[op.id] === undefined);
    exampleServed =
      unscripted.length > 0 ? unscripted : model.operations.filter((op) => op.method.toUpperCase() === "GET");
  });
  afterAll(() => running.close());

  it("serves every example-served operation with an unparsable Accept as with */*", async () => {
    expect(exampleServed.length).toBeGreaterThan(0);
    for (const op of exampleServed) {
      const req = exampleRequest(model, creds, op);
      const star = await sendRaw(base, { ...req, headers: { ...req.headers, accept: "*/*" } });
      for (const accept of ["*", "foo", "text"]) {
        const res = await sendRaw(base, { ...req, headers: { ...req.headers, accept } });
        expect({ op: op.id, accept, status: res.status }).toEqual({ op: op.id, accept, status: star.status });
        expect(res.status).toBeLessThan(500);
      }
    }
  });

  it("answers an Accept that excludes JSON with 406 in the vendor's envelope", async () => {
    for (const op of model.operations.slice(0, 8)) {
      const req = exampleRequest(model, creds, op);
      const res = await sendRaw(base, { ...req, headers: { ...req.headers, accept: "application/xml" } });
      expect({ op: op.id, status: res.status }).toEqual({ op: op.id, status: 406 });
      expect(model.errorEnvelopeProblems(toJson(res.text))).toEqual([]);
      expect(res.text).toContain("406");
    }
  });

  it("leaves the admin API to answer JSON whatever Accept says", async () => {
    const res = await sendRaw(base, { method: "GET", path: "/__mock/health", headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
  });
});
