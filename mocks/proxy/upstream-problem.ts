/**
 * Answers the proxy gives on its own, in the vendor's envelope: 502 when the target cannot be
 * reached (refused, TLS, DNS) or gave an answer `--strict` refuses, 504 when it did not answer in
 * time. Built from the API's `internal` problem, so no vendor module needs a proxy-only template.
 */
import type { MockRequest, MockResponse, Problems } from "../api.js";
import type { UpstreamFailure } from "./forward.js";

/** 504 for a timeout, 502 for every other failure to get an answer. */
export const toUpstreamStatus = (failure: UpstreamFailure): 502 | 504 => (failure === "timeout" ? 504 : 502);

/**
 * The vendor's internal-error envelope with the gateway status: a top-level status field that
 * mirrors the HTTP status (NBC Gate `statusCode`, Mercuryo `status`) follows it; codes stay.
 */
export function renderGatewayProblem<S>(
  problems: Problems<S>,
  req: MockRequest,
  status: 502 | 504,
  detail: string,
): MockResponse {
  const base = problems.internal(req, detail);
  const body = base.body;
  if (typeof body !== "object" || body === null || Array.isArray(body)) return { ...base, status };
  const restated: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  if (restated.statusCode === base.status) restated.statusCode = status;
  if (restated.status === String(base.status)) restated.status = String(status);
  return { ...base, status, body: restated };
}
