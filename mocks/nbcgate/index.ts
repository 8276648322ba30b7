/** PLACEHOLDER until the scripted flows land: every operation falls through to Prism. */
import { type ApiDefinition, json } from "../api.js";

const problem = (status: number, message: string) => json(status, { message });

export const nbcgateApi: ApiDefinition<Record<string, never>> = {
  id: "nbcgate",
  seed: () => ({}),
  handlers: {},
  states: {},
  seedAccounts: [],
  problems: {
    invalid: (_call, violations) => problem(400, violations.map((v) => v.message).join("; ")),
    malformedBody: () => problem(400, "malformed JSON"),
    notFound: () => problem(404, "not found"),
    methodNotAllowed: () => problem(405, "method not allowed"),
    payloadTooLarge: () => problem(413, "payload too large"),
    timeout: () => problem(408, "request timeout"),
    internal: (_req, detail) => problem(500, detail),
  },
};
