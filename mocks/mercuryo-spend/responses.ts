/**
 * Mercuryo's success envelopes: `{"status": "200", "data": {...}}` or just `{"status": "200"}`
 * (the string form, as in the seed examples), and flow refusals rendered as vendor errors.
 * @see specs/mercuryo-spend.yaml (info.description "Envelopes")
 */
import { json, type MockResponse } from "../api.js";
import type { Problem } from "./flows/problem.js";
import { renderError } from "./problems.js";

/** 200 with a payload; `status` overrides the body status (the birthday call says "201"). */
export const ok = (data: unknown, status = "200"): MockResponse => json(200, { status, data });

/** 200 without a payload (sign-out, set-phone, lock, unlock, replace). */
export const okEmpty = (): MockResponse => json(200, { status: "200" });

/** A flow's refusal in the vendor envelope. */
export const fail = (problem: Problem): MockResponse => renderError(problem.error, problem.data);
