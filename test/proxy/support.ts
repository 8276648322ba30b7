/**
 * A second paymock standing in for the vendor sandbox, proxies in front of it, and a fetch that
 * notes every credential a client sends or receives, so tests can look for them in what the proxy
 * stored.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { SECRET_FIELDS, SECRET_HEADERS } from "../../mocks/engine/redact.js";
import { type ApiId, specPath } from "../../src/apis.js";
import type { FetchLike } from "../../src/clients/options.js";
import { createAjv } from "../../src/spec/ajv.js";

/** A fresh temporary folder (never inside the work tree). */
export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `paymock-${prefix}-`));

/** Every file under `dir`, with its text. */
export function readTree(dir: string): { file: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? readTree(path) : [{ file: path, text: readFileSync(path, "utf8") }];
  });
}

/** A fetch that collects credential values: secret headers sent, secret fields sent or received. */
export function createCredentialSpy(): { fetch: FetchLike; credentials: Set<string> } {
  const credentials = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) collect(item);
    else if (typeof value === "object" && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (SECRET_FIELDS.has(key) && typeof child === "string" && child.length >= 6) credentials.add(child);
        else collect(child);
      }
    }
  };
  const parse = (text: string) => {
    try {
      collect(JSON.parse(text));
    } catch {
      // not JSON: nothing to collect
    }
  };
  const spy: FetchLike = async (request) => {
    for (const [name, value] of request.headers) {
      if (SECRET_HEADERS.has(name.toLowerCase())) credentials.add(value.replace(/^Bearer\s+/i, ""));
    }
    parse(await request.clone().text());
    const response = await fetch(request);
    parse(await response.clone().text());
    return response;
  };
  return { fetch: spy, credentials };
}

/** Validates a body against the API's `components.schemas.Error` (the vendor envelope). */
export function errorEnvelopeProblems(api: ApiId, body: unknown): string[] {
  const ajv = createAjv();
  const doc = parse(readFileSync(specPath(api), "utf8")) as object;
  ajv.addSchema(doc, "spec");
  const validate = ajv.compile({ $ref: "spec#/components/schemas/Error" });
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
