export interface paths {
    "/api/v2/signin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in to the Back Office
         * @description Signs an administrator in with e-mail and password.
         *
         *     - 2FA enabled: returns `2faRequired: true` and `2faDetails`; a code is sent
         *       to the administrator's e-mail. Continue with `POST /api/v2/2fa/confirm`.
         *     - 2FA disabled: returns `2faRequired: false` and the access/refresh token pair.
         *
         *     Limits: 5 sign-in attempts per minute (failed ones included). After that,
         *     authentication is blocked for a period (default 10 minutes, configurable)
         *     and the call answers 429 with `Retry-After`.
         *
         *     Token lifetimes: access token 10 hours (from the example JWT), refresh token
         *     30 days (assumed), 2FA token 10 minutes (assumed).
         *
         *     Where the sources disagree: B2COPY's parameter table types `password` as a
         *     number, the seed as a string (and its examples send strings); the spec
         *     follows the seed. The seed's curl example sends the JSON without a
         *     `Content-Type` (curl then says form data); the mock reads it as JSON.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/2fa/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a 2FA verification code
         * @description Exchanges the 2FA token from `2faDetails.token` and the code e-mailed to the
         *     administrator for an access/refresh token pair. A successful confirmation
         *     consumes the 2FA token; an expired, unknown or already used token answers
         *     401 `twoFactorTokenInvalid`, a wrong code 401 `twoFactorCodeInvalid`.
         *
         *     Limits: 3 confirmation attempts per minute (wrong codes included). After
         *     that, authentication is blocked for a period (default 10 minutes,
         *     configurable) and the call answers 429 with `Retry-After`.
         *
         *     Token lifetimes: 2FA token 10 minutes (assumed); the issued access token
         *     10 hours, refresh token 30 days (assumed).
         */
        post: operations["confirmTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh the access token
         * @description Exchanges a valid refresh token for a new access/refresh token pair (also
         *     after the access token expired). The old refresh token stops working
         *     (inferred); an expired, unknown, rotated or revoked refresh token answers
         *     401 `refreshTokenInvalid`.
         *
         *     Limits: 5 refresh attempts per minute. After that, authentication is blocked
         *     for a period (default 10 minutes, configurable) and the call answers 429
         *     with `Retry-After`.
         *
         *     Token lifetimes: access token 10 hours, refresh token 30 days (assumed).
         */
        post: operations["refreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/signout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out of the Back Office
         * @description Revokes the access token sent in `Authorization` (and, inferred, its
         *     refresh token). Any later call with that access token answers 401.
         *     No request body.
         */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List clients
         * @description Returns clients page by page (`limit`/`offset`), sorted with
         *     `sort_by`/`sort_order` and filtered with `filter[<name>]=` keys.
         *     Tag-restricted administrators only see clients of their tags.
         */
        get: operations["listClients"];
        put?: never;
        /**
         * Create a client
         * @description Creates a client profile. The body fields are inferred (the vendor page could not be read).
         */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/clients/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Client id.
                 * @example 1024
                 */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /**
         * Get a client
         * @description One client profile; a deleted or unknown id answers 404. The object's fields are inferred.
         */
        get: operations["getClient"];
        /**
         * Update a client (PUT)
         * @description The same change as the PATCH of this path: the overview documents PUT and PATCH as equivalent for updates, so a PUT is a partial update too. The body fields are inferred.
         */
        put: operations["putClient"];
        post?: never;
        /**
         * Delete a client
         * @description Deletes the client profile; later reads of it answer 404. The 204 answer is inferred (the overview lists 204 for answers without a body). The client's accounts and transactions stay (inferred).
         */
        delete: operations["deleteClient"];
        options?: never;
        head?: never;
        /**
         * Update a client
         * @description Changes the given client fields (the vendor accepts PUT as well). The body fields are inferred.
         */
        patch: operations["updateClient"];
        trace?: never;
    };
    "/api/v2/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts
         * @description Returns an array of Account objects page by page, e.g.
         *     `?limit=10&offset=0&sort_order=desc&sort_by=createTime&filter[clientId]=1`.
         *     Tag-restricted administrators only see accounts of clients with their tags.
         */
        get: operations["listAccounts"];
        put?: never;
        /**
         * Create an account
         * @description Opens an account for a client under a product. The body fields are inferred (the vendor page could not be read).
         */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account id.
                 * @example 5001
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * Get an account
         * @description One account (the Account object of the Back Office objects page).
         */
        get: operations["getAccount"];
        /**
         * Update an account (PUT)
         * @description The same change as the PATCH of this path: the overview documents PUT and PATCH as equivalent for updates, so a PUT is a partial update too. The body fields are inferred.
         */
        put: operations["putAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an account
         * @description Changes the given account fields (the vendor accepts PUT as well). The body fields are inferred.
         */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/api/v2/accounts/{accountId}/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account id.
                 * @example 5001
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * Get account preferences
         * @description The account's preferences. The Accounts page lists this method and path only; the object is inferred (paymock: leverage for trading accounts, report and notification switches).
         */
        get: operations["getAccountPreferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/accounts/{accountId}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account id.
                 * @example 5001
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * Get an account balance
         * @description Returns the account's balance statement (decimal strings in the account currency).
         */
        get: operations["getAccountBalance"];
        /**
         * Change an account balance (PUT)
         * @description The same change as the PATCH of this path: the overview documents PUT and PATCH as equivalent for updates, so a PUT is a partial update too. The body fields are inferred.
         */
        put: operations["putAccountBalance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an account balance
         * @description Credits (positive `amount`) or debits (negative `amount`) the account balance
         *     and returns the new statement (the vendor accepts PUT as well). The body
         *     fields are inferred.
         */
        patch: operations["changeAccountBalance"];
        trace?: never;
    };
    "/api/v2/accounts/{accountId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account id.
                 * @example 5001
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a trading account
         * @description Archives the account and returns it with `archiveTime` set. No request body.
         */
        post: operations["archiveAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List transactions
         * @description Returns transactions page by page. The list never contains transactions in
         *     status `new`. Sort by `creditAmount` to order deposits and by `debitAmount`
         *     to order withdrawals. Tag-restricted administrators only see transactions
         *     of clients with their tags.
         */
        get: operations["listTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/transactions/{transactionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Transaction id.
                 * @example 90001
                 */
                transactionId: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        /**
         * Get a transaction
         * @description One transaction; unlike the list it also finds transactions in status `new`.
         */
        get: operations["getTransaction"];
        /**
         * Update a transaction (PUT)
         * @description The same change as the PATCH of this path: the overview documents PUT and PATCH as equivalent for updates, so a PUT is a partial update too. The body fields are inferred.
         */
        put: operations["putTransaction"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a transaction
         * @description Changes the status and/or comment of a transaction, e.g. rejects a pending withdrawal (the vendor accepts PUT as well). The body fields are inferred.
         */
        patch: operations["updateTransaction"];
        trace?: never;
    };
    "/api/v2/transactions/{transactionId}/check": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Transaction id.
                 * @example 90001
                 */
                transactionId: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a transaction
         * @description Sends the transaction to transaction monitoring and returns the monitoring record. The Transactions page lists this method and path only; the record, its statuses and the immediate result are inferred (paymock: a `rejected`, `failed` or `cancelled` transaction is `flagged`, any other `passed`). No request body.
         */
        post: operations["checkTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/transactions/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List transaction types
         * @description The transaction types (deposit, withdrawal, transfer, exchange, partner, external) with their settings. The Transactions page lists this method and path only; the object is inferred. Bare array, like every list.
         */
        get: operations["listTransactionTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/transactions/types/{typeId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Transaction type id (inferred numbering 1-6).
                 * @example 1
                 */
                typeId: components["parameters"]["TypeId"];
            };
            cookie?: never;
        };
        /**
         * Get a transaction type
         * @description One transaction type. Listed on the Transactions page (method and path only); the object is inferred.
         */
        get: operations["getTransactionType"];
        /**
         * Update a transaction type (PUT)
         * @description The same change as the PATCH of this path (PUT and PATCH are equivalent); the body is inferred.
         */
        put: operations["putTransactionType"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a transaction type
         * @description Changes the caption or switches the type off or on. Listed on the Transactions page (method and path only); the body is inferred.
         */
        patch: operations["updateTransactionType"];
        trace?: never;
    };
    "/api/v2/monitoring/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List transaction monitoring records
         * @description The records of transaction checks, newest first, page by page (`limit`/`offset`). Listed on the Transactions page (method and path only); the record is inferred.
         */
        get: operations["listMonitoredTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/monitoring/transactions/{monitoringId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Monitoring record id.
                 * @example 1
                 */
                monitoringId: components["parameters"]["MonitoringId"];
            };
            cookie?: never;
        };
        /**
         * Get a transaction monitoring record
         * @description One monitoring record. Listed on the Transactions page (method and path only); the record is inferred.
         */
        get: operations["getTransactionMonitoring"];
        put?: never;
        post?: never;
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
         * @description Error envelope (the vendor's shape is not documented; chosen by paymock).
         *
         *     | code | HTTP | meaning |
         *     |---|---|---|
         *     | `badRequest` | 400 | body is not valid JSON or cannot be read |
         *     | `validationFailed` | 400 | required field missing or a field is malformed; see `errors` |
         *     | `invalidCredentials` | 401 | sign-in e-mail or password is wrong |
         *     | `twoFactorCodeInvalid` | 401 | the 2FA verification code is wrong |
         *     | `twoFactorTokenInvalid` | 401 | the 2FA token is expired, unknown or already used |
         *     | `refreshTokenInvalid` | 401 | the refresh token is expired, unknown, rotated or revoked |
         *     | `tokenExpired` | 401 | the access token has expired; refresh it |
         *     | `unauthorized` | 401 | the access token is missing, malformed or revoked (signed out) |
         *     | `forbidden` | 403 | the administrator may not access this resource (e.g. client tags) |
         *     | `notFound` | 404 | the resource or route does not exist |
         *     | `methodNotAllowed` | 405 | the route does not support this method |
         *     | `payloadTooLarge` | 413 | the request body is too large |
         *     | `unsupportedMediaType` | 415 | the body is not `application/json` |
         *     | `tooManyAttempts` | 429 | attempt limit exceeded; blocked until `Retry-After` |
         *     | `internalError` | 500 | unexpected server error |
         */
        Error: {
            /**
             * @description Machine-readable error code (see the table above).
             * @enum {string}
             */
            code: "badRequest" | "validationFailed" | "invalidCredentials" | "twoFactorCodeInvalid" | "twoFactorTokenInvalid" | "refreshTokenInvalid" | "tokenExpired" | "unauthorized" | "forbidden" | "notFound" | "methodNotAllowed" | "payloadTooLarge" | "unsupportedMediaType" | "tooManyAttempts" | "internalError";
            /** @description Human-readable explanation. */
            message: string;
            /** @description Field errors for `validationFailed`, keyed by field name. */
            errors?: {
                [key: string]: string[];
            };
        };
        SignInRequest: {
            /**
             * Format: email
             * @description The administrator's e-mail.
             */
            email: string;
            /** @description The administrator's password. */
            password: string;
        };
        TwoFactorConfirmRequest: {
            /** @description The 2FA token from `2faDetails.token` (a plain string in the docs; the mock issues UUIDs). */
            token: string;
            /** @description The verification code e-mailed to the administrator (6 digits in examples). */
            code: string;
        };
        RefreshRequest: {
            /** @description The refresh token from the last issued pair. */
            refreshToken: string;
        };
        /** @description An issued token with its validity window. */
        TokenInfo: {
            /** @description The token (RS256 JWT). */
            token: string;
            /**
             * Format: date-time
             * @description When the token was generated.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the token expires.
             */
            expiresAt: string;
        };
        TokenPair: {
            accessToken: components["schemas"]["TokenInfo"];
            refreshToken: components["schemas"]["TokenInfo"];
        };
        TwoFactorDetails: {
            /**
             * Format: uuid
             * @description The 2FA token to send to `POST /api/v2/2fa/confirm`.
             */
            token: string;
            /**
             * @description How the code is delivered (only e-mail).
             * @enum {string}
             */
            provider: "email";
            /**
             * Format: date-time
             * @description When the 2FA token expires.
             */
            expiresAt: string;
        };
        /** @description 2FA is enabled; confirm the e-mailed code. */
        SignInTwoFactorRequired: {
            /** @constant */
            "2faRequired": true;
            "2faDetails": components["schemas"]["TwoFactorDetails"];
        };
        /** @description 2FA is disabled; tokens are issued at once. */
        SignInCompleted: {
            /** @constant */
            "2faRequired": false;
            accessToken: components["schemas"]["TokenInfo"];
            refreshToken: components["schemas"]["TokenInfo"];
        };
        /** @description Either the 2FA challenge (`2faRequired` true) or the token pair (`2faRequired` false). */
        SignInResponse: components["schemas"]["SignInTwoFactorRequired"] | components["schemas"]["SignInCompleted"];
        IdName: {
            id: number;
            name: string;
        };
        /** @description Decimal number as a string. */
        Decimal: string;
        /** @description Client profile (fields inferred from the documented filters). */
        Client: {
            clientId: number;
            /** Format: email */
            email: string;
            name: string;
            nickname?: string | null;
            /** @description Client type, e.g. Individual or Corporate. */
            type: components["schemas"]["IdName"];
            status: components["schemas"]["IdName"];
            internalType?: components["schemas"]["IdName"] | null;
            riskLevel?: components["schemas"]["IdName"] | null;
            verificationLevel?: components["schemas"]["IdName"] | null;
            manager?: components["schemas"]["IdName"] | null;
            /** @description Numeric ISO 3166 country code. */
            countryCode?: number | null;
            city?: string | null;
            companyShortName?: string | null;
            companyFullName?: string | null;
            /** Format: date-time */
            createTime: string;
        };
        /** @description Inferred body (the vendor page lists the method, not the body). */
        ClientCreateRequest: {
            /** Format: email */
            email: string;
            name: string;
            nickname?: string;
            /** @description Client type id (e.g. Individual or Corporate). */
            typeId?: number;
            /** @description Numeric ISO 3166 country code. */
            countryCode?: number;
            city?: string;
            managerId?: number;
            companyShortName?: string;
            companyFullName?: string;
        };
        /** @description Inferred body (the vendor page lists the method, not the body). */
        ClientUpdateRequest: {
            /** Format: email */
            email?: string;
            name?: string;
            nickname?: string | null;
            typeId?: number;
            statusId?: number;
            riskLevelId?: number | null;
            verificationLevelId?: number | null;
            countryCode?: number | null;
            city?: string | null;
            managerId?: number | null;
            companyShortName?: string | null;
            companyFullName?: string | null;
        };
        /** @description Client list filters. Id lists are comma-separated integers. */
        ClientFilter: {
            clientId?: number;
            email?: string;
            /** @description Same as `email` (the spelling used in the vendor's example URL). */
            emails?: string;
            name?: string;
            nickname?: string;
            managerIds?: components["schemas"]["IdList"];
            countryCodes?: components["schemas"]["IdList"];
            city?: string;
            statusIds?: components["schemas"]["IdList"];
            internalTypeIds?: components["schemas"]["IdList"];
            companyShortName?: string;
            companyFullName?: string;
            riskLevelIds?: components["schemas"]["IdList"];
            typeIds?: components["schemas"]["IdList"];
            verificationLevelIds?: components["schemas"]["IdList"];
        };
        /** @description Comma-separated integer ids, e.g. `1,2,3`. */
        IdList: string;
        Currency: {
            /** @description ISO 4217 code, e.g. USD. */
            alphabeticCode: string;
            /** @description Digits after the decimal point. */
            minorUnit: number;
            name: string;
            /** @description ISO 4217 numeric code. */
            numericCode: number;
        };
        /** @description Balance statement; amounts are decimal strings in the account currency. */
        Statement: {
            availableBalance: components["schemas"]["Decimal"];
            currentBalance: components["schemas"]["Decimal"];
            credit?: components["schemas"]["Decimal"];
            equity?: components["schemas"]["Decimal"];
            freeMargin?: components["schemas"]["Decimal"];
            hold?: components["schemas"]["Decimal"];
            margin?: components["schemas"]["Decimal"];
            marginLevel?: components["schemas"]["Decimal"];
            pnl?: components["schemas"]["Decimal"];
            /** Format: date-time */
            updateTime: string;
        };
        /** @enum {string} */
        AccountPermission: "deposit" | "enabled" | "exchange" | "trade" | "transferDeposit" | "transferWithdrawal" | "visible" | "withdrawal";
        Account: {
            accountId: number;
            accountNumber: string;
            clientId: number;
            caption?: string;
            name?: string;
            currency: components["schemas"]["Currency"];
            group?: components["schemas"]["IdName"];
            platform: components["schemas"]["IdName"];
            product: components["schemas"]["IdName"];
            statement?: components["schemas"]["Statement"];
            permissions: components["schemas"]["AccountPermission"][];
            /** @enum {string} */
            type: "personal" | "trade" | "demo" | "partner" | "liquidity" | "exchange" | "external" | "bo" | "iisbo" | "system";
            /** Format: date-time */
            archiveTime?: string | null;
            /** Format: date-time */
            createTime: string;
        };
        /** @description Inferred body (the vendor page lists the method, not the body). */
        AccountCreateRequest: {
            clientId: number;
            productId: number;
            /** @description ISO 4217 alphabetic code, e.g. USD. */
            currencyCode: string;
            caption?: string;
        };
        /** @description Inferred body (the vendor page lists the method, not the body). */
        AccountUpdateRequest: {
            caption?: string;
            name?: string;
            groupId?: number;
            permissions?: components["schemas"]["AccountPermission"][];
        };
        /** @description Inferred body (the vendor page lists the method, not the body). */
        BalanceChangeRequest: {
            /** @description Positive to credit, negative to debit. */
            amount: components["schemas"]["Decimal"];
            comment?: string;
        };
        AccountFilter: {
            clientId?: number;
            platformId?: number;
            productId?: number;
        };
        /** @enum {string} */
        TransactionStatus: "cancelled" | "done" | "failed" | "hold" | "holdFailed" | "inProgress" | "new" | "partial" | "pending" | "rejected" | "refund" | "refundFailed" | "trade";
        /** @enum {string} */
        TransactionType: "deposit" | "exchange" | "external" | "partner" | "transfer" | "withdrawal";
        /** @description Money movement. Deposits only have a credit side, withdrawals only a debit side, transfers and exchanges both (fields inferred; `type` and `status` values documented). */
        Transaction: {
            transactionId: number;
            type: components["schemas"]["TransactionType"];
            status: components["schemas"]["TransactionStatus"];
            clientId: number;
            creditAccountNumber?: string | null;
            creditAmount?: components["schemas"]["Decimal"] | null;
            creditCurrency?: string | null;
            debitAccountNumber?: string | null;
            debitAmount?: components["schemas"]["Decimal"] | null;
            debitCurrency?: string | null;
            comment?: string | null;
            /** Format: date-time */
            createTime: string;
            /** Format: date-time */
            updateTime?: string | null;
        };
        /** @description Inferred body (the vendor page lists the method, not the body). */
        TransactionUpdateRequest: {
            status?: components["schemas"]["TransactionStatus"];
            comment?: string;
        };
        TransactionFilter: {
            accountId?: number;
            creditAccountNumber?: string;
            debitAccountNumber?: string;
            status?: components["schemas"]["TransactionStatus"];
            type?: components["schemas"]["TransactionType"];
        };
        /** @description Account preferences (the whole object is inferred; the page gives none of its fields). */
        AccountPreferences: {
            accountId: number;
            /** @description Leverage of a trading account (e.g. 100 for 1:100); null for wallets. */
            leverage: number | null;
            /** @description Whether daily statements are e-mailed. */
            dailyReports: boolean;
            /** @description Whether the client is notified of account events. */
            notifications: boolean;
        };
        /** @description A transaction type and its settings (inferred; `name` uses the documented type values). */
        TransactionTypeInfo: {
            typeId: number;
            name: components["schemas"]["TransactionType"];
            caption: string;
            /** @description Whether new transactions of this type can be created. */
            enabled: boolean;
        };
        /** @description Inferred body. */
        TransactionTypeUpdateRequest: {
            caption?: string;
            enabled?: boolean;
        };
        /** @description The result of a transaction check (inferred). */
        MonitoringRecord: {
            monitoringId: number;
            transactionId: number;
            /**
             * @description `flagged` for a rejected, failed or cancelled transaction (paymock).
             * @enum {string}
             */
            status: "passed" | "flagged";
            /** Format: date-time */
            createTime: string;
        };
    };
    responses: {
        /** @description Malformed JSON or failed validation. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The access token is missing, malformed, expired or revoked. The 401 status for a revoked or expired token is documented (sign-out); the body and its codes `tokenExpired` and `unauthorized` are paymock's choice. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The resource does not exist or is hidden from this administrator. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Paymock's choice, not a vendor fact: the docs give the attempt limits but not the answer once one is exceeded. The mock answers 429 `tooManyAttempts`, blocks authentication for 10 minutes (the Front Office default; configurable) and says when it ends in `Retry-After`. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Any other error (e.g. 413 body too large, 415, 500) in the same envelope. */
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
        /** @description Page size. */
        Limit: number;
        /** @description Number of items to skip. */
        Offset: number;
        /** @description Sort direction. */
        SortOrder: "asc" | "desc";
        /**
         * @description Client id.
         * @example 1024
         */
        ClientId: number;
        /**
         * @description Account id.
         * @example 5001
         */
        AccountId: number;
        /**
         * @description Transaction id.
         * @example 90001
         */
        TransactionId: number;
        /**
         * @description Transaction type id (inferred numbering 1-6).
         * @example 1
         */
        TypeId: number;
        /**
         * @description Monitoring record id.
         * @example 1
         */
        MonitoringId: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds until the block is lifted (paymock's choice; default block 10 minutes).
         * @example 600
         */
        RetryAfter: number;
    };
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
            /** @description Signed in, or 2FA confirmation required. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Wrong e-mail or password. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Default"];
        };
    };
    confirmTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorConfirmRequest"];
            };
        };
        responses: {
            /** @description Code accepted; tokens issued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Wrong code, or the 2FA token is expired, unknown or already used. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
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
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description New token pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description The refresh token is expired, unknown, already rotated or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Default"];
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. No body is documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Default"];
        };
    };
    listClients: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Sort direction. */
                sort_order?: components["parameters"]["SortOrder"];
                /** @description Field to sort by. */
                sort_by?: "createTime" | "clientId" | "email" | "name";
                /** @description Filters, sent as `filter[<name>]=<value>`, e.g. `filter[emails]=jane.doe@example.com`. */
                filter?: components["schemas"]["ClientFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Clients (bare array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Default"];
        };
    };
    createClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientCreateRequest"];
            };
        };
        responses: {
            /** @description Client created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Default"];
        };
    };
    getClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Client id.
                 * @example 1024
                 */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    putClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Client id.
                 * @example 1024
                 */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientUpdateRequest"];
            };
        };
        responses: {
            /** @description Updated client. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    deleteClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Client id.
                 * @example 1024
                 */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    updateClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Client id.
                 * @example 1024
                 */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientUpdateRequest"];
            };
        };
        responses: {
            /** @description Updated client. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    listAccounts: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Sort direction. */
                sort_order?: components["parameters"]["SortOrder"];
                /** @description Field to sort by. */
                sort_by?: "createTime";
                /** @description Filters, sent as `filter[<name>]=<value>`, e.g. `filter[clientId]=1`. */
                filter?: components["schemas"]["AccountFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accounts (bare array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Default"];
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountCreateRequest"];
            };
        };
        responses: {
            /** @description Account created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Default"];
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account id.
                 * @example 5001
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Account details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    putAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account id.
                 * @example 5001
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountUpdateRequest"];
            };
        };
        responses: {
            /** @description Updated account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account id.
                 * @example 5001
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountUpdateRequest"];
            };
        };
        responses: {
            /** @description Updated account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    getAccountPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account id.
                 * @example 5001
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Preferences. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPreferences"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    getAccountBalance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account id.
                 * @example 5001
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Balance statement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    putAccountBalance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account id.
                 * @example 5001
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BalanceChangeRequest"];
            };
        };
        responses: {
            /** @description New balance statement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    changeAccountBalance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account id.
                 * @example 5001
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BalanceChangeRequest"];
            };
        };
        responses: {
            /** @description New balance statement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    archiveAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account id.
                 * @example 5001
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    listTransactions: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description Sort direction. */
                sort_order?: components["parameters"]["SortOrder"];
                /** @description Field to sort by. */
                sort_by?: "createTime" | "creditAmount" | "debitAmount";
                /** @description Filters, sent as `filter[<name>]=<value>`, e.g. `filter[status]=done`. */
                filter?: components["schemas"]["TransactionFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Transactions (bare array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Default"];
        };
    };
    getTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Transaction id.
                 * @example 90001
                 */
                transactionId: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Transaction details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    putTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Transaction id.
                 * @example 90001
                 */
                transactionId: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransactionUpdateRequest"];
            };
        };
        responses: {
            /** @description Updated transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    updateTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Transaction id.
                 * @example 90001
                 */
                transactionId: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransactionUpdateRequest"];
            };
        };
        responses: {
            /** @description Updated transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    checkTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Transaction id.
                 * @example 90001
                 */
                transactionId: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Monitoring record of the check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    listTransactionTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Transaction types (bare array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionTypeInfo"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Default"];
        };
    };
    getTransactionType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Transaction type id (inferred numbering 1-6).
                 * @example 1
                 */
                typeId: components["parameters"]["TypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transaction type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionTypeInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    putTransactionType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Transaction type id (inferred numbering 1-6).
                 * @example 1
                 */
                typeId: components["parameters"]["TypeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransactionTypeUpdateRequest"];
            };
        };
        responses: {
            /** @description Updated transaction type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionTypeInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    updateTransactionType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Transaction type id (inferred numbering 1-6).
                 * @example 1
                 */
                typeId: components["parameters"]["TypeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransactionTypeUpdateRequest"];
            };
        };
        responses: {
            /** @description Updated transaction type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionTypeInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    listMonitoredTransactions: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Monitoring records (bare array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringRecord"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Default"];
        };
    };
    getTransactionMonitoring: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Monitoring record id.
                 * @example 1
                 */
                monitoringId: components["parameters"]["MonitoringId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The monitoring record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
}
