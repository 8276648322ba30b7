/**
 * The scripted operations by operationId. Operations not listed here (getSpendLimits) pass the
 * guard and are served from the spec's examples.
 * @see specs/mercuryo-spend.yaml
 */
import type { Handler } from "../api.js";
import {
  changeCardPin,
  getCardBalance,
  getCardStatus,
  getMaskedCard,
  initCardIframe,
  listCardTransactions,
  lockCard,
  openCard,
  replaceCard,
  unlockCard,
} from "./handlers/card.js";
import { refreshToken, resendSignInCode, signIn, signInNoVerify, signOut, verifySignIn } from "./handlers/sign-in.js";
import {
  cryptoTopUp,
  getCryptoTopUpRates,
  getOpenCardRates,
  getSellRequestStatus,
  openCardOffRamp,
} from "./handlers/top-up.js";
import { getContacts, getKycAccessToken, getKycStatus, setBirthday, setPhoneNoVerify } from "./handlers/user.js";
import type { MercuryoState } from "./state.js";

/** Handlers keyed by the spec's operationIds. */
export const handlers: Readonly<Record<string, Handler<MercuryoState>>> = {
  signIn,
  signInNoVerify,
  verifySignIn,
  resendSignInCode,
  refreshToken,
  signOut,
  getKycStatus,
  getKycAccessToken,
  setPhoneNoVerify,
  getContacts,
  setBirthday,
  openCard,
  getOpenCardRates,
  openCardOffRamp,
  getCryptoTopUpRates,
  cryptoTopUp,
  getSellRequestStatus,
  getCardStatus,
  getMaskedCard,
  getCardBalance,
  listCardTransactions,
  initCardIframe,
  lockCard,
  unlockCard,
  replaceCard,
  changeCardPin,
};
