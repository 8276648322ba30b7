/**
 * The summariser of each API, for the dashboard's state view.
 */
import type { ApiId } from "../../../src/apis.js";
import type { Summariser, Summary } from "../summary.js";
import { summariseB2core } from "./b2core-backoffice.js";
import { summariseMercuryo } from "./mercuryo-spend.js";
import { summariseNbcgate } from "./nbcgate.js";
import { summariseSoftline } from "./softline-checkout.js";

// biome-ignore lint/suspicious/noExplicitAny: each summariser is typed over its own vendor state.
const SUMMARISERS: Readonly<Record<ApiId, Summariser<any>>> = {
  nbcgate: summariseNbcgate,
  "mercuryo-spend": summariseMercuryo,
  "softline-checkout": summariseSoftline,
  "b2core-backoffice": summariseB2core,
};

/** The readable state of one API; a state the summariser cannot read gives a one-line notice. */
export function summarise(api: ApiId, state: unknown, now: number): Summary {
  try {
    return SUMMARISERS[api](state, now);
  } catch (error) {
    return {
      sections: [{ title: "State", columns: ["notice"], rows: [[`cannot summarise: ${(error as Error).message}`]] }],
    };
  }
}
