import { validateInput, validateOutput } from "@stoplight/prism-http/dist/validator/index.js";
import type { IHttpOperation } from "@stoplight/types";
import * as E from "fp-ts/lib/Either.js";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSpecEngine, type SpecEngine, toValidationView } from "../../mocks/prism.js";
import { createRequestPlan, createResponsePlan } from "../../mocks/prism-validation-plan.js";
import { API_IDS, type ApiId, specPath } from "../../src/apis.js";

// The plans may say "no violations" only where Prism's full validator says so too (otherwise a
// request Prism refuses would be served, or a wrong answer would go unreported). For every
// operation of the four specs, every example and a set of broken variants of it are put to both.

/** Whether Prism's diagnostics hold an error (warnings are not reported by the engine). */
const hasErrors = (result: E.Either<readonly { severity: number }[], unknown>) =>
  E.isLeft(result) && result.left.some((d) => d.severity === 0);

/** The example and variants that break it in the usual ways: fields dropped, retyped, added. */
function variantsOf(value: unknown): unknown[] {
  const out: unknown[] = [value, {}, [], "text", 42, null];
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    for (const [key, field] of Object.entries(value)) {
      const { [key]: _dropped, ...rest } = value as Record<string, unknown>;
      out.push(rest);
      out.push({ ...value, [key]: typeof field === "string" ? 12345 : "not-the-type" });
      out.push({ ...value, [key]: null });
    }
    out.push({ ...value, paymockUnknownField: true });
  }
  if (Array.isArray(value) && value.length > 0) out.push([...value, "not-an-item"], [42]);
  return out;
}

const examplesOf = (contents: IHttpOperation["responses"][number]["contents"]) =>
  (contents ?? []).flatMap((c) =>
    (c.examples ?? []).flatMap((e) => ("value" in e ? [{ mediaType: c.mediaType, value: e.value }] : [])),
  );

const engines = new Map<ApiId, SpecEngine>();
beforeAll(async () => {
  for (const api of API_IDS) engines.set(api, await loadSpecEngine(specPath(api)));
});

describe.each(API_IDS)("validation plans agree with Prism (%s)", (api) => {
  it("never answer 'valid' for a response Prism finds an error in", () => {
    let checked = 0;
    let validExamples = 0;
    let settled = 0;
    for (const operation of engines.get(api)?.operations ?? []) {
      const plan = createResponsePlan(operation.raw);
      for (const response of operation.raw.responses) {
        const status = /^\d{3}$/.test(response.code) ? Number(response.code) : 200;
        for (const { mediaType, value } of examplesOf(response.contents)) {
          const declared = Object.fromEntries((response.headers ?? []).map((h) => [h.name, "not-a-valid-value"]));
          for (const headers of [
            { "content-type": mediaType },
            { "content-type": "text/plain" },
            { "content-type": mediaType, ...declared },
          ] as Record<string, string>[]) {
            for (const body of variantsOf(value)) {
              const prism = hasErrors(
                validateOutput({ resource: operation.raw, element: { statusCode: status, headers, body } }),
              );
              const verdict = plan.check(status, headers, body);
              checked += 1;
              if (body === value && headers["content-type"] === mediaType && !prism) {
                validExamples += 1;
                if (verdict === true) settled += 1;
              }
              if (verdict === true) {
                expect({ operation: operation.id, status, headers, body, prismErrors: prism }).toMatchObject({
                  prismErrors: false,
                });
              }
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    // The plans must also do their job: most valid answers are settled without Prism.
    expect(settled).toBeGreaterThan(validExamples / 2);
  }, 180_000);

  it("never answer 'valid' for a request Prism finds an error in", () => {
    let sure = 0;
    for (const operation of engines.get(api)?.operations ?? []) {
      const view = toValidationView(operation.raw);
      const plan = createRequestPlan(view);
      const examples = examplesOf(operation.raw.request?.body?.contents);
      const bodies = examples.length > 0 ? examples.flatMap((e) => variantsOf(e.value)) : [undefined, {}, "text"];
      for (const body of bodies) {
        for (const headers of [
          { "content-type": "application/json", "content-length": "20" },
          { "content-type": "application/json; charset=utf-8", "content-length": "20" },
          { "content-type": "text/plain", "content-length": "20" },
          { "content-type": "application/json" },
          {},
        ] as Record<string, string>[]) {
          const element = {
            method: operation.raw.method as never,
            url: { path: operation.raw.path, query: {} },
            headers,
            body,
          };
          const prism = hasErrors(validateInput({ resource: view, element }));
          const verdict = plan.check(headers, body);
          if (verdict === true) {
            sure += 1;
            expect({ operation: operation.id, headers, body, prismErrors: prism }).toMatchObject({
              prismErrors: false,
            });
          }
        }
      }
    }
    expect(sure).toBeGreaterThan(0);
  }, 180_000);
});

describe("validation plans settle the bench's requests themselves", () => {
  it("the seed sign-in of NBC Gate and its answer", () => {
    const engine = engines.get("nbcgate") as SpecEngine;
    const routed = engine.route("POST", "/auth/sign-in");
    if (routed.kind !== "found") throw new Error("not routed");
    const headers = { "content-type": "application/json", "content-length": "52" };
    const body = { email: "demo@nbcgate.test", password: "Password123" };
    expect(createRequestPlan(toValidationView(routed.operation.raw)).check(headers, body)).toBe(true);
    // A missing password is Prism's to report.
    expect(createRequestPlan(toValidationView(routed.operation.raw)).check(headers, { email: "a@b.test" })).toBe(
      undefined,
    );
    const answer = { token: "a.b.c", refreshToken: "r" };
    expect(createResponsePlan(routed.operation.raw).check(200, { "content-type": "application/json" }, answer)).toBe(
      true,
    );
  });

  it("Softline's login answer with the Date header its spec declares", async () => {
    const engine = engines.get("softline-checkout") as SpecEngine;
    const routed = engine.route("POST", "/v1/login_check");
    if (routed.kind !== "found") throw new Error("not routed");
    const plan = createResponsePlan(routed.operation.raw);
    const headers = { "content-type": "application/json", date: "Tue, 01 Dec 2026 12:40:17 GMT" };
    const body = { token: "a.b.c", refresh_token: "r" };
    const prism = hasErrors(
      validateOutput({ resource: routed.operation.raw, element: { statusCode: 200, headers, body } }),
    );
    expect(prism).toBe(false);
    expect(plan.check(200, headers, body)).toBe(true);
  });
});
