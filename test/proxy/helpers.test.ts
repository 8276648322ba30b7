/**
 * The proxy's small pure pieces: where a request goes, which headers travel, the violations header.
 */
import { describe, expect, it } from "vitest";
import { mercuryoProblems } from "../../mocks/mercuryo-spend/problems.js";
import { toUpstreamUrl, type UpstreamFailure, withoutHopByHop } from "../../mocks/proxy/forward.js";
import { renderGatewayProblem, toUpstreamStatus } from "../../mocks/proxy/upstream-problem.js";
import { toViolationsHeader } from "../../mocks/proxy/violations.js";
import { toMockRequest } from "../../mocks/request.js";

describe("toUpstreamUrl", () => {
  it.each([
    { target: "https://sandbox.example", url: "/auth/sign-in?x=1", want: "https://sandbox.example/auth/sign-in?x=1" },
    {
      target: "https://sandbox-api.mrcr.io/v1.6",
      url: "/sdk-partner/user/kyc-status",
      want: "https://sandbox-api.mrcr.io/v1.6/sdk-partner/user/kyc-status",
    },
    {
      target: "https://sandbox-api.mrcr.io/v1.6/",
      url: "/v1.6/sdk-partner/user/kyc-status",
      want: "https://sandbox-api.mrcr.io/v1.6/sdk-partner/user/kyc-status",
    },
    { target: "http://127.0.0.1:9/base", url: "/basement", want: "http://127.0.0.1:9/base/basement" },
  ])("$target + $url", ({ target, url, want }) => {
    expect(toUpstreamUrl(new URL(target), url).href).toBe(want);
  });
});

describe("withoutHopByHop", () => {
  it("drops connection-level headers and those the Connection header names, keeps the rest", () => {
    expect(
      withoutHopByHop({
        connection: "keep-alive, X-Trace-Hop",
        "keep-alive": "timeout=5",
        "transfer-encoding": "chunked",
        te: "trailers",
        upgrade: "h2c",
        "proxy-authorization": "Basic x",
        "x-trace-hop": "1",
        authorization: "Bearer kept",
        "x-paymock-session": "s1",
      }),
    ).toEqual({ authorization: "Bearer kept", "x-paymock-session": "s1" });
  });
});

describe("toViolationsHeader", () => {
  it("is a short ASCII JSON list: eight entries at most, long messages cut", () => {
    const many = Array.from({ length: 10 }, (_, i) => ({
      side: "response" as const,
      kind: "body-schema" as const,
      message: `${"é".repeat(300)}${i}`,
    }));
    const header = toViolationsHeader(many);
    expect(header).toMatch(/^[\x20-\x7e]+$/);
    const list = JSON.parse(header) as { kind: string; message: string }[];
    expect(list).toHaveLength(9);
    expect(list.at(-1)).toEqual({ side: "response", kind: "more", message: "2 more" });
    expect(list[0]?.message).toHaveLength(200);
  });
});

describe("gateway problems", () => {
  it("504 for a timeout, 502 otherwise, in the vendor envelope with its status field following", () => {
    expect(
      (["timeout", "refused", "tls", "unreachable"] as const satisfies readonly UpstreamFailure[]).map(
        toUpstreamStatus,
      ),
    ).toEqual([504, 502, 502, 502]);
    const response = renderGatewayProblem(mercuryoProblems, toMockRequest({ path: "/x" }), 504, "slow");
    expect(response).toMatchObject({ status: 504, body: { status: "504", code: 500001, data: { detail: "slow" } } });
  });
});
