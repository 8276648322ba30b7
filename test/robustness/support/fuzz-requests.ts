/**
 * Request generators for the fuzz property: valid requests built from the spec (parameters,
 * bodies, credentials) and mutated ones (wrong types, missing and extra fields, huge and odd
 * Unicode strings, malformed JSON, wrong content types, missing/garbage/expired credentials,
 * odd path parameters, unknown paths and methods, oversize bodies).
 * @see test/robustness/fuzz.test.ts
 */
import fc from "fast-check";
import type { Credentials } from "./credentials.js";
import type { RawRequest } from "./raw-http.js";
import { toArbitrary } from "./schema-arbitrary.js";
import type { OperationModel, SpecModel } from "./spec-model.js";

/** One generated request and how it was made (shown when the property fails). */
export interface FuzzCase {
  readonly kind: string;
  readonly operationId: string | undefined;
  readonly request: RawRequest;
}

/** A request before it is put on the wire: the body is still a value. */
interface Draft {
  readonly op: OperationModel;
  readonly method: string;
  readonly pathParams: Record<string, string>;
  readonly query: [string, string][];
  readonly headers: Record<string, string>;
  readonly body: { readonly value: unknown } | undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Header values must be Latin-1 without controls, or Node refuses to send them. */
const toHeaderValue = (value: unknown): string =>
  (typeof value === "string" ? value : (JSON.stringify(value) ?? "")).replace(/[^\t\x20-\x7e\x80-\xff]/g, "?");

/** encodeURIComponent throws on lone surrogates; those become U+FFFD first. */
const encode = (value: string): string =>
  encodeURIComponent(
    value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"),
  );

const toParamText = (value: unknown): string => (typeof value === "string" ? value : (JSON.stringify(value) ?? ""));

/** Strings that break naive code: huge, astral, combining, bidi, NUL, lone surrogates, look-alike syntax. */
export const oddString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\ud800",
    "\udfff\ud800",
    "e\u0301\u0301\u0301",
    "\u202eevil\u202c",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢🙂👩‍👩‍👧",
    "null",
    "undefined",
    "NaN",
    "-0",
    "1e309",
    "__proto__",
    "constructor",
    '{"$ref":"#"}',
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "%00%zz",
  ),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => "\u00e9x".repeat(Math.ceil(n / 2))),
);

/** Any JSON-ish value of a type other than the one given. */
const otherTypeThan = (value: unknown): fc.Arbitrary<unknown> => {
  const all: [string, fc.Arbitrary<unknown>][] = [
    ["string", oddString],
    ["number", fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))],
    ["boolean", fc.boolean()],
    ["null", fc.constant(null)],
    ["array", fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 })],
    ["object", fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 })],
  ];
  const type = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  return fc.oneof(...all.filter(([t]) => t !== type).map(([, a]) => a));
};

function draftArbitrary(model: SpecModel, creds: Credentials, op: OperationModel): fc.Arbitrary<Draft> {
  const pathParams = op.params.filter((p) => p.in === "path");
  const query = op.params.filter((p) => p.in === "query");
  const headerParams = op.params.filter((p) => p.in === "header");
  const paramValue = (p: (typeof op.params)[number]) =>
    p.examples.length > 0
      ? fc.oneof(fc.constantFrom(...p.examples), toArbitrary(p.schema, model.resolve))
      : toArbitrary(p.schema, model.resolve);
  // Read when each request is generated: the run renews credentials in place.
  const credentialHeaders = (): Record<string, string> => {
    const alternative = op.security.find((alt) => alt.every((key) => creds.valid[key] !== undefined)) ?? [];
    const headers: Record<string, string> = {};
    for (const key of alternative) {
      const scheme = model.schemes[key];
      const value = creds.valid[key];
      if (scheme === undefined || value === undefined) continue;
      if (scheme.type === "http") headers.authorization = `Bearer ${value}`;
      else if (scheme.in === "header" && scheme.name !== undefined) headers[scheme.name.toLowerCase()] = value;
    }
    return headers;
  };
  const bodyArb =
    op.body === undefined
      ? fc.constant(undefined)
      : (op.body.examples.length > 0
          ? fc.oneof(fc.constantFrom(...op.body.examples), toArbitrary(op.body.schema ?? {}, model.resolve))
          : toArbitrary(op.body.schema ?? {}, model.resolve)
        ).map((value) => ({ value }));
  return fc
    .record({
      path: fc.tuple(...pathParams.map(paramValue)),
      query: fc.tuple(...query.map((p) => (p.required ? paramValue(p) : fc.option(paramValue(p), { nil: undefined })))),
      headers: fc.tuple(...headerParams.map(paramValue)),
      body: bodyArb,
      // Unparsable Accept values count as */* (they once made Prism throw and the mock answer 500).
      accept: fc.constantFrom(undefined, "application/json", "*/*", "*", "foo", "text"),
    })
    .map((g) => {
      const headers: Record<string, string> = credentialHeaders();
      headerParams.forEach((p, i) => {
        headers[p.name.toLowerCase()] = toHeaderValue(g.headers[i]);
      });
      if (g.accept !== undefined) headers.accept = g.accept;
      if (g.body !== undefined) headers["content-type"] = op.body?.mediaTypes[0] ?? "application/json";
      const pairs: [string, string][] = [];
      query.forEach((p, i) => {
        const v = g.query[i];
        if (v === undefined) return;
        for (const item of Array.isArray(v) ? v : [v]) pairs.push([p.name, toParamText(item)]);
      });
      return {
        op,
        method: op.method,
        pathParams: Object.fromEntries(pathParams.map((p, i) => [p.name, toParamText(g.path[i])])),
        query: pairs,
        headers,
        body: g.body,
      };
    });
}

const toPath = (draft: Draft): string => {
  const path = draft.op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encode(draft.pathParams[name] ?? ""));
  const search = new URLSearchParams(draft.query).toString();
  return search.length > 0 ? `${path}?${search}` : path;
};

const toCase = (kind: string, draft: Draft, override: Partial<RawRequest> = {}): FuzzCase => ({
  kind,
  operationId: draft.op.id,
  request: {
    method: draft.method,
    path: toPath(draft),
    headers: draft.headers,
    ...(draft.body === undefined ? {} : { body: JSON.stringify(draft.body.value) ?? "" }),
    ...override,
  },
});

/** Walks into a body and replaces one value (objects and arrays only). */
function replaceSomewhere(value: unknown, pick: number, replacement: unknown): unknown {
  if (isRecord(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return replacement;
    const key = keys[pick % keys.length] as string;
    const child = value[key];
    const deeper = (isRecord(child) || Array.isArray(child)) && pick % 3 === 0;
    return { ...value, [key]: deeper ? replaceSomewhere(child, Math.floor(pick / 3), replacement) : replacement };
  }
  if (Array.isArray(value) && value.length > 0) {
    const i = pick % value.length;
    return value.map((v, j) => (j === i ? replacement : v));
  }
  return replacement;
}

function removeSomewhere(value: unknown, pick: number): unknown {
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 0) return value;
  const drop = keys[pick % keys.length] as string;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== drop));
}

/** Mutations of a valid draft; each yields one case. */
function mutations(draft: Draft, creds: Credentials, model: SpecModel): fc.Arbitrary<FuzzCase>[] {
  const out: fc.Arbitrary<FuzzCase>[] = [fc.constant(toCase("valid", draft))];
  const body = draft.body?.value;
  if (draft.body !== undefined) {
    const withBody = (kind: string, value: unknown) => toCase(kind, { ...draft, body: { value } });
    out.push(
      fc.tuple(fc.nat(), otherTypeThan(undefined)).chain(([pick]) => {
        return otherTypeThan(
          isRecord(body) ? Object.values(body)[pick % Math.max(1, Object.keys(body).length)] : body,
        ).map((v) => withBody("wrong-type", replaceSomewhere(body, pick, v)));
      }),
      fc.nat().map((pick) => withBody("missing-field", removeSomewhere(body, pick))),
      fc
        .tuple(oddString, fc.jsonValue({ maxDepth: 2 }))
        .map(([k, v]) => withBody("extra-field", isRecord(body) ? { ...body, [k]: v } : [body, v])),
      fc.tuple(fc.nat(), oddString).map(([pick, s]) => withBody("odd-string", replaceSomewhere(body, pick, s))),
      fc.constantFrom(null, [], "", 0, true, {}).map((v) => withBody("wrong-root", v)),
      fc
        .tuple(fc.nat(), fc.constantFrom("", "{", "}", "[", "\u0000", "\ufeff", "\\", "'", ",", "NaN"))
        .map(([cut, junk]) => {
          const text = JSON.stringify(body) ?? "";
          return toCase("malformed-json", draft, { body: text.slice(0, cut % (text.length + 1)) + junk });
        }),
      fc.constant(toCase("invalid-utf8", draft, { body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]) })),
      fc
        .constantFrom(
          "text/plain",
          "application/xml",
          "multipart/form-data",
          "application/x-www-form-urlencoded",
          "application/json; charset=utf-16",
          "application/json-patch+json",
          "garbage",
          "",
          "*/*",
        )
        .map((type) => toCase("wrong-content-type", { ...draft, headers: { ...draft.headers, "content-type": type } })),
      fc.constant(
        toCase("no-content-type", {
          ...draft,
          headers: Object.fromEntries(Object.entries(draft.headers).filter(([k]) => k !== "content-type")),
        }),
      ),
    );
  } else {
    out.push(
      fc.jsonValue({ maxDepth: 2 }).map((v) =>
        toCase(
          "unexpected-body",
          { ...draft, headers: { ...draft.headers, "content-type": "application/json" } },
          {
            body: JSON.stringify(v) ?? "null",
          },
        ),
      ),
    );
  }
  const credentialKeys = draft.op.security.flat();
  if (credentialKeys.length > 0) {
    const names = new Set<string>();
    for (const key of credentialKeys) {
      const scheme = model.schemes[key];
      if (scheme?.type === "http") names.add("authorization");
      else if (scheme?.name !== undefined) names.add(scheme.name.toLowerCase());
    }
    const without = Object.fromEntries(Object.entries(draft.headers).filter(([k]) => !names.has(k)));
    const expired: Record<string, string> = {};
    for (const key of credentialKeys) {
      const scheme = model.schemes[key];
      const value = creds.expired[key];
      if (scheme === undefined || value === undefined) continue;
      if (scheme.type === "http") expired.authorization = `Bearer ${value}`;
      else if (scheme.name !== undefined) expired[scheme.name.toLowerCase()] = value;
    }
    out.push(
      fc.constant(toCase("no-credentials", { ...draft, headers: without })),
      fc
        .tuple(fc.constantFrom(...names), oddString, fc.constantFrom("", "Bearer ", "Basic ", "bearer  "))
        .map(([name, junk, prefix]) =>
          toCase("garbage-credentials", {
            ...draft,
            headers: { ...draft.headers, [name]: toHeaderValue(prefix + junk.slice(0, 512)) },
          }),
        ),
      fc.constant(toCase("expired-credentials", { ...draft, headers: { ...draft.headers, ...expired } })),
    );
  }
  const pathNames = Object.keys(draft.pathParams);
  if (pathNames.length > 0) {
    out.push(
      fc
        .tuple(
          fc.constantFrom(...pathNames),
          fc.oneof(
            oddString.map((s) => s.slice(0, 300)),
            fc.constantFrom("%zz", "%", "..", "%2F", "0", "-1", "99999999999999999999"),
          ),
        )
        .map(([name, value]) => {
          const c = toCase("odd-path-param", draft);
          const raw = value === "%zz" || value === "%" || value === "%2F" ? value : encode(value);
          const path = draft.op.path.replace(/\{([^}]+)\}/g, (_, n: string) =>
            n === name ? raw : encode(draft.pathParams[n] ?? ""),
          );
          return { ...c, request: { ...c.request, path } };
        }),
    );
  }
  out.push(
    fc
      .tuple(
        fc.string({ maxLength: 10 }),
        fc.constantFrom("limit", "page", "offset", "id", "email", "amount"),
        oddString,
      )
      .map(([extra, name, value]) => {
        const c = toCase("odd-query", draft);
        const search = new URLSearchParams([...draft.query, [name, value.slice(0, 2_000)], [extra, "1"]]);
        return { ...c, request: { ...c.request, path: `${c.request.path.split("?")[0]}?${search}` } };
      }),
    fc
      .constantFrom("PUT", "PATCH", "DELETE", "OPTIONS", "PROPFIND", "POST", "GET")
      .filter((m) => m !== draft.method)
      .map((method) => toCase("other-method", { ...draft, method })),
    fc
      .array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("..", "%2e%2e", "__mock", "api", "v1", "")), {
        minLength: 1,
        maxLength: 4,
      })
      .map((segments) => {
        const c = toCase("unknown-path", draft);
        const path = `${c.request.path.split("?")[0]}/${segments.map((s) => encode(s)).join("/")}x`;
        return { ...c, request: { ...c.request, path } };
      }),
    fc.constant(0).map(() =>
      toCase(
        "oversize-body",
        { ...draft, headers: { ...draft.headers, "content-type": "application/json" } },
        {
          body: `{"a":"${"x".repeat(1024 * 1024 + 16)}"}`,
        },
      ),
    ),
  );
  return out;
}

/** Cases for one API: an operation, a valid draft for it, then one mutation (or none). */
export function fuzzCaseArbitrary(model: SpecModel, creds: Credentials): fc.Arbitrary<FuzzCase> {
  const drafts = model.operations.map((op) => draftArbitrary(model, creds, op));
  const random = fc
    .tuple(fc.constantFrom("GET", "POST", "PUT", "DELETE"), fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }))
    .map(
      ([method, segments]): FuzzCase => ({
        kind: "random-path",
        operationId: undefined,
        request: { method, path: `/${segments.map((s) => encode(s)).join("/")}`, headers: {} },
      }),
    );
  const fromSpec = fc.oneof(...drafts).chain((draft) => fc.oneof(...mutations(draft, creds, model)));
  return fc.oneof({ arbitrary: fromSpec, weight: 19 }, { arbitrary: random, weight: 1 });
}
