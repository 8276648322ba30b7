/**
 * One request through the proxy: read the body (bounded), validate it against the spec, forward
 * it, validate the answer, pass it back with `x-paymock-violations`, then journal, count drift and
 * record. JSON answers are read whole (they are validated before their headers go out); any other
 * answer is streamed through as it arrives.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiId } from "../../src/apis.js";
import type { Call, MockRequest, MockResponse } from "../api.js";
import type { Journal } from "../engine/journal.js";
import type { SpecEngine } from "../prism.js";
import { parseRequest } from "../request.js";
import type { MockServer } from "../server.js";
import { decode, flatHeaders, isJson, mediaTypeOf, parseAnswer, readAll } from "./body.js";
import type { DriftLog } from "./drift.js";
import { forward, withoutHopByHop } from "./forward.js";
import { type ExchangeMessage, toJournalRecord } from "./journal.js";
import { writeRecording } from "./record.js";
import { renderGatewayProblem, toUpstreamStatus } from "./upstream-problem.js";
import {
  checkAnswer,
  type ProxyViolation,
  toRequestViolations,
  toViolationsHeader,
  VIOLATIONS_HEADER,
} from "./violations.js";

/** Everything an exchange needs, resolved once when the proxy starts. */
export interface ExchangeContext {
  readonly api: ApiId;
  readonly target: URL;
  readonly strict: boolean;
  readonly record: string | undefined;
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
  /** JSON answers up to this size are validated; larger ones are streamed unchecked. */
  readonly maxValidatedBytes: number;
  readonly mock: MockServer;
  /** The journal of the request's session (`X-Paymock-Session`, as on the mock). */
  journalOf(req: MockRequest): Journal;
  readonly engine: SpecEngine;
  readonly drift: DriftLog;
}

function send(res: ServerResponse, status: number, headers: Record<string, string | string[]>, body?: Buffer | string) {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, headers);
  res.end(body);
}

/** Sends a response the proxy made itself (refusals, gateway problems). */
function sendOwn(res: ServerResponse, response: MockResponse, violations: readonly ProxyViolation[]) {
  const headers: Record<string, string> = { ...response.headers };
  if (violations.length > 0) headers[VIOLATIONS_HEADER] = toViolationsHeader(violations);
  const text = response.body === undefined ? undefined : JSON.stringify(response.body);
  if (text !== undefined) headers["content-type"] ??= "application/json";
  send(res, response.status, headers, text);
}

const exposeViolations = (headers: Record<string, string | string[]>) => {
  const exposed = headers["access-control-expose-headers"];
  if (typeof exposed === "string" && exposed !== "*" && !/x-paymock-violations/i.test(exposed)) {
    headers["access-control-expose-headers"] = `${exposed}, ${VIOLATIONS_HEADER}`;
  }
};

/** The message of a `--strict` 502: what was wrong with the target's answer. */
const toStrictDetail = (status: number, wrong: readonly ProxyViolation[]): string =>
  `paymock proxy: the target's answer (HTTP ${status}) does not match the spec: ${wrong.map((v) => v.message).join("; ")}`;

/** Proxies one request; never throws (failures are answered in the vendor envelope). */
export async function handleExchange(ctx: ExchangeContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  const { mock, engine, api } = ctx;
  const slot = mock.store.slot(api);
  const problems = slot.definition.problems;
  const headers = flatHeaders(req.headers);
  const parse = (raw: string): MockRequest =>
    parseRequest({
      method: req.method ?? "GET",
      url: req.url ?? "/",
      headers,
      rawBody: raw,
      ip: req.socket.remoteAddress ?? "",
    });

  const read = await readAll(req, ctx.maxBodyBytes, mock.options.requestTimeoutMs);
  if (read.kind !== "read") {
    const bare = parse("");
    const refusal = read.kind === "too-large" ? problems.payloadTooLarge(bare) : problems.timeout(bare);
    sendOwn(res, refusal, []);
    res.once("finish", () => req.destroy());
    return;
  }
  const mreq = parse(read.body.toString("utf8"));
  const violations: ProxyViolation[] = [];
  let refusal: MockResponse | undefined;
  const preflight = mreq.method === "OPTIONS" && mreq.headers["access-control-request-method"] !== undefined;
  const routed = engine.route(mreq.method, mreq.path);
  const operation = routed.kind === "found" ? routed.operation : undefined;
  if (preflight) {
    // A CORS preflight is the browser's, not the app's: forwarded, never judged.
  } else if (routed.kind === "found") {
    const call: Call<unknown> = {
      req: mreq,
      operation: routed.operation,
      params: routed.params,
      state: slot.state,
      ctx: slot.ctx,
    };
    if (mreq.bodyError === "malformed-json") {
      violations.push({
        side: "request",
        kind: "request",
        message: "body: not valid JSON although content-type says JSON",
      });
      refusal = problems.malformedBody(mreq);
    } else {
      const found = engine.validateRequest(routed.operation, { ...mreq, path: routed.path });
      violations.push(...toRequestViolations(found));
      if (found.length > 0) refusal = problems.invalid(call, found);
    }
  } else {
    const message =
      routed.kind === "no-path"
        ? `the spec has no operation ${mreq.method} ${mreq.path}`
        : `${mreq.method} is not allowed on ${mreq.path} (allowed: ${routed.allowed.join(", ")})`;
    violations.push({ side: "request", kind: "no-operation", message });
    refusal = routed.kind === "no-path" ? problems.notFound(mreq) : problems.methodNotAllowed(mreq, routed.allowed);
  }

  const requestMessage: ExchangeMessage = {
    headers: req.headers as ExchangeMessage["headers"],
    body: mreq.body,
    contentType: mreq.contentType,
  };
  const finish = (status: number, answer: ExchangeMessage, upstreamError?: string) => {
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const time = new Date(mock.clock.now()).toISOString();
    ctx.journalOf(mreq).record(
      toJournalRecord({
        method: mreq.method,
        path: mreq.path,
        query: mreq.query,
        operationId: operation?.id,
        template: operation?.path,
        time,
        durationMs,
        request: requestMessage,
        response: { ...answer, status },
        violations,
        ...(upstreamError === undefined ? {} : { upstreamError }),
      }),
    );
    if (!preflight)
      ctx.drift.add(operation?.id ?? "?", { request: `${mreq.method} ${mreq.path}`, status, time }, violations);
    if (slot.ctx.log.isLevelEnabled("info")) {
      const note =
        violations.length > 0 ? ` (${violations.length} violation${violations.length === 1 ? "" : "s"})` : "";
      slot.ctx.log.info(`proxy ${mreq.method} ${mreq.path} ${status} ${durationMs}ms${note}`);
    }
  };
  const answerOwn = (response: MockResponse, upstreamError?: string) => {
    sendOwn(res, response, violations);
    finish(
      response.status,
      { headers: response.headers ?? {}, body: response.body, contentType: "application/json" },
      upstreamError,
    );
  };

  if (ctx.strict && refusal !== undefined) return answerOwn(refusal);

  const forwarded = await forward({
    target: ctx.target,
    method: mreq.method,
    url: req.url ?? "/",
    headers: req.headers,
    body: read.body,
    timeoutMs: ctx.timeoutMs,
  });
  if (forwarded.kind === "failed") {
    const status = toUpstreamStatus(forwarded.failure);
    const detail = `paymock proxy: the target gave no answer (${forwarded.failure}): ${forwarded.message}`;
    return answerOwn(renderGatewayProblem(problems, mreq, status, detail), detail);
  }
  const upstream = forwarded.response;
  const status = upstream.statusCode ?? 502;
  const outHeaders = withoutHopByHop(upstream.headers);
  if (mreq.headers.origin !== undefined) exposeViolations(outHeaders);
  const contentType = mediaTypeOf(upstream.headers["content-type"]);
  const declaredLength = Number(upstream.headers["content-length"] ?? 0);

  /** Streams the answer through as it arrives: only what the status line and headers tell is checked. */
  const streamThrough = (head: readonly Buffer[]) => {
    if (operation !== undefined && !preflight) {
      violations.push(
        ...checkAnswer(engine, operation, { status, headers: flatHeaders(upstream.headers) }).filter(
          (v) => v.kind !== "body-schema",
        ),
      );
    }
    const wrong = violations.filter((v) => v.side === "response");
    if (ctx.strict && wrong.length > 0) {
      upstream.resume();
      return answerOwn(renderGatewayProblem(problems, mreq, 502, toStrictDetail(status, wrong)));
    }
    if (violations.length > 0) outHeaders[VIOLATIONS_HEADER] = toViolationsHeader(violations);
    res.writeHead(status, outHeaders);
    for (const chunk of head) res.write(chunk);
    upstream.pipe(res);
    upstream.once("error", () => res.destroy());
    res.once("close", () =>
      finish(status, { headers: upstream.headers as ExchangeMessage["headers"], body: undefined, contentType }),
    );
  };
  if (!isJson(contentType) || declaredLength > ctx.maxValidatedBytes || preflight) return streamThrough([]);

  const answer = await readAll(upstream, ctx.maxValidatedBytes, ctx.timeoutMs);
  if (answer.kind === "too-large") return streamThrough(answer.head);
  if (answer.kind !== "read") {
    upstream.destroy();
    const gateway = answer.kind === "stalled" ? 504 : 502;
    const detail = `paymock proxy: the target's answer ${answer.kind === "stalled" ? "stalled" : "broke off"}`;
    return answerOwn(renderGatewayProblem(problems, mreq, gateway, detail), detail);
  }
  let text: string;
  try {
    text = decode(answer.body, upstream.headers["content-encoding"]);
  } catch {
    text = "\u0000";
  }
  const parsed = parseAnswer(text);
  if (parsed.problem !== undefined) violations.push({ side: "response", kind: "body-schema", message: parsed.problem });
  else if (operation !== undefined) {
    violations.push(
      ...checkAnswer(engine, operation, { status, headers: flatHeaders(upstream.headers), body: parsed.body }),
    );
  }
  const answerViolations = violations.filter((v) => v.side === "response");
  if (ctx.strict && answerViolations.length > 0) {
    return answerOwn(renderGatewayProblem(problems, mreq, 502, toStrictDetail(status, answerViolations)));
  }
  if (violations.length > 0) outHeaders[VIOLATIONS_HEADER] = toViolationsHeader(violations);
  send(res, status, outHeaders, answer.body);
  finish(status, { headers: upstream.headers as ExchangeMessage["headers"], body: parsed.body, contentType });

  if (ctx.record !== undefined && operation !== undefined && parsed.body !== undefined && contentType !== undefined) {
    try {
      writeRecording(ctx.record, {
        api,
        operationId: operation.id,
        method: operation.method,
        path: operation.path,
        request: `${mreq.method} ${mreq.path}`,
        status,
        contentType,
        recordedAt: new Date(mock.clock.now()).toISOString(),
        headers: flatHeaders(upstream.headers),
        body: parsed.body,
      });
    } catch (error) {
      slot.ctx.log.warn({ err: String(error) }, `proxy: could not record ${operation.id} ${status}`);
    }
  }
}
