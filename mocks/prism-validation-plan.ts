/**
 * Part of the Prism seam (only ./prism.ts imports it): a per-operation plan that answers "no
 * violations" for the common valid request or response without Prism's per-call pipeline.
 *
 * Prism's `validateInput` / `validateOutput` redo, on every call, work that depends only on the
 * operation and a header value: a `RegExp` per declared status code, media type parsing (twice),
 * `type-is`, choosing the content, and about forty fp-ts closures. In the bench profile that was
 * about a third of a scripted request's CPU (docs/speed-and-robustness.md). A plan does that work
 * once per operation and `Content-Type` (and status), keeps the schema Prism would validate the
 * body against, and per call runs only Prism's own `validateAgainstSchema` with it (the same ajv
 * instance, options and compiled function cache). Whenever the plan cannot be sure (request
 * parameters, array or object response headers, forms, a status or media type Prism would object to, a body that
 * fails the schema) it says `undefined`, and the caller runs Prism's full validator, so messages
 * and edge cases stay exactly Prism's. test/engine/validation-plan.test.ts holds both paths equal.
 * @see https://github.com/stoplightio/prism/tree/master/packages/http/src/validator
 */
import { createRequire } from "node:module";
import {
  stripReadOnlyProperties,
  stripWriteOnlyProperties,
} from "@stoplight/prism-http/dist/utils/filterRequiredProperties.js";
import { validateMediaType } from "@stoplight/prism-http/dist/validator/index.js";
import { findOperationResponse } from "@stoplight/prism-http/dist/validator/utils/spec.js";
import { wildcardMediaTypeMatch } from "@stoplight/prism-http/dist/validator/utils/wildcardMediaTypeMatch.js";
import { findContentByMediaTypeOrFirst } from "@stoplight/prism-http/dist/validator/validators/body.js";
import { parseMIMEHeader } from "@stoplight/prism-http/dist/validator/validators/headers.js";
import { ValidationContext } from "@stoplight/prism-http/dist/validator/validators/types.js";
import type { IHttpHeaderParam, IHttpOperation, IMediaTypeContent } from "@stoplight/types";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";

type Schema = Parameters<typeof stripReadOnlyProperties>[0];

// Prism merges `allOf` before validating, with the package and options it uses itself.
const prismRequire = createRequire(createRequire(import.meta.url).resolve("@stoplight/prism-http/package.json"));
const mergeAllOf = prismRequire("@stoplight/json-schema-merge-allof") as (s: Schema, o: object) => Schema;

/** Prism's `withoutAllOf` (validator/validators/body.ts). */
function withoutAllOf(schema: Schema): Schema {
  try {
    return mergeAllOf(schema, { deep: true, ignoreAdditionalProperties: true });
  } catch {
    return schema;
  }
}

/** How a body is checked: not at all, against a schema, or only by Prism (`undefined` = unsure). */
type BodyCheck = { readonly kind: "none" } | { readonly kind: "schema"; readonly schema: Schema };

/**
 * The schema Prism's body validator (`validate` in validator/validators/body.ts) would check a
 * body against for `mediaType`, or "none"; undefined for forms (Prism deserialises those first).
 */
function toBodyCheck(
  contents: readonly IMediaTypeContent[],
  mediaType: string | undefined,
  context: ValidationContext,
): BodyCheck | undefined {
  let content: IMediaTypeContent | undefined;
  let chosenType: string;
  if (mediaType === undefined) {
    content = contents[0];
    chosenType = "random";
  } else {
    const found = findContentByMediaTypeOrFirst([...contents], mediaType);
    if (O.isNone(found)) return { kind: "none" };
    content = found.value.content;
    chosenType = found.value.mediaType;
  }
  if (content?.schema === undefined || content.schema === null) return { kind: "none" };
  const strip = context === ValidationContext.Input ? stripReadOnlyProperties : stripWriteOnlyProperties;
  const schema = strip(withoutAllOf(content.schema as Schema));
  if (O.isNone(schema)) return { kind: "none" };
  // Forms are split and deserialised by Prism first: left to Prism.
  if (/form/i.test(chosenType)) return undefined;
  return { kind: "schema", schema: schema.value };
}

type ValidateFn = (value: unknown) => boolean;
interface AjvLike {
  compile(schema: object): ValidateFn;
  addFormat(name: string, format: unknown): unknown;
}
type AjvClass = new (options: object) => AjvLike;

const classOf = (id: string): AjvClass => {
  const mod = prismRequire(id) as { default?: AjvClass } & AjvClass;
  return mod.default ?? mod;
};

/** Prism's ajv set-up for bodies (validator/validators/utils.ts): per draft, no coercion. */
const ajvByDraft = new Map<string, AjvLike>();
/** Prism's ajv set-up (validator/validators/utils.ts): per draft, with coercion (parameters) or without (bodies). */
function ajvFor(draft: "default" | "2019" | "2020", coerceTypes = false): AjvLike {
  const key = `${draft}:${coerceTypes}`;
  let ajv = ajvByDraft.get(key);
  if (ajv === undefined) {
    const Ajv = classOf(draft === "default" ? "ajv" : `ajv/dist/${draft}`);
    // Prism's options; its logger only silences warnings, and these compile the same schemas again.
    ajv = new Ajv({
      allErrors: true,
      allowUnionTypes: true,
      allowMatchingProperties: true,
      strict: false,
      coerceTypes,
      logger: false,
    });
    const addFormats = prismRequire("ajv-formats") as { default?: (a: AjvLike) => void } & ((a: AjvLike) => void);
    (addFormats.default ?? addFormats)(ajv);
    const dateTime = prismRequire("./dist/validator/validators/dateTime.js") as {
      fmtDef(validate: unknown, compare: unknown): unknown;
      date_time: unknown;
      compareDateTime: unknown;
    };
    ajv.addFormat("date-time", dateTime.fmtDef(dateTime.date_time, dateTime.compareDateTime));
    ajvByDraft.set(key, ajv);
  }
  return ajv;
}

/** Which of Prism's ajv instances a schema gets (`assignAjvInstance`). */
function draftOf(schema: Schema): "default" | "2019" | "2020" {
  const id = String((schema as { $schema?: unknown }).$schema);
  if (/^https?:\/\/json-schema.org\/draft\/2019-09\/schema#?$/.test(id)) return "2019";
  if (/^https?:\/\/json-schema.org\/draft\/2020-12\/schema#?$/.test(id)) return "2020";
  return "default";
}

/**
 * The body check compiled once: the schema Prism compiles (`{...schema, __bundled__}`) with the
 * same ajv class, options and formats. `undefined` when it does not compile (Prism then skips it).
 */
function toBodyValidator(check: BodyCheck, bundle: unknown): ValidateFn | undefined {
  if (check.kind === "none") return () => true;
  try {
    return ajvFor(draftOf(check.schema)).compile({ ...check.schema, __bundled__: bundle });
  } catch {
    return undefined;
  }
}

/** Whether `body` passes (`false` also when the validator throws: Prism then has the last word). */
function passes(validate: ValidateFn, body: unknown): boolean {
  try {
    return validate(body) === true;
  } catch {
    return false;
  }
}

/** The first value of a header, whatever the case of its name (as Prism's `caseless` reads it). */
function headerOf(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  const direct = headers[name];
  if (direct !== undefined) return direct;
  for (const key in headers) if (key.toLowerCase() === name) return headers[key];
  return undefined;
}

/** A bounded per-operation memo (header values come from clients). */
function memoOf<T>(): (key: string, build: () => T) => T {
  const memo = new Map<string, T>();
  return (key, build) => {
    const hit = memo.get(key);
    if (hit !== undefined || memo.has(key)) return hit as T;
    const value = build();
    if (memo.size < 64) memo.set(key, value);
    return value;
  };
}

/** What the request side needs: the view Prism's `validateInput` gets (no empty parameter lists). */
export interface RequestPlan {
  /** `true`: no violations; `undefined`: ask Prism. */
  check(headers: Readonly<Record<string, string>>, body: unknown): true | undefined;
}

/** A request plan for an operation whose validation view is `view`. */
export function createRequestPlan(view: IHttpOperation): RequestPlan {
  const request = view.request;
  const bundle = (view as unknown as Record<string, unknown>).__bundled__;
  // Parameters need Prism's deserialisers (styles, explode, coercion): left to Prism.
  if (
    request !== undefined &&
    (request.headers !== undefined || request.query !== undefined || request.path !== undefined)
  ) {
    return { check: () => undefined };
  }
  const requestBody = request?.body;
  const byHeaders = memoOf<ValidateFn | undefined>();
  const planFor = (contentType: string | undefined, hasLength: boolean): ValidateFn | undefined => {
    let mediaType: string | undefined;
    if (contentType !== undefined) {
      try {
        mediaType = parseMIMEHeader(contentType)[1];
      } catch {
        return undefined;
      }
    }
    // Prism's media type check (validateInputBody) runs only for a non-empty content-length.
    if (hasLength) {
      if (requestBody === undefined) return undefined;
      const contents = requestBody.contents;
      const supported =
        mediaType === undefined ||
        contents === undefined ||
        contents.some((c) => !c.mediaType || wildcardMediaTypeMatch(mediaType as string, c.mediaType));
      if (!supported) return undefined;
    }
    if (requestBody === undefined) return () => true;
    const check = toBodyCheck(requestBody.contents ?? [], mediaType, ValidationContext.Input);
    return check === undefined ? undefined : toBodyValidator(check, bundle);
  };
  return {
    check(headers, body) {
      if (request === undefined) return true;
      if (requestBody?.required === true && !body) return undefined;
      const contentType = headerOf(headers, "content-type");
      // biome-ignore lint/correctness/useParseIntRadix: read exactly as Prism's validateInputBody reads it
      const hasLength = (Number.parseInt(headerOf(headers, "content-length") as string) || 0) !== 0;
      const plan = byHeaders(`${hasLength ? 1 : 0}${contentType ?? "\u0000"}`, () => planFor(contentType, hasLength));
      if (plan === undefined) return undefined;
      // Prism validates a body only when there is one (`sequenceOption(body, requestBody)`).
      if (body === undefined || body === null) return true;
      return passes(plan, body) ? true : undefined;
    },
  };
}

/** What the response side needs. */
export interface ResponsePlan {
  /** `true`: no error violations; `undefined`: ask Prism. */
  check(status: number, headers: Readonly<Record<string, string>>, body: unknown): true | undefined;
}

/** What is settled once per status and media type: the body's validator and the declared headers. */
interface ResponseCheck {
  readonly validate: ValidateFn;
  /** Lower-case names of the declared simple-style headers, and their check; undefined when none are declared. */
  readonly headers?: { readonly names: readonly string[]; readonly validate: ValidateFn };
}

/**
 * Prism's check of the declared response headers (`validateParams`, validator/validators/params.ts)
 * compiled once: the object schema it builds from them, checked with coercion against the values
 * its simple-style deserialiser reads. `undefined` where that deserialiser would split a value
 * (arrays, objects): left to Prism.
 */
function toHeaderCheck(
  declared: readonly IHttpHeaderParam[],
  bundle: unknown,
): { readonly names: readonly string[]; readonly validate: ValidateFn } | undefined {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  const names: string[] = [];
  for (const h of declared) {
    const type = (h.schema as { type?: unknown } | undefined)?.type;
    const simple = !h.style || h.style === "simple";
    if (simple && (type === "array" || type === "object" || Array.isArray(type))) return undefined;
    // keyBy keeps the last parameter of a name; pickBy drops those without a schema.
    const name = h.name.toLowerCase();
    if (h.schema) properties[name] = h.schema;
    else delete properties[name];
    if (h.required === true) required.push(name);
    // Other styles have no header deserialiser in Prism: their value is never read.
    if (simple) names.push(name);
  }
  try {
    const validate = ajvFor("default", true).compile({ type: "object", properties, required, __bundled__: bundle });
    return { names, validate };
  } catch {
    return undefined;
  }
}

/** The values Prism's header validation reads: lower-cased names, empty values dropped (lodash `pickBy`). */
function headerValues(headers: Readonly<Record<string, string>>, names: readonly string[]): Record<string, string> {
  const lower: Record<string, string> = {};
  for (const key in headers) lower[key.toLowerCase()] = headers[key] as string;
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = lower[name];
    if (value) values[name] = value;
  }
  return values;
}

/** A response plan for one operation (the resource Prism's `validateOutput` gets). */
export function createResponsePlan(resource: IHttpOperation): ResponsePlan {
  const bundle = (resource as unknown as Record<string, unknown>).__bundled__;
  const byStatus = memoOf<ResponseCheck | undefined>();
  const planFor = (status: number, mediaType: string | undefined): ResponseCheck | undefined => {
    const response = findOperationResponse(resource.responses, status);
    if (O.isNone(response)) return undefined;
    const declared = response.value.headers ?? [];
    const headers = declared.length === 0 ? undefined : toHeaderCheck(declared, bundle);
    if (declared.length > 0 && headers === undefined) return undefined;
    const contents = response.value.contents ?? [];
    if (contents.length > 0) {
      try {
        if (E.isLeft(validateMediaType(contents as [IMediaTypeContent, ...IMediaTypeContent[]], mediaType as string)))
          return undefined;
      } catch {
        return undefined;
      }
    }
    const check = toBodyCheck(contents, mediaType, ValidationContext.Output);
    const validate = check === undefined ? undefined : toBodyValidator(check, bundle);
    if (validate === undefined) return undefined;
    return headers === undefined ? { validate } : { validate, headers };
  };
  return {
    check(status, headers, body) {
      const mediaType = headerOf(headers, "content-type");
      const plan = byStatus(`${status}\u0000${mediaType ?? "\u0000"}`, () => planFor(status, mediaType));
      if (plan === undefined) return undefined;
      if (plan.headers !== undefined && !passes(plan.headers.validate, headerValues(headers, plan.headers.names))) {
        return undefined;
      }
      return passes(plan.validate, body) ? true : undefined;
    },
  };
}
