export interface paths {
    "/currency/chain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Blockchains
         * @description Networks supported by NBC Gate.
         */
        get: operations["listChains"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/currency/coin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Coins and currencies
         * @description All coins and fiat currencies; their `id` is the `coin_id` of other calls.
         */
        get: operations["listCoins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/currency/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tokens
         * @description Tokens (coins issued on a chain) with their contract addresses.
         */
        get: operations["listTokens"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All balances
         * @description Every balance of the client, crypto and fiat.
         */
        get: operations["listBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/balance/coin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Crypto balances */
        get: operations["listCoinBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/balance/fiat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fiat balances */
        get: operations["listFiatBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/balance/general": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Total of all balances
         * @description Sum of all balances converted to one currency (USD unless `currency` is given).
         */
        get: operations["getGeneralBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/balance/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Balance state of the client
         * @description Available, held and pending amounts of each balance of the signed-in user.
         */
        get: operations["getBalanceState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/balance/state/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Balance state of a company user
         * @description Same as `GET /api/balance/state` for another user of the company account.
         */
        get: operations["getUserBalanceState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/balance/available": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Balances that can be enabled
         * @description Balances of all supported coins with their `enabled` flag.
         */
        get: operations["listAvailableBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/balance/available/off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a balance
         * @description Hides a balance; only possible when it is empty.
         */
        post: operations["disableBalance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/balance/available/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a balance
         * @description Opens (or re-enables) the balance of a coin.
         */
        post: operations["enableBalance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/balance/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Default balance
         * @description The balance used when a call does not name one.
         */
        get: operations["getDefaultBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/balance/default/off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear the default balance */
        post: operations["unsetDefaultBalance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/balance/default/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the default balance */
        post: operations["setDefaultBalance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/country": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Countries */
        get: operations["listCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/country/id/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Country by id */
        get: operations["getCountry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/country/sepa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SEPA countries
         * @description Countries that SEPA withdrawals can go to.
         */
        get: operations["listSepaCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notifications
         * @description Notifications of the signed-in user, newest first.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unread notification count */
        get: operations["countUnreadNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/product": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Products
         * @description Products of the client; `id` is the `product_id` of transfers and invoices.
         */
        get: operations["listProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/product/favorite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a product as favourite */
        post: operations["setProductFavorite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/product/onboarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish a product's onboarding */
        post: operations["completeProductOnboarding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referral": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Referral code and link */
        get: operations["getReferral"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referral/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Referral statistics */
        get: operations["getReferralStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Subscribe to a plan */
        post: operations["subscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subscribe/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current subscription */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write to support */
        post: operations["createSupportRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two-factor settings */
        get: operations["getTfaSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tfa/otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable two-factor login with a first code
         * @description Confirms the factor chosen with `POST /api/tfa/type` by sending a current code (app) or the e-mailed code. From then on `POST /auth/sign-in` needs `otp`. Code rules as for all OTPs: valid 5 minutes, 5 attempts.
         */
        post: operations["confirmTfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tfa/type": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose the second factor
         * @description `app` needs the secret from `GET /auth/qrcode`; `email` sends a code to the user's e-mail.
         */
        post: operations["setTfaType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/timezone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Time zones */
        get: operations["listTimezones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/timezone/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the user's time zone */
        post: operations["setTimezone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer funds to another client
         * @description Moves `amount` from one of the client's balances to the owner `to_owner_id` inside NBC Gate. `order_id` is chosen by the caller and must be unique per client (reuse gives `DUPLICATE_ORDER_ID`); it is the key of `GET /api/transfer/{order_id}/{user_id}`.
         */
        post: operations["createTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfer/{order_id}/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Transfer data by order_id
         * @description The transfer with this `order_id`. The reference page marks `user_id` optional, but a path parameter cannot be optional in OpenAPI: the spec has two path forms, this one with `user_id` (the user who created the transfer) and `GET /api/transfer/{order_id}` without it (`getTransferByOrderId`). Both answer the same record; which one the vendor serves for an omitted `user_id` is not documented (paymock's reading: both).
         */
        get: operations["getTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfer/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Transfer data by order_id (without user_id)
         * @description The same record as `GET /api/transfer/{order_id}/{user_id}` with the optional `user_id` left out (the page marks it optional; OpenAPI path parameters cannot be, hence a second path form).
         */
        get: operations["getTransferByOrderId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfer/exchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange between own balances
         * @description Converts `amount` from `from_balance_id` to `to_balance_id` at `rate`; `order_id` as for transfers. Where the page disagrees with itself: its field list has no `commission`, but the description of `rate` is the leaked Go struct tag of a required `commission` (`binding:"required"`); the spec requires `commission`, so the page's own sample (without it) is kept verbatim as an example marked invalid.
         */
        post: operations["createExchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfer/exchange/course": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exchange rate */
        get: operations["getExchangeCourse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfer/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a transfer before sending it
         * @description Returns the commission and whether the balance covers the transfer.
         */
        post: operations["checkTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfer/check/recipient": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the recipient of a transfer
         * @description Confirms that `to_owner_id` exists and returns its name; unknown owners get `404`.
         */
        post: operations["checkTransferRecipient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wallet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deposit wallets
         * @description Crypto addresses of the client's balances.
         */
        get: operations["listWallets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blockchain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Blockchain networks and their state */
        get: operations["listBlockchainNetworks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blockchain/multisigs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Multisig wallets */
        get: operations["listMultisigs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blockchain/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Blockchain operations */
        get: operations["listBlockchainOperations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blockchain/operations/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Operation types */
        get: operations["listBlockchainOperationTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a KYC/KYB document
         * @description PDF, JPG or PNG up to 10 MB (help centre); the document is then "under review".
         */
        post: operations["uploadDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Uploaded documents */
        get: operations["listDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs/list/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verification status of the documents */
        get: operations["getDocumentsStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verification profile
         * @description Verification status, contract and questionnaire of the company.
         */
        get: operations["getDocsProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs/profile/contract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contract */
        get: operations["getContract"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs/profile/questionnaire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Questionnaire answers */
        get: operations["getQuestionnaire"];
        put?: never;
        /**
         * Save questionnaire answers
         * @description Stores answers as a draft; `.../confirm` submits them.
         */
        post: operations["saveQuestionnaire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs/profile/questionnaire/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the questionnaire */
        post: operations["confirmQuestionnaire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs/show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an uploaded document */
        get: operations["showDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Company account (owner) */
        get: operations["getOwner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/owner/currency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Currencies enabled for the company */
        get: operations["listOwnerCurrencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/owner/currency/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tokens enabled for the company */
        get: operations["listOwnerTokens"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/owner/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Company details */
        get: operations["getOwnerInfo"];
        /** Change company details */
        put: operations["updateOwnerInfo"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/owner/info/avatar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload the company logo */
        post: operations["uploadOwnerAvatar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/owner/subtype": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Company subtypes */
        get: operations["listOwnerSubtypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/owner/type": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Company types */
        get: operations["listOwnerTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/m-pos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an M-POS terminal */
        post: operations["createMPos"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/m-pos/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All M-POS terminals */
        get: operations["listMPos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/m-pos/statistic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statistics of one terminal */
        get: operations["getMPosStatistic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/m-pos/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statistics of all terminals */
        get: operations["getMPosStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/m-pos/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate or deactivate a terminal */
        post: operations["setMPosStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/m-pos/status/available": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Terminal statuses */
        get: operations["listMPosStatuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/pay-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a pay form
         * @description A form for the `payform.js` widget embedded on the merchant's site.
         */
        post: operations["createPayForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/pay-form/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pay form details */
        get: operations["getPayForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/pay-form/statistic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statistics of one pay form */
        get: operations["getPayFormStatistic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/pay-form/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statistics of all pay forms */
        get: operations["getPayFormStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/pay-form/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate or deactivate a pay form */
        post: operations["setPayFormStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/pay-form/status/available": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pay form statuses */
        get: operations["listPayFormStatuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/pay-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pay links */
        get: operations["listPayLinks"];
        /** Change a pay link */
        put: operations["updatePayLink"];
        post?: never;
        /** Delete a pay link */
        delete: operations["deletePayLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/pay-link/coins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coins a pay link can use */
        get: operations["listPayLinkCoins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/pay-link/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pay link details */
        get: operations["getPayLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/pay-link/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return a payment made through a pay link */
        post: operations["returnPayLinkPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/pay-link/reusable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a reusable pay link
         * @description A link without time limit; `amount` may be omitted so the payer enters it (dynamic amount).
         */
        post: operations["createReusablePayLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/pay-link/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search pay links */
        post: operations["searchPayLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/pay-link/statistic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statistics of one pay link */
        get: operations["getPayLinkStatistic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/pay-link/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statistics of all pay links */
        get: operations["getPayLinkStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/pay-link/temporary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a temporary pay link
         * @description A link that expires `ttl` hours after creation (expiry is set when the link is created).
         */
        post: operations["createTemporaryPayLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/pay-link/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate or deactivate a pay link */
        post: operations["setPayLinkStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/pay-link/status/available": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pay link statuses */
        get: operations["listPayLinkStatuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/business-wallet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Business wallet */
        get: operations["getBusinessWallet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/business-wallet/statistic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statistics of one business wallet */
        get: operations["getBusinessWalletStatistic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pay/business-wallet/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statistics of all business wallets */
        get: operations["getBusinessWalletStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/personal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Personal data of the signed-in user */
        get: operations["getPersonal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/personal/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the e-mail
         * @description Last step of the e-mail change: `POST /api/personal/email/otp` (code sent), then `POST /api/personal/email/otp/check`, then this call. Without a successful check: `OTP_NOT_VERIFIED`. A verified check is valid for 10 minutes and for one change.
         */
        post: operations["changeEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/personal/email/otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a code for the e-mail change
         * @description Sends a one-time code (6 digits, valid 5 minutes, 5 attempts) to the current e-mail. A new request replaces the previous code.
         */
        post: operations["sendEmailChangeOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/personal/email/otp/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the code for the e-mail change
         * @description Same contract as `POST /api/personal/psw/otp/check`; on success the e-mail change is unlocked.
         */
        post: operations["checkEmailChangeOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/personal/psw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password
         * @description Last step of the password change: `POST /api/personal/psw/otp`, then `POST /api/personal/psw/otp/check`, then this call (otherwise `OTP_NOT_VERIFIED`). Other sessions keep their tokens.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/personal/psw/otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a code for the password change
         * @description Sends a one-time code (6 digits, valid 5 minutes, 5 attempts) to the user's e-mail. A new request replaces the previous code.
         */
        post: operations["sendPasswordChangeOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/personal/psw/otp/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Otp check for password change
         * @description Checks the code sent by `POST /api/personal/psw/otp`; `204` unlocks `POST /api/personal/psw`. The 5-minute validity and the 5-attempt limit are paymock's choices (undocumented). Codes are 4-6 characters (paymock sends 6 digits), valid 5 minutes; after 5 wrong attempts the code is void (`OTP_ATTEMPTS_EXCEEDED`).
         */
        post: operations["checkPasswordChangeOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deposit requests */
        get: operations["listReceives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/receive/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a deposit request
         * @description Returns the address to send crypto to for a balance.
         */
        post: operations["createReceive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transaction report */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/report/excel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Transaction report as an Excel file
         * @description The `.xlsx` file comes base64-encoded inside JSON.
         */
        get: operations["exportReportExcel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signed-in user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a user from the company
         * @description The removed user's tokens are revoked.
         */
        post: operations["deleteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Profile of the signed-in user */
        get: operations["getUserInfo"];
        /** Change the profile */
        put: operations["updateUserInfo"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user/info/avatar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload the user's avatar */
        post: operations["uploadUserAvatar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update TTL of an invite */
        put: operations["updateInviteTtl"];
        /**
         * User invitation
         * @description Invites a person to the company account; the invitation is valid for `ttl` (paymock reads hours).
         */
        post: operations["inviteUser"];
        /**
         * Delete an invite
         * @description Revokes an invitation. Takes a JSON body, as documented.
         */
        delete: operations["deleteInvite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user/invite/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open invitations */
        get: operations["listInvites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user/invite/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Roles for invitations
         * @description Values for `roleId`.
         */
        get: operations["listInviteRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user/invite/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the invitation e-mail again */
        post: operations["resendInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users of the company */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Withdrawals */
        get: operations["listWithdrawals"];
        put?: never;
        /** Withdraw crypto to an external address */
        post: operations["createWithdrawal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/withdrawal/sepa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SEPA withdrawal */
        post: operations["createSepaWithdrawal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/withdrawal/sepa/commission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Commission of a SEPA withdrawal */
        post: operations["getSepaCommission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/withdrawal/sepa/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SEPA templates */
        get: operations["listSepaTemplates"];
        put?: never;
        /** Save a SEPA template */
        post: operations["createSepaTemplate"];
        /** Delete a SEPA template */
        delete: operations["deleteSepaTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/log-out": {
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
         * @description Revokes the access token sent in `Authorization` and its refresh token. Later calls with either get `401 TOKEN_REVOKED` / `REFRESH_TOKEN_INVALID`.
         */
        post: operations["logOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/qrcode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * QR code for the authenticator app
         * @description New TOTP secret for the signed-in user; enable it with `POST /api/tfa/type` (`app`) and `POST /api/tfa/otp`.
         */
        get: operations["getTfaQrCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Client authorization
         * @description Exchanges e-mail and password (plus `otp` for accounts with two-factor login) for an access token and a refresh token. The password has at least 8 characters (OpenAPI page). For a two-factor account a call without `otp` fails with `400 OTP_REQUIRED`; get the code from the authenticator app or by e-mail (`POST /auth/tfa/otp/email`) and repeat the call with `otp`. Wrong password: `400 INVALID_CREDENTIALS`; unknown e-mail: `404 USER_NOT_FOUND`. Token lifetimes (undocumented; paymock): access token 1 hour, refresh token 30 days. One-time codes are valid 5 minutes; after 5 wrong codes the code is void (`OTP_ATTEMPTS_EXCEEDED`). No rate limit is documented.
         *     Where the sources disagree. Answer: the OpenAPI page (seed) declares the `200` body as a bare `string` ("token"), the authorization guide shows `{"token": ..., "refreshToken": ...}`; the spec follows the guide, because only it shows the refresh token that `POST /auth/token/refresh` needs. Body: the page requires `email` and `password` (`otp` optional, `password` `min: 8`), the guide lists `password` as not required for one-time-code logins; the spec follows the page. The page's own sample (`password: text`) is shorter than its minimum and is kept verbatim as an example marked invalid.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-in/psw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * First password of an invited user
         * @description The invited user opens the invitation `link`, chooses a password and is signed in.
         */
        post: operations["setInvitedUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-in/psw/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check e-mail and password before sign-in
         * @description Tells whether `POST /auth/sign-in` will need `otp`, without issuing tokens.
         */
        post: operations["checkSignInPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/recovery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start password recovery
         * @description Checks that the account exists and opens a recovery. Flow: this call, `POST /auth/recovery/psw/otp` (code sent), `POST /auth/recovery/psw/otp/check`, `POST /auth/recovery/psw`.
         */
        post: operations["startRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/recovery/psw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password after recovery
         * @description Needs a code accepted by `POST /auth/recovery/psw/otp/check` (else `OTP_NOT_VERIFIED`). All tokens of the user are revoked.
         */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/recovery/psw/otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a password recovery code
         * @description Sends a one-time code (6 digits, valid 5 minutes, 5 attempts) to the e-mail. A new request replaces the previous code.
         */
        post: operations["sendRecoveryOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/recovery/psw/otp/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the password recovery code
         * @description `204` when the code is right; it then unlocks `POST /auth/recovery/psw` for 10 minutes.
         */
        post: operations["checkRecoveryOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account
         * @description Registers the e-mail confirmed with `POST /auth/sign-up/email/check-code` (else `EMAIL_NOT_VERIFIED`) and signs the new user in. Flow: `.../check`, `.../email/get-code`, `.../email/check-code`, this call, then with the token `.../pss/set`, `.../user/update`, `.../owner/update`.
         */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-up/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Is the e-mail free? */
        post: operations["checkSignUpEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-up/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Confirmation state of a sign-up e-mail */
        get: operations["getSignUpEmailStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-up/email/check-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the sign-up e-mail with its code
         * @description `204` marks the e-mail as confirmed for `POST /auth/sign-up`. Codes are valid 5 minutes, 5 attempts.
         */
        post: operations["checkSignUpCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-up/email/get-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a code to the sign-up e-mail
         * @description Sends a 6-digit code valid 5 minutes; a new request replaces the old code. Registered e-mails get `EMAIL_TAKEN`.
         */
        post: operations["sendSignUpCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-up/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Company data entered during sign-up */
        get: operations["getSignUpOwner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-up/owner/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter company data */
        post: operations["updateSignUpOwner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-up/pss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a password against the policy */
        post: operations["checkSignUpPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-up/pss/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the password of the new account */
        post: operations["setSignUpPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-up/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Personal data entered during sign-up */
        get: operations["getSignUpUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-up/user/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter personal data */
        post: operations["updateSignUpUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Data of the current token */
        get: operations["getTokenInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Is the token still valid?
         * @description `204` for a valid token, `401` (`TOKEN_EXPIRED`, `TOKEN_REVOKED`, ...) otherwise.
         */
        get: operations["checkToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew the access token
         * @description Exchanges a refresh token for a new token pair. Refresh tokens are single-use (the old one stops working) and live 30 days; the new access token lives 1 hour (paymock values).
         */
        post: operations["refreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Second factor needed at sign-in
         * @description Which second factor (if any) the account asks for at sign-in.
         */
        post: operations["getLoginTfaStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tfa/otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a login code
         * @description Verifies a second-factor code without signing in (it is not consumed). Same limits as sign-in codes.
         */
        post: operations["checkLoginOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tfa/otp/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a login code by e-mail
         * @description For accounts with the `email` factor; the code (6 digits, valid 5 minutes) goes into `otp` of `POST /auth/sign-in`.
         */
        post: operations["sendLoginOtpEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoice/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an invoice
         * @description Creates an invoice for the pay link `id`. `coin_id` is the invoice currency (1 = USD in the guide). The guide sends no `Authorization` header. Pay it with `POST /invoice/pay`.
         */
        post: operations["createInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoice/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay an invoice
         * @description Returns where and how much to pay: send `amount` of `code` on network `name` to `address`. Confirmation usually takes 10-30 seconds, then the invoice is paid and a notification (webhook for API integrations) is sent. `400` when `idInvoice` is missing or the invoice is paid/expired, `404` for an unknown `idInvoice`.
         */
        post: operations["payInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoice/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invoice payment status */
        get: operations["getInvoiceStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tfa/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a second-factor reset
         * @description For users who lost their second factor; support contacts the user by e-mail.
         */
        post: operations["requestTfaReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tfa/otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an authenticator reset
         * @description After a password check, opens a reset request and e-mails a code to confirm it with `POST /tfa/otp/reset`.
         */
        post: operations["startTfaOtpReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tfa/otp/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an authenticator reset
         * @description With the e-mailed code the second factor is switched off; sign-in works with the password only.
         */
        post: operations["confirmTfaOtpReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tfa/otp/reset/id/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State of an authenticator reset */
        get: operations["getTfaOtpReset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer funds (integration key)
         * @description One-step transfer to another NBC Gate owner; `order_id` must be unique per integration.
         */
        post: operations["createExternalTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/transfer/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer state by order_id */
        post: operations["getExternalTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/transfer/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Quote a transfer
         * @description Checks funds and commission and returns a `check_id`, valid 10 minutes, to execute with `/external/transfer/check/send`.
         */
        post: operations["checkExternalTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/transfer/check/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Execute a quoted transfer */
        post: operations["sendCheckedExternalTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notify/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compliance status notification
         * @description Tells NBC Gate that the compliance (KYB) review of an owner changed.
         */
        post: operations["notifyCompliance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notify/compliance/identify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Identification result notification
         * @description Result of a user identification (KYC) at the identification provider.
         */
        post: operations["notifyComplianceIdentify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/paylink/external-environment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a pay link from an external system */
        post: operations["createExternalPayLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/paylink/external-environment/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay link details */
        post: operations["getExternalPayLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/paylink/external-environment/m-pos-prepay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prepayment through an M-POS terminal
         * @description Creates an invoice on M-POS terminal `id` and returns payment instructions (valid 30 minutes).
         */
        post: operations["createMPosPrepay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/paylink/external-environment/pay-form-prepay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prepayment through a pay form
         * @description Creates an invoice on pay form `id` and returns payment instructions (valid 30 minutes).
         */
        post: operations["createPayFormPrepay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Error codes of the client API (chosen by paymock; the vendor does not document them).
         *
         *     | code | status | meaning |
         *     |---|---|---|
         *     | `VALIDATION_ERROR` | 400 | A parameter or body field is missing, has the wrong type or breaks a constraint (`field` names it). |
         *     | `INVALID_JSON` | 400 | The body is not valid JSON. |
         *     | `INVALID_CREDENTIALS` | 400 | E-mail and password do not match. |
         *     | `OTP_REQUIRED` | 400 | The account has two-factor login; repeat the call with `otp`. |
         *     | `OTP_INVALID` | 400 | The one-time code is wrong. |
         *     | `OTP_EXPIRED` | 400 | The one-time code is older than 5 minutes or was already used; request a new one. |
         *     | `OTP_ATTEMPTS_EXCEEDED` | 400 | 5 wrong codes were sent; the code is void, request a new one. |
         *     | `OTP_NOT_VERIFIED` | 400 | The change needs a successful `.../otp/check` first. |
         *     | `EMAIL_TAKEN` | 400 | The e-mail already belongs to an account. |
         *     | `EMAIL_NOT_VERIFIED` | 400 | The sign-up e-mail has not been confirmed with its code. |
         *     | `INSUFFICIENT_FUNDS` | 400 | The balance is lower than amount plus commission. |
         *     | `DUPLICATE_ORDER_ID` | 400 | `order_id` was already used by this client. |
         *     | `INVOICE_NOT_PAYABLE` | 400 | The invoice is already paid or expired. |
         *     | `UNAUTHORIZED` | 401 | No `Authorization` header. |
         *     | `TOKEN_INVALID` | 401 | The token is malformed or unknown. |
         *     | `TOKEN_EXPIRED` | 401 | The access token is older than its lifetime (1 hour). |
         *     | `TOKEN_REVOKED` | 401 | The token was revoked by `POST /auth/log-out`. |
         *     | `REFRESH_TOKEN_INVALID` | 401 | The refresh token is unknown, expired, already used or revoked. |
         *     | `USER_NOT_FOUND` | 404 | No user with this e-mail. |
         *     | `INVOICE_NOT_FOUND` | 404 | No invoice with this `idInvoice`. |
         *     | `NOT_FOUND` | 404 | The requested object or path does not exist. |
         *     | `METHOD_NOT_ALLOWED` | 405 | The path exists but not with this method. |
         *     | `PAYLOAD_TOO_LARGE` | 413 | The request body is too large. |
         *     | `UNSUPPORTED_MEDIA_TYPE` | 415 | The body is not `application/json`. |
         *     | `RATE_LIMITED` | 429 | Too many requests (only when a mock scenario enables limits). |
         *     | `INTERNAL_ERROR` | 500 | Unexpected server error. |
         * @enum {string}
         */
        ErrorCode: "VALIDATION_ERROR" | "INVALID_JSON" | "INVALID_CREDENTIALS" | "OTP_REQUIRED" | "OTP_INVALID" | "OTP_EXPIRED" | "OTP_ATTEMPTS_EXCEEDED" | "OTP_NOT_VERIFIED" | "EMAIL_TAKEN" | "EMAIL_NOT_VERIFIED" | "INSUFFICIENT_FUNDS" | "DUPLICATE_ORDER_ID" | "INVOICE_NOT_PAYABLE" | "UNAUTHORIZED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED" | "REFRESH_TOKEN_INVALID" | "USER_NOT_FOUND" | "INVOICE_NOT_FOUND" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR";
        /** @description One problem of an error response. */
        ErrorDetail: {
            code: components["schemas"]["ErrorCode"];
            /** @description Request field the problem refers to, when there is one. */
            field?: string;
        };
        /** @description Error envelope of the client API: paymock's choice, not a vendor fact. No client-API page shows an error body; paymock reuses the shape of the documented external envelope. The machine-readable code is `errors[].code` (see `ErrorCode`, also paymock's); `statusCode` repeats the HTTP status. */
        Error: {
            statusCode: number;
            message: string;
            errors: components["schemas"]["ErrorDetail"][];
        };
        /**
         * @description Error codes of the external integration API.
         *
         *     | code | status | meaning |
         *     |---|---|---|
         *     | `4000` | 400 | Invalid request: missing or wrong field (`field` names it), invalid JSON (paymock addition). |
         *     | `4004` | 404 | Object not found (paymock addition). |
         *     | `4013` | 413 | Request body too large (paymock addition). |
         *     | `4016` | 401 | `X-API-Key` header missing (documented). |
         *     | `4017` | 401 | Integration key not found, disabled or expired (documented). |
         *     | `5000` | 500 | Internal error (paymock addition). |
         * @enum {integer}
         */
        ExternalErrorCode: 4000 | 4004 | 4013 | 4016 | 4017 | 5000;
        ExternalErrorDetail: {
            code: components["schemas"]["ExternalErrorCode"];
            /** @description Request field the problem refers to, when relevant. */
            field?: string;
        };
        /** @description Documented error envelope of the external integration API; the code is `errors[].code`. */
        ExternalError: {
            statusCode: number;
            message: string;
            errors: components["schemas"]["ExternalErrorDetail"][];
        };
        IdResponse: {
            id: number;
        };
        OkResponse: {
            success: boolean;
            message?: string;
        };
        PageMeta: {
            page: number;
            limit: number;
            /** @description Number of items on all pages. */
            total: number;
        };
        FileContent: {
            file_name: string;
            mime_type: string;
            /** @description File bytes in base64. */
            content: string;
        };
        AvatarUploadRequest: {
            file_name: string;
            /** @description PNG or JPEG image in base64, at most 2 MB. */
            content: string;
        };
        AvatarResponse: {
            /** Format: uri */
            url: string;
        };
        StatusOption: {
            code: string;
            name: string;
        };
        StatusChangeRequest: {
            /** @description Id of the terminal, form or link. */
            id: number;
            /** @description One of the codes from the matching `.../status/available` list. */
            status: string;
        };
        /** @description Payment totals for one product object (`statistic`) or all of them (`statistics`). */
        PaymentStatistics: {
            /** @description Object the figures belong to; null for aggregates. */
            id?: number | null;
            currency: string;
            count: number;
            amount: number;
            days: {
                /** Format: date */
                date: string;
                count: number;
                amount: number;
            }[];
        };
        SignInRequest: {
            /** @description E-mail of the user. */
            email: string;
            /** @description Password; at least 8 characters (the OpenAPI page: `min: 8`). */
            password: string;
            /** @description One-time code; needed for accounts with two-factor login. */
            otp?: string;
        };
        SignInResponse: {
            /** @description Access token (JWT, HS256) for the `Authorization` header. */
            token: string;
            /** @description Opaque token for `POST /auth/token/refresh`. */
            refreshToken: string;
        };
        PasswordCheckRequest: {
            email: string;
            /** @description At least 8 characters, as at sign-in. */
            password: string;
        };
        PasswordCheckResponse: {
            /** @description Whether sign-in must include `otp`. */
            otpRequired: boolean;
            tfaType?: components["schemas"]["TfaType"];
        };
        InvitePasswordRequest: {
            /** @description Token from the invitation link. */
            token: string;
            password: string;
        };
        RefreshTokenRequest: {
            refreshToken: string;
        };
        TokenInfo: {
            user_id: number;
            /** Format: email */
            email: string;
            /** Format: date-time */
            issued_at: string;
            /** Format: date-time */
            expires_at: string;
        };
        QrCode: {
            /** @description Base32 secret for the authenticator app. */
            secret: string;
            otpauth_url: string;
            /** @description PNG image as a data URL. */
            qrcode: string;
        };
        EmailRequest: {
            /** Format: email */
            email: string;
        };
        OtpCheckRequest: {
            /** @description One-time code. */
            otp: string;
        };
        EmailOtpRequest: {
            /** Format: email */
            email: string;
            otp: string;
        };
        RecoveryPasswordRequest: {
            /** Format: email */
            email: string;
            /** @description The code already accepted by `.../otp/check`. */
            otp: string;
            password: string;
        };
        PasswordRequest: {
            password: string;
        };
        PasswordChangeRequest: {
            old_password?: string;
            password: string;
        };
        PasswordPolicyRequest: {
            /** @description Candidate password to check against the policy. */
            password: string;
        };
        PasswordPolicyResult: {
            valid: boolean;
            /** @description Unmet rules; empty when valid. */
            problems: string[];
        };
        /**
         * @description `app` = authenticator app (TOTP, set up via `/auth/qrcode`), `email` = code sent by e-mail.
         * @enum {string}
         */
        TfaType: "app" | "email";
        TfaStatus: {
            enabled: boolean;
            type: components["schemas"]["TfaType"] | null;
        };
        TfaTypeRequest: {
            type: components["schemas"]["TfaType"];
        };
        TfaResetStartRequest: {
            /** Format: email */
            email: string;
            /** @description At least 8 characters, as at sign-in. */
            password: string;
        };
        TfaResetConfirmRequest: {
            /** @description Reset request id. */
            id: number;
            /** @description Code sent by e-mail. */
            otp: string;
        };
        TfaReset: {
            id: number;
            /** @enum {string} */
            status: "pending" | "confirmed" | "completed" | "rejected";
            /** Format: date-time */
            created_at: string;
        };
        SignUpCheckResponse: {
            /** Format: email */
            email: string;
            /** @description False when the e-mail already has an account. */
            available: boolean;
        };
        SignUpEmailStatus: {
            /** Format: email */
            email: string;
            verified: boolean;
        };
        SignUpCodeCheckRequest: {
            /** Format: email */
            email: string;
            code: string;
        };
        SignUpRequest: {
            /**
             * Format: email
             * @description E-mail confirmed with `/auth/sign-up/email/check-code`.
             */
            email: string;
            /** @description Interface language, e.g. `en`, `ru`, `cs`. */
            language?: string;
            referral_code?: string;
        };
        SignUpUser: {
            /** Format: email */
            email: string;
            name: string;
            surname: string;
            language: string;
            phone?: string | null;
            country_id?: number | null;
        };
        SignUpUserUpdate: {
            name: string;
            surname: string;
            language: string;
            phone?: string;
            country_id?: number;
        };
        OwnerUpdate: {
            /** @description Company or merchant name. */
            name: string;
            /** @description From `GET /api/owner/type`. */
            type_id: number;
            /** @description From `GET /api/owner/subtype`. */
            subtype_id?: number;
            country_id: number;
            registration_number?: string;
            website?: string;
        };
        Chain: {
            id: number;
            code: string;
            name: string;
            testnet: boolean;
        };
        Coin: {
            /** @description Used as `coin_id` (the invoice guide uses 1 = USD). */
            id: number;
            code: string;
            name: string;
            fiat: boolean;
            decimals: number;
            chain_id?: number | null;
        };
        Token: {
            id: number;
            coin_id: number;
            chain_id: number;
            code: string;
            contract_address: string | null;
        };
        Country: {
            id: number;
            name: string;
            iso2: string;
            phone_code?: string;
            /** @description Member of the SEPA area. */
            sepa: boolean;
        };
        Timezone: {
            name: string;
            offset: string;
        };
        TimezoneRequest: {
            /** @description IANA name from `GET /api/timezone`. */
            timezone: string;
        };
        Balance: {
            /** @description Balance id (`from_balance_id`, `to_balance_id`). */
            id: number;
            coin_id: number;
            code: string;
            /** @enum {string} */
            type: "coin" | "fiat";
            /** @description Total amount. */
            amount: number;
            /** @description Amount that can be spent now. */
            available: number;
            /** @description Amount reserved by pending operations. */
            hold: number;
            is_default: boolean;
            enabled: boolean;
        };
        GeneralBalance: {
            /** @description Currency of the totals. */
            currency: string;
            total: number;
            coin_total: number;
            fiat_total: number;
        };
        BalanceState: {
            user_id: number;
            /** Format: date-time */
            updated_at: string;
            balances: {
                balance_id: number;
                code: string;
                available: number;
                hold: number;
                pending_in: number;
                pending_out: number;
            }[];
        };
        BalanceIdRequest: {
            balance_id: number;
        };
        CoinIdRequest: {
            coin_id: number;
        };
        Notification: {
            id: number;
            type: string;
            title: string;
            message: string;
            read: boolean;
            /** Format: date-time */
            created_at: string;
        };
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            meta: components["schemas"]["PageMeta"];
        };
        UnreadCount: {
            count: number;
        };
        Product: {
            /** @description Used as `product_id`. */
            id: number;
            /** @enum {string} */
            code: "m_pos" | "pay_form" | "pay_link" | "business_wallet" | "transfer" | "exchange" | "withdrawal";
            name: string;
            favorite: boolean;
            onboarding_completed: boolean;
        };
        ProductFavoriteRequest: {
            product_id: number;
            favorite: boolean;
        };
        ProductIdRequest: {
            product_id: number;
        };
        Referral: {
            code: string;
            /** Format: uri */
            link: string;
        };
        ReferralStatistics: {
            invited: number;
            active: number;
            earned: number;
            currency: string;
        };
        SubscribeRequest: {
            plan: string;
        };
        Subscription: {
            id: number;
            plan: string;
            /** @enum {string} */
            status: "active" | "expired" | "cancelled";
            /** Format: date-time */
            started_at: string;
            /** Format: date-time */
            expires_at: string | null;
        };
        SupportRequest: {
            subject: string;
            message: string;
            /**
             * Format: email
             * @description Reply address; the user's e-mail when omitted.
             */
            email?: string;
        };
        TransferRequest: {
            /** @description Transfer amount; at most 8 decimals (paymock bound). */
            amount: number;
            /** @description Transfer commission; at most 8 decimals (paymock bound). */
            commission?: number;
            /** @description Sender balance. */
            from_balance_id: number;
            /** @description Transaction number chosen by the caller (unique per client); length bound is paymock's. */
            order_id: string;
            product_id: number;
            /** @description Recipient (owner) number. */
            to_owner_id: number;
            /** @description Initiator; filled in by the API side. */
            user_id?: number;
        };
        /** @description Transfer record as shown on the Transfer page. */
        Transfer: {
            amount: number;
            author?: string;
            commission?: number;
            date?: string;
            from_balance_id: number;
            from_iso_string?: string;
            order_id: string;
            to_balance_id?: number;
            to_owner_id: number;
            to_owner_name?: string;
        };
        ExchangeRequest: {
            /** @description At most 8 decimals (paymock bound). */
            amount: number;
            from_balance_id: number;
            to_balance_id: number;
            /** @description Length bound is paymock's. */
            order_id: string;
            product_id: number;
            /** @description Exchange rate the client agreed to (from `/api/transfer/exchange/course`). */
            rate: number;
            /** @description Required: the page lists no `commission` field, but its `rate` description is the leaked Go tag of a required `commission` (`binding:"required"`). At most 8 decimals (paymock bound). */
            commission: number;
            user_id?: number;
        };
        ExchangeCourse: {
            from: string;
            to: string;
            rate: number;
            /** Format: date-time */
            updated_at: string;
        };
        TransferCheckRequest: {
            amount: number;
            from_balance_id: number;
            to_owner_id: number;
        };
        TransferCheckResponse: {
            possible: boolean;
            amount: number;
            commission: number;
            total: number;
        };
        RecipientCheckRequest: {
            to_owner_id: number;
        };
        Recipient: {
            to_owner_id: number;
            to_owner_name: string;
        };
        Wallet: {
            id: number;
            balance_id: number;
            code: string;
            chain: string;
            address: string;
        };
        BlockchainNetwork: {
            chain: string;
            name: string;
            /** @description Confirmations before a deposit counts. */
            confirmations: number;
            available: boolean;
        };
        Multisig: {
            id: number;
            chain: string;
            address: string;
            required_signatures: number;
            signers: string[];
        };
        Transaction: {
            id: number;
            /** @description Operation type code (`GET /api/blockchain/operations/types`). */
            type: string;
            code: string;
            amount: number;
            commission?: number;
            balance_id?: number;
            chain?: string | null;
            tx_hash?: string | null;
            order_id?: string | null;
            /** @enum {string} */
            status: "pending" | "completed" | "failed" | "cancelled";
            /** Format: date-time */
            created_at: string;
        };
        TransactionPage: {
            items: components["schemas"]["Transaction"][];
            meta: components["schemas"]["PageMeta"];
        };
        DocumentUploadRequest: {
            /** @description Document type, e.g. `certificate_of_incorporation`, `passport`. */
            type: string;
            file_name: string;
            /** @description PDF, JPG or PNG in base64, at most 10 MB. */
            content: string;
        };
        Document: {
            id: number;
            type: string;
            file_name: string;
            /** @enum {string} */
            status: "under_review" | "approved" | "rejected";
            comment?: string | null;
            /** Format: date-time */
            created_at: string;
        };
        DocsStatus: {
            /** @enum {string} */
            status: "not_started" | "incomplete" | "under_review" | "approved" | "rejected";
            /** @description Document types still to upload. */
            missing: string[];
        };
        Contract: {
            id: number;
            number: string;
            /** @enum {string} */
            status: "draft" | "sent" | "signed";
            /** Format: date-time */
            signed_at?: string | null;
            /** Format: uri */
            url?: string;
        };
        Questionnaire: {
            /** @enum {string} */
            status: "draft" | "confirmed";
            /** @description Answers keyed by question id. */
            answers: {
                [key: string]: unknown;
            };
        };
        QuestionnaireRequest: {
            answers: {
                [key: string]: unknown;
            };
        };
        DocsProfile: {
            owner_id: number;
            /** @enum {string} */
            status: "not_started" | "incomplete" | "under_review" | "approved" | "rejected";
            contract: components["schemas"]["Contract"];
            questionnaire: components["schemas"]["Questionnaire"];
        };
        Owner: {
            /** @description Owner number (`to_owner_id` of transfers). */
            id: number;
            name: string;
            type_id: number;
            subtype_id?: number | null;
            country_id: number;
            registration_number?: string | null;
            website?: string | null;
            avatar?: string | null;
            /** @enum {string} */
            status: "registration" | "verification" | "active" | "blocked";
        };
        OwnerType: {
            id: number;
            name: string;
            /** @description Parent type (subtypes only). */
            type_id?: number;
        };
        MPos: {
            id: number;
            name: string;
            status: string;
            coin_ids: number[];
            /** Format: date-time */
            created_at: string;
        };
        MPosCreateRequest: {
            name: string;
            coin_ids: number[];
        };
        PayForm: {
            id: number;
            name: string;
            /**
             * Format: uri
             * @description Site the form is embedded in.
             */
            url: string;
            status: string;
            coin_ids: number[];
            /** Format: date-time */
            created_at: string;
        };
        PayFormCreateRequest: {
            name: string;
            /** Format: uri */
            url: string;
            coin_ids: number[];
        };
        PayLink: {
            /** @description Pay link id (`id` of `/invoice/create`). */
            id: number;
            /** @enum {string} */
            type: "temporary" | "reusable";
            name: string;
            description?: string | null;
            /** @description Fixed amount; null for a dynamic amount chosen by the payer. */
            amount: number | null;
            coin_id: number;
            status: string;
            /** Format: uri */
            url: string;
            /**
             * Format: date-time
             * @description Null for reusable links.
             */
            expires_at: string | null;
            /** Format: date-time */
            created_at: string;
        };
        PayLinkPage: {
            items: components["schemas"]["PayLink"][];
            meta: components["schemas"]["PageMeta"];
        };
        PayLinkCreateRequest: {
            name: string;
            description?: string;
            /** @description Omit for a dynamic amount. */
            amount?: number;
            coin_id: number;
            /** @description Lifetime in hours (temporary links only). */
            ttl?: number;
        };
        PayLinkUpdateRequest: {
            id: number;
            name?: string;
            description?: string;
            amount?: number;
        };
        PayLinkSearchRequest: {
            /** @description Text searched in name and description. */
            query?: string;
            status?: string;
            /** @enum {string} */
            type?: "temporary" | "reusable";
            page?: number;
            limit?: number;
        };
        PayLinkReturnRequest: {
            invoice_id: number;
            amount: number;
            /** @description Payer address to return the funds to. */
            address?: string;
            reason?: string;
        };
        BusinessWallet: {
            id: number;
            name: string;
            balances: components["schemas"]["Balance"][];
        };
        User: {
            id: number;
            /** Format: email */
            email: string;
            name: string;
            surname: string;
            language: string;
            role_id: number;
            owner_id: number;
            timezone?: string;
            avatar?: string | null;
            tfa_enabled: boolean;
        };
        UserPage: {
            items: components["schemas"]["User"][];
            meta: components["schemas"]["PageMeta"];
        };
        UserInfoUpdate: {
            name?: string;
            surname?: string;
            language?: string;
            phone?: string;
        };
        UserIdRequest: {
            user_id: number;
        };
        EmailChangeRequest: {
            /**
             * Format: email
             * @description New e-mail.
             */
            email: string;
        };
        InviteRequest: {
            companyName?: string;
            email: string;
            language: string;
            link?: string;
            name: string;
            owner?: number;
            ownerForUserId?: number;
            roleId?: number;
            surname: string;
            /** @description Invitation lifetime (unit not documented; paymock reads hours). */
            ttl: number;
            user?: number;
        };
        /** @description Invitation as returned by `POST /api/user/invite` (same keys as the request). */
        Invite: components["schemas"]["InviteRequest"];
        InviteUpdateRequest: {
            owner?: number;
            ttl: number;
            user: number;
        };
        InviteDeleteRequest: {
            owner?: number;
            status?: number;
            user: number;
        };
        InviteSendRequest: {
            user: number;
            owner?: number;
        };
        InvitePage: {
            items: components["schemas"]["Invite"][];
            meta: components["schemas"]["PageMeta"];
        };
        Role: {
            /** @description Used as `roleId`. */
            id: number;
            name: string;
        };
        ReceiveCreateRequest: {
            balance_id: number;
            /** @description Expected amount; any amount when omitted. */
            amount?: number;
            chain?: string;
        };
        Receive: {
            id: number;
            balance_id: number;
            code: string;
            chain: string;
            address: string;
            amount: number | null;
            /** @enum {string} */
            status: "waiting" | "received" | "expired";
            /** Format: date-time */
            created_at: string;
        };
        ReceivePage: {
            items: components["schemas"]["Receive"][];
            meta: components["schemas"]["PageMeta"];
        };
        WithdrawalRequest: {
            balance_id: number;
            amount: number;
            /** @description Destination crypto address. */
            address: string;
            chain?: string;
            order_id: string;
        };
        SepaWithdrawalRequest: {
            balance_id: number;
            amount: number;
            iban: string;
            bic?: string;
            beneficiary_name: string;
            country_id?: number;
            reference?: string;
            order_id: string;
            template_id?: number;
        };
        Withdrawal: {
            id: number;
            balance_id: number;
            amount: number;
            commission: number;
            /** @description Crypto address or IBAN. */
            destination: string;
            /** @enum {string} */
            status: "pending" | "processing" | "completed" | "rejected";
            order_id: string;
            /** Format: date-time */
            created_at: string;
        };
        WithdrawalPage: {
            items: components["schemas"]["Withdrawal"][];
            meta: components["schemas"]["PageMeta"];
        };
        CommissionRequest: {
            balance_id: number;
            amount: number;
        };
        Commission: {
            amount: number;
            commission: number;
            total: number;
            currency: string;
        };
        SepaTemplateRequest: {
            name: string;
            iban: string;
            bic?: string;
            beneficiary_name: string;
            country_id?: number;
        };
        SepaTemplate: {
            id: number;
            name: string;
            iban: string;
            bic?: string;
            beneficiary_name: string;
            country_id?: number;
        };
        InvoiceCreateRequest: {
            /** @description Invoice amount. */
            amount: number;
            /** @description Currency id (1 = USD in the guide). */
            coin_id: number;
            /** @description Id of the pay link the invoice belongs to. */
            id: number;
            product_id: number;
        };
        InvoiceCreateResponse: {
            success: boolean;
            invoice_id: number;
            message: string;
        };
        InvoicePayRequest: {
            /** @description Invoice id (`invoice_id` from `/invoice/create`). */
            idInvoice: number;
        };
        InvoicePayResponse: {
            /** @description Wallet address the payer sends funds to. */
            address: string;
            /** @description Amount in the chosen cryptocurrency. */
            amount: string;
            /** @description Rate against the invoice's base currency. */
            rate: number;
            /** @description Network name. */
            name: string;
            /** @description Cryptocurrency code. */
            code: string;
            /** @description Network fee in crypto units; only present in some API settings. */
            transferCommissionWeis?: number;
        };
        Invoice: {
            invoice_id: number;
            amount: number;
            coin_id: number;
            /** @enum {string} */
            status: "created" | "awaiting_payment" | "paid" | "expired";
            /** Format: date-time */
            paid_at?: string | null;
        };
        ExternalTransferRequest: {
            amount: number;
            /** @description Coin code, e.g. `USDT`. */
            currency: string;
            /** @description Caller's unique id of the transfer. */
            order_id: string;
            to_owner_id: number;
            comment?: string;
        };
        ExternalTransfer: {
            order_id: string;
            amount: number;
            commission: number;
            currency: string;
            to_owner_id: number;
            /** @enum {string} */
            status: "checked" | "pending" | "completed" | "failed";
            /** Format: date-time */
            created_at: string;
        };
        OrderIdRequest: {
            order_id: string;
        };
        ExternalTransferCheck: {
            /** @description Pass to `/external/transfer/check/send` to execute. */
            check_id: string;
            possible: boolean;
            amount: number;
            commission: number;
            total: number;
            currency: string;
            /** Format: date-time */
            expires_at: string;
        };
        CheckSendRequest: {
            check_id: string;
        };
        ComplianceNotification: {
            owner_id: number;
            /** @enum {string} */
            status: "under_review" | "approved" | "rejected";
            comment?: string;
        };
        IdentifyNotification: {
            user_id: number;
            /** @description Id at the identification provider. */
            external_id: string;
            /** @enum {string} */
            result: "green" | "red" | "retry";
            comment?: string;
        };
        ExternalPayLinkRequest: {
            name: string;
            currency: string;
            /** @description Omit for a dynamic amount. */
            amount?: number;
            order_id: string;
            /** @description Lifetime in hours. */
            ttl?: number;
        };
        ExternalPayLinkInfoRequest: {
            id: number;
        };
        PrepayRequest: {
            /** @description M-POS terminal or pay form id. */
            id: number;
            amount: number;
            /** @description Coin the payer pays with. */
            currency: string;
            order_id: string;
        };
        Prepay: {
            invoice_id: number;
            address: string;
            amount: string;
            rate: number;
            /** @description Network name. */
            name: string;
            code: string;
            /** Format: date-time */
            expires_at: string;
        };
    };
    responses: {
        /** @description Success, no body. */
        NoContent: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Transfer. */
        TransferRecord: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Transfer"];
            };
        };
        /** @description Bad request - a parameter or body field is missing or invalid, or the body is not JSON. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Paymock's choice, not a vendor fact: no client-API page lists a `401`. The mock answers a missing, malformed, expired or revoked `Authorization` token with it, in paymock's envelope. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not found. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Internal server error. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Any other error (e.g. 405, 413, 415, 429), in the client API envelope. */
        Default: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Sign-in refused - invalid body, wrong password, or a missing/wrong/expired one-time code. */
        SignInBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No user with this e-mail (guide - "user not found"). */
        UserNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The one-time code is invalid, expired or exhausted, or the body is invalid. */
        OtpBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The change was sent before the one-time code was accepted by the matching `.../otp/check`, or the body is invalid. */
        OtpNotVerified: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The refresh token is unknown, expired, already used or revoked. */
        RefreshUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Sign-up refused - e-mail taken or not confirmed, or the body is invalid. */
        SignUpBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Transfer refused - invalid body, balance too low, or `order_id` already used. */
        TransferBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing mandatory parameter (guide), or the invoice is already paid or expired. */
        InvoicePayBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Invoice not found (unknown `idInvoice`). */
        InvoiceNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Invalid request to the external API. */
        ExternalBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ExternalError"];
            };
        };
        /** @description `X-API-Key` missing (`4016`) or unknown, disabled or expired (`4017`). */
        ExternalUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ExternalError"];
            };
        };
        /** @description Object not found. */
        ExternalNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ExternalError"];
            };
        };
        /** @description Internal server error. */
        ExternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ExternalError"];
            };
        };
        /** @description Any other error (e.g. 413), in the external envelope. */
        ExternalDefault: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ExternalError"];
            };
        };
        /** @description Wrong e-mail/password combination or invalid body. */
        CredentialsBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The e-mail code is invalid, expired or exhausted, or the body is invalid. */
        SignUpCodeBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Signed in; `token` goes into the `Authorization` header of `/api/*` calls. */
        SignedIn: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SignInResponse"];
            };
        };
        /** @description Accepted. */
        Ok: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OkResponse"];
            };
        };
        /** @description Created; the id of the new object. */
        Id: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["IdResponse"];
            };
        };
        /** @description File as JSON with base64 content. */
        File: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FileContent"];
            };
        };
        /** @description Avatar stored. */
        Avatar: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AvatarResponse"];
            };
        };
        /** @description Statuses that can be set. */
        StatusOptions: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["StatusOption"][];
            };
        };
        /** @description Payment statistics for the period. */
        Statistics: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PaymentStatistics"];
            };
        };
        /** @description Second-factor state. */
        TfaStatus: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TfaStatus"];
            };
        };
        /** @description User profile. */
        User: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["User"];
            };
        };
        /** @description Company (owner) data. */
        Owner: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Owner"];
            };
        };
        /** @description Balances. */
        Balances: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Balance"][];
            };
        };
        /** @description One balance. */
        Balance: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Balance"];
            };
        };
        /** @description Live state of the balances. */
        BalanceState: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BalanceState"];
            };
        };
        /** @description Coins and currencies. */
        Coins: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Coin"][];
            };
        };
        /** @description Tokens. */
        Tokens: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Token"][];
            };
        };
        /** @description Types or subtypes. */
        OwnerTypes: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OwnerType"][];
            };
        };
        /** @description Pay link. */
        PayLink: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PayLink"];
            };
        };
        /** @description Pay links. */
        PayLinkPage: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PayLinkPage"];
            };
        };
        /** @description Operations, newest first. */
        Transactions: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TransactionPage"];
            };
        };
        /** @description Withdrawal accepted. */
        Withdrawal: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Withdrawal"];
            };
        };
        /** @description Payment instructions for the payer. */
        Prepay: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Prepay"];
            };
        };
        /** @description Transfer. */
        ExternalTransfer: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ExternalTransfer"];
            };
        };
    };
    parameters: {
        /** @description Page number, starting at 1. */
        page: number;
        /** @description Items per page. */
        limit: number;
        /**
         * @description Id of the object to read.
         * @example 1
         */
        idQuery: number;
        /**
         * @description `order_id` given when the transfer was created.
         * @example order-2025-0001
         */
        transferOrderId: string;
        /**
         * @description Id of the object.
         * @example 1
         */
        idPath: number;
        /** @description Start of the period (inclusive). */
        dateFrom: string;
        /** @description End of the period (inclusive). */
        dateTo: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listChains: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Chains. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Chain"][];
                };
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listCoins: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Coins"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Tokens"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listBalances: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Balances"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listCoinBalances: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Crypto balances. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Balance"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listFiatBalances: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Fiat balances. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Balance"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getGeneralBalance: {
        parameters: {
            query?: {
                /** @description Currency of the totals. */
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Totals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GeneralBalance"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getBalanceState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["BalanceState"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getUserBalanceState: {
        parameters: {
            query: {
                /**
                 * @description User whose balances to read.
                 * @example 1024
                 */
                user_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["BalanceState"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listAvailableBalances: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Balances"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    disableBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BalanceIdRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    enableBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoinIdRequest"];
            };
        };
        responses: {
            200: components["responses"]["Balance"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getDefaultBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Balance"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    unsetDefaultBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BalanceIdRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    setDefaultBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BalanceIdRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listCountries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Countries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Country"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getCountry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the object.
                 * @example 1
                 */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Country. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Country"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listSepaCountries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SEPA countries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Country"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description Page number, starting at 1. */
                page?: components["parameters"]["page"];
                /** @description Items per page. */
                limit?: components["parameters"]["limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notifications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    countUnreadNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Number of unread notifications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listProducts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Products. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    setProductFavorite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductFavoriteRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    completeProductOnboarding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductIdRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getReferral: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Referral data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getReferralStatistics: {
        parameters: {
            query?: {
                /** @description Start of the period (inclusive). */
                date_from?: components["parameters"]["dateFrom"];
                /** @description End of the period (inclusive). */
                date_to?: components["parameters"]["dateTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Referral figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralStatistics"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    subscribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscribeRequest"];
            };
        };
        responses: {
            /** @description Subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    createSupportRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportRequest"];
            };
        };
        responses: {
            200: components["responses"]["Id"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getTfaSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TfaStatus"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    confirmTfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OtpCheckRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["OtpBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    setTfaType: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TfaTypeRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listTimezones: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Time zones. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timezone"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    setTimezone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TimezoneRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    createTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["TransferBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description `order_id` given when the transfer was created.
                 * @example order-2025-0001
                 */
                order_id: components["parameters"]["transferOrderId"];
                /**
                 * @description User who created the transfer. Optional on the page: omit it with `GET /api/transfer/{order_id}`.
                 * @example 1024
                 */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TransferRecord"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getTransferByOrderId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description `order_id` given when the transfer was created.
                 * @example order-2025-0001
                 */
                order_id: components["parameters"]["transferOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TransferRecord"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    createExchange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExchangeRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["TransferBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getExchangeCourse: {
        parameters: {
            query: {
                /**
                 * @description Code of the currency sold.
                 * @example USDT
                 */
                from: string;
                /**
                 * @description Code of the currency bought.
                 * @example EUR
                 */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current rate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeCourse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    checkTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferCheckRequest"];
            };
        };
        responses: {
            /** @description Result of the check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferCheckResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    checkTransferRecipient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecipientCheckRequest"];
            };
        };
        responses: {
            /** @description Recipient. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recipient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listWallets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Wallets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wallet"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listBlockchainNetworks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Networks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlockchainNetwork"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listMultisigs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Multisig wallets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Multisig"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listBlockchainOperations: {
        parameters: {
            query?: {
                /** @description Operation type code. */
                type?: string;
                /** @description Start of the period (inclusive). */
                date_from?: components["parameters"]["dateFrom"];
                /** @description End of the period (inclusive). */
                date_to?: components["parameters"]["dateTo"];
                /** @description Page number, starting at 1. */
                page?: components["parameters"]["page"];
                /** @description Items per page. */
                limit?: components["parameters"]["limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Transactions"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listBlockchainOperationTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatusOptions"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    uploadDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentUploadRequest"];
            };
        };
        responses: {
            /** @description Stored document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getDocumentsStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Overall status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocsStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getDocsProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocsProfile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getContract: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contract. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contract"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getQuestionnaire: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Questionnaire. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Questionnaire"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    saveQuestionnaire: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuestionnaireRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    confirmQuestionnaire: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    showDocument: {
        parameters: {
            query: {
                /**
                 * @description Id of the object to read.
                 * @example 1
                 */
                id: components["parameters"]["idQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["File"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getOwner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Owner"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listOwnerCurrencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Coins"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listOwnerTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Tokens"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getOwnerInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Owner"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateOwnerInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OwnerUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Owner"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    uploadOwnerAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AvatarUploadRequest"];
            };
        };
        responses: {
            200: components["responses"]["Avatar"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listOwnerSubtypes: {
        parameters: {
            query?: {
                /** @description Only subtypes of this type. */
                type_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["OwnerTypes"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listOwnerTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["OwnerTypes"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    createMPos: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MPosCreateRequest"];
            };
        };
        responses: {
            /** @description Terminal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MPos"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listMPos: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Terminals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MPos"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getMPosStatistic: {
        parameters: {
            query: {
                /**
                 * @description Id of the object to read.
                 * @example 1
                 */
                id: components["parameters"]["idQuery"];
                /** @description Start of the period (inclusive). */
                date_from?: components["parameters"]["dateFrom"];
                /** @description End of the period (inclusive). */
                date_to?: components["parameters"]["dateTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Statistics"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getMPosStatistics: {
        parameters: {
            query?: {
                /** @description Start of the period (inclusive). */
                date_from?: components["parameters"]["dateFrom"];
                /** @description End of the period (inclusive). */
                date_to?: components["parameters"]["dateTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Statistics"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    setMPosStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusChangeRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listMPosStatuses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatusOptions"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    createPayForm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayFormCreateRequest"];
            };
        };
        responses: {
            /** @description Pay form. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayForm"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getPayForm: {
        parameters: {
            query: {
                /**
                 * @description Id of the object to read.
                 * @example 1
                 */
                id: components["parameters"]["idQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pay form. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayForm"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getPayFormStatistic: {
        parameters: {
            query: {
                /**
                 * @description Id of the object to read.
                 * @example 1
                 */
                id: components["parameters"]["idQuery"];
                /** @description Start of the period (inclusive). */
                date_from?: components["parameters"]["dateFrom"];
                /** @description End of the period (inclusive). */
                date_to?: components["parameters"]["dateTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Statistics"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getPayFormStatistics: {
        parameters: {
            query?: {
                /** @description Start of the period (inclusive). */
                date_from?: components["parameters"]["dateFrom"];
                /** @description End of the period (inclusive). */
                date_to?: components["parameters"]["dateTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Statistics"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    setPayFormStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusChangeRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listPayFormStatuses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatusOptions"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listPayLinks: {
        parameters: {
            query?: {
                /** @description Page number, starting at 1. */
                page?: components["parameters"]["page"];
                /** @description Items per page. */
                limit?: components["parameters"]["limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PayLinkPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    updatePayLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayLinkUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["PayLink"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    deletePayLink: {
        parameters: {
            query: {
                /**
                 * @description Id of the object to read.
                 * @example 1
                 */
                id: components["parameters"]["idQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listPayLinkCoins: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Coins"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getPayLink: {
        parameters: {
            query: {
                /**
                 * @description Id of the object to read.
                 * @example 1
                 */
                id: components["parameters"]["idQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PayLink"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    returnPayLinkPayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayLinkReturnRequest"];
            };
        };
        responses: {
            200: components["responses"]["Id"];
            400: components["responses"]["TransferBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    createReusablePayLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayLinkCreateRequest"];
            };
        };
        responses: {
            200: components["responses"]["PayLink"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    searchPayLinks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayLinkSearchRequest"];
            };
        };
        responses: {
            200: components["responses"]["PayLinkPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getPayLinkStatistic: {
        parameters: {
            query: {
                /**
                 * @description Id of the object to read.
                 * @example 1
                 */
                id: components["parameters"]["idQuery"];
                /** @description Start of the period (inclusive). */
                date_from?: components["parameters"]["dateFrom"];
                /** @description End of the period (inclusive). */
                date_to?: components["parameters"]["dateTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Statistics"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getPayLinkStatistics: {
        parameters: {
            query?: {
                /** @description Start of the period (inclusive). */
                date_from?: components["parameters"]["dateFrom"];
                /** @description End of the period (inclusive). */
                date_to?: components["parameters"]["dateTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Statistics"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    createTemporaryPayLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayLinkCreateRequest"];
            };
        };
        responses: {
            200: components["responses"]["PayLink"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    setPayLinkStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusChangeRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listPayLinkStatuses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatusOptions"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getBusinessWallet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Business wallet with its balances. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessWallet"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getBusinessWalletStatistic: {
        parameters: {
            query: {
                /**
                 * @description Id of the object to read.
                 * @example 1
                 */
                id: components["parameters"]["idQuery"];
                /** @description Start of the period (inclusive). */
                date_from?: components["parameters"]["dateFrom"];
                /** @description End of the period (inclusive). */
                date_to?: components["parameters"]["dateTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Statistics"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getBusinessWalletStatistics: {
        parameters: {
            query?: {
                /** @description Start of the period (inclusive). */
                date_from?: components["parameters"]["dateFrom"];
                /** @description End of the period (inclusive). */
                date_to?: components["parameters"]["dateTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Statistics"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getPersonal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["User"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    changeEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailChangeRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["OtpNotVerified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    sendEmailChangeOtp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    checkEmailChangeOtp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OtpCheckRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["OtpBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["OtpNotVerified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    sendPasswordChangeOtp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    checkPasswordChangeOtp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OtpCheckRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["OtpBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listReceives: {
        parameters: {
            query?: {
                /** @description Page number, starting at 1. */
                page?: components["parameters"]["page"];
                /** @description Items per page. */
                limit?: components["parameters"]["limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deposit requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    createReceive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveCreateRequest"];
            };
        };
        responses: {
            /** @description Deposit request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receive"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getReport: {
        parameters: {
            query?: {
                /** @description Start of the period (inclusive). */
                date_from?: components["parameters"]["dateFrom"];
                /** @description End of the period (inclusive). */
                date_to?: components["parameters"]["dateTo"];
                /** @description Only operations of this balance. */
                balance_id?: number;
                /** @description Page number, starting at 1. */
                page?: components["parameters"]["page"];
                /** @description Items per page. */
                limit?: components["parameters"]["limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Transactions"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    exportReportExcel: {
        parameters: {
            query?: {
                /** @description Start of the period (inclusive). */
                date_from?: components["parameters"]["dateFrom"];
                /** @description End of the period (inclusive). */
                date_to?: components["parameters"]["dateTo"];
                /** @description Only operations of this balance. */
                balance_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileContent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["User"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserIdRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getUserInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["User"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateUserInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserInfoUpdate"];
            };
        };
        responses: {
            200: components["responses"]["User"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    uploadUserAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AvatarUploadRequest"];
            };
        };
        responses: {
            200: components["responses"]["Avatar"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateInviteTtl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteUpdateRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            /** @description Bad request - a body field is missing or invalid, or the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    inviteUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteRequest"];
            };
        };
        responses: {
            /** @description Invitation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invite"];
                };
            };
            /** @description Bad request - a body field is missing or invalid, or the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteDeleteRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            /** @description Bad request - a body field is missing or invalid, or the body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listInvites: {
        parameters: {
            query?: {
                /** @description Page number, starting at 1. */
                page?: components["parameters"]["page"];
                /** @description Items per page. */
                limit?: components["parameters"]["limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invitations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listInviteRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Roles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    resendInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteSendRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Page number, starting at 1. */
                page?: components["parameters"]["page"];
                /** @description Items per page. */
                limit?: components["parameters"]["limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listWithdrawals: {
        parameters: {
            query?: {
                /** @description Page number, starting at 1. */
                page?: components["parameters"]["page"];
                /** @description Items per page. */
                limit?: components["parameters"]["limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of withdrawals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WithdrawalPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    createWithdrawal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalRequest"];
            };
        };
        responses: {
            /** @description Withdrawal accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Withdrawal"];
                };
            };
            400: components["responses"]["TransferBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    createSepaWithdrawal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SepaWithdrawalRequest"];
            };
        };
        responses: {
            200: components["responses"]["Withdrawal"];
            400: components["responses"]["TransferBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getSepaCommission: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommissionRequest"];
            };
        };
        responses: {
            /** @description Commission. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Commission"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listSepaTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Saved beneficiaries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SepaTemplate"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    createSepaTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SepaTemplateRequest"];
            };
        };
        responses: {
            /** @description Template. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SepaTemplate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteSepaTemplate: {
        parameters: {
            query: {
                /**
                 * @description Id of the object to read.
                 * @example 1
                 */
                id: components["parameters"]["idQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    logOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getTfaQrCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Secret and QR code. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QrCode"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
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
            200: components["responses"]["SignedIn"];
            400: components["responses"]["SignInBadRequest"];
            404: components["responses"]["UserNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    setInvitedUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitePasswordRequest"];
            };
        };
        responses: {
            200: components["responses"]["SignedIn"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    checkSignInPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordCheckRequest"];
            };
        };
        responses: {
            /** @description Credentials are valid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordCheckResponse"];
                };
            };
            400: components["responses"]["CredentialsBadRequest"];
            404: components["responses"]["UserNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    startRecovery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["UserNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecoveryPasswordRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["OtpNotVerified"];
            404: components["responses"]["UserNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    sendRecoveryOtp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["UserNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    checkRecoveryOtp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailOtpRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["OtpBadRequest"];
            404: components["responses"]["UserNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignUpRequest"];
            };
        };
        responses: {
            200: components["responses"]["SignedIn"];
            400: components["responses"]["SignUpBadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    checkSignUpEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailRequest"];
            };
        };
        responses: {
            /** @description Availability. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUpCheckResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getSignUpEmailStatus: {
        parameters: {
            query: {
                /** @example new.user@example.com */
                email: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description State. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUpEmailStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    checkSignUpCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignUpCodeCheckRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["SignUpCodeBadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    sendSignUpCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["SignUpBadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getSignUpOwner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Owner"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateSignUpOwner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OwnerUpdate"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    checkSignUpPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordPolicyRequest"];
            };
        };
        responses: {
            /** @description Result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordPolicyResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    setSignUpPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getSignUpUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Personal data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUpUser"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateSignUpUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignUpUserUpdate"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getTokenInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Token data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenInfo"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    checkToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    refreshToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshTokenRequest"];
            };
        };
        responses: {
            /** @description New token pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["RefreshUnauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getLoginTfaStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailRequest"];
            };
        };
        responses: {
            200: components["responses"]["TfaStatus"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["UserNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    checkLoginOtp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailOtpRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["OtpBadRequest"];
            404: components["responses"]["UserNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    sendLoginOtpEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["UserNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    createInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvoiceCreateRequest"];
            };
        };
        responses: {
            /** @description Invoice created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    payInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvoicePayRequest"];
            };
        };
        responses: {
            /** @description Payment instructions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoicePayResponse"];
                };
            };
            400: components["responses"]["InvoicePayBadRequest"];
            404: components["responses"]["InvoiceNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getInvoiceStatus: {
        parameters: {
            query: {
                /**
                 * @description Invoice id.
                 * @example 12345
                 */
                idInvoice: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invoice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["InvoiceNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    requestTfaReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["UserNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    startTfaOtpReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TfaResetStartRequest"];
            };
        };
        responses: {
            /** @description Reset request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TfaReset"];
                };
            };
            400: components["responses"]["CredentialsBadRequest"];
            404: components["responses"]["UserNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    confirmTfaOtpReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TfaResetConfirmRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["OtpBadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getTfaOtpReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the object.
                 * @example 1
                 */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TfaReset"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    createExternalTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalTransferRequest"];
            };
        };
        responses: {
            200: components["responses"]["ExternalTransfer"];
            400: components["responses"]["ExternalBadRequest"];
            401: components["responses"]["ExternalUnauthorized"];
            404: components["responses"]["ExternalNotFound"];
            500: components["responses"]["ExternalServerError"];
            default: components["responses"]["ExternalDefault"];
        };
    };
    getExternalTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderIdRequest"];
            };
        };
        responses: {
            200: components["responses"]["ExternalTransfer"];
            400: components["responses"]["ExternalBadRequest"];
            401: components["responses"]["ExternalUnauthorized"];
            404: components["responses"]["ExternalNotFound"];
            500: components["responses"]["ExternalServerError"];
            default: components["responses"]["ExternalDefault"];
        };
    };
    checkExternalTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalTransferRequest"];
            };
        };
        responses: {
            /** @description Quote. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalTransferCheck"];
                };
            };
            400: components["responses"]["ExternalBadRequest"];
            401: components["responses"]["ExternalUnauthorized"];
            404: components["responses"]["ExternalNotFound"];
            500: components["responses"]["ExternalServerError"];
            default: components["responses"]["ExternalDefault"];
        };
    };
    sendCheckedExternalTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckSendRequest"];
            };
        };
        responses: {
            200: components["responses"]["ExternalTransfer"];
            400: components["responses"]["ExternalBadRequest"];
            401: components["responses"]["ExternalUnauthorized"];
            404: components["responses"]["ExternalNotFound"];
            500: components["responses"]["ExternalServerError"];
            default: components["responses"]["ExternalDefault"];
        };
    };
    notifyCompliance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplianceNotification"];
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            400: components["responses"]["ExternalBadRequest"];
            401: components["responses"]["ExternalUnauthorized"];
            404: components["responses"]["ExternalNotFound"];
            500: components["responses"]["ExternalServerError"];
            default: components["responses"]["ExternalDefault"];
        };
    };
    notifyComplianceIdentify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentifyNotification"];
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            400: components["responses"]["ExternalBadRequest"];
            401: components["responses"]["ExternalUnauthorized"];
            404: components["responses"]["ExternalNotFound"];
            500: components["responses"]["ExternalServerError"];
            default: components["responses"]["ExternalDefault"];
        };
    };
    createExternalPayLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalPayLinkRequest"];
            };
        };
        responses: {
            200: components["responses"]["PayLink"];
            400: components["responses"]["ExternalBadRequest"];
            401: components["responses"]["ExternalUnauthorized"];
            404: components["responses"]["ExternalNotFound"];
            500: components["responses"]["ExternalServerError"];
            default: components["responses"]["ExternalDefault"];
        };
    };
    getExternalPayLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalPayLinkInfoRequest"];
            };
        };
        responses: {
            200: components["responses"]["PayLink"];
            400: components["responses"]["ExternalBadRequest"];
            401: components["responses"]["ExternalUnauthorized"];
            404: components["responses"]["ExternalNotFound"];
            500: components["responses"]["ExternalServerError"];
            default: components["responses"]["ExternalDefault"];
        };
    };
    createMPosPrepay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrepayRequest"];
            };
        };
        responses: {
            200: components["responses"]["Prepay"];
            400: components["responses"]["ExternalBadRequest"];
            401: components["responses"]["ExternalUnauthorized"];
            404: components["responses"]["ExternalNotFound"];
            500: components["responses"]["ExternalServerError"];
            default: components["responses"]["ExternalDefault"];
        };
    };
    createPayFormPrepay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrepayRequest"];
            };
        };
        responses: {
            200: components["responses"]["Prepay"];
            400: components["responses"]["ExternalBadRequest"];
            401: components["responses"]["ExternalUnauthorized"];
            404: components["responses"]["ExternalNotFound"];
            500: components["responses"]["ExternalServerError"];
            default: components["responses"]["ExternalDefault"];
        };
    };
}
