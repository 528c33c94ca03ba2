// Generated from libs/sdk/openapi/access.json by tools/openapi. Do not edit.
export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public keys of the tokens this service issues
         * @description A JSON Web Key Set: the current signing key and the retired ones whose tokens have not all expired. Cached for 60 seconds.
         */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process is up
         * @description Does not touch the database: stays 200 while the database is away, so an orchestrator does not restart a service that will recover by itself.
         */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the service can reach its database
         * @description Answers within the database connect timeout (5 s): 503 while the database is away, 200 again once it is back, without a restart.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List access requests
         * @description Those you may read: yours, your teams’, those on ports your teams own or that name you as approver; all for auditors, governance officers and platform admins. Newest first.
         */
        get: operations["listAccessRequests"];
        put?: never;
        /**
         * Request access to an output port
         * @description For yourself or a team you belong to. The port is resolved in the catalog with your own token. Its owner team’s domain owners approve; when the contract’s ODCS roles name `firstLevelApprovers` and `secondLevelApprovers` (team or principal names, comma-separated), they approve in two steps. When the contract carries the root custom property `autoApprove: true` (`customProperties: [{ property: autoApprove, value: true }]`), the request is answered `approved` with its grant at once, decided by `auto-approve`.
         */
        post: operations["createAccessRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an access request */
        get: operations["getAccessRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the current step of an access request
         * @description The first level moves a two-step request to `awaiting-second-level`; the last level approves it and creates the grant in the same transaction.
         */
        post: operations["approveAccessRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access-requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an access request
         * @description By its requester (or a platform admin), while it is open.
         */
        post: operations["cancelAccessRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access-requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject an access request
         * @description By an approver of the current step.
         */
        post: operations["rejectAccessRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit entries
         * @description In chain order (oldest first). Auditors, governance officers and platform admins.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export audit entries as NDJSON
         * @description One audit entry (as in the list) per line, in chain order, with the list's filters; `limit`/`offset` are ignored. At most 100000 entries per export: narrow `from`/`to` for more. Auditors, governance officers and platform admins.
         */
        get: operations["exportAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/local-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report decisions made locally by the SDK
         * @description Up to 1000 decisions the SDK's enforcer made in-process from a principal's bundle, taken into the audit log as `decision` entries with `details.source` `local`, the bundle's ETag and `firstAt`/`lastAt` as reported. Alike decisions (same caller, principal, resource, action, purpose, answer, grant and bundle) reported within a second become one entry whose `count` sums theirs. A principal reports its own decisions; platform admins (and the service tokens acting as one) those of anyone.
         */
        post: operations["recordLocalDecisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify the audit chain
         * @description Recomputes every hash in order and checks that no entry is missing, changed or out of place. Auditors, governance officers and platform admins.
         */
        get: operations["verifyAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange an API key for an access token
         * @description The token names the service account (`sub`), its global roles (`roles`) and its team memberships (`teams`, `{ team, role }`). An unknown, revoked or expired key, or a disabled service account, answers 401.
         */
        post: operations["issueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * May this principal read this output port now?
         * @description Allow when the principal is a platform admin, a member of the team owning the port, or holds (itself or through a team) a grant on that port that is neither revoked nor expired, computed now. A `purpose` is compared with the grant’s in `reasons` but never denies. You may ask about yourself; platform admins about anyone.
         */
        post: operations["decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide up to 500 checks at once
         * @description Allow when the principal is a platform admin, a member of the team owning the port, or holds (itself or through a team) a grant on that port that is neither revoked nor expired, computed now. A `purpose` is compared with the grant’s in `reasons` but never denies. You may ask about yourself; platform admins about anyone. Results come in the order of the checks.
         */
        post: operations["decideBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the event feed (CloudEvents 1.0, commit order, long-poll)
         * @description The facts the access service wrote in the same transaction as each change, as CloudEvents 1.0 structured JSON, oldest first. Page with `after` = the previous answer’s `next`; with `wait`, an empty answer is held until an event is committed (or the wait ends). An event appears only once every transaction that began before it has ended, so a reader following `next` never skips one; delivery to consumers is at-least-once (deduplicate on `id`). Events are kept 30 days, then removed in batches. Any authenticated principal may read the feed: facts carry names, URNs, ids and states, never secrets.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List grants
         * @description Those you may read: yours, your teams’ and those on ports your teams own; all for auditors, governance officers and platform admins. `active` is computed when read.
         */
        get: operations["listGrants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a grant
         * @description The ETag header changes when the grant is revoked; send it back in If-Match to revoke only the grant you read.
         */
        get: operations["getGrant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grants/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a grant
         * @description Domain owners of the port’s team and platform admins. The grant stops being active at once. Send If-Match with the ETag you read to revoke only the grant as you saw it.
         */
        post: operations["revokeGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing key
         * @description New tokens are signed with a new key; the old key stays in the key set until the tokens it signed have expired. Platform admins only.
         */
        post: operations["rotateSigningKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List principals
         * @description Sorted by name, filtered by kind, global role and name prefix, paginated with limit/offset.
         */
        get: operations["listPrincipals"];
        put?: never;
        /**
         * Create a principal
         * @description A principal is a user or a service account that acts in the mesh. Platform admins only.
         */
        post: operations["createPrincipal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a principal */
        get: operations["getPrincipal"];
        put?: never;
        post?: never;
        /**
         * Delete a principal
         * @description Also ends its team memberships. To keep its records, disable it instead.
         */
        delete: operations["deletePrincipal"];
        options?: never;
        head?: never;
        /**
         * Update a principal
         * @description Changes the display name, e-mail address, global roles or disabled flag. Send If-Match with the ETag you read to avoid overwriting a concurrent change.
         */
        patch: operations["updatePrincipal"];
        trace?: never;
    };
    "/v1/principals/{id}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a service account's API keys
         * @description Metadata only, revoked keys included; never the secrets. Platform admins only.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key for a service account
         * @description The answer holds the secret, once: only its hash is stored. Exchange it for tokens at POST /v1/auth/token. Platform admins only.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals/{id}/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key can no longer be exchanged for tokens; tokens already issued stay valid until they expire. Platform admins only.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals/{id}/bundle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a principal may do, packed for local decisions
         * @description The principal’s platform permissions as packed CASL rules, its memberships and the grants in force now, so that the SDK can decide locally. Cache it until `expiresAt` (also sent as Cache-Control max-age); send its ETag back in If-None-Match to get 304 while nothing changed. For the principal itself, platform admins, auditors and governance officers.
         */
        get: operations["getPrincipalBundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals/{id}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a principal's team memberships
         * @description Sorted by team name, paginated with limit/offset.
         */
        get: operations["listPrincipalMemberships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List teams
         * @description Sorted by name, paginated with limit/offset.
         */
        get: operations["listTeams"];
        put?: never;
        /**
         * Create a team
         * @description A team owns domains in the catalog (its name is their `ownerTeamId`). Platform admins only.
         */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a team */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        /**
         * Delete a team
         * @description Only a team without members can be deleted. Platform admins only.
         */
        delete: operations["deleteTeam"];
        options?: never;
        head?: never;
        /**
         * Update a team
         * @description Platform admins and the owners of the team. Send If-Match with the ETag you read to avoid overwriting a concurrent change.
         */
        patch: operations["updateTeam"];
        trace?: never;
    };
    "/v1/teams/{name}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the members of a team
         * @description Sorted by principal name, paginated with limit/offset.
         */
        get: operations["listTeamMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{name}/members/{principalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add a member to a team or change its role
         * @description Platform admins and the owners of the team. Answers 201 when the principal joins, 200 when its role is set again.
         */
        put: operations["putTeamMember"];
        post?: never;
        /**
         * Remove a member from a team
         * @description Platform admins and the owners of the team.
         */
        delete: operations["removeTeamMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccessRequestDto: {
            /**
             * @description Who will read the port.
             * @example {
             *       "team": "billing-team"
             *     }
             */
            consumer: components["schemas"]["ConsumerDto"];
            /**
             * Format: date-time
             * @description When it was asked.
             * @example 2026-11-26T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it was decided; null while open.
             * @example 2026-11-26T09:30:00.000Z
             */
            decidedAt?: string | null;
            /**
             * @description Who approved last, rejected or cancelled; null while open.
             * @example 5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40
             */
            decidedBy?: string | null;
            /**
             * @description Reason given with the decision.
             * @example Purpose covered by the consent policy.
             */
            decisionReason?: string | null;
            /**
             * @description Domain of the port.
             * @example crm
             */
            domain: string;
            /**
             * @description How long the grant lasts once approved, in days.
             * @example 90
             */
            durationDays: number;
            /**
             * @description Fields asked for; null for all.
             * @example [
             *       "customer_id",
             *       "country"
             *     ]
             */
            fields?: string[] | null;
            /**
             * Format: uuid
             * @description The grant created by the final approval.
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            grantId?: string | null;
            /**
             * Format: uuid
             * @description Request id.
             * @example 1f2e3d4c-5b6a-4789-8abc-def012345678
             */
            id: string;
            /**
             * @description Team owning the port; its domain owners approve.
             * @example crm-data-team
             */
            ownerTeamId: string;
            /**
             * @description URN of the output port asked for.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string;
            /**
             * @description Data product of the port.
             * @example customers
             */
            product: string;
            /**
             * @description What the data is for.
             * @example Monthly churn analysis
             */
            purpose: string;
            /**
             * @description Principal who asked.
             * @example 5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40
             */
            requesterId: string;
            /**
             * @description `pending` → (`awaiting-second-level` →) `approved`, or `rejected` / `cancelled`.
             * @example pending
             * @enum {string}
             */
            state: "pending" | "awaiting-second-level" | "approved" | "rejected" | "cancelled";
            /** @description One step, or two when the contract names second-level approvers. */
            steps: components["schemas"]["ApprovalStepDto"][];
            /**
             * Format: date-time
             * @description Last change.
             * @example 2026-11-26T09:30:00.000Z
             */
            updatedAt: string;
        };
        AccessRequestPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["AccessRequestDto"][];
            /**
             * @description Page size used.
             * @example 50
             */
            limit: number;
            /**
             * @description Items skipped before this page.
             * @example 0
             */
            offset: number;
            /**
             * @description Number of items across all pages.
             * @example 42
             */
            total: number;
        };
        ApiKeyDto: {
            /**
             * Format: date-time
             * @description When the key was created.
             * @example 2026-01-15T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the key stops working; null for never.
             * @example 2027-01-01T00:00:00.000Z
             */
            expiresAt?: string | null;
            /**
             * Format: uuid
             * @description Id of the key.
             * @example 9a3e1c2b-5d4f-4e6a-8b7c-1d2e3f4a5b6c
             */
            id: string;
            /**
             * @description What the key is for.
             * @example nightly ingestion
             */
            name: string;
            /**
             * Format: uuid
             * @description The service account the key belongs to.
             * @example 5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40
             */
            principalId: string;
            /**
             * Format: date-time
             * @description When the key was revoked; null while it is not.
             * @example null
             */
            revokedAt?: string | null;
        };
        ApprovalStepDto: {
            /**
             * Format: date-time
             * @description When this level was approved; null while open.
             * @example 2026-11-26T09:30:00.000Z
             */
            approvedAt?: string | null;
            /**
             * @description Principal who approved this level; null while open.
             * @example 5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40
             */
            approvedBy?: string | null;
            /**
             * @description Who may approve at this level: the owners of the port’s team (`team:<name>/domain-owner`), and the teams or principals the contract’s roles name.
             * @example [
             *       "team:crm-data-team/domain-owner",
             *       "crm-stewards"
             *     ]
             */
            approvers: string[];
            /**
             * @description 1 for the first level, 2 for the second.
             * @example 1
             */
            level: number;
        };
        AuditEventDto: {
            /**
             * @description What was done, as `<resource kind>.<verb>` or `decision`.
             * @example team.member.set
             */
            action: string;
            /**
             * @description Who acted: a principal id, or `anonymous`.
             * @example 7d2f1c9a-3b4e-4f5a-8c6d-9e0f1a2b3c4d
             */
            actor: string;
            /**
             * @description A few facts about the event; never secrets.
             * @example {
             *       "principalId": "7d2f1c9a-3b4e-4f5a-8c6d-9e0f1a2b3c4d",
             *       "role": "domain-owner"
             *     }
             */
            details: {
                [key: string]: unknown;
            };
            /**
             * @description sha256 (hex) over the canonical JSON (keys sorted) of this entry’s fields and prevHash.
             * @example 60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752
             */
            hash: string;
            /**
             * Format: date-time
             * @description When the change or decision happened.
             * @example 2026-01-15T09:00:00.000Z
             */
            occurredAt: string;
            /**
             * @description How it ended: `success` or `denied` for changes, `allow` or `deny` for decisions.
             * @example success
             * @enum {string}
             */
            outcome: "success" | "denied" | "allow" | "deny";
            /**
             * @description Hash of the previous entry (64 zeros for the first).
             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            prevHash: string;
            /**
             * @description Request id of the call (x-request-id), when known.
             * @example 5f0c6f9e-2f61-4d8e-9b1d-0d3c2f8a7e11
             */
            requestId: string | null;
            /**
             * @description What it was done to: an id or URN.
             * @example team:crm
             */
            resource: string;
            /**
             * @description Position in the chain: 1, 2, 3… without gaps.
             * @example 42
             */
            sequence: number;
            /**
             * @description Client address the request came from, when known.
             * @example 10.0.4.17
             */
            sourceIp: string | null;
        };
        AuditEventPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["AuditEventDto"][];
            /**
             * @description Page size used.
             * @example 50
             */
            limit: number;
            /**
             * @description Items skipped before this page.
             * @example 0
             */
            offset: number;
            /**
             * @description Number of items across all pages.
             * @example 42
             */
            total: number;
        };
        AuditVerificationDto: {
            /**
             * @description Entries found intact before the first break (all of them when valid).
             * @example 1200
             */
            checked: number;
            /**
             * @description Sequence of the first entry that is missing, changed or out of place.
             * @example 17
             */
            firstBrokenSequence?: number;
            /**
             * @description What is wrong at that entry.
             * @example entry 17 was changed after it was written
             */
            reason?: string;
            /**
             * @description Whether every entry is present, in order, unchanged and chained to the one before.
             * @example true
             */
            valid: boolean;
        };
        BundleGrantDto: {
            /**
             * Format: date-time
             * @description When the grant stops allowing.
             * @example 2027-02-24T09:30:00.000Z
             */
            expiresAt: string;
            /**
             * @description The fields of the contract the grant is limited to; null for all of them.
             * @example [
             *       "customer_id",
             *       "country"
             *     ]
             */
            fields: string[] | null;
            /**
             * @description Who the grant is held by: this principal, or a team it belongs to.
             * @example team:billing-team
             */
            heldBy: string;
            /**
             * Format: uuid
             * @description Grant id; name it when reporting a read.
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            id: string;
            /**
             * @description The team owning the port, as recorded with the grant; a member of it may read the port without a grant.
             * @example crm-data-team
             */
            ownerTeamId: string;
            /**
             * @description URN of the output port the grant opens.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string;
            /**
             * @description The purpose the grant was given for.
             * @example Monthly churn analysis
             */
            purpose: string;
        };
        BundleMembershipDto: {
            /**
             * @description The principal’s role in the team.
             * @example domain-member
             * @enum {string}
             */
            role: "domain-owner" | "domain-member";
            /**
             * @description Team (the owner of a domain).
             * @example crm-data-team
             */
            team: string;
        };
        CloudEventDto: {
            /**
             * @description Extension attribute: the cursor that reads on after this event (pass it as `after`).
             * @example NzQyLjQy
             */
            cursor: string;
            /**
             * @description The fact’s payload; its fields per type are listed on `type`. Facts carry no secrets.
             * @example {
             *       "domain": "crm",
             *       "name": "customers"
             *     }
             */
            data: {
                [key: string]: unknown;
            };
            /**
             * @description Content type of `data`.
             * @example application/json
             * @enum {string}
             */
            datacontenttype: "application/json";
            /**
             * @description Event id, unique in this service’s feed (a consumer deduplicates on source and id).
             * @example 42
             */
            id: string;
            /**
             * @description The service that emitted it.
             * @example /meshwork/access
             * @enum {string}
             */
            source: "/meshwork/access";
            /**
             * @description CloudEvents version.
             * @example 1.0
             * @enum {string}
             */
            specversion: "1.0";
            /**
             * @description What the fact is about: a URN (products, ports) or an id (grants, policies, SLOs, incidents).
             * @example urn:meshwork:crm:customers
             */
            subject: string;
            /**
             * Format: date-time
             * @description When the fact was written, in the transaction of the change.
             * @example 2026-03-02T08:00:00.000Z
             */
            time: string;
            /**
             * @description CloudEvents type: `io.meshwork.<service>.<fact>.v1`. This service emits:
             *     - `io.meshwork.access.grant.approved.v1`: An access request was approved (by its approvers or the contract’s autoApprove): a grant began. Data: `grantId` (grant id), `requestId` (access request it came from), `portUrn` (output port URN), `ownerTeamId` (team owning the port), `consumerPrincipalId` (consumer principal id, or null), `consumerTeam` (consumer team, or null), `fields` (the fields granted (PII among them only when named), or null for every field of the contract), `expiresAt` (end of the grant), `approvedBy` (approvers).
             *     - `io.meshwork.access.grant.revoked.v1`: A grant was revoked before its end. Data: `grantId` (grant id), `requestId` (access request it came from), `portUrn` (output port URN), `ownerTeamId` (team owning the port), `consumerPrincipalId` (consumer principal id, or null), `consumerTeam` (consumer team, or null), `fields` (the fields granted (PII among them only when named), or null for every field of the contract), `expiresAt` (end of the grant), `revokedBy` (who revoked it), `revokedAt` (when).
             *     - `io.meshwork.access.grant.expired.v1`: A grant reached its end (written once by a periodic sweep, within a minute of it). Data: `grantId` (grant id), `requestId` (access request it came from), `portUrn` (output port URN), `ownerTeamId` (team owning the port), `consumerPrincipalId` (consumer principal id, or null), `consumerTeam` (consumer team, or null), `fields` (the fields granted (PII among them only when named), or null for every field of the contract), `expiresAt` (end of the grant).
             *     - `io.meshwork.access.access-request.created.v1`: A consumer asked for access to an output port. Data: `requestId` (access request id), `portUrn` (output port URN), `ownerTeamId` (team owning the port), `consumerPrincipalId` (consumer principal id, or null), `consumerTeam` (consumer team, or null), `state` (`pending` when made; `approved`, `rejected` or `cancelled` when decided), `createdAt` (when it was made), `decidedAt` (when it was decided, or null).
             *     - `io.meshwork.access.access-request.decided.v1`: An access request was approved (its grant.approved follows in the same transaction), rejected or cancelled. Data: `requestId` (access request id), `portUrn` (output port URN), `ownerTeamId` (team owning the port), `consumerPrincipalId` (consumer principal id, or null), `consumerTeam` (consumer team, or null), `state` (`pending` when made; `approved`, `rejected` or `cancelled` when decided), `createdAt` (when it was made), `decidedAt` (when it was decided, or null).
             * @example io.meshwork.access.grant.approved.v1
             * @enum {string}
             */
            type: "io.meshwork.access.grant.approved.v1" | "io.meshwork.access.grant.revoked.v1" | "io.meshwork.access.grant.expired.v1" | "io.meshwork.access.access-request.created.v1" | "io.meshwork.access.access-request.decided.v1";
        };
        ConsumerDto: {
            /**
             * Format: uuid
             * @description A principal who will read the port (yourself, unless you are a platform admin). Give this or `team`.
             * @example 5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40
             */
            principalId?: string;
            /**
             * @description A team whose members will read the port (one you belong to, unless you are a platform admin). Give this or `principalId`.
             * @example billing-team
             */
            team?: string;
        };
        CreateAccessRequestDto: {
            /** @description Who will read the port: `{ "principalId" }` or `{ "team" }`. */
            consumer: components["schemas"]["ConsumerDto"];
            /**
             * @description How long the grant lasts once approved, in days.
             * @default 90
             * @example 30
             */
            durationDays?: number;
            /**
             * @description Only these fields of the contract (`property` or `object.property`); all fields when absent.
             * @example [
             *       "customer_id",
             *       "country"
             *     ]
             */
            fields?: string[];
            /**
             * @description URN of the output port.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string;
            /**
             * @description What the data is for.
             * @example Monthly churn analysis
             */
            purpose: string;
        };
        CreateApiKeyDto: {
            /**
             * Format: date-time
             * @description When the key stops working; never by default.
             * @example 2027-01-01T00:00:00.000Z
             */
            expiresAt?: string;
            /**
             * @description What the key is for.
             * @example nightly ingestion
             */
            name: string;
        };
        CreatedApiKeyDto: {
            /**
             * Format: date-time
             * @description When the key was created.
             * @example 2026-01-15T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the key stops working; null for never.
             * @example 2027-01-01T00:00:00.000Z
             */
            expiresAt?: string | null;
            /**
             * Format: uuid
             * @description Id of the key.
             * @example 9a3e1c2b-5d4f-4e6a-8b7c-1d2e3f4a5b6c
             */
            id: string;
            /**
             * @description What the key is for.
             * @example nightly ingestion
             */
            name: string;
            /**
             * Format: uuid
             * @description The service account the key belongs to.
             * @example 5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40
             */
            principalId: string;
            /**
             * Format: date-time
             * @description When the key was revoked; null while it is not.
             * @example null
             */
            revokedAt?: string | null;
            /**
             * @description The secret to exchange for tokens. Shown only in this answer: it is stored as a hash.
             * @example mwk_9a3e1c2b-5d4f-4e6a-8b7c-1d2e3f4a5b6c_Q2hhbmdlIG1lLCBJIGFtIG9ubHkgYW4gZXhhbXBsZS4
             */
            secret: string;
        };
        CreatePrincipalDto: {
            /**
             * @description Create the principal disabled. False by default.
             * @example false
             */
            disabled?: boolean;
            /**
             * @description Name shown to people.
             * @example Ada Lovelace
             */
            displayName: string;
            /**
             * @description E-mail address; users only. Send null to clear it.
             * @example ada@example.com
             */
            email?: string | null;
            /**
             * @description Global roles: `platform-admin` runs the platform, `governance-officer` defines policies, `auditor` reads everything. Every principal is also, implicitly, a consumer; team roles are granted through team memberships. None by default.
             * @example [
             *       "auditor"
             *     ]
             */
            globalRoles?: ("platform-admin" | "governance-officer" | "auditor")[];
            /**
             * @description `user` for a person, `service-account` for a pipeline or another service.
             * @example user
             * @enum {string}
             */
            kind: "user" | "service-account";
            /**
             * @description Unique kebab-case handle.
             * @example ada-lovelace
             */
            name: string;
        };
        CreateTeamDto: {
            /**
             * @description What the team does. Send null to clear it.
             * @example Owns customer, contact and consent data.
             */
            description?: string | null;
            /**
             * @description Name shown to people.
             * @example CRM data team
             */
            displayName: string;
            /**
             * @description Unique kebab-case name; use it as the catalog's `ownerTeamId`.
             * @example crm-data-team
             */
            name: string;
        };
        DecisionBatchDto: {
            /**
             * @description The checks to decide, 1 to 500; answered in the same order.
             * @example [
             *       {
             *         "action": "read",
             *         "principalId": "5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40",
             *         "resource": "urn:meshwork:crm:customers:customers:v1"
             *       }
             *     ]
             */
            checks: components["schemas"]["DecisionCheckDto"][];
        };
        DecisionBatchResultDto: {
            /**
             * @description One result per check, in the order of the checks.
             * @example [
             *       {
             *         "decision": "deny",
             *         "reasons": [
             *           "no grant on this port"
             *         ]
             *       }
             *     ]
             */
            results: components["schemas"]["DecisionResultDto"][];
        };
        DecisionCheckDto: {
            /**
             * @description What the principal wants to do; only `read` for now.
             * @example read
             * @enum {string}
             */
            action: "read";
            /**
             * Format: uuid
             * @description The principal who wants to read (yourself, unless you are a platform admin).
             * @example 5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40
             */
            principalId: string;
            /**
             * @description What the data is for; compared with the grant’s purpose in `reasons`, never a cause to deny.
             * @example Monthly churn analysis
             */
            purpose?: string;
            /**
             * @description URN of the output port.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            resource: string;
        };
        DecisionDto: {
            /**
             * @description Why; kept with the decision.
             * @example Purpose covered by the consent policy.
             */
            reason?: string;
        };
        DecisionResultDto: {
            /**
             * @description Whether the principal may do it now.
             * @example allow
             * @enum {string}
             */
            decision: "allow" | "deny";
            /**
             * Format: uuid
             * @description The active grant the allow rests on; absent when allowed as admin or owner, or denied.
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            grantId?: string;
            /**
             * @description Why, in words.
             * @example [
             *       "active grant '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' held by team 'billing-team' until 2027-02-24T09:30:00.000Z"
             *     ]
             */
            reasons: string[];
        };
        EventPageDto: {
            /** @description Events after the cursor, in commit order (oldest first). */
            items: components["schemas"]["CloudEventDto"][];
            /**
             * @description Cursor to pass as `after` next time: past the last item, past events the `types` filter skipped, or the same cursor when nothing followed it.
             * @example NzQyLjQy
             */
            next: string;
        };
        GrantDto: {
            /**
             * @description In force now: not revoked and not expired (computed when read).
             * @example true
             */
            active: boolean;
            /**
             * @description Principals who approved, in order.
             * @example [
             *       "5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40"
             *     ]
             */
            approvedBy: string[];
            /**
             * @description Who may read the port.
             * @example {
             *       "team": "billing-team"
             *     }
             */
            consumer: components["schemas"]["ConsumerDto"];
            /**
             * Format: date-time
             * @description When it was granted.
             * @example 2026-11-26T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description The grant ends then.
             * @example 2027-02-24T09:30:00.000Z
             */
            expiresAt: string;
            /**
             * @description Fields granted; null for all.
             * @example [
             *       "customer_id",
             *       "country"
             *     ]
             */
            fields?: string[] | null;
            /**
             * Format: uuid
             * @description Grant id.
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            id: string;
            /**
             * @description Team owning the port; its domain owners may revoke.
             * @example crm-data-team
             */
            ownerTeamId: string;
            /**
             * @description URN of the output port.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string;
            /**
             * @description What the data is for.
             * @example Monthly churn analysis
             */
            purpose: string;
            /**
             * Format: uuid
             * @description The request it was granted on.
             * @example 1f2e3d4c-5b6a-4789-8abc-def012345678
             */
            requestId: string;
            /**
             * Format: date-time
             * @description When it was revoked; null if not.
             * @example 2026-11-26T09:30:00.000Z
             */
            revokedAt?: string | null;
            /**
             * @description Who revoked it; null if not.
             * @example 5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40
             */
            revokedBy?: string | null;
            /**
             * @description Why it was revoked; null if not.
             * @example The project ended.
             */
            revokeReason?: string | null;
        };
        GrantPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["GrantDto"][];
            /**
             * @description Page size used.
             * @example 50
             */
            limit: number;
            /**
             * @description Items skipped before this page.
             * @example 0
             */
            offset: number;
            /**
             * @description Number of items across all pages.
             * @example 42
             */
            total: number;
        };
        HealthDto: {
            /**
             * @description Per dependency state, for readiness.
             * @example {
             *       "database": "ok"
             *     }
             */
            checks: {
                [key: string]: string;
            };
            /**
             * @description Overall state.
             * @example ok
             * @enum {string}
             */
            status: "ok";
        };
        JwkDto: {
            /**
             * @description Signature algorithm.
             * @example EdDSA
             */
            alg: string;
            /**
             * @description Curve.
             * @example Ed25519
             */
            crv: string;
            /**
             * @description Key id, the `kid` in the header of the tokens it signed.
             * @example 3f0c6a4e-2b9d-4c1a-8e57-0d6b1f2a9c33
             */
            kid: string;
            /**
             * @description Key type.
             * @example OKP
             */
            kty: string;
            /**
             * @description Key use.
             * @example sig
             */
            use: string;
            /**
             * @description Public key, base64url.
             * @example 11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo
             */
            x: string;
        };
        JwksDto: {
            /** @description The current key first, then retired keys whose tokens may still be valid. */
            keys: components["schemas"]["JwkDto"][];
        };
        LocalDecisionBatchDto: {
            /** @description The decisions, 1 to 1000. */
            decisions: components["schemas"]["LocalDecisionDto"][];
        };
        LocalDecisionDto: {
            /**
             * @description The action asked about.
             * @example read
             * @enum {string}
             */
            action: "manage" | "create" | "read" | "update" | "delete" | "transition" | "approve" | "revoke";
            /**
             * @description The ETag of the bundle the decision was made from.
             * @example "Xz3kq0cBv0u9kJ2rC1s6Zg4v7n8pQeLw"
             */
            bundleEtag: string;
            /**
             * @description How many alike decisions (same principal, resource, action, purpose, answer, grant and bundle) this item stands for; 1 when absent.
             * @example 1
             */
            count?: number;
            /**
             * Format: date-time
             * @description When the decision was made (the first of them, when `count` is more than 1).
             * @example 2026-11-26T09:30:00.000Z
             */
            decidedAt: string;
            /**
             * @description The answer given.
             * @example allow
             * @enum {string}
             */
            decision: "allow" | "deny";
            /**
             * Format: uuid
             * @description The grant the allow rested on.
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            grantId?: string;
            /**
             * Format: date-time
             * @description When the last of `count` alike decisions was made; `decidedAt` when absent.
             * @example 2026-11-26T09:30:04.250Z
             */
            lastDecidedAt?: string;
            /**
             * Format: uuid
             * @description The principal the decision is about (yourself, unless you are a platform admin).
             * @example 5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40
             */
            principalId: string;
            /**
             * @description What the data is for, as given to the enforcer.
             * @example Monthly churn analysis
             */
            purpose?: string;
            /**
             * @description What was decided on: an output port URN, or a kind of object such as `DataProduct`.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            resource: string;
        };
        LocalDecisionReceiptDto: {
            /**
             * @description How many items were taken into the audit log (written within about a second; alike ones within a second share one entry with their summed count).
             * @example 3
             */
            accepted: number;
        };
        MembershipDto: {
            /**
             * Format: date-time
             * @description When the principal joined the team.
             * @example 2026-01-15T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @description Id of the member principal.
             * @example 5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40
             */
            principalId: string;
            /**
             * @description Name of the member principal.
             * @example ada-lovelace
             */
            principalName: string;
            /**
             * @description `domain-owner` runs the team and its domains; `domain-member` publishes and changes its products.
             * @example domain-member
             * @enum {string}
             */
            role: "domain-owner" | "domain-member";
            /**
             * @description Name of the team.
             * @example crm-data-team
             */
            team: string;
            /**
             * Format: date-time
             * @description When the membership last changed.
             * @example 2026-02-01T10:30:00.000Z
             */
            updatedAt: string;
        };
        PrincipalBundleDto: {
            /**
             * @description A disabled principal may do nothing: its rules and grants are empty.
             * @example false
             */
            disabled: boolean;
            /**
             * Format: date-time
             * @description Until when local decisions may rely on it: five minutes at most, earlier when a grant expires first. A revocation reaches local decisions when the bundle is fetched again.
             * @example 2026-11-26T09:35:00.000Z
             */
            expiresAt: string;
            /**
             * @description Grants in force now, held by the principal or by one of its teams.
             * @example []
             */
            grants: components["schemas"]["BundleGrantDto"][];
            /**
             * Format: date-time
             * @description When the bundle was made.
             * @example 2026-11-26T09:30:00.000Z
             */
            issuedAt: string;
            /**
             * @description Team memberships, by team name. A member of the team owning a port may read it.
             * @example [
             *       {
             *         "role": "domain-member",
             *         "team": "crm-data-team"
             *       }
             *     ]
             */
            memberships: components["schemas"]["BundleMembershipDto"][];
            /**
             * Format: uuid
             * @description The principal the bundle is for.
             * @example 5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40
             */
            principalId: string;
            /**
             * @description Its unique handle.
             * @example ada-lovelace
             */
            principalName: string;
            /**
             * @description Global roles.
             * @example [
             *       "auditor"
             *     ]
             */
            roles: ("platform-admin" | "governance-officer" | "auditor")[];
            /**
             * @description The platform permissions of the principal as CASL rules in packed form (`packRules` of @casl/ability/extra): `unpackAbility` of @meshwork/authz turns them into an ability that answers exactly as the services do.
             * @example [
             *       [
             *         "read",
             *         "DataProduct,Domain,Contract,Lineage"
             *       ],
             *       [
             *         "create",
             *         "AccessRequest"
             *       ]
             *     ]
             */
            rules: unknown[][];
        };
        PrincipalDto: {
            /**
             * Format: date-time
             * @description When the principal was created.
             * @example 2026-01-15T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description A disabled principal keeps its records but may no longer act.
             * @example false
             */
            disabled: boolean;
            /**
             * @description Name shown to people.
             * @example Ada Lovelace
             */
            displayName: string;
            /**
             * @description E-mail address of a user; always null for a service account.
             * @example ada@example.com
             */
            email?: string | null;
            /**
             * @description Global roles: `platform-admin` runs the platform, `governance-officer` defines policies, `auditor` reads everything. Every principal is also, implicitly, a consumer; team roles are granted through team memberships.
             * @example [
             *       "auditor"
             *     ]
             */
            globalRoles: ("platform-admin" | "governance-officer" | "auditor")[];
            /**
             * Format: uuid
             * @description Stable id of the principal.
             * @example 5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40
             */
            id: string;
            /**
             * @description `user` for a person, `service-account` for a pipeline or another service.
             * @example user
             * @enum {string}
             */
            kind: "user" | "service-account";
            /**
             * @description Unique kebab-case handle.
             * @example ada-lovelace
             */
            name: string;
            /**
             * Format: date-time
             * @description When the principal last changed.
             * @example 2026-02-01T10:30:00.000Z
             */
            updatedAt: string;
        };
        PrincipalMembershipPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["MembershipDto"][];
            /**
             * @description Page size used.
             * @example 50
             */
            limit: number;
            /**
             * @description Items skipped before this page.
             * @example 0
             */
            offset: number;
            /**
             * @description Number of items across all pages.
             * @example 42
             */
            total: number;
        };
        PrincipalPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["PrincipalDto"][];
            /**
             * @description Page size used.
             * @example 50
             */
            limit: number;
            /**
             * @description Items skipped before this page.
             * @example 0
             */
            offset: number;
            /**
             * @description Number of items across all pages.
             * @example 42
             */
            total: number;
        };
        ProblemFieldErrorDto: {
            /**
             * @description What is wrong with it.
             * @example must match format "semver"
             */
            detail: string;
            /**
             * @description Where the invalid input is.
             * @example body
             * @enum {string}
             */
            location?: "body" | "query" | "path" | "header";
            /**
             * @description RFC 6901 JSON pointer to the invalid value.
             * @example /product/outputPorts/0/version
             */
            pointer: string;
        };
        ProblemResponseDto: {
            /**
             * @description Stable machine-readable error code.
             * @example PRODUCT_NOT_FOUND
             */
            code: string;
            /**
             * @description Request id, also in the x-request-id header and in the logs.
             * @example 5f0c6f9e-2f61-4d8e-9b1d-0d3c2f8a7e11
             */
            correlationId?: string;
            /**
             * @description What went wrong in this occurrence.
             * @example No data product 'customers' in domain 'crm'.
             */
            detail: string;
            /** @description One entry per invalid field. */
            errors?: components["schemas"]["ProblemFieldErrorDto"][];
            /**
             * @description The request path this problem occurred on.
             * @example /v1/products/crm/customers
             */
            instance: string;
            /**
             * @description HTTP status code.
             * @example 404
             */
            status: number;
            /**
             * @description Short summary of the problem type.
             * @example Data product not found
             */
            title: string;
            /**
             * @description URI identifying the problem type.
             * @example https://meshwork.dev/problems/product-not-found
             */
            type: string;
        };
        PutMembershipDto: {
            /**
             * @description `domain-owner` runs the team and its domains; `domain-member` publishes and changes its products.
             * @example domain-member
             * @enum {string}
             */
            role: "domain-owner" | "domain-member";
        };
        ReasonDto: {
            /**
             * @description Why; kept with the decision.
             * @example Personal data is not needed for this purpose.
             */
            reason: string;
        };
        SigningKeyDto: {
            /**
             * Format: date-time
             * @description When the key was created.
             * @example 2026-01-15T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Key id of the new current key.
             * @example 3f0c6a4e-2b9d-4c1a-8e57-0d6b1f2a9c33
             */
            kid: string;
        };
        TeamDto: {
            /**
             * Format: date-time
             * @description When the team was created.
             * @example 2026-01-15T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description What the team does.
             * @example Owns customer, contact and consent data.
             */
            description?: string | null;
            /**
             * @description Name shown to people.
             * @example CRM data team
             */
            displayName: string;
            /**
             * @description Unique kebab-case name; the catalog's `ownerTeamId` of the domains the team owns.
             * @example crm-data-team
             */
            name: string;
            /**
             * Format: date-time
             * @description When the team last changed.
             * @example 2026-02-01T10:30:00.000Z
             */
            updatedAt: string;
        };
        TeamMemberPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["MembershipDto"][];
            /**
             * @description Page size used.
             * @example 50
             */
            limit: number;
            /**
             * @description Items skipped before this page.
             * @example 0
             */
            offset: number;
            /**
             * @description Number of items across all pages.
             * @example 42
             */
            total: number;
        };
        TeamPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["TeamDto"][];
            /**
             * @description Page size used.
             * @example 50
             */
            limit: number;
            /**
             * @description Items skipped before this page.
             * @example 0
             */
            offset: number;
            /**
             * @description Number of items across all pages.
             * @example 42
             */
            total: number;
        };
        TokenDto: {
            /**
             * @description A JWT signed with the service's current key (EdDSA), verifiable with its key set at /.well-known/jwks.json.
             * @example eyJhbGciOiJFZERTQSIsImtpZCI6IjNmMGM2YTRlIiwidHlwIjoiSldUIn0.eyJzdWIiOiI1YjBlM2MxYSJ9.c2lnbmF0dXJl
             */
            accessToken: string;
            /**
             * @description Seconds until the token expires.
             * @example 900
             */
            expiresIn: number;
            /**
             * @description Send it as `Authorization: Bearer <accessToken>`.
             * @example Bearer
             * @enum {string}
             */
            tokenType: "Bearer";
        };
        TokenRequestDto: {
            /**
             * @description The secret of a service account API key.
             * @example mwk_9a3e1c2b-5d4f-4e6a-8b7c-1d2e3f4a5b6c_Q2hhbmdlIG1lLCBJIGFtIG9ubHkgYW4gZXhhbXBsZS4
             */
            apiKey: string;
        };
        UpdatePrincipalDto: {
            /**
             * @description Create the principal disabled. False by default.
             * @example false
             */
            disabled?: boolean;
            /**
             * @description Name shown to people.
             * @example Ada Lovelace
             */
            displayName?: string;
            /**
             * @description E-mail address; users only. Send null to clear it.
             * @example ada@example.com
             */
            email?: string | null;
            /**
             * @description Global roles: `platform-admin` runs the platform, `governance-officer` defines policies, `auditor` reads everything. Every principal is also, implicitly, a consumer; team roles are granted through team memberships. None by default.
             * @example [
             *       "auditor"
             *     ]
             */
            globalRoles?: ("platform-admin" | "governance-officer" | "auditor")[];
        };
        UpdateTeamDto: {
            /**
             * @description What the team does. Send null to clear it.
             * @example Owns customer, contact and consent data.
             */
            description?: string | null;
            /**
             * @description Name shown to people.
             * @example CRM data team
             */
            displayName?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JwksDto"];
                };
            };
        };
    };
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description The database is unreachable (with Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listAccessRequests: {
        parameters: {
            query?: {
                /** @description A consumer principal id or team name. */
                consumer?: string;
                /** @description Only the requests decided (approved at the last level, rejected or cancelled) at or after this instant (ISO 8601 with a time zone); open requests are left out. With `state` and `limit=1`, `total` counts the decisions of a window. */
                decidedAfter?: string;
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Only the requests you made. */
                mine?: boolean;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
                portUrn?: string;
                state?: "pending" | "awaiting-second-level" | "approved" | "rejected" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not read AccessRequest. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createAccessRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccessRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not create AccessRequest. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such output port, consumer principal or team. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is larger than the service accepts (`MESHWORK_BODY_LIMIT`, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is in a media type this operation does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The contract has no such fields. Or `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `TOO_MANY_REQUESTS`: more writes than the service allows a minute to this principal or from this address (`MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE`, `MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The catalog cannot be reached. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getAccessRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Access request id (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not read AccessRequest. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such access request. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    approveAccessRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Access request id (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not read AccessRequest. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such access request. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request is already decided. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is larger than the service accepts (`MESHWORK_BODY_LIMIT`, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is in a media type this operation does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `TOO_MANY_REQUESTS`: more writes than the service allows a minute to this principal or from this address (`MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE`, `MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    cancelAccessRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Access request id (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not create AccessRequest. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such access request. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request is already decided. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is larger than the service accepts (`MESHWORK_BODY_LIMIT`, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is in a media type this operation does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `TOO_MANY_REQUESTS`: more writes than the service allows a minute to this principal or from this address (`MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE`, `MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    rejectAccessRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Access request id (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not read AccessRequest. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such access request. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request is already decided. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is larger than the service accepts (`MESHWORK_BODY_LIMIT`, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is in a media type this operation does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `TOO_MANY_REQUESTS`: more writes than the service allows a minute to this principal or from this address (`MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE`, `MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Only entries of this action. */
                action?: string;
                /** @description Only entries that occurred at or after this time (ISO 8601). */
                from?: string;
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
                /** @description Only entries by this actor: a principal id, or `anonymous`. */
                principal?: string;
                /** @description Only entries about this resource (id or URN), compared exactly. */
                resource?: string;
                /** @description Only entries that occurred before this time (ISO 8601). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not read AuditEvent. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    exportAuditEvents: {
        parameters: {
            query?: {
                /** @description Only entries of this action. */
                action?: string;
                /** @description Only entries that occurred at or after this time (ISO 8601). */
                from?: string;
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
                /** @description Only entries by this actor: a principal id, or `anonymous`. */
                principal?: string;
                /** @description Only entries about this resource (id or URN), compared exactly. */
                resource?: string;
                /** @description Only entries that occurred before this time (ISO 8601). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newline-delimited JSON, one AuditEventDto per line. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not read AuditEvent. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    recordLocalDecisions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocalDecisionBatchDto"];
            };
        };
        responses: {
            /** @description Taken; written to the log within about a second (reading the log waits for it). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocalDecisionReceiptDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not create Decision. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is larger than the service accepts (`MESHWORK_BODY_LIMIT`, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is in a media type this operation does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `TOO_MANY_REQUESTS`: more writes than the service allows a minute to this principal or from this address (`MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE`, `MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    verifyAuditChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerificationDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not read AuditEvent. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    issueToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The API key is not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is larger than the service accepts (`MESHWORK_BODY_LIMIT`, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is in a media type this operation does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `TOO_MANY_REQUESTS`: more token exchanges than the service allows a minute with this API key or from this address (`MESHWORK_RATE_LIMIT_TOKENS_PER_MINUTE`, `MESHWORK_RATE_LIMIT_TOKENS_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    decide: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionCheckDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionResultDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not create Decision. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is larger than the service accepts (`MESHWORK_BODY_LIMIT`, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is in a media type this operation does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The catalog cannot be reached. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    decideBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionBatchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionBatchResultDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not create Decision. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is larger than the service accepts (`MESHWORK_BODY_LIMIT`, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is in a media type this operation does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The catalog cannot be reached. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description Cursor to read on from: the `next` of the previous answer (or an item’s `cursor`). Leave it out to start at the oldest event kept. */
                after?: string;
                /** @description Most events in the answer, 1 to 1000. */
                limit?: number;
                /** @description Only these event types, comma-separated (full CloudEvents types, as listed on `type`). All types unless given. */
                types?: string;
                /** @description Long-poll: seconds to wait for a first event when none follows the cursor yet, 0 to 30. The answer comes as soon as one is committed. */
                wait?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not read Event. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listGrants: {
        parameters: {
            query?: {
                /** @description true: only grants in force now; false: only expired or revoked ones. */
                active?: boolean;
                /** @description A consumer principal id or team name. */
                consumer?: string;
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
                portUrn?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not read Grant. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Grant id (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grant, with its ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not read Grant. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such grant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    revokeGrant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
                /** @description ETag from a previous read of the grant; the revocation fails with 412 if the grant changed since. */
                "If-Match"?: string;
            };
            path: {
                /** @description Grant id (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description The revoked grant, with its new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not revoke Grant. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such grant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The grant is already revoked. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The grant changed since the ETag in If-Match. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is larger than the service accepts (`MESHWORK_BODY_LIMIT`, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is in a media type this operation does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `TOO_MANY_REQUESTS`: more writes than the service allows a minute to this principal or from this address (`MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE`, `MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    rotateSigningKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningKeyDto"];
                };
            };
            /** @description The Idempotency-Key header is not 1–255 visible ASCII characters; `errors[]` points at it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not manage all. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `TOO_MANY_REQUESTS`: more writes than the service allows a minute to this principal or from this address (`MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE`, `MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listPrincipals: {
        parameters: {
            query?: {
                /** @description Only principals of this kind. */
                kind?: "user" | "service-account";
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
                /** @description Only principals whose name starts with this prefix. */
                q?: string;
                /** @description Only principals holding this global role. */
                role?: "platform-admin" | "governance-officer" | "auditor";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not read Principal. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createPrincipal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePrincipalDto"];
            };
        };
        responses: {
            /** @description The new principal; its ETag is in the ETag header. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not create Principal. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description A principal with this name exists. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is larger than the service accepts (`MESHWORK_BODY_LIMIT`, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is in a media type this operation does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The fields are valid one by one but not together (a service account with an e-mail address). Or `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `TOO_MANY_REQUESTS`: more writes than the service allows a minute to this principal or from this address (`MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE`, `MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getPrincipal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Principal id (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalDto"];
                };
            };
            /** @description The id is not a UUID. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not read Principal. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such principal. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    deletePrincipal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Principal id (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The id is not a UUID. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not delete Principal. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such principal. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `TOO_MANY_REQUESTS`: more writes than the service allows a minute to this principal or from this address (`MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE`, `MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    updatePrincipal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
                /** @description ETag from a previous read; the update fails with 412 if the principal changed since. */
                "If-Match"?: string;
            };
            path: {
                /** @description Principal id (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePrincipalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not update Principal. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such principal. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The principal changed since the ETag in If-Match. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is larger than the service accepts (`MESHWORK_BODY_LIMIT`, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is in a media type this operation does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The principal would not be valid (a service account with an e-mail address). Or `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `TOO_MANY_REQUESTS`: more writes than the service allows a minute to this principal or from this address (`MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE`, `MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Principal id (UUID) of a service account. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyDto"][];
                };
            };
            /** @description The id is not a UUID. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not manage all. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such principal. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Principal id (UUID) of a service account. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not manage all. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such principal. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is larger than the service accepts (`MESHWORK_BODY_LIMIT`, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is in a media type this operation does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The principal is not a service account. Or `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `TOO_MANY_REQUESTS`: more writes than the service allows a minute to this principal or from this address (`MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE`, `MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Principal id (UUID) of a service account. */
                id: string;
                /** @description API key id (UUID). */
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An id is not a UUID. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not manage all. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such API key for this principal. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `TOO_MANY_REQUESTS`: more writes than the service allows a minute to this principal or from this address (`MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE`, `MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getPrincipalBundle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a bundle held; answered 304 while it is current. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description Principal id (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundle; ETag and Cache-Control headers say how long it holds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalBundleDto"];
                };
            };
            /** @description The bundle named by If-None-Match is still current; its lifetime is renewed by the Cache-Control header. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not read Principal. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such principal. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listPrincipalMemberships: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description Principal id (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalMembershipPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not read Team. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such principal. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listTeams: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not read Team. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeamDto"];
            };
        };
        responses: {
            /** @description The new team; its ETag is in the ETag header. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not create Team. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description A team with this name exists. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is larger than the service accepts (`MESHWORK_BODY_LIMIT`, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is in a media type this operation does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `TOO_MANY_REQUESTS`: more writes than the service allows a minute to this principal or from this address (`MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE`, `MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team name. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. Any request may be refused so: a malformed percent-encoding or a path parameter longer than 1024 characters, input nested deeper than 100 levels, a NUL character, an unknown query parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not read Team. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such team. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    deleteTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Team name. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Idempotency-Key header is not 1–255 visible ASCII characters; `errors[]` points at it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not delete Team. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such team. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The team still has members. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `TOO_MANY_REQUESTS`: more writes than the service allows a minute to this principal or from this address (`MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE`, `MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    updateTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
                /** @description ETag from a previous read; the update fails with 412 if the team changed since. */
                "If-Match"?: string;
            };
            path: {
                /** @description Team name. */
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTeamDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not update Team. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such team. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The team changed since the ETag in If-Match. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is larger than the service accepts (`MESHWORK_BODY_LIMIT`, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is in a media type this operation does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `TOO_MANY_REQUESTS`: more writes than the service allows a minute to this principal or from this address (`MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE`, `MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listTeamMembers: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description Team name. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberPageDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not read Team. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such team. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    putTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Team name. */
                name: string;
                /** @description Id (UUID) of the member principal. */
                principalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutMembershipDto"];
            };
        };
        responses: {
            /** @description The membership existed; its role is now the one sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDto"];
                };
            };
            /** @description The principal joined the team. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDto"];
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not update Team. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such team or principal. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is larger than the service accepts (`MESHWORK_BODY_LIMIT`, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The request body is in a media type this operation does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `TOO_MANY_REQUESTS`: more writes than the service allows a minute to this principal or from this address (`MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE`, `MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    removeTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Team name. */
                name: string;
                /** @description Id (UUID) of the member principal. */
                principalId: string;
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
            /** @description The principal id is not a UUID. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not update Team. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such team, or the principal is not a member. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `TOO_MANY_REQUESTS`: more writes than the service allows a minute to this principal or from this address (`MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE`, `MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
}
