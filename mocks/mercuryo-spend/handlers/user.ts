/**
 * User handlers: KYC status and access token, contacts, phone and birthday.
 * The rules live in ../flows/user.ts and ../flows/kyc.ts.
 * @see specs/mercuryo-spend.yaml (tags KYC and User)
 */
import type { components } from "../../../src/generated/mercuryo-spend.js";
import type { Handler } from "../../api.js";
import { saveUser } from "../accounts.js";
import { asUser } from "../auth.js";
import { checkKycAccess } from "../flows/kyc.js";
import { isProblem } from "../flows/problem.js";
import { stepUser, type UserEvent } from "../flows/user.js";
import { toApplicantId, toKycAccessToken } from "../ids.js";
import { fail, ok, okEmpty } from "../responses.js";
import type { MercuryoState } from "../state.js";

type Schemas = components["schemas"];

/** KYC status per feature. */
export const getKycStatus: Handler<MercuryoState> = asUser((_call, { user }) => {
  const data: Schemas["KycStatuses"] = {
    features: [
      { feature: "crypto", status: user.kyc.crypto },
      { feature: "card", status: user.kyc.card },
    ],
  };
  return ok(data);
});

/** A token for the hosted KYC page; 403082 once KYC is complete. */
export const getKycAccessToken: Handler<MercuryoState> = asUser((call, { user }) => {
  const allowed = checkKycAccess(user);
  if (isProblem(allowed)) return fail(allowed);
  const data: Schemas["KycAccessToken"] = {
    applicant_id: toApplicantId(user.id),
    kyc_access_token: toKycAccessToken(call.ctx.ids("kyc")),
  };
  return ok(data);
});

/** E-mail, phone and whether birthday and billing address are set. */
export const getContacts: Handler<MercuryoState> = asUser((_call, { user }) => {
  const data: Schemas["UserContacts"] = {
    email: user.email,
    email_status: "confirmed",
    is_billing_address_set: false,
    is_birthday_set: user.birthday !== null,
    phone: user.phone,
    phone_status: user.phone === null ? null : "confirmed",
  };
  return ok(data);
});

const updateUser = (event: UserEvent, answer: () => ReturnType<typeof okEmpty>) =>
  asUser((call, { user }) => {
    const next = stepUser(user, event);
    if (isProblem(next)) return fail(next);
    saveUser(call.state, next);
    return answer();
  });

/** Sets the phone once (400090 after that). */
export const setPhoneNoVerify: Handler<MercuryoState> = (call) => {
  const { phone } = call.req.body as Schemas["SetPhoneRequest"];
  return updateUser({ type: "set-phone", phone }, okEmpty)(call);
};

/** Saves the birthday once (400240 after that); the body says "201" as in the seed. */
export const setBirthday: Handler<MercuryoState> = (call) => {
  const { birthday } = call.req.body as Schemas["BirthdayRequest"];
  return updateUser({ type: "set-birthday", birthday }, () => ok({}, "201"))(call);
};
