export interface paths {
    "/__mock/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exercises the clock and one routed request */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Puts the session (or one API of it) back to the seed
         * @description Without `api`: every API of the session back to the seed, its clock to real time and its
         *     callback target to `--callback-url`. With `api`: that API only; the clock and the callback
         *     target stay.
         */
        post: operations["reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Codes the mock sent by e-mail or SMS */
        get: operations["listOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session clock */
        get: operations["getClock"];
        put?: never;
        /** Moves, sets, freezes or unfreezes the session clock */
        post: operations["changeClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session's request journal for this API */
        get: operations["listRequests"];
        put?: never;
        post?: never;
        /** Empties the session's journal for this API */
        delete: operations["clearRequests"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/requests/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Counts journaled requests (partial deep match on the body) */
        post: operations["countRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The named provider states of this API */
        get: operations["listStates"];
        put?: never;
        /** Sets up a named provider state and returns what a test needs */
        post: operations["setUpState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session's faults and stubs for this API */
        get: operations["listFaults"];
        put?: never;
        /** Adds a fault or stub */
        post: operations["addFault"];
        /** Removes every fault and stub of the session for this API */
        delete: operations["clearFaults"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/faults/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Removes one fault or stub */
        delete: operations["removeFault"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every callback and webhook the session sent from this API */
        get: operations["listCallbacks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/callbacks/target": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session's callback URL (null when --callback-url applies) */
        get: operations["getCallbackTarget"];
        put?: never;
        /** Sets the session's callback URL (overrides --callback-url; null goes back to it) */
        post: operations["setCallbackTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session's whole state as JSON */
        get: operations["getSnapshot"];
        /** Restores a snapshot into the session exactly */
        put: operations["restoreSnapshot"];
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
        Error: {
            error: string;
            violations?: {
                [key: string]: unknown;
            }[];
        };
        Health: {
            /** @enum {string} */
            api: "nbcgate" | "mercuryo-spend" | "softline-checkout" | "b2core-backoffice";
            /** @enum {string} */
            status: "ok" | "degraded";
            reason?: string;
        };
        OutboxMessage: {
            id: number;
            to: string;
            /** @enum {string} */
            channel: "email" | "sms";
            purpose: string;
            code: string;
            /** Format: date-time */
            sentAt: string;
        };
        ClockState: {
            /** Format: date-time */
            now: string;
            offsetSeconds: number;
            frozen: boolean;
        };
        ClockChange: {
            advanceSeconds: number;
        } | {
            /** Format: date-time */
            now: string;
        } | {
            freeze: boolean;
        };
        JournalEntry: {
            id: number;
            /** Format: date-time */
            time: string;
            method: string;
            path: string;
            query: {
                [key: string]: string | string[];
            };
            headers: {
                [key: string]: string;
            };
            /** @description The parsed JSON body (or its text), secrets redacted. */
            body?: unknown;
            /** @description 0 when a socket-level fault gave no HTTP answer. */
            status: number;
            /** @description The answer's body, secrets redacted. */
            response?: unknown;
            operationId: string | null;
            durationMs: number;
            /**
             * @description Where the answer came from; `proxy` for traffic `paymock proxy` passed on (or answered for its target).
             * @enum {string}
             */
            source: "scripted" | "example" | "fault" | "error" | "admin-refused" | "proxy";
            /** @description Proxy entries only. The headers of the answer the client got, secrets redacted. */
            responseHeaders?: {
                [key: string]: string;
            };
            /** @description Proxy entries only. What the spec does not allow in the request or the answer. */
            violations?: {
                /** @enum {string} */
                side: "request" | "response";
                /** @description status-not-declared, body-schema, header, request or no-operation. */
                kind: string;
                message: string;
            }[];
            /** @description Proxy entries only. Why the target gave no usable answer (refused, timeout, TLS). */
            upstreamError?: string;
        };
        CountFilter: {
            method?: string;
            path?: string;
            operationId?: string;
            status?: number;
            /** @description Must be contained in the request body (objects match a subset of keys). */
            body?: unknown;
        };
        FaultSpec: {
            operationId?: string;
            method?: string;
            path?: string;
            status?: number;
            delayMs?: number;
            /** @enum {string} */
            fault?: "connection-reset" | "timeout" | "empty-response" | "malformed-json";
            times?: number;
            probability?: number;
            seed?: string | number;
            /** @description A stub's body (with `status`); checked against the operation's declared response unless `unchecked`. */
            body?: unknown;
            headers?: {
                [key: string]: string;
            };
            unchecked?: boolean;
        };
        FaultRule: components["schemas"]["FaultSpec"] & {
            id: string;
            remaining?: number;
            hits: number;
        };
        CallbackRecord: {
            id: number;
            url: string;
            headers: {
                [key: string]: string;
            };
            /** @description The JSON body sent (secrets redacted). */
            body: unknown;
            event?: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            httpStatus?: number;
            reason?: string;
            /** Format: date-time */
            time: string;
        };
        CallbackTarget: {
            url: string | null;
        };
        Snapshot: {
            /** @constant */
            format: "paymock-snapshot/1";
            clock: {
                offsetMs: number;
                frozenAt: number | null;
            };
            callbackTarget: string | null;
            apis: {
                [key: string]: unknown;
            };
        };
    };
    responses: {
        /** @description The request was refused; nothing changed. */
        Refused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The session clock after the call. */
        Clock: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ClockState"];
            };
        };
        /** @description The session's callback URL. */
        CallbackTarget: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CallbackTarget"];
            };
        };
    };
    parameters: {
        /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
        Session: string;
        /** @description Only entries with a greater id. */
        Since: number;
        /** @description The newest N entries. */
        Limit: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
                "X-Paymock-Session"?: components["parameters"]["Session"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API serves. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            400: components["responses"]["Refused"];
            /** @description The API cannot serve in this session; `reason` says why. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    reset: {
        parameters: {
            query?: {
                /** @description Reset only this API of the session (one of the APIs the mock serves). */
                api?: "nbcgate" | "mercuryo-spend" | "softline-checkout" | "b2core-backoffice";
            };
            header?: {
                /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
                "X-Paymock-Session"?: components["parameters"]["Session"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Refused"];
        };
    };
    listOutbox: {
        parameters: {
            query?: {
                /** @description Recipients (repeat for several; case-insensitive). */
                to?: string[];
                /** @description Only entries with a greater id. */
                since?: components["parameters"]["Since"];
                /** @description The newest N entries. */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
                "X-Paymock-Session"?: components["parameters"]["Session"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messages, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMessage"][];
                };
            };
            400: components["responses"]["Refused"];
        };
    };
    getClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
                "X-Paymock-Session"?: components["parameters"]["Session"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Clock"];
            400: components["responses"]["Refused"];
        };
    };
    changeClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
                "X-Paymock-Session"?: components["parameters"]["Session"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClockChange"];
            };
        };
        responses: {
            200: components["responses"]["Clock"];
            400: components["responses"]["Refused"];
        };
    };
    listRequests: {
        parameters: {
            query?: {
                method?: string;
                /** @description An exact path or the operation's path template (`/v1/order/{order_id}`). */
                path?: string;
                operationId?: string;
                status?: number;
                /** @description Only entries with a greater id. */
                since?: components["parameters"]["Since"];
                /** @description The newest N entries. */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
                "X-Paymock-Session"?: components["parameters"]["Session"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Entries, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalEntry"][];
                };
            };
            400: components["responses"]["Refused"];
        };
    };
    clearRequests: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
                "X-Paymock-Session"?: components["parameters"]["Session"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Emptied. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Refused"];
        };
    };
    countRequests: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
                "X-Paymock-Session"?: components["parameters"]["Session"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CountFilter"];
            };
        };
        responses: {
            /** @description How many entries match. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                    };
                };
            };
            400: components["responses"]["Refused"];
        };
    };
    listStates: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
                "X-Paymock-Session"?: components["parameters"]["Session"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Names and descriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        description: string;
                    }[];
                };
            };
            400: components["responses"]["Refused"];
        };
    };
    setUpState: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
                "X-Paymock-Session"?: components["parameters"]["Session"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    state: string;
                    params?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Set up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        state: string;
                        values: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            400: components["responses"]["Refused"];
            404: components["responses"]["Refused"];
        };
    };
    listFaults: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
                "X-Paymock-Session"?: components["parameters"]["Session"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rules, oldest first (the newest matching one applies). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaultRule"][];
                };
            };
            400: components["responses"]["Refused"];
        };
    };
    addFault: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
                "X-Paymock-Session"?: components["parameters"]["Session"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FaultSpec"];
            };
        };
        responses: {
            /** @description Added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        operationId: string;
                    };
                };
            };
            400: components["responses"]["Refused"];
        };
    };
    clearFaults: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
                "X-Paymock-Session"?: components["parameters"]["Session"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Refused"];
        };
    };
    removeFault: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
                "X-Paymock-Session"?: components["parameters"]["Session"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Refused"];
            404: components["responses"]["Refused"];
        };
    };
    listCallbacks: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
                "X-Paymock-Session"?: components["parameters"]["Session"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Callbacks, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackRecord"][];
                };
            };
            400: components["responses"]["Refused"];
        };
    };
    getCallbackTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
                "X-Paymock-Session"?: components["parameters"]["Session"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CallbackTarget"];
            400: components["responses"]["Refused"];
        };
    };
    setCallbackTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
                "X-Paymock-Session"?: components["parameters"]["Session"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallbackTarget"];
            };
        };
        responses: {
            200: components["responses"]["CallbackTarget"];
            400: components["responses"]["Refused"];
        };
    };
    getSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
                "X-Paymock-Session"?: components["parameters"]["Session"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot; treat it as opaque. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Snapshot"];
                };
            };
            400: components["responses"]["Refused"];
        };
    };
    restoreSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session (1-64 of `[A-Za-z0-9._-]`); absent = the default session. */
                "X-Paymock-Session"?: components["parameters"]["Session"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Snapshot"];
            };
        };
        responses: {
            /** @description Restored. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Refused"];
        };
    };
}
