export interface paths {
    "/v1/login_check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a token
         * @description Exchanges API credentials (issued when the merchant is connected) for a token.
         *     The request must have `content-type: application/json`.
         *
         *     - The token is valid for **24 hours** from issue. Requesting a new token before that does not
         *       revoke the old one: several tokens can be valid at once.
         *     - There is no refresh call. `refresh_token` is technical and not used for authorization; to renew,
         *       call this endpoint again.
         *     - The `date` response header carries the token creation time.
         *     - Errors are checked in groups, fail-fast: 110 (body is not valid JSON), 111 (content-type is not
         *       `application/json`), 1005 (username/password missing or invalid) → 400; then 1006 (bad
         *       credentials) → 401.
         *     - No rate limit or attempt limit is documented.
         */
        post: operations["loginCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a payment
         * @description Creates a payment object in status `not paid` and returns a link to the hosted payment form.
         *     The customer pays on the form (redirect or iframe) and is sent back to `return_success_url`, but
         *     that redirect does not prove payment. Confirm it with the `order.payment.succeeded` webhook or by
         *     polling `GET /v1/order/{order_id}` until `paid`. A payment left `not paid` for 90 days becomes
         *     `deleted`.
         *
         *     `recurring_indicator: true` makes it a parent for later auto-payments (`POST /v1/payment/recurring`).
         *     Use `payment_method: CreditCard` for a one-time card payment.
         *     Requires `AuthorizationJWT: Bearer <token>` (token valid 24 h).
         */
        post: operations["createPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payment/recurring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an auto-payment
         * @description Creates a child payment (status `not paid`) from a paid parent payment (created with
         *     `recurring_indicator: true`) and charges it automatically with the parent's payment method.
         *     The schedule is kept on the merchant side, and amounts may differ between charges. `currency` must
         *     equal the parent's. Check the result with webhooks or `GET /v1/order/{order_id}`.
         *     Requires `AuthorizationJWT: Bearer <token>` (token valid 24 h).
         */
        post: operations["createRecurringPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payment/card/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a card verification
         * @description Starts a card authorization for an existing payment. A small amount may be held and then returned.
         *     The target payment must be a parent (`recurring_indicator: true`), have amount zero, method
         *     `CreditCard` and status `not paid`. On success the payment becomes `paid` and the
         *     `order.payment.succeeded` webhook is sent. The result is checked separately.
         *     Requires `AuthorizationJWT: Bearer <token>` (token valid 24 h).
         */
        post: operations["verifyCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/order/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an order or payment
         * @description Returns one order. In the Payments API this is also how a payment is read ("get payment"):
         *     `external_id` is the merchant's `payment_id`. For Checkout orders it is the buy-link checkout
         *     id (or `""`). Poll this until `status` is `paid` to confirm a payment. Refund requests are listed
         *     in `refunds`.
         *     Requires `AuthorizationJWT: Bearer <token>` (token valid 24 h).
         */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/order/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search order ids
         * @description Returns the ids of orders that match every given filter. All filters are optional, and date bounds
         *     are inclusive.
         *     Requires `AuthorizationJWT: Bearer <token>` (token valid 24 h).
         */
        post: operations["searchOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/order/{order_id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a refund request
         * @description Files a refund request for a paid order. Softline processes it manually. The result arrives as
         *     the `product.returned` webhook, and a full refund moves the order to `deleted`. The request is shown
         *     in the order's `refunds` list.
         *
         *     Preconditions (each failure answers 400): the order is `paid` (2101); no other refund request
         *     is `New` or `Processing` (2102); the order amount is above zero (2103).
         *     Requires `AuthorizationJWT: Bearer <token>` (token valid 24 h).
         */
        post: operations["createRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/generate_buy_link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a one-time checkout link
         * @description Creates a one-time checkout page (one order per link) for products described in the request.
         *     After the purchase the order's `external_id` equals `checkout_id`, and the webhooks
         *     `order.created`, `order.payment.succeeded` and `product.delivered` follow.
         *     Requires `AuthorizationJWT: Bearer <token>` (token valid 24 h).
         */
        post: operations["generateBuyLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscription/{subscription_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a subscription
         * @description Returns one subscription. Ids have the form `NN_MM`, where NN is the parent order id.
         *     Requires `AuthorizationJWT: Bearer <token>` (token valid 24 h).
         */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscription/modify_expiration_date": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a subscription's expiration date
         * @description Moves the expiration date of an `active` subscription. It cannot be shortened beyond the
         *     limits Softline allows (2402). Subscriptions that are not active answer 2401.
         *     Requires `AuthorizationJWT: Bearer <token>` (token valid 24 h).
         */
        post: operations["modifySubscriptionExpirationDate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscription/modify_activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel or resume a subscription
         * @description `activity: false` cancels the subscription (webhook `subscription.cancelled`), and
         *     `activity: true` resumes it (webhook `subscription.restored`). Both webhooks are sent only for
         *     the parent order.
         *     Requires `AuthorizationJWT: Bearer <token>` (token valid 24 h).
         */
        post: operations["modifySubscriptionActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscription/modify_next_billing_price": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the next billing price
         * @description Sets the price of the next renewal. Only the path is documented; the body is inferred.
         *     Requires `AuthorizationJWT: Bearer <token>` (token valid 24 h).
         */
        post: operations["modifySubscriptionNextBillingPrice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscription/modify_next_product_name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the next product name
         * @description Sets the product name used for the next renewal. Only the path is documented; the body is inferred.
         *     Requires `AuthorizationJWT: Bearer <token>` (token valid 24 h).
         */
        post: operations["modifySubscriptionNextProductName"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/product": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List product ids
         * @description Returns ids of the merchant's products, paged with `limit`/`offset`.
         *     Requires `AuthorizationJWT: Bearer <token>` (token valid 24 h).
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
    "/v1/product/{product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a product
         * @description Returns one product with the same fields used when the product was created.
         *     Requires `AuthorizationJWT: Bearer <token>` (token valid 24 h).
         */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    orderEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Order event notification
         * @description Softline sends `POST` with a JSON body (UTF-8) to the merchant's webhook URL for every event
         *     on every product of an order. An order with several products produces one webhook per
         *     product (`document_part` like `1-of-2`).
         *
         *     **Signature** (body field `signature`, not a header):
         *
         *     1. Take these values from the body, in this order: the webhook secret key (set when the webhook
         *        is configured; never sent), `event`, `order_id` (decimal digits), `create_date` (exactly as
         *        sent), `payment.payment_method`, `currency`, `customer.email`.
         *     2. Join them with `;` (no leading or trailing separator):
         *        `secret;event;order_id;create_date;payment_method;currency;email`.
         *     3. Hash the UTF-8 bytes with SHA-512 and write the digest as 128 lowercase hex characters.
         *
         *     Check: secret `secret_key` with `secret_key;order.created;5555555;2021-08-13T09:16:35+03:00;CreditCard;EUR;customer@gmail.com`
         *     gives `1d0e480e14922b2e330216b2d34b3b9998267067143cf9ef7caaf3637de0307f207b7c6b1cd94ece313366baa24014c488796eef3dabbe8e60e7d1e72c73918d`.
         *     A missing value is taken as an empty string (inferred).
         *
         *     The merchant should answer 2xx. Retries and timeouts are not documented.
         */
        post: operations["orderEventWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Error envelope returned by every endpoint for 4xx and 5xx answers. */
        Error: {
            /** @description One or more errors. Checks are fail-fast per group. */
            errors: {
                /**
                 * @description Error code. Open: the docs say per-endpoint business codes exist that they do not
                 *     list, so any integer is valid; the known ones are `KnownErrorCode`.
                 */
                error: components["schemas"]["KnownErrorCode"] | number;
                /** @description Human-readable error description. */
                message: string;
            }[];
        };
        /**
         * @description The Softline error codes paymock knows (`errors[].error` accepts any integer). Codes marked *paymock* are not vendor-documented: the docs say per-endpoint
         *     business codes exist but do not list them, so paymock picked these.
         *
         *     | Code | HTTP | Meaning |
         *     |---|---|---|
         *     | 100 | 500 | Internal server error (*paymock*) |
         *     | 104 | 404/405 | Unknown URL or method (*paymock*) |
         *     | 110 | 400 | Body is not valid JSON or its structure is invalid |
         *     | 111 | 400 | `content-type` is not `application/json` |
         *     | 112 | 413 | Request body too large (*paymock*) |
         *     | 114 | 429 | Too many requests (*paymock*) |
         *     | 1005 | 400 | Request data missing or invalid ("Invalid authorization data."), on login and every other request |
         *     | 1006 | 401 | Bad credentials |
         *     | 1007 | 401 | Token invalid ("Your token is invalid.") |
         *     | 1008 | 401 | Token not sent ("Missing token.") |
         *     | 1009 | 401 | Token expired ("Your token is expired.") |
         *     | 2001 | 404/400 | Order (payment) not found (*paymock*) |
         *     | 2002 | 404/400 | Subscription not found (*paymock*) |
         *     | 2003 | 404 | Product not found (*paymock*) |
         *     | 2101 | 400 | Refund refused: order is not `paid` (*paymock*) |
         *     | 2102 | 400 | Refund refused: another request is `New`/`Processing` (*paymock*) |
         *     | 2103 | 400 | Refund refused: order amount is zero (*paymock*) |
         *     | 2201 | 400 | Auto-payment refused: parent is not a paid recurring parent (*paymock*) |
         *     | 2202 | 400 | Auto-payment refused: currency differs from the parent's (*paymock*) |
         *     | 2301 | 400 | Card verification refused: payment is not a zero-amount, `not paid`, `CreditCard` parent (*paymock*) |
         *     | 2401 | 400 | Subscription is not `active` (*paymock*) |
         *     | 2402 | 400 | Expiration date not allowed (*paymock*) |
         * @enum {integer}
         */
        KnownErrorCode: 100 | 104 | 110 | 111 | 112 | 114 | 1005 | 1006 | 1007 | 1008 | 1009 | 2001 | 2002 | 2003 | 2101 | 2102 | 2103 | 2201 | 2202 | 2301 | 2401 | 2402;
        LoginRequest: {
            /** @description API login issued when connecting to the API. */
            username: string;
            /** @description API password issued when connecting to the API. */
            password: string;
        };
        LoginResponse: {
            /** @description Authorization token (valid 24 h); send as `AuthorizationJWT: Bearer <token>`. */
            token: string;
            /** @description Technical value, not used for authorization. */
            refresh_token: string;
        };
        /**
         * @description ISO 4217 alpha-3 currency code.
         * @example EUR
         */
        CurrencyCode: string;
        /**
         * @description Decimal amount with up to 2 places and a dot separator.
         * @example 100.00
         */
        DecimalString: string;
        /** @description Decimal value sent as a string or a number (type not documented). */
        DecimalValue: string | number;
        /** @description Date-time `YYYY-MM-DDThh:mm:ss±hh:mm`, or `""` when not set. */
        DateTimeOrEmpty: string;
        /**
         * @description `not paid` (new), `paid`, `deleted` (fully refunded, or unpaid for 90 days).
         * @enum {string}
         */
        PaymentStatus: "not paid" | "paid" | "deleted";
        CreatePaymentRequest: {
            currency: components["schemas"]["CurrencyCode"];
            /** @description Payment amount. Must be above zero, except a zero-amount parent for card verification. */
            amount: components["schemas"]["DecimalString"];
            /**
             * Format: uri
             * @description Where the customer is sent after a successful online payment (not a proof of payment).
             */
            return_success_url: string;
            /**
             * @description Payment method code (available methods depend on the currency). `CreditCard` for card payments.
             * @example CreditCard
             */
            payment_method: string;
            /**
             * @description true = parent payment for later auto-payments.
             * @default false
             */
            recurring_indicator?: boolean;
            /** @description Merchant-side id, informational; returned as the order's `external_id`. */
            payment_id?: string;
            /** @description Text that can be shown to the customer. */
            payment_description?: string;
        };
        /** @description Payment (order) created or acted on. Field names are inferred. */
        PaymentResponse: {
            /** @description Order (payment) id. */
            order_id: number;
            /** @description Order name (prefixed id). */
            order_name?: string;
            status: components["schemas"]["PaymentStatus"];
            /**
             * Format: uri
             * @description Link to the hosted payment form.
             */
            payment_url?: string;
        };
        RecurringPaymentRequest: {
            /** @description Paid parent payment (`recurring_indicator` true). */
            parent_order_id: number;
            /** @description Merchant-side id (digits, Latin letters, `-`, `_`); uniqueness is not checked. */
            payment_id: string;
            /** @description Must equal the parent's currency. */
            currency: components["schemas"]["CurrencyCode"];
            /** @description Amount above zero with up to 2 decimal places (a JSON number here). */
            amount: number;
            payment_description?: string;
        };
        CardVerificationRequest: {
            /** @description Zero-amount `not paid` `CreditCard` parent payment. */
            order_id: number;
        };
        /** @description Customer data (all fields optional). */
        Customer: {
            country?: string;
            /** @description Customer type, e.g. `physical`. */
            type?: string;
            email?: string;
            first_name?: string;
            last_name?: string;
            phone?: string;
            vat_number?: string;
            company_name?: string;
            company_billing_address?: string;
            company_delivery_address?: string;
        };
        /** @description How the order was paid. */
        PaymentDetails: {
            /** @example CreditCard */
            payment_method?: string;
            /** @example Bank Card */
            payment_system_name?: string;
            card_type?: string;
            card_last_4?: string;
            card_expiration_date?: string;
            is_card_expired?: boolean;
            is_installment_payment?: boolean;
        };
        /** @description Product line of an order. */
        OrderProduct: {
            id?: number;
            vendor_code?: string;
            sku?: string;
            /** @example b2c */
            business_segment?: string;
            name?: string;
            price?: components["schemas"]["DecimalValue"];
            quantity?: number;
            discount_percent?: components["schemas"]["DecimalValue"];
            discount_amount?: components["schemas"]["DecimalValue"];
            vat_amount?: components["schemas"]["DecimalValue"];
            amount?: components["schemas"]["DecimalValue"];
            margin?: components["schemas"]["DecimalValue"];
        };
        /** @description Refund request of an order (fields inferred). */
        Refund: {
            id: number;
            /** @enum {string} */
            status: "New" | "Processing" | "Completed" | "Rejected";
            email: string;
            description?: string;
            /** Format: date-time */
            create_date: string;
        };
        Order: {
            order_id: number;
            /** @description Order name (prefixed id). */
            order_name: string;
            status: components["schemas"]["PaymentStatus"];
            /** @description Payments, your `payment_id`; Checkout, the buy-link checkout id; otherwise `""`. */
            external_id?: string;
            /** Format: date-time */
            create_date: string;
            pay_date?: components["schemas"]["DateTimeOrEmpty"];
            currency?: components["schemas"]["CurrencyCode"];
            amount?: components["schemas"]["DecimalString"];
            /** @description Parent for auto-payments (inferred). */
            recurring_indicator?: boolean;
            /** @description Parent of an auto-payment (inferred). */
            parent_order_id?: number | null;
            customer?: components["schemas"]["Customer"];
            payment?: components["schemas"]["PaymentDetails"];
            /** @description Product lines (Checkout orders). */
            products?: components["schemas"]["OrderProduct"][];
            /** @description Refund requests of this order (inferred). */
            refunds?: components["schemas"]["Refund"][];
        };
        /** @description All filters optional; date bounds inclusive. */
        OrderSearchRequest: {
            status?: components["schemas"]["PaymentStatus"];
            external_id?: string;
            /** Format: date-time */
            create_date_from?: string;
            /** Format: date-time */
            create_date_to?: string;
            /** Format: date-time */
            pay_date_from?: string;
            /** Format: date-time */
            pay_date_to?: string;
        };
        OrderIdList: {
            ids: number[];
        };
        CreateRefundRequest: {
            /**
             * Format: email
             * @description Merchant contact e-mail (not the customer's).
             */
            email: string;
            /** @description Reason; for Checkout say whether full or partial and which item. */
            description?: string;
        };
        BuyLinkProduct: {
            /** @description Original product id, unique within the request. */
            id: number;
            sku?: string;
            vendor_code?: string;
            name: string;
            name_for_invoice?: string;
            price: components["schemas"]["DecimalString"];
        };
        /** @description Subscription, customer and extra order data may also be sent (fields not documented here). */
        GenerateBuyLinkRequest: {
            currency: components["schemas"]["CurrencyCode"];
            products: components["schemas"]["BuyLinkProduct"][];
        };
        BuyLink: {
            /**
             * Format: uri
             * @description One-time checkout URL (one order per link).
             */
            buy_link: string;
            /** @description Checkout id; becomes the order's `external_id`. */
            checkout_id: string;
        };
        /** @description `NN_MM`, NN = parent order id. */
        SubscriptionId: string;
        Subscription: {
            id: components["schemas"]["SubscriptionId"];
            /**
             * @description `AR` auto-renewal (incl. AR Trial) or `PMR` pre-filled manual renewal.
             * @enum {string}
             */
            type: "AR" | "PMR";
            /** @enum {string} */
            status: "active" | "not paid" | "cancelled";
            initial_order?: {
                order_id?: number;
                /** Format: date-time */
                create_date?: string;
            };
            /** Format: uri */
            url?: string;
            /**
             * Format: date-time
             * @description Current expiration date (inferred).
             */
            expiration_date?: string;
        };
        ModifyExpirationDateRequest: {
            id: components["schemas"]["SubscriptionId"];
            /** Format: date-time */
            expiration_date: string;
        };
        ModifyActivityRequest: {
            id: components["schemas"]["SubscriptionId"];
            /** @description false = cancel, true = resume. */
            activity: boolean;
            suppress_customer_notification?: boolean;
        };
        /** @description Inferred body. */
        ModifyNextBillingPriceRequest: {
            id: components["schemas"]["SubscriptionId"];
            price: components["schemas"]["DecimalString"];
        };
        /** @description Inferred body. */
        ModifyNextProductNameRequest: {
            id: components["schemas"]["SubscriptionId"];
            product_name: string;
        };
        ProductIdList: {
            ids: number[];
        };
        Product: {
            id: number;
            /** @description `YYYY-MM-DD HH:MI:SS`, UTC+3. */
            update_date?: string;
            family_name?: string;
            name: string;
            is_publish?: boolean;
            image_url?: string;
            description?: string;
            variants?: {
                sku?: string;
                vendor_code?: string;
            }[];
        };
        WebhookEvent: {
            /**
             * @description - `order.created`: order / payment created.
             *     - `order.payment.succeeded`: paid, or card verification succeeded.
             *     - `order.payment.failed`: payment error.
             *     - `product.delivered`: license sent to the customer (Checkout).
             *     - `product.returned`: license returned or replaced (refund, chargeback) / refund completed.
             *     - `subscription.cancelled`, `subscription.restored`: Checkout, parent order only.
             * @enum {string}
             */
            event: "order.created" | "order.payment.succeeded" | "order.payment.failed" | "product.delivered" | "product.returned" | "subscription.cancelled" | "subscription.restored";
            /** Format: date-time */
            event_date?: string;
            order_id: number;
            order_name?: string;
            status: components["schemas"]["PaymentStatus"];
            external_id?: string;
            /** Format: date-time */
            create_date: string;
            pay_date?: components["schemas"]["DateTimeOrEmpty"];
            currency: components["schemas"]["CurrencyCode"];
            locale?: string;
            order_detail_url?: string;
            /** @description Part of a multi-product order, e.g. `1-of-1`. */
            document_part?: string;
            customer?: components["schemas"]["Customer"];
            product?: components["schemas"]["OrderProduct"];
            payment?: components["schemas"]["PaymentDetails"];
            /** @description Lowercase hex SHA-512 of UTF-8 `secret;event;order_id;create_date;payment.payment_method;currency;customer.email`. */
            signature: string;
        };
    };
    responses: {
        /** @description Invalid login request (codes 110, 111, 1005). */
        LoginBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Authentication failed (code 1006). */
        BadCredentials: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Invalid request body (codes 110, 111, 1005). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Invalid path or query parameter (code 1005). */
        InvalidParameters: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Invalid request or unknown subscription (codes 110, 111, 1005, 2002). */
        SubscriptionBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Token invalid (1007), not sent (1008) or expired (1009). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Invalid request URL (code 104). */
        UrlNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unknown URL or order (codes 104, 2001). */
        OrderNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Internal server error; try again later (code 100). */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Change applied; the updated subscription. */
        SubscriptionUpdated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Subscription"];
            };
        };
        /** @description Any other error (413 body too large, 429, 405, ...) in the vendor envelope. */
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
         * @description Order (payment) id.
         * @example 5555555
         */
        OrderId: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    loginCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Token issued. */
            200: {
                headers: {
                    /**
                     * @description Date and time the token was created.
                     * @example Fri, 13 Aug 2021 06:16:35 GMT
                     */
                    date?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            400: components["responses"]["LoginBadRequest"];
            401: components["responses"]["BadCredentials"];
            404: components["responses"]["UrlNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    createPayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePaymentRequest"];
            };
        };
        responses: {
            /** @description Payment created in status `not paid`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["UrlNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    createRecurringPayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecurringPaymentRequest"];
            };
        };
        responses: {
            /** @description Child payment created; automatic charging started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentResponse"];
                };
            };
            /** @description Invalid request, or the parent payment cannot be used. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["UrlNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    verifyCard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardVerificationRequest"];
            };
        };
        responses: {
            /** @description Verification started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentResponse"];
                };
            };
            /** @description Invalid request, or the payment does not meet the preconditions. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["UrlNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Order (payment) id.
                 * @example 5555555
                 */
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["InvalidParameters"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["OrderNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    searchOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderSearchRequest"];
            };
        };
        responses: {
            /** @description Matching order ids. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderIdList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["UrlNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    createRefund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Order (payment) id.
                 * @example 5555555
                 */
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRefundRequest"];
            };
        };
        responses: {
            /** @description Refund request accepted (no body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request, or the order cannot be refunded now. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["OrderNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    generateBuyLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateBuyLinkRequest"];
            };
        };
        responses: {
            /** @description Checkout link created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuyLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["UrlNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Subscription id `NN_MM` (NN = parent order id).
                 * @example 111111_22222
                 */
                subscription_id: components["schemas"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["InvalidParameters"];
            401: components["responses"]["Unauthorized"];
            /** @description Unknown URL or subscription. */
            404: {
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
    modifySubscriptionExpirationDate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifyExpirationDateRequest"];
            };
        };
        responses: {
            200: components["responses"]["SubscriptionUpdated"];
            /** @description Invalid request or subscription state. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["UrlNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    modifySubscriptionActivity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifyActivityRequest"];
            };
        };
        responses: {
            200: components["responses"]["SubscriptionUpdated"];
            400: components["responses"]["SubscriptionBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["UrlNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    modifySubscriptionNextBillingPrice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifyNextBillingPriceRequest"];
            };
        };
        responses: {
            200: components["responses"]["SubscriptionUpdated"];
            400: components["responses"]["SubscriptionBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["UrlNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    modifySubscriptionNextProductName: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifyNextProductNameRequest"];
            };
        };
        responses: {
            200: components["responses"]["SubscriptionUpdated"];
            400: components["responses"]["SubscriptionBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["UrlNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of ids to return.
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description Number of ids to skip.
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description At least 3 characters. Matched against family_name, name, description, variants.sku and variants.vendor_code.
                 * @example antivirus
                 */
                search_string?: string;
                /**
                 * @description 1 = leave out auto-renewal (AR) renewal products. Default 0.
                 * @example 0
                 */
                exclude_renew_ar_products?: 0 | 1;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Product ids. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductIdList"];
                };
            };
            400: components["responses"]["InvalidParameters"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["UrlNotFound"];
            500: components["responses"]["ServerError"];
            default: components["responses"]["Default"];
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Product id.
                 * @example 123456
                 */
                product_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            400: components["responses"]["InvalidParameters"];
            401: components["responses"]["Unauthorized"];
            /** @description Unknown URL or product. */
            404: {
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
    orderEventWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description The merchant accepted the notification (any 2xx). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The merchant rejected the notification, for example because of a bad signature. */
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
