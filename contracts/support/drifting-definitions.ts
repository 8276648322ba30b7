/**
 * Test-only API definitions for `createMockServer(..., { definitions })`: the real definition of
 * one API with one scripted handler wrapped so its successful answers carry a body the spec does
 * not allow. It stands in for a sandbox that drifted, to prove smoke runs and verifications
 * report drift instead of passing.
 * @see ../../mocks/server.ts (MockServerDeps.definitions)
 */
import type { AnyApiDefinition, Handler } from "../../mocks/api.js";
import { definitionsFor } from "../../mocks/registry.js";
import type { ApiId } from "../../src/apis.js";

/** The built-in definition of `api`, with `operationId`'s 2xx bodies replaced by `toBody(body)`. */
export function createDriftingDefinitions(
  api: ApiId,
  operationId: string,
  toBody: (body: unknown) => unknown,
): AnyApiDefinition[] {
  return definitionsFor([api]).map((definition) => {
    const original: Handler<unknown> | undefined = definition.handlers[operationId];
    if (original === undefined) throw new Error(`${api} has no scripted handler ${operationId}`);
    const drifting: Handler<unknown> = async (call) => {
      const response = await original(call);
      if (response === undefined || response.status >= 300) return response;
      return { ...response, body: toBody(response.body) };
    };
    return { ...definition, handlers: { ...definition.handlers, [operationId]: drifting } };
  });
}
