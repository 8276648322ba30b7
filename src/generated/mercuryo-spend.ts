export interface paths {
    "/sdk-partner/user/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign up or sign in with e-mail OTP
         * @description Starts a sign-in (an unknown e-mail creates the account). Mercuryo e-mails a one-time code of
         *     `code_length` (5) digits; the answer carries the opaque challenge `key` and `next:
         *     email-verify`. Continue with `POST /sdk-partner/user/sign-in/verify`. `timeout` (20) is
         *     undocumented; read it as seconds. OTP validity, verify attempt limits and resend cooldown
         *     are not documented. `accept` must be true (Terms of Service consent). No rate limits are
         *     documented.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/user/sign-in-no-verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign up or sign in without OTP
         * @description For partners that verify the user's e-mail themselves (the integration manager enables
         *     it, otherwise `403030`). Returns the user token directly: use `bearer_token` as
         *     `Sdk-User-Token` together with `B2B-User-Ip` on all later calls. The token lives 24 h in
         *     production and never expires in the sandbox. `accept` must be true. No rate limits are
         *     documented.
         */
        post: operations["signInNoVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/user/sign-in/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify the e-mail OTP code
         * @description Completes an OTP sign-in with the `key` from sign-in (or resend) and the code the user
         *     typed. A wrong code answers `403042`; an unknown or expired `key` answers `401004`.
         *     The number of attempts and the code's validity are undocumented (mock: configurable).
         *     The returned `bearer_token` is the `Sdk-User-Token` (24 h in production, no expiry in the
         *     sandbox).
         */
        post: operations["verifySignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/user/sign-in/verify/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend the sign-in OTP code
         * @description Sends a new OTP to the user's e-mail for an open challenge. The answer has the same shape
         *     as sign-in; in the documented example the `key` stays the same. Resend cooldown and limits
         *     are undocumented (`timeout` is read as seconds until the next resend).
         */
        post: operations["resendSignInCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/user/refresh-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Refresh the user token
         * @description Issues a new `bearer_token` with the same scopes, valid for `timeout` seconds (86400 = 24 h
         *     in production). Call it with the current `Sdk-User-Token`, also after it expired: the seed
         *     says the token "expires in 24 hours ... You can authorize the user again or refresh the
         *     token after that". How long after expiry a refresh still works is not documented; paymock
         *     accepts an expired token for 7 days after its expiry (mock option
         *     `mercuryo.refreshWindowSeconds`). A revoked token (after sign-out), an unknown one, or one
         *     expired for longer than that answers `401000` and the user must sign in again.
         */
        get: operations["refreshToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/user/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Revokes the `Sdk-User-Token`; every later call with it answers `401000`.
         */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/user/kyc-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user's KYC status per feature
         * @description One entry per feature (`crypto`, `card`). `complete` = done; `incomplete` = not started;
         *     `failed_attempt` = first attempt failed, try again; `failed` = refused, no card allowed
         *     (contact support); `under_review` = documents being checked. A user who re-registered
         *     under a new e-mail and retries KYC gets `403082`.
         */
        get: operations["getKycStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/kyc/access-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an access token for the hosted KYC page
         * @description Returns the SumSub applicant id and an access token for
         *     `https://payments.mercuryo.io/kyc?access_token=...&success_url=...&failure_url=...`
         *     (sandbox host `sandbox-payments.mrcr.io`). Answers `403082` when KYC is already complete.
         */
        get: operations["getKycAccessToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/user/set-phone-no-verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the user's phone without OTP
         * @description For partners that verify the phone themselves. Works once: if a phone is already set the
         *     answer is `400090`. The phone is needed to open a card (3DS SMS).
         */
        post: operations["setPhoneNoVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/user/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user's contacts
         * @description E-mail, phone and their statuses, and whether billing address and birthday are set.
         */
        get: operations["getContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/user/birthday": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Save the user's birthday
         * @description Saves the date of birth once; a second call answers `400240`. The body `status` is `"201"`
         *     while the HTTP status is 200.
         *
         *     **The path and method are a guess**: the seed's "Save user birthday date" section gives
         *     the body, the answer and the error codes, but no source gives the path. Check it with
         *     Mercuryo before relying on it.
         */
        post: operations["setBirthday"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/user/limits/spend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user's limits for spend products
         * @description Minimum and maximum (total and remaining) crypto top-up amounts per currency. Mercuryo
         *     does not complete a transaction beyond the limit (`400007`). Users cannot change limits.
         */
        get: operations["getSpendLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/spend/cards/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a Spend card with an empty balance
         * @description Needs a signed-in user with completed KYC (`400251` otherwise) and a phone (`400252`
         *     otherwise). One card per user (a second open answers `400001`); EUR only. The new card is
         *     `active`.
         */
        post: operations["openCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/spend/cards/rates/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get rates for opening a card with instant top-up
         * @description Quote for `POST /sdk-partner/spend/cards/open-off-ramp`. Only the endpoint's existence is
         *     documented; parameters and answer are assumed to match the crypto top-up rates. The
         *     `trx_token` expires 1 hour after issue and can be used once.
         */
        get: operations["getOpenCardRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/spend/cards/open-off-ramp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a card with instant top-up (sell crypto)
         * @description Opens the card and creates a sell request: the user sends crypto to `deposit_address` and
         *     the proceeds fund the new card. Poll `GET /sdk-partner/spend/cards/sell-request/{id}/status`
         *     (`new` -> `pending` -> `succeeded` or `failed`) and `GET /sdk-partner/spend/cards/status`.
         *     Same preconditions as `open` (KYC, phone, one card per user). The `trx_token` from
         *     `rates/open` is valid 1 hour and single-use (`400004` on reuse). Only the endpoint's
         *     existence is documented; the body and answer follow `crypto-topup`.
         */
        post: operations["openCardOffRamp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/spend/cards/rates/crypto-topup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get rates for a crypto top-up
         * @description Quote for `POST /sdk-partner/spend/cards/crypto-topup`. All amounts are decimal strings.
         *     The `trx_token` expires 1 hour after issue and can be used once. Query parameters are
         *     undocumented (inferred, all optional).
         */
        get: operations["getCryptoTopUpRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/spend/cards/crypto-topup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Top up the card with a crypto deposit
         * @description Creates a sell request from a `trx_token` quote (valid 1 hour, single-use: `400004` on
         *     reuse). The user sends crypto to `deposit_address`; `address` receives the refund if the
         *     transaction fails. Poll the sell request (`new` -> `pending` -> `succeeded` or `failed`),
         *     then the balance and transactions. Concurrent operations answer `403007`. Sending the same
         *     amount in the same crypto twice at the same time may break the transfer.
         */
        post: operations["cryptoTopUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/spend/cards/sell-request/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status of a sell request
         * @description Status of a sell request created by `crypto-topup` or `open-off-ramp`:
         *     `new` -> `pending` -> `succeeded` (card credited) or `failed`.
         */
        get: operations["getSellRequestStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/spend/cards/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the card status
         * @description `active` after opening; `locked` after lock. Only the endpoint's existence and the
         *     `active` value are documented; the answer shape is inferred.
         */
        get: operations["getCardStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/spend/cards/masked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get masked card data
         * @description Masked PAN, expiry and status. Full card details are shown only in the iframe.
         */
        get: operations["getMaskedCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/spend/cards/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the card balance
         * @description Available balance of the card; a card that is not active answers `400210`.
         */
        get: operations["getCardBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/spend/cards/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List card transactions
         * @description Cursor-paginated list, newest first. Pass `pagination.next_cursor` of the previous page as
         *     `cursor`; `next_cursor` is `null` on the last page. A transaction appears only after the
         *     funds are credited to the card. Also allowed on a locked card. The query parameter names
         *     are inferred from the answer.
         */
        get: operations["listCardTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/spend/cards/iframe/init": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Init the iframe that shows full card details
         * @description Returns an `init_token` for the Mercuryo iframe that displays the full card details
         *     (PAN, expiry, CVV). How the iframe URL is built from it is not documented.
         */
        post: operations["initCardIframe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/spend/cards/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lock (freeze) the card
         * @description Freezes the card. While locked, only unlock, replace and the transaction list work.
         *     Locking a card that is not active answers `400085`.
         */
        post: operations["lockCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/spend/cards/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlock the card
         * @description Makes a locked card active again; the held funds are transferred back to it. Unlocking a
         *     card that is not locked answers `400086`; KYC no longer valid answers `400251`.
         */
        post: operations["unlockCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/spend/cards/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the card with a new one
         * @description Reissues the card. The current card must be locked first (`400088` otherwise). The old
         *     card is closed, its balance moves to the new card, which is `active` and has new card
         *     details (new id and PAN).
         */
        post: operations["replaceCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sdk-partner/spend/cards/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the card PIN
         * @description Sets and returns a new 4-digit PIN. Needs an active card (`400210` otherwise) and must be
         *     enabled for the partner (`403030` otherwise).
         *
         *     **The path and method are a guess**: the seed's "Change card pin" section gives the answer
         *     (`pin`) and the error codes, but no source gives the path, and no request body is shown.
         *     Check it with Mercuryo before relying on it.
         */
        post: operations["changeCardPin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    sellRequestStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transaction status callback
         * @description Sent to the widget's Callback URL (set in the Dashboard) whenever a transaction status
         *     changes. `X-Signature` is the lowercase hex HMAC-SHA256 of the raw request body, keyed
         *     with the Dashboard "Sign Key"; compare it with your own hash of the bytes received.
         *     Callbacks can also be resent from the Dashboard.
         *
         *     Delivery and retries are not in the seed: the Widget partner guide
         *     (https://mercuryo-widget-partner.apidocumentation.com/guide/monitoring/callbacks) says only
         *     an HTTP 200 answer counts as delivered and retries come after 60 s, 120 s, 240 s, ...
         *     (doubling, capped at 4 h, then every 4 h) for 3 days in total. Whether Spend callbacks
         *     follow that schedule is not stated (paymock's reading); the mock sends each callback once.
         */
        post: operations["sellRequestStatusCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    spendCardEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Spend card event callback
         * @description Spend card events (`card_status`, `crypto_top_up`, `card_transaction`), sent to a
         *     separate URL configured through the integration manager. Signed like the transaction
         *     callback (`X-Signature`, hex HMAC-SHA256 of the raw body with the Sign Key). The
         *     documented field list is incomplete, so extra fields may appear.
         */
        post: operations["spendCardEventCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description HTTP status repeated in the body. Documented as a string (`"200"`, `"201"`); newer docs
         *     show a number, so both are accepted.
         */
        ResponseStatus: string | number;
        /** @description Decimal number encoded as a string, e.g. `"90.00"` or `"0.02000000"`. */
        DecimalString: string;
        /**
         * @description Error envelope of every failed call. The HTTP status equals the first three digits of
         *     `code`. `message` explains the error; `data` carries details (e.g. per-field validation
         *     messages for `400001`, KYC details for `400251`).
         *
         *     | code | meaning |
         *     |---|---|
         *     | 400000 | Antifraud check could not run / service temporarily unavailable; bad request (iframe) |
         *     | 400001 | Validation error, details in `data` |
         *     | 400004 | `trx_token` already used |
         *     | 400007 | Antifraud: amount off limits |
         *     | 400014 | Empty widget; contact your account manager |
         *     | 400062 | KYC access token could not be obtained, see `message` |
         *     | 400064 | User not found by token |
         *     | 400085 | Failed to lock card |
         *     | 400086 | Failed to get transactions / failed to unlock card / wrong card |
         *     | 400087 | Operation currently unavailable |
         *     | 400088 | Failed to replace card / cannot process now / wrong card |
         *     | 400090 | User phone already set |
         *     | 400201 | Card not available |
         *     | 400210 | Invalid card status |
         *     | 400240 | Birthday already set |
         *     | 400251 | KYC required / not completed, details in `data` |
         *     | 400252 | Phone required |
         *     | 401000 | Authorization failed (missing, invalid, expired or revoked token) |
         *     | 401004 | Verification key invalid |
         *     | 403007 | Another active transaction exists |
         *     | 403009 | User account locked |
         *     | 403020 | IP blacklisted |
         *     | 403026 | Resource unavailable, contact support |
         *     | 403030 | Forbidden / API not available by partner settings |
         *     | 403042 | Error during verification, see `message` |
         *     | 403082 | KYC already completed |
         *     | 404000 | No open card found |
         *     | 405000 | Method not allowed |
         *     | 500000 | Internal error, see `message` |
         *     | 500001 | Internal error, see `message` |
         */
        Error: {
            status: components["schemas"]["ResponseStatus"];
            /**
             * @description Six-digit Mercuryo error code (see the table above). Open: the docs say more codes
             *     exist than they list, so any integer is valid; the known ones are `KnownErrorCode`.
             */
            code: components["schemas"]["KnownErrorCode"] | number;
            /** @description Human-readable reason. */
            message: string;
            /** @description Error details, e.g. `{"field": ["reason"]}` for validation errors. */
            data?: Record<string, never> | unknown[] | null;
        };
        /**
         * @description The Mercuryo error codes the sources list (see `Error`). Mercuryo may answer others:
         *     `Error.code` accepts any integer, this schema only names the known ones for clients and docs.
         * @enum {integer}
         */
        KnownErrorCode: 400000 | 400001 | 400004 | 400007 | 400014 | 400062 | 400064 | 400085 | 400086 | 400087 | 400088 | 400090 | 400201 | 400210 | 400240 | 400251 | 400252 | 401000 | 401004 | 403007 | 403009 | 403020 | 403026 | 403030 | 403042 | 403082 | 404000 | 405000 | 500000 | 500001;
        /** @description Success answer without a payload. */
        StatusOnlyResponse: {
            status: components["schemas"]["ResponseStatus"];
        };
        SignInRequest: {
            /**
             * Format: email
             * @description User e-mail; the identifier of the account (created if unknown).
             */
            email: string;
            /**
             * @description Terms of Service consent; must be true (the string `"true"` is also accepted).
             * @enum {boolean|string}
             */
            accept: true | "true";
        };
        OtpChallenge: {
            /** @description Number of digits in the e-mailed code (5). */
            code_length: number;
            /** @description Opaque challenge key for verify and resend. */
            key: string;
            /**
             * @description Next step.
             * @enum {string}
             */
            next: "email-verify";
            /** @description Undocumented; read as seconds before a resend is allowed (20). */
            timeout: number;
        };
        OtpChallengeResponse: {
            status: components["schemas"]["ResponseStatus"];
            data: components["schemas"]["OtpChallenge"];
        };
        VerifyRequest: {
            /** @description The code from the e-mail (`code_length` digits). */
            code: string;
            /** @description The `key` from sign-in or resend. */
            key: string;
        };
        ResendRequest: {
            /** @description The `key` from sign-in. */
            key: string;
        };
        UserToken: {
            /** @description The Sdk-User-Token (opaque; 24 h in production, no expiry in the sandbox). */
            bearer_token: string;
            /** Format: uuid */
            user_uuid: string;
        };
        UserTokenResponse: {
            status: components["schemas"]["ResponseStatus"];
            data: components["schemas"]["UserToken"];
        };
        RefreshedToken: {
            /** @description New Sdk-User-Token (opaque). */
            bearer_token: string;
            /** @description Lifetime of the new token in seconds (86400). */
            timeout: number;
            /** Format: uuid */
            user_uuid: string;
        };
        RefreshTokenResponse: {
            status: components["schemas"]["ResponseStatus"];
            data: components["schemas"]["RefreshedToken"];
        };
        /** @enum {string} */
        KycFeature: "crypto" | "card";
        /**
         * @description `complete` done; `incomplete` not started; `failed_attempt` first attempt failed, retry;
         *     `failed` refused (no card); `under_review` being checked.
         * @enum {string}
         */
        KycStatus: "complete" | "incomplete" | "failed_attempt" | "failed" | "under_review";
        KycFeatureStatus: {
            feature: components["schemas"]["KycFeature"];
            status: components["schemas"]["KycStatus"];
        };
        KycStatuses: {
            features: components["schemas"]["KycFeatureStatus"][];
        };
        KycStatusResponse: {
            status: components["schemas"]["ResponseStatus"];
            data: components["schemas"]["KycStatuses"];
        };
        KycAccessToken: {
            /** @description SumSub applicant id. */
            applicant_id: string;
            /** @description Access token for the hosted KYC page (`_act-<uuid>`). */
            kyc_access_token: string;
        };
        KycAccessTokenResponse: {
            status: components["schemas"]["ResponseStatus"];
            data: components["schemas"]["KycAccessToken"];
        };
        SetPhoneRequest: {
            /** @description Phone in international format with a leading `+`. */
            phone: string;
        };
        UserContacts: {
            /** Format: email */
            email: string;
            /** @description e.g. `confirmed`. */
            email_status: string;
            is_billing_address_set: boolean;
            is_birthday_set: boolean;
            /** @description `null` until a phone is set. */
            phone: string | null;
            /** @description e.g. `confirmed`; `null` until a phone is set. */
            phone_status: string | null;
        };
        ContactsResponse: {
            status: components["schemas"]["ResponseStatus"];
            data: components["schemas"]["UserContacts"];
        };
        BirthdayRequest: {
            /**
             * Format: date
             * @description Date of birth, `YYYY-MM-DD`.
             */
            birthday: string;
        };
        BirthdayResponse: {
            status: components["schemas"]["ResponseStatus"];
            /** @description Empty object. */
            data: Record<string, never>;
        };
        AmountLimit: {
            remain: components["schemas"]["DecimalString"];
            total: components["schemas"]["DecimalString"];
        };
        CurrencyLimits: {
            max: components["schemas"]["AmountLimit"];
            min: components["schemas"]["AmountLimit"];
        };
        SpendLimits: {
            cards: {
                /** @description Limits keyed by currency code (crypto and fiat). */
                crypto_topup: {
                    [key: string]: components["schemas"]["CurrencyLimits"];
                };
            };
        };
        SpendLimitsResponse: {
            status: components["schemas"]["ResponseStatus"];
            data: components["schemas"]["SpendLimits"];
        };
        CardOpenRequest: {
            /**
             * @description Card currency; only EUR.
             * @enum {string}
             */
            fiat_currency: "EUR";
        };
        CardOpened: {
            /** @description Card id. */
            id: string;
        };
        CardOpenResponse: {
            status: components["schemas"]["ResponseStatus"];
            data: components["schemas"]["CardOpened"];
        };
        /** @description Amounts keyed by currency code. */
        CurrencyAmounts: {
            [key: string]: components["schemas"]["DecimalString"];
        };
        CardRates: {
            amount: components["schemas"]["DecimalString"];
            /** @description Crypto currency. */
            currency: string;
            fee: components["schemas"]["CurrencyAmounts"];
            fiat_amount: components["schemas"]["DecimalString"];
            fiat_currency: string;
            rate: components["schemas"]["DecimalString"];
            subtotal: components["schemas"]["CurrencyAmounts"];
            total: components["schemas"]["CurrencyAmounts"];
            /** @description Opaque quote token; expires 1 hour after issue and can be used once. */
            trx_token: string;
        };
        CardRatesResponse: {
            status: components["schemas"]["ResponseStatus"];
            data: components["schemas"]["CardRates"];
        };
        CryptoDepositRequest: {
            /** @description Crypto address for the refund if the transaction fails. */
            address: string;
            /** @description Partner's own id; generated when empty. */
            merchant_transaction_id?: string;
            /** @description The `trx_token` from the rates call. */
            trx_token: string;
        };
        CryptoDeposit: {
            /** @description Address the user sends the crypto to. */
            deposit_address: string;
            merchant_transaction_id: string;
            sell_request_id: string;
        };
        CryptoDepositResponse: {
            status: components["schemas"]["ResponseStatus"];
            data: components["schemas"]["CryptoDeposit"];
        };
        /**
         * @description `new` -> `pending` -> `succeeded` (card credited) or `failed`. Only `pending` is in the
         *     seed; the others are the Widget sell vocabulary. Open: any string is valid, the known
         *     values are `KnownSellRequestStatus`.
         */
        SellRequestStatus: components["schemas"]["KnownSellRequestStatus"] | string;
        /**
         * @description The sell-request states paymock knows (`pending` documented, the rest from the Widget docs).
         * @enum {string}
         */
        KnownSellRequestStatus: "new" | "pending" | "succeeded" | "failed";
        SellRequest: {
            /** @description Deposit address. */
            address: string;
            amounts: {
                request: {
                    amount: components["schemas"]["DecimalString"];
                    currency: string;
                    fiat_amount: components["schemas"]["DecimalString"];
                    fiat_currency: string;
                };
            };
            card_id: string;
            /**
             * @description Incoming deposit transactions. The seed shows an empty list; the item's fields are not
             *     documented. The Widget migration guide gives the deposit status vocabulary
             *     (`new`, `pending`, `succeeded`, `failed`), so an item carries `status`; the mock sends
             *     nothing else (no amount or currency: their names are not documented).
             */
            deposit_transaction: {
                status?: components["schemas"]["SellRequestStatus"];
            }[];
            status: components["schemas"]["SellRequestStatus"];
        };
        SellRequestStatusResponse: {
            status: components["schemas"]["ResponseStatus"];
            data: components["schemas"]["SellRequest"];
        };
        /**
         * @description `active` after opening; `locked` after lock; `closed` = replaced card. Only `active` is
         *     documented. Open: any string is valid, the known values are `KnownCardStatus`.
         */
        CardStatus: components["schemas"]["KnownCardStatus"] | string;
        /**
         * @description The card states paymock knows (`active` documented; `locked` and `closed` paymock's names).
         * @enum {string}
         */
        KnownCardStatus: "active" | "locked" | "closed";
        CardState: {
            /** @description Card id. */
            id?: string;
            status: components["schemas"]["CardStatus"];
        };
        CardStatusResponse: {
            status: components["schemas"]["ResponseStatus"];
            data: components["schemas"]["CardState"];
        };
        MaskedCard: {
            /** @description `YYYY-MM-DD hh:mm:ss`. */
            created_at: string;
            expiration_month: string;
            expiration_year: string;
            /** @description Masked PAN, e.g. `************1234`. */
            number: string;
            status: components["schemas"]["CardStatus"];
        };
        MaskedCardResponse: {
            status: components["schemas"]["ResponseStatus"];
            data: components["schemas"]["MaskedCard"];
        };
        CardBalance: {
            fiat_amount: components["schemas"]["DecimalString"];
            fiat_currency: string;
        };
        CardBalanceResponse: {
            status: components["schemas"]["ResponseStatus"];
            data: components["schemas"]["CardBalance"];
        };
        CardTransaction: {
            amount: components["schemas"]["DecimalString"];
            counterparty_name?: string | null;
            currency: string;
            /** @description e.g. `CLEARED`, `AUTHORIZED`. */
            status: string;
            /**
             * Format: date-time
             * @description ISO 8601, UTC.
             */
            timestamp: string;
            /** @description e.g. `TOP_UP`, `PURCHASE`. */
            type: string;
        };
        Pagination: {
            limit: number;
            /** @description Cursor of the next page; `null` on the last page. */
            next_cursor: string | null;
        };
        CardTransactionPage: {
            items: components["schemas"]["CardTransaction"][];
            pagination: components["schemas"]["Pagination"];
        };
        CardTransactionsResponse: {
            status: components["schemas"]["ResponseStatus"];
            data: components["schemas"]["CardTransactionPage"];
        };
        IframeInit: {
            /** @description Token for the card-details iframe. */
            init_token: string;
        };
        IframeInitResponse: {
            status: components["schemas"]["ResponseStatus"];
            data: components["schemas"]["IframeInit"];
        };
        CardPin: {
            pin: string;
        };
        CardPinResponse: {
            status: components["schemas"]["ResponseStatus"];
            data: components["schemas"]["CardPin"];
        };
        TransactionCallback: {
            data: {
                id: string;
                fee?: components["schemas"]["DecimalString"];
                card?: {
                    number?: string;
                } | null;
                rate?: components["schemas"]["DecimalString"];
                /** @description Transaction type, e.g. `buy`, `sell`. */
                type: string;
                user?: {
                    /** Format: email */
                    email?: string;
                    phone?: string | null;
                    /** Format: uuid */
                    uuid4?: string;
                    country_code?: string;
                };
                amount: components["schemas"]["DecimalString"];
                /** @description Transaction status, e.g. `paid`, `pending`, `succeeded`. */
                status: string;
                currency: string;
                /** @description `YYYY-MM-DD hh:mm:ss`. */
                created_at: string;
                /** @description `YYYY-MM-DD hh:mm:ss`. */
                updated_at: string;
                fiat_amount: components["schemas"]["DecimalString"];
                partner_fee?: components["schemas"]["DecimalString"];
                /** @description Unix time. */
                created_at_ts?: number;
                fiat_currency: string;
                /** @description Unix time. */
                updated_at_ts?: number;
                payment_method?: string;
                card_masked_pan?: string | null;
                merchant_transaction_id?: string | null;
            };
        };
        SpendCardEventBase: {
            /** Format: uuid */
            event_id: string;
            event_name: string;
            card_id: string;
            user: {
                /** Format: uuid */
                uuid: string;
            };
            created_at: string;
            updated_at: string;
        };
        CardStatusEvent: components["schemas"]["SpendCardEventBase"] & {
            /** @constant */
            event_name: "card_status";
            status: components["schemas"]["CardStatus"];
        };
        CryptoTopUpEvent: components["schemas"]["SpendCardEventBase"] & {
            /** @constant */
            event_name: "crypto_top_up";
            sell_request: {
                id: string;
                merchant_transaction_id?: string;
                status: components["schemas"]["SellRequestStatus"];
                fiat_amount?: components["schemas"]["DecimalString"];
                fiat_currency?: string;
                fee?: components["schemas"]["DecimalString"];
                crypto_amount?: components["schemas"]["DecimalString"];
                crypto_currency?: string;
            };
            refund_address?: string;
            address?: string;
            sender_address?: string[];
            card_balance?: components["schemas"]["DecimalString"];
        };
        CardTransactionEvent: components["schemas"]["SpendCardEventBase"] & {
            /** @constant */
            event_name: "card_transaction";
            transaction: {
                id: string;
                /** @description e.g. `PURCHASE`. */
                type: string;
                /** @description e.g. `AUTHORIZED`. */
                status: string;
                decline_reason?: string | null;
                local_amount?: components["schemas"]["DecimalString"];
                local_currency?: string;
                amount?: components["schemas"]["DecimalString"];
                currency?: string;
                fx_rate?: components["schemas"]["DecimalString"];
                mcc?: string;
            };
        };
        /** @description One Spend card event, told apart by `event_name`. */
        SpendCardEvent: components["schemas"]["CardStatusEvent"] | components["schemas"]["CryptoTopUpEvent"] | components["schemas"]["CardTransactionEvent"];
    };
    responses: {
        /**
         * @description Validation error (e.g. missing `B2B-User-Ip` or a bad parameter). Paymock's addition on
         *     every operation that uses this response: the seed lists no `400001` for them.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Validation error (bad e-mail, Terms of Service not accepted). Paymock's addition: the seed
         *     lists no 400 code for the sign-in calls; `400001` is the documented validation code.
         */
        SignInBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description No user for the token (`400064`, documented), or a validation error (`400001`, paymock's
         *     addition: the seed does not list it for these endpoints).
         */
        UserNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing or invalid `Sdk-Partner-Token`. */
        PartnerUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unknown or expired verification `key`, or missing or invalid `Sdk-Partner-Token`. */
        VerificationUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description `Sdk-User-Token` missing, invalid, expired (24 h in production; never in the sandbox) or
         *     revoked by sign-out. Always code `401000`.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description IP blacklisted or resource unavailable. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description IP blacklisted. */
        ForbiddenIp: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Another active transaction, or IP blacklisted. */
        ForbiddenActive: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Another active transaction, IP blacklisted, or resource unavailable. */
        ForbiddenActiveOrUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description KYC already completed, IP blacklisted, or resource unavailable. */
        KycForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The user has no open card. */
        NoOpenCard: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The user has no open card (iframe init words it "User has no open cards"). */
        NoOpenCards: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Internal error; the reason is in `message`. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Any other error in the Mercuryo envelope: wrong method (`405000`), body too large (HTTP
         *     413, `400001`), malformed JSON (`400001`), or other 4xx/5xx answers of the mock.
         */
        Default: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
         * @example 203.0.113.7
         */
        B2BUserIp: string;
        /**
         * @description Crypto currency to sell, e.g. `BTC`, `ETH`, `USDT` (inferred).
         * @example BTC
         */
        RateCurrency: string;
        /**
         * @description Crypto amount to quote, decimal string (inferred; alternative to `fiat_amount`).
         * @example 0.02
         */
        RateAmount: components["schemas"]["DecimalString"];
        /**
         * @description Fiat amount to quote, decimal string (inferred; alternative to `amount`).
         * @example 432.50
         */
        RateFiatAmount: components["schemas"]["DecimalString"];
        /**
         * @description Card currency (inferred); only `EUR` exists.
         * @example EUR
         */
        RateFiatCurrency: "EUR";
        /**
         * @description Blockchain network of the crypto currency, e.g. `BITCOIN`, `ETHEREUM` (inferred).
         * @example BITCOIN
         */
        RateNetwork: string;
        /**
         * @description Page size (inferred from `pagination.limit`).
         * @example 20
         */
        TransactionsLimit: number;
        /**
         * @description The `pagination.next_cursor` of the previous page; omit for the first page (inferred).
         * @example eyfsgf2ZWVrSWQiOjEwLCJzZWVrVGltZXN0YW1wIjoiMjAyNC0wMi0yMlQxMTo1MTowOVoifQ
         */
        TransactionsCursor: string;
        /**
         * @description The `sell_request_id` returned by `crypto-topup` or `open-off-ramp`.
         * @example 0b9ace44536d91078
         */
        SellRequestId: string;
        /**
         * @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the Sign Key from the
         *     Dashboard. The example is the signature of the seed callback serialised as compact JSON
         *     with the key `sandbox-sign-key`.
         * @example cde9a690c9339a3fd5cf089bb459191577e6c8a87564b4cf000fa1158aa69d8b
         */
        XSignature: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInRequest"];
            };
        };
        responses: {
            /** @description OTP sent; the challenge key is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OtpChallengeResponse"];
                };
            };
            400: components["responses"]["SignInBadRequest"];
            401: components["responses"]["PartnerUnauthorized"];
            403: components["responses"]["ForbiddenActive"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    signInNoVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInRequest"];
            };
        };
        responses: {
            /** @description Signed in; the user token is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserTokenResponse"];
                };
            };
            400: components["responses"]["SignInBadRequest"];
            401: components["responses"]["PartnerUnauthorized"];
            /** @description Forbidden (another active operation, account locked, IP blacklisted, no-OTP sign-in not allowed). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    verifySignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyRequest"];
            };
        };
        responses: {
            /** @description Code accepted; the user token is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserTokenResponse"];
                };
            };
            /** @description Validation error (missing or malformed `code` or `key`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["VerificationUnauthorized"];
            /** @description Verification failed, another active operation, or IP blacklisted. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    resendSignInCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResendRequest"];
            };
        };
        responses: {
            /** @description A new code was sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OtpChallengeResponse"];
                };
            };
            /** @description Validation error (missing `key`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["VerificationUnauthorized"];
            403: components["responses"]["ForbiddenActive"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    refreshToken: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description New token issued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefreshTokenResponse"];
                };
            };
            /** @description Validation error, empty widget or user not found. `400001` here is paymock's addition (the seed does not list it for this endpoint); the mock answers a missing `B2B-User-Ip` or an invalid parameter with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusOnlyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenActive"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getKycStatus: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description KYC statuses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KycStatusResponse"];
                };
            };
            400: components["responses"]["UserNotFound"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["KycForbidden"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getKycAccessToken: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description KYC access token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KycAccessTokenResponse"];
                };
            };
            /** @description Validation error or the KYC token could not be obtained. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["KycForbidden"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    setPhoneNoVerify: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPhoneRequest"];
            };
        };
        responses: {
            /** @description Phone saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusOnlyResponse"];
                };
            };
            /** @description Validation error or phone already set. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenActive"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getContacts: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactsResponse"];
                };
            };
            400: components["responses"]["UserNotFound"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    setBirthday: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BirthdayRequest"];
            };
        };
        responses: {
            /** @description Birthday saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BirthdayResponse"];
                };
            };
            /** @description Validation error, user not found or birthday already set. `400001` here is paymock's addition (the seed does not list it for this endpoint); the mock answers a missing `B2B-User-Ip` or an invalid parameter with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getSpendLimits: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Spend limits. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpendLimitsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenIp"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    openCard: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardOpenRequest"];
            };
        };
        responses: {
            /** @description Card opened. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardOpenResponse"];
                };
            };
            /** @description Validation error, KYC or phone missing, antifraud unavailable, or a card already exists. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenActiveOrUnavailable"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getOpenCardRates: {
        parameters: {
            query?: {
                /**
                 * @description Crypto currency to sell, e.g. `BTC`, `ETH`, `USDT` (inferred).
                 * @example BTC
                 */
                currency?: components["parameters"]["RateCurrency"];
                /**
                 * @description Crypto amount to quote, decimal string (inferred; alternative to `fiat_amount`).
                 * @example 0.02
                 */
                amount?: components["parameters"]["RateAmount"];
                /**
                 * @description Fiat amount to quote, decimal string (inferred; alternative to `amount`).
                 * @example 432.50
                 */
                fiat_amount?: components["parameters"]["RateFiatAmount"];
                /**
                 * @description Card currency (inferred); only `EUR` exists.
                 * @example EUR
                 */
                fiat_currency?: components["parameters"]["RateFiatCurrency"];
                /**
                 * @description Blockchain network of the crypto currency, e.g. `BITCOIN`, `ETHEREUM` (inferred).
                 * @example BITCOIN
                 */
                network?: components["parameters"]["RateNetwork"];
            };
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rate quote with `trx_token`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardRatesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenIp"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    openCardOffRamp: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CryptoDepositRequest"];
            };
        };
        responses: {
            /** @description Sell request created; deposit details returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CryptoDepositResponse"];
                };
            };
            /** @description Validation, token, limit, antifraud, KYC or phone errors, or a card already exists. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenActiveOrUnavailable"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getCryptoTopUpRates: {
        parameters: {
            query?: {
                /**
                 * @description Crypto currency to sell, e.g. `BTC`, `ETH`, `USDT` (inferred).
                 * @example BTC
                 */
                currency?: components["parameters"]["RateCurrency"];
                /**
                 * @description Crypto amount to quote, decimal string (inferred; alternative to `fiat_amount`).
                 * @example 0.02
                 */
                amount?: components["parameters"]["RateAmount"];
                /**
                 * @description Fiat amount to quote, decimal string (inferred; alternative to `amount`).
                 * @example 432.50
                 */
                fiat_amount?: components["parameters"]["RateFiatAmount"];
                /**
                 * @description Card currency (inferred); only `EUR` exists.
                 * @example EUR
                 */
                fiat_currency?: components["parameters"]["RateFiatCurrency"];
                /**
                 * @description Blockchain network of the crypto currency, e.g. `BITCOIN`, `ETHEREUM` (inferred).
                 * @example BITCOIN
                 */
                network?: components["parameters"]["RateNetwork"];
            };
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rate quote with `trx_token`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardRatesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenIp"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    cryptoTopUp: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CryptoDepositRequest"];
            };
        };
        responses: {
            /** @description Sell request created; deposit details returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CryptoDepositResponse"];
                };
            };
            /** @description Validation, token, limit, antifraud, KYC or card-state errors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenActiveOrUnavailable"];
            404: components["responses"]["NoOpenCard"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getSellRequestStatus: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path: {
                /**
                 * @description The `sell_request_id` returned by `crypto-topup` or `open-off-ramp`.
                 * @example 0b9ace44536d91078
                 */
                id: components["parameters"]["SellRequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sell request status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SellRequestStatusResponse"];
                };
            };
            /** @description Validation error, unknown sell request, or user not found. `400001` here is paymock's addition (the seed does not list it for this endpoint); the mock answers a missing `B2B-User-Ip` or an invalid parameter with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getCardStatus: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Card status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardStatusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NoOpenCard"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getMaskedCard: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Masked card data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaskedCardResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NoOpenCard"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getCardBalance: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Card balance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardBalanceResponse"];
                };
            };
            /** @description Validation error or invalid card status. `400001` here is paymock's addition (the seed does not list it for this endpoint); the mock answers a missing `B2B-User-Ip` or an invalid parameter with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NoOpenCard"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listCardTransactions: {
        parameters: {
            query?: {
                /**
                 * @description Page size (inferred from `pagination.limit`).
                 * @example 20
                 */
                limit?: components["parameters"]["TransactionsLimit"];
                /**
                 * @description The `pagination.next_cursor` of the previous page; omit for the first page (inferred).
                 * @example eyfsgf2ZWVrSWQiOjEwLCJzZWVrVGltZXN0YW1wIjoiMjAyNC0wMi0yMlQxMTo1MTowOVoifQ
                 */
                cursor?: components["parameters"]["TransactionsCursor"];
            };
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of transactions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardTransactionsResponse"];
                };
            };
            /** @description Validation error (e.g. bad cursor) or transactions could not be fetched. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NoOpenCard"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    initCardIframe: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Iframe init token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IframeInitResponse"];
                };
            };
            /** @description Bad request (`400000` "Bad requests", as the seed words it). `400001` here is paymock's addition (the seed does not list it for this endpoint); the mock answers a missing `B2B-User-Ip` or an invalid parameter with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenIp"];
            404: components["responses"]["NoOpenCards"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    lockCard: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Card locked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusOnlyResponse"];
                };
            };
            /** @description Validation error or the card could not be locked. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NoOpenCard"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    unlockCard: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Card unlocked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusOnlyResponse"];
                };
            };
            /** @description Validation error, unlock failed or KYC not complete. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NoOpenCard"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    replaceCard: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Card replaced. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusOnlyResponse"];
                };
            };
            /** @description Validation error, replace failed (e.g. card not locked) or KYC not complete. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    changeCardPin: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Real IP address (IPv4 or IPv6) of the end user. Mandatory on every `Sdk-User-Token` call.
                 * @example 203.0.113.7
                 */
                "B2B-User-Ip": components["parameters"]["B2BUserIp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description New PIN. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardPinResponse"];
                };
            };
            /** @description Validation error or invalid card status. `400001` here is paymock's addition (the seed does not list it for this endpoint); the mock answers a missing `B2B-User-Ip` or an invalid parameter with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description PIN change disabled for the partner, or IP blacklisted. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: components["responses"]["NoOpenCard"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    sellRequestStatusCallback: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the Sign Key from the
                 *     Dashboard. The example is the signature of the seed callback serialised as compact JSON
                 *     with the key `sandbox-sign-key`.
                 * @example cde9a690c9339a3fd5cf089bb459191577e6c8a87564b4cf000fa1158aa69d8b
                 */
                "X-Signature": components["parameters"]["XSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransactionCallback"];
            };
        };
        responses: {
            /** @description Delivered. Any response body is ignored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The partner rejected the callback (e.g. signature mismatch); Mercuryo retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Default"];
        };
    };
    spendCardEventCallback: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the Sign Key from the
                 *     Dashboard. The example is the signature of the seed callback serialised as compact JSON
                 *     with the key `sandbox-sign-key`.
                 * @example cde9a690c9339a3fd5cf089bb459191577e6c8a87564b4cf000fa1158aa69d8b
                 */
                "X-Signature": components["parameters"]["XSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpendCardEvent"];
            };
        };
        responses: {
            /** @description Delivered. Any response body is ignored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The partner rejected the callback (e.g. signature mismatch); Mercuryo retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Default"];
        };
    };
}
