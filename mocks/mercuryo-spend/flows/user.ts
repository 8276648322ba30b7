/**
 * The end user's profile: e-mail, KYC per feature, phone and birthday. Phone and birthday can be
 * set once (400090 and 400240 on a second call).
 *
 *   sign-in (unknown e-mail) --> [no phone, no birthday]
 *        set-phone-no-verify --> [phone set]     --set again--> 400090
 *        birthday            --> [birthday set]  --set again--> 400240
 *
 * @see specs/mercuryo-spend.yaml (operations setPhoneNoVerify, setBirthday, getContacts)
 */
import { type Problem, toProblem } from "./problem.js";

/** The features KYC is tracked for. */
export type KycFeature = "crypto" | "card";
/** The documented KYC statuses. */
export type KycStatus = "complete" | "incomplete" | "failed_attempt" | "failed" | "under_review";

/** One end user (one e-mail per person). */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly kyc: Readonly<Record<KycFeature, KycStatus>>;
  readonly phone: string | null;
  readonly birthday: string | null;
  /** The user's current (active or locked) card. */
  readonly cardId: string | undefined;
}

/** The profile changes a user can make. */
export type UserEvent =
  | { readonly type: "set-phone"; readonly phone: string }
  | { readonly type: "set-birthday"; readonly birthday: string };

/** A user as sign-up creates them: KYC not started, no phone, no card. */
export const createUser = (id: string, email: string): User => ({
  id,
  email,
  kyc: { crypto: "incomplete", card: "incomplete" },
  phone: null,
  birthday: null,
  cardId: undefined,
});

/** Sets the phone or the birthday, each only once. */
export function stepUser(user: User, event: UserEvent): User | Problem {
  switch (event.type) {
    case "set-phone":
      return user.phone === null ? { ...user, phone: event.phone } : toProblem("PHONE_ALREADY_SET");
    case "set-birthday":
      return user.birthday === null ? { ...user, birthday: event.birthday } : toProblem("BIRTHDAY_ALREADY_SET");
  }
}
