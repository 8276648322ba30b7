/**
 * KYC gates: what a user may do given their KYC status per feature. The mock never moves KYC by
 * itself (in the sandbox Mercuryo approves documents by hand); provider states set it.
 *
 *   card KYC:  incomplete --documents--> under_review --> complete
 *                                             |--> failed_attempt --retry--> under_review
 *                                             '--> failed (no card, ever)
 *
 *   open card:   has card? 400001 -> card KYC complete? else 400251 -> phone? else 400252 -> ok
 *   KYC token:   both features complete? 403082 : ok
 *
 * @see specs/mercuryo-spend.yaml (operations getKycStatus, getKycAccessToken, openCard, unlockCard)
 */
import { fieldProblem, type Problem, toProblem } from "./problem.js";
import type { User } from "./user.js";

/** 400251 with the card feature's status in `data`, worded by whether KYC was started. */
export function kycProblem(user: User): Problem {
  const status = user.kyc.card;
  return toProblem(status === "incomplete" ? "KYC_REQUIRED" : "KYC_NOT_COMPLETED", {
    features: [{ feature: "card", status }],
  });
}

/** True when the card feature's KYC is done. */
export const isCardKycComplete = (user: User): boolean => user.kyc.card === "complete";

/** May this user open a card (one per user, KYC complete, phone set)? */
export function checkCardOpening(user: User): User | Problem {
  if (user.cardId !== undefined) return fieldProblem("card", "User already has a spend card.");
  if (!isCardKycComplete(user)) return kycProblem(user);
  if (user.phone === null) return toProblem("PHONE_REQUIRED");
  return user;
}

/** May this user get a token for the hosted KYC page (not when KYC is already complete)? */
export const checkKycAccess = (user: User): User | Problem =>
  isCardKycComplete(user) && user.kyc.crypto === "complete" ? toProblem("KYC_ALREADY_COMPLETED") : user;
