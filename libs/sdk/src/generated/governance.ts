// Generated from libs/sdk/openapi/governance.json by tools/openapi. Do not edit.
export interface paths {
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
    "/v1/bundle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every policy in force, for local evaluation
         * @description All grace and enforced policy versions as one document. `compileAcceptedPolicy` and `evaluatePolicies` of @meshwork/policies give the same results on it as POST /v1/evaluations. Send the ETag back in If-None-Match to get 304 while nothing changed.
         */
        get: operations["getPolicyBundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compliance scores now and over time
         * @description Score = applicable policies passed / applicable policies, from recorded evaluations (POST /v1/evaluations with `record: true`). Per product from its latest sample; per domain and mesh-wide summed over the products’ latest samples; and a daily series (UTC) where each day counts every product’s latest sample at the end of that day. Everyone may read.
         */
        get: operations["getCompliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate a product and its contracts against the policies in force
         * @description Every grace and enforced policy (its active version) on `{ product, contracts, previous? }`, documents as JSON objects or as YAML text. `passed` is false when a failing policy counts as blocking now. With `record: true` (the catalog’s publish gate) a passing outcome is kept as a compliance sample of `subject`: only members of the team owning its domain (as the catalog says, read at MESHWORK_CATALOG_URL with your token) and platform admins may record. Everyone may evaluate.
         */
        post: operations["evaluatePolicies"];
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
         * @description The facts the governance service wrote in the same transaction as each change, as CloudEvents 1.0 structured JSON, oldest first. Page with `after` = the previous answer’s `next`; with `wait`, an empty answer is held until an event is committed (or the wait ends). An event appears only once every transaction that began before it has ended, so a reader following `next` never skips one; delivery to consumers is at-least-once (deduplicate on `id`). Events are kept 30 days, then removed in batches. Any authenticated principal may read the feed: facts carry names, URNs, ids and states, never secrets.
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
    "/v1/glossary/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List glossary terms
         * @description Sorted by name, filtered by a name, title or synonym prefix, by status and by owner team, paginated with limit/offset.
         */
        get: operations["listGlossaryTerms"];
        put?: never;
        /**
         * Define a glossary term
         * @description Governance officers only. Contracts link a property to the term with the authoritativeDefinitions url `meshwork:glossary:<name>`, or by a businessName equal to its title or a synonym.
         */
        post: operations["createGlossaryTerm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/glossary/terms/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a glossary term */
        get: operations["getGlossaryTerm"];
        put?: never;
        post?: never;
        /**
         * Delete a glossary term
         * @description Governance officers only. A term that a master-data attribute stands for cannot be deleted; deprecate it instead.
         */
        delete: operations["deleteGlossaryTerm"];
        options?: never;
        head?: never;
        /**
         * Update a glossary term
         * @description Governance officers, and the domain owners of the team that owns the term (of the new team too, when it changes hands). Send If-Match with the ETag you read to avoid overwriting a concurrent change.
         */
        patch: operations["updateGlossaryTerm"];
        trace?: never;
    };
    "/v1/master-data/code-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List code lists
         * @description Sorted by name, paginated with limit/offset; each with its pattern and number of codes, without the codes.
         */
        get: operations["listCodeLists"];
        put?: never;
        /**
         * Define a code list
         * @description Governance officers only. The lists shipped with the platform (ISO 3166-1 alpha-2 countries, ISO 4217 currencies) exist already.
         */
        post: operations["createCodeList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/master-data/code-lists/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a code list with all of its codes
         * @description Answered whole, not paginated: a list holds at most 5000 codes. `pattern` is what a property bound to the list must declare as logicalTypeOptions.pattern.
         */
        get: operations["getCodeList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/master-data/conformance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check contracts against the glossary and the master data
         * @description Anyone may check, typically a domain pipeline before publishing. For every property bound to a canonical attribute (authoritativeDefinitions url `meshwork:master-data:<entity>/<attribute>`, or `meshwork:glossary:<term>` / a businessName equal to a term title or synonym, for a term an attribute stands for), reports a different logicalType or format; for every property bound to a code list (through its attribute, or `meshwork:code-list:<list>`), a missing or different logicalTypeOptions.pattern; for every schema object that carries an entity (`meshwork:master-data:<entity>`, or a businessName equal to the entity's title), each required attribute it lacks. Nothing is stored.
         */
        post: operations["checkConformance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/master-data/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List canonical master-data entities
         * @description Sorted by name, paginated with limit/offset.
         */
        get: operations["listMasterDataEntities"];
        put?: never;
        /**
         * Define a canonical master-data entity
         * @description Governance officers only. The code lists and glossary terms the attributes name must exist.
         */
        post: operations["createMasterDataEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/master-data/entities/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a canonical master-data entity */
        get: operations["getMasterDataEntity"];
        /**
         * Replace a canonical master-data entity
         * @description Governance officers only. The body replaces the whole definition of an existing entity. Send If-Match with the ETag you read to avoid overwriting a concurrent change.
         */
        put: operations["replaceMasterDataEntity"];
        post?: never;
        /**
         * Delete a canonical master-data entity
         * @description Governance officers only. An entity that glossary terms name cannot be deleted.
         */
        delete: operations["deleteMasterDataEntity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List policies
         * @description The latest version of each policy, sorted by id; `state` matches any of its versions, the other filters its latest version.
         */
        get: operations["listPolicies"];
        put?: never;
        /**
         * Create a policy
         * @description Makes version 1 as a draft; the rule is compiled now. Governance officers and platform admins.
         */
        post: operations["createPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a policy
         * @description The latest version, or the one named by `?version=`.
         */
        get: operations["getPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a policy
         * @description A draft is edited in place. A grace, enforced or retired version is never edited: the change becomes version n+1 as a draft, and the version in force keeps applying until the new one is moved to grace or enforced. The rule is compiled now.
         */
        patch: operations["updatePolicy"];
        trace?: never;
    };
    "/v1/policies/{id}/dry-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Try a policy version on every product of the catalog
         * @description Evaluates the version (the latest unless `version` is given; drafts included) on the current version of every product in the catalog, read over HTTP with the caller’s token, and lists the products that would fail. Governance officers and platform admins.
         */
        post: operations["dryRunPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a policy version along its lifecycle
         * @description draft → grace | enforced, grace → enforced | retired, enforced → retired; the latest version unless `version` is given. A version entering grace or enforced retires the version active before it. Grace needs a future `graceUntil`.
         */
        post: operations["transitionPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every version of a policy
         * @description Newest first. Every version is kept.
         */
        get: operations["listPolicyVersions"];
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
        CanonicalAttributeDto: {
            /**
             * @description Name of the code list the values come from; it must exist.
             * @example iso-3166-1-alpha-2
             */
            codeList?: string;
            /**
             * @description ODCS logicalTypeOptions.format a bound property must declare (uuid, email, uri...).
             * @example uuid
             */
            format?: string;
            /**
             * @description Name of the glossary term the attribute stands for; it must exist. A property bound to the term is checked against this attribute.
             * @example customer-identifier
             */
            glossaryTerm?: string;
            /**
             * @description ODCS logicalType every property bound to the attribute must declare.
             * @example string
             * @enum {string}
             */
            logicalType: "string" | "integer" | "number" | "boolean" | "date" | "timestamp" | "object" | "array";
            /**
             * @description Column-style name; a property of that name in a schema object that carries the entity is this attribute.
             * @example customer_id
             */
            name: string;
            /**
             * @description ODCS logicalTypeOptions.pattern a bound property must declare; ignored when the attribute takes its values from a code list, whose pattern applies.
             * @example ^C[0-9]{8}$
             */
            pattern?: string;
            /**
             * @description Whether every schema object that carries the entity must have a property for this attribute.
             * @example true
             */
            required: boolean;
            /**
             * @description The attribute as people write it; a property whose businessName equals it counts as this attribute.
             * @example Customer identifier
             */
            title: string;
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
             * @example /meshwork/governance
             * @enum {string}
             */
            source: "/meshwork/governance";
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
             *     - `io.meshwork.governance.policy.grace.v1`: A policy version entered its grace period: its blocking failures count as warnings until graceUntil. Data: `policyId` (policy id), `version` (policy version moved), `from` (state before), `to` (state after), `graceUntil` (end of the grace period (grace only), or null), `severity` (severity of the policy version), `previousActiveVersion` (the version that was in force before and is now retired, or null).
             *     - `io.meshwork.governance.policy.enforced.v1`: A policy version is enforced: its blocking failures refuse a publish. Data: `policyId` (policy id), `version` (policy version moved), `from` (state before), `to` (state after), `graceUntil` (end of the grace period (grace only), or null), `severity` (severity of the policy version), `previousActiveVersion` (the version that was in force before and is now retired, or null).
             *     - `io.meshwork.governance.policy.retired.v1`: A policy version was retired: it is no longer evaluated. Data: `policyId` (policy id), `version` (policy version moved), `from` (state before), `to` (state after), `graceUntil` (end of the grace period (grace only), or null), `severity` (severity of the policy version), `previousActiveVersion` (the version that was in force before and is now retired, or null).
             * @example io.meshwork.governance.policy.grace.v1
             * @enum {string}
             */
            type: "io.meshwork.governance.policy.grace.v1" | "io.meshwork.governance.policy.enforced.v1" | "io.meshwork.governance.policy.retired.v1";
        };
        CodeDto: {
            /**
             * @description The code as stored in data.
             * @example DE
             */
            code: string;
            /**
             * @description What the code stands for, in English.
             * @example Germany
             */
            label: string;
        };
        CodeListDto: {
            /**
             * @description Number of codes.
             * @example 249
             */
            codeCount: number;
            /**
             * @description Every code of the list with its label, in code-point order of the code.
             * @example [
             *       {
             *         "code": "AD",
             *         "label": "Andorra"
             *       }
             *     ]
             */
            codes: components["schemas"]["CodeDto"][];
            /**
             * Format: date-time
             * @description When the list was created.
             * @example 2026-01-15T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description What the list holds.
             * @example The 249 officially assigned two-letter country codes of ISO 3166-1.
             */
            description?: string | null;
            /**
             * @description Unique kebab-case name; contracts link a property to the list with the authoritativeDefinitions url `meshwork:code-list:<name>`.
             * @example iso-3166-1-alpha-2
             */
            name: string;
            /**
             * @description The pattern a property bound to the list must declare as ODCS `logicalTypeOptions.pattern`: the codes in code-point order, anchored, e.g. `^(AD|AE|AF)$`. Compared by equality.
             * @example ^(AD|AE|AF)$
             */
            pattern: string;
            /**
             * @description True for the lists shipped with the platform, false for those defined by governance officers.
             * @example true
             */
            shipped: boolean;
            /**
             * @description The standard the list comes from, if any.
             * @example ISO 3166-1:2020 alpha-2
             */
            standard?: string | null;
            /**
             * @description Name shown to people.
             * @example Countries (ISO 3166-1 alpha-2)
             */
            title: string;
            /**
             * Format: date-time
             * @description When the list last changed.
             * @example 2026-02-01T10:30:00.000Z
             */
            updatedAt: string;
        };
        CodeListPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["CodeListSummaryDto"][];
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
        CodeListSummaryDto: {
            /**
             * @description Number of codes.
             * @example 249
             */
            codeCount: number;
            /**
             * Format: date-time
             * @description When the list was created.
             * @example 2026-01-15T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description What the list holds.
             * @example The 249 officially assigned two-letter country codes of ISO 3166-1.
             */
            description?: string | null;
            /**
             * @description Unique kebab-case name; contracts link a property to the list with the authoritativeDefinitions url `meshwork:code-list:<name>`.
             * @example iso-3166-1-alpha-2
             */
            name: string;
            /**
             * @description The pattern a property bound to the list must declare as ODCS `logicalTypeOptions.pattern`: the codes in code-point order, anchored, e.g. `^(AD|AE|AF)$`. Compared by equality.
             * @example ^(AD|AE|AF)$
             */
            pattern: string;
            /**
             * @description True for the lists shipped with the platform, false for those defined by governance officers.
             * @example true
             */
            shipped: boolean;
            /**
             * @description The standard the list comes from, if any.
             * @example ISO 3166-1:2020 alpha-2
             */
            standard?: string | null;
            /**
             * @description Name shown to people.
             * @example Countries (ISO 3166-1 alpha-2)
             */
            title: string;
            /**
             * Format: date-time
             * @description When the list last changed.
             * @example 2026-02-01T10:30:00.000Z
             */
            updatedAt: string;
        };
        ComplianceReportDto: {
            /** @description Score now per domain, sorted by domain. */
            domains: components["schemas"]["DomainScoreDto"][];
            /** @description Mesh-wide score now, over every product’s latest sample. */
            mesh: components["schemas"]["ScoreDto"];
            /** @description Score now per product (its latest sample), sorted by domain and name. */
            products: components["schemas"]["ProductScoreDto"][];
            /** @description One entry per day from `from` to `to`, oldest first. */
            series: components["schemas"]["DailyScoreDto"][];
        };
        ConformanceFindingDto: {
            /**
             * @description What the contract declares, when it declares anything.
             * @example integer
             */
            actual?: string;
            /**
             * @description The attribute of the entity involved.
             * @example customer_id
             */
            attribute?: string;
            /**
             * @description The code list involved.
             * @example iso-3166-1-alpha-2
             */
            codeList?: string;
            /**
             * @description The master-data entity involved.
             * @example customer
             */
            entity?: string;
            /**
             * @description What the definition asks for: a logical type, a format or a pattern.
             * @example string
             */
            expected?: string;
            /**
             * @description What is wrong and what the definition asks for.
             * @example Property 'customer_id' stands for master-data attribute 'customer/customer_id' (through glossary term 'customer-identifier') and must have logicalType 'string', not 'integer'.
             */
            message: string;
            /**
             * @description RFC 6901 pointer into the request body: the property, or the schema object for a missing attribute.
             * @example /contracts/0/schema/0/properties/0
             */
            pointer: string;
            /**
             * @description `logical-type`: the logicalType differs from the canonical attribute; `format`: its logicalTypeOptions.format (or the attribute's own pattern) differs; `required-attribute`: a schema object that carries an entity lacks one of its required attributes; `code-list-pattern`: a property bound to a code list does not declare the list's pattern.
             * @example logical-type
             * @enum {string}
             */
            rule: "logical-type" | "format" | "required-attribute" | "code-list-pattern";
            /**
             * @description The glossary term involved.
             * @example customer-identifier
             */
            term?: string;
        };
        ConformanceReportDto: {
            /**
             * @description True when there is no finding.
             * @example false
             */
            conformant: boolean;
            /** @description Every departure found, in document order. */
            findings: components["schemas"]["ConformanceFindingDto"][];
        };
        ConformanceRequestDto: {
            /**
             * @description ODCS v3 DataContract documents as JSON, 1 to 50; each must be valid against its standard's JSON Schema. Properties link to the glossary and the master data through authoritativeDefinitions urls `meshwork:glossary:<term>`, `meshwork:master-data:<entity>/<attribute>` and `meshwork:code-list:<list>`, schema objects through `meshwork:master-data:<entity>`; or through a businessName equal to a term title or synonym (properties) or an entity title (schema objects).
             * @example [
             *       {
             *         "apiVersion": "v3.1.0",
             *         "id": "crm-customers",
             *         "kind": "DataContract",
             *         "schema": [
             *           {
             *             "businessName": "Customer",
             *             "name": "customers",
             *             "properties": [
             *               {
             *                 "businessName": "Customer identifier",
             *                 "logicalType": "string",
             *                 "logicalTypeOptions": {
             *                   "format": "uuid"
             *                 },
             *                 "name": "customer_id"
             *               }
             *             ]
             *           }
             *         ],
             *         "status": "active",
             *         "version": "1.0.0"
             *       }
             *     ]
             */
            contracts: {
                [key: string]: unknown;
            }[];
        };
        CreateCodeListDto: {
            /**
             * @description The codes, 1 to 5000, each code once (case-sensitive).
             * @example [
             *       {
             *         "code": "retail",
             *         "label": "Retail"
             *       },
             *       {
             *         "code": "smb",
             *         "label": "Small and medium business"
             *       }
             *     ]
             */
            codes: components["schemas"]["CodeDto"][];
            /**
             * @description What the list holds.
             * @example The segments sales assigns a customer to.
             */
            description?: string | null;
            /**
             * @description Unique kebab-case name.
             * @example customer-segment
             */
            name: string;
            /**
             * @description The standard the list comes from, if any.
             * @example Internal sales taxonomy v2
             */
            standard?: string | null;
            /**
             * @description Name shown to people.
             * @example Customer segments
             */
            title: string;
        };
        CreateGlossaryTermDto: {
            /**
             * @description What the term means in the mesh.
             * @example The stable identifier the CRM assigns to a customer; never reused.
             */
            definition: string;
            /**
             * @description Name of the canonical master-data entity the term names or belongs to, if any. It must exist. Send null to clear it.
             * @example customer
             */
            masterDataEntity?: string | null;
            /**
             * @description Unique kebab-case handle; contracts link to the term with the authoritativeDefinitions url `meshwork:glossary:<name>`.
             * @example customer-identifier
             */
            name: string;
            /**
             * @description The team that keeps the definition up to date (a team name).
             * @example crm-data-team
             */
            ownerTeamId: string;
            /**
             * @description `draft` while it is discussed, `approved` once it is the meaning the mesh uses, `deprecated` when it should no longer be used. `draft` by default.
             * @example approved
             * @enum {string}
             */
            status?: "draft" | "approved" | "deprecated";
            /**
             * @description Other words for the same thing, at most 50. None by default.
             * @example [
             *       "Customer ID",
             *       "Client number"
             *     ]
             */
            synonyms?: string[];
            /**
             * @description The term as people write it.
             * @example Customer identifier
             */
            title: string;
        };
        CreateMasterDataEntityDto: {
            /**
             * @description The attributes of the entity, 1 to 500, each name once.
             * @example [
             *       {
             *         "format": "uuid",
             *         "glossaryTerm": "customer-identifier",
             *         "logicalType": "string",
             *         "name": "customer_id",
             *         "required": true,
             *         "title": "Customer identifier"
             *       },
             *       {
             *         "codeList": "iso-3166-1-alpha-2",
             *         "logicalType": "string",
             *         "name": "country_code",
             *         "required": true,
             *         "title": "Country"
             *       }
             *     ]
             */
            attributes: components["schemas"]["CanonicalAttributeDto"][];
            /**
             * @description What the entity is.
             * @example A person or company that buys from us.
             */
            description?: string | null;
            /**
             * @description Unique kebab-case name; contracts link to it with the authoritativeDefinitions url `meshwork:master-data:<name>`.
             * @example customer
             */
            name: string;
            /**
             * @description The team that owns the canonical definition (a team name).
             * @example crm-data-team
             */
            ownerTeamId: string;
            /**
             * @description The entity as people write it.
             * @example Customer
             */
            title: string;
        };
        CreatePolicyDto: {
            /**
             * @description What the policy checks.
             * @example Every data product names an owner in its team.
             */
            description: string;
            /**
             * @description Stable kebab-case id.
             * @example product-has-owner
             */
            id: string;
            /**
             * @description Short name shown in results.
             * @example Product has an owner
             */
            name: string;
            /**
             * @description Why the policy exists: a link to the standard or decision record.
             * @example https://wiki.example.com/adr/0007-ownership
             */
            rationaleUrl?: string;
            /** @description The rule: a CEL expression or a JSON Schema. It is compiled when saved. */
            rule: components["schemas"]["PolicyRuleDto"];
            /**
             * @description Domains the policy applies to, or `all` for the whole mesh.
             * @example all
             */
            scope: "all" | string[];
            /**
             * @description `blocking` failures refuse a publish (warnings while in grace); `warning` and `info` are reported only.
             * @example blocking
             * @enum {string}
             */
            severity: "info" | "warning" | "blocking";
            /**
             * @description What the rule is evaluated on, once per element.
             * @example product
             * @enum {string}
             */
            target: "product" | "contract" | "output-port" | "schema-property";
        };
        DailyScoreDto: {
            /**
             * @description Policies that applied (outcome other than not-applicable), summed over the products’ latest samples.
             * @example 8
             */
            applicable: number;
            /**
             * Format: date
             * @description Day (UTC): the score of each product’s latest sample at the end of it.
             * @example 2026-01-31
             */
            date: string;
            /**
             * @description Applicable policies that passed, summed over the products’ latest samples.
             * @example 7
             */
            passed: number;
            /**
             * @description Products with at least one sample.
             * @example 2
             */
            products: number;
            /**
             * @description passed / applicable, from 0 to 1; null when no policy applied.
             * @example 0.875
             */
            score?: number | null;
        };
        DomainScoreDto: {
            /**
             * @description Policies that applied (outcome other than not-applicable), summed over the products’ latest samples.
             * @example 8
             */
            applicable: number;
            /**
             * @description Domain.
             * @example crm
             */
            domain: string;
            /**
             * @description Applicable policies that passed, summed over the products’ latest samples.
             * @example 7
             */
            passed: number;
            /**
             * @description Products with at least one sample.
             * @example 2
             */
            products: number;
            /**
             * @description passed / applicable, from 0 to 1; null when no policy applied.
             * @example 0.875
             */
            score?: number | null;
        };
        DryRunDto: {
            /**
             * @description Version to try (drafts included); the latest when omitted.
             * @example 2
             */
            version?: number;
        };
        DryRunErrorDto: {
            /**
             * @description Why the product could not be evaluated.
             * @example the catalog answered 404 to GET /v1/products/crm/customers/document?version=1.2.0
             */
            detail: string;
            /**
             * @description Domain of the product.
             * @example crm
             */
            domain: string;
            /**
             * @description Product name in the catalog.
             * @example customers
             */
            name: string;
        };
        DryRunFailureDto: {
            /**
             * @description Domain of the product.
             * @example crm
             */
            domain: string;
            /**
             * @description Product name in the catalog.
             * @example customers
             */
            name: string;
            /**
             * @description `fail`, or `error` when the rule could not be evaluated on it.
             * @example fail
             * @enum {string}
             */
            outcome: "fail" | "error";
            /**
             * @description Current version of the product, the one evaluated.
             * @example 1.2.0
             */
            version: string;
            /** @description Failures, at most 100. */
            violations: components["schemas"]["ViolationDto"][];
        };
        DryRunResultDto: {
            /** @description Products that could not be read, sorted by domain and name. */
            errors: components["schemas"]["DryRunErrorDto"][];
            /**
             * @description Products evaluated (read from the catalog without error).
             * @example 12
             */
            evaluated: number;
            /** @description Products that would fail, sorted by domain and name. */
            failing: components["schemas"]["DryRunFailureDto"][];
            /**
             * @description Policy tried.
             * @example product-has-owner
             */
            policyId: string;
            /**
             * @description Version tried.
             * @example 2
             */
            version: number;
        };
        EvaluateDto: {
            /**
             * @description The ODCS v3 contracts of its output ports, each a JSON object or YAML text.
             * @example [
             *       {
             *         "apiVersion": "v3.1.0",
             *         "id": "crm_customers_v1",
             *         "kind": "DataContract",
             *         "version": "1.2.0"
             *       }
             *     ]
             */
            contracts?: ({
                [key: string]: unknown;
            } | string)[];
            /** @description The version published before, for rules that compare (breaking changes). */
            previous?: components["schemas"]["PreviousVersionDto"];
            /**
             * @description The ODPS product document, as a JSON object or as YAML text.
             * @example {
             *       "apiVersion": "v1.0.0",
             *       "domain": "crm",
             *       "id": "crm-customers",
             *       "kind": "DataProduct",
             *       "version": "1.2.0"
             *     }
             */
            product: {
                [key: string]: unknown;
            } | string;
            /**
             * @description Keep the outcome as a compliance sample of the product (the catalog’s publish gate sets it); only an evaluation that passes (no blocking violation) is kept, as a refused publish changes nothing.
             * @default false
             * @example true
             */
            record?: boolean;
            /** @description The catalog product this is about; when absent, `domain`, `name` and `version` of the product document are used for the record. */
            subject?: components["schemas"]["EvaluationSubjectDto"];
        };
        EvaluationResultDto: {
            /**
             * @description Failing policies whose effective severity is blocking: any refuses a publish.
             * @example 0
             */
            blocking: number;
            /**
             * @description Version of the policy bundle evaluated (GET /v1/bundle).
             * @example 3f7a9c0e5b1d2f4a6c8e0b2d4f6a8c0e1b3d5f7a9c0e2b4d6f8a0c2e4b6d8f0a
             */
            bundleVersion: string;
            /**
             * Format: date-time
             * @description The instant grace periods were measured against.
             * @example 2026-02-01T10:30:00.000Z
             */
            evaluatedAt: string;
            /**
             * @description True when nothing blocks.
             * @example true
             */
            passed: boolean;
            /**
             * @description Whether a compliance sample was kept (`record: true` and passed).
             * @example false
             */
            recorded: boolean;
            /** @description One result per grace or enforced policy, sorted by policy id. */
            results: components["schemas"]["PolicyResultDto"][];
            /**
             * @description Failing policies whose effective severity is warning (blocking ones in grace included).
             * @example 1
             */
            warnings: number;
        };
        EvaluationSubjectDto: {
            /**
             * @description Domain of the product in the catalog.
             * @example crm
             */
            domain: string;
            /**
             * @description Kebab-case product name in the catalog (its path name, not the display name).
             * @example customers
             */
            name: string;
            /**
             * @description Version of the product evaluated.
             * @example 1.2.0
             */
            version: string;
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
        GlossaryTermDto: {
            /**
             * Format: date-time
             * @description When the term was created.
             * @example 2026-01-15T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description What the term means in the mesh.
             * @example The stable identifier the CRM assigns to a customer; never reused.
             */
            definition: string;
            /**
             * @description Name of the canonical master-data entity the term names or belongs to, if any.
             * @example customer
             */
            masterDataEntity?: string | null;
            /**
             * @description Unique kebab-case handle; contracts link to the term with the authoritativeDefinitions url `meshwork:glossary:<name>`.
             * @example customer-identifier
             */
            name: string;
            /**
             * @description The team that keeps the definition up to date (its domain owners may update the term).
             * @example crm-data-team
             */
            ownerTeamId: string;
            /**
             * @description `draft` while it is discussed, `approved` once it is the meaning the mesh uses, `deprecated` when it should no longer be used.
             * @example approved
             * @enum {string}
             */
            status: "draft" | "approved" | "deprecated";
            /**
             * @description Other words for the same thing; a businessName equal to one of them binds a property to the term too.
             * @example [
             *       "Customer ID",
             *       "Client number"
             *     ]
             */
            synonyms: string[];
            /**
             * @description The term as people write it; a contract property whose businessName equals it (case-insensitive) is bound to the term.
             * @example Customer identifier
             */
            title: string;
            /**
             * Format: date-time
             * @description When the term last changed.
             * @example 2026-02-01T10:30:00.000Z
             */
            updatedAt: string;
        };
        GlossaryTermPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["GlossaryTermDto"][];
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
        MasterDataEntityDto: {
            /**
             * @description The attributes of the entity, 1 to 500, each name once.
             * @example [
             *       {
             *         "format": "uuid",
             *         "glossaryTerm": "customer-identifier",
             *         "logicalType": "string",
             *         "name": "customer_id",
             *         "required": true,
             *         "title": "Customer identifier"
             *       },
             *       {
             *         "codeList": "iso-3166-1-alpha-2",
             *         "logicalType": "string",
             *         "name": "country_code",
             *         "required": true,
             *         "title": "Country"
             *       }
             *     ]
             */
            attributes: components["schemas"]["CanonicalAttributeDto"][];
            /**
             * Format: date-time
             * @description When the entity was defined.
             * @example 2026-01-15T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description What the entity is.
             * @example A person or company that buys from us.
             */
            description?: string | null;
            /**
             * @description Unique kebab-case name; contracts link to it with the authoritativeDefinitions url `meshwork:master-data:<name>`.
             * @example customer
             */
            name: string;
            /**
             * @description The team that owns the canonical definition.
             * @example crm-data-team
             */
            ownerTeamId: string;
            /**
             * @description The entity as people write it; a schema object whose businessName equals it (case-insensitive) claims to carry the entity.
             * @example Customer
             */
            title: string;
            /**
             * Format: date-time
             * @description When the definition last changed.
             * @example 2026-02-01T10:30:00.000Z
             */
            updatedAt: string;
        };
        MasterDataEntityPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["MasterDataEntityDto"][];
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
        PolicyBundleDto: {
            /**
             * Format: date-time
             * @description When the newest version of the set entered it (the epoch for an empty set).
             * @example 2026-02-01T10:30:00.000Z
             */
            generatedAt: string;
            /** @description Every grace and enforced policy version, sorted by id: run `compilePolicy` and `evaluatePolicies` from @meshwork/policies on them to evaluate locally. */
            policies: components["schemas"]["PolicyDefinitionDto"][];
            /**
             * @description SHA-256 of the canonical JSON of `policies`; also the ETag. Equal versions, equal bundles.
             * @example 3f7a9c0e5b1d2f4a6c8e0b2d4f6a8c0e1b3d5f7a9c0e2b4d6f8a0c2e4b6d8f0a
             */
            version: string;
        };
        PolicyDefinitionDto: {
            /**
             * @description What the policy checks.
             * @example Every data product names an owner in its team.
             */
            description: string;
            /**
             * Format: date-time
             * @description In grace: until when blocking failures count as warnings.
             * @example 2026-06-30T00:00:00.000Z
             */
            graceUntil?: string;
            /**
             * @description Stable kebab-case id.
             * @example product-has-owner
             */
            id: string;
            /**
             * @description Short name shown in results.
             * @example Product has an owner
             */
            name: string;
            /**
             * @description Link to the standard or decision record.
             * @example https://wiki.example.com/adr/0007-ownership
             */
            rationaleUrl?: string;
            /** @description The rule. */
            rule: components["schemas"]["PolicyRuleDto"];
            /**
             * @description Domains the policy applies to, or `all`.
             * @example all
             */
            scope: "all" | string[];
            /**
             * @description Severity as declared.
             * @example blocking
             * @enum {string}
             */
            severity: "info" | "warning" | "blocking";
            /**
             * @description Lifecycle state.
             * @example enforced
             * @enum {string}
             */
            state: "draft" | "grace" | "enforced" | "retired";
            /**
             * @description What the rule is evaluated on.
             * @example product
             * @enum {string}
             */
            target: "product" | "contract" | "output-port" | "schema-property";
            /**
             * @description Version number.
             * @example 1
             */
            version: number;
        };
        PolicyDto: {
            /**
             * @description The version in grace or enforced, the one evaluated at publish time; null when none.
             * @example 1
             */
            activeVersion?: number | null;
            /**
             * Format: date-time
             * @description When this version was made.
             * @example 2026-01-15T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Principal that made this version.
             * @example gov-officer-1
             */
            createdBy: string;
            /**
             * @description What the policy checks.
             * @example Every data product names an owner in its team.
             */
            description: string;
            /**
             * Format: date-time
             * @description In grace: until when blocking failures count as warnings.
             * @example 2026-06-30T00:00:00.000Z
             */
            graceUntil?: string | null;
            /**
             * @description Stable kebab-case id.
             * @example product-has-owner
             */
            id: string;
            /**
             * @description Newest version of the policy (may be a draft).
             * @example 2
             */
            latestVersion: number;
            /**
             * @description Short name shown in results.
             * @example Product has an owner
             */
            name: string;
            /**
             * @description Link to the standard or decision record.
             * @example https://wiki.example.com/adr/0007-ownership
             */
            rationaleUrl?: string | null;
            /** @description The rule. */
            rule: components["schemas"]["PolicyRuleDto"];
            /**
             * @description Domains the policy applies to, or `all`.
             * @example all
             */
            scope: "all" | string[];
            /**
             * @description Severity of failures as declared.
             * @example blocking
             * @enum {string}
             */
            severity: "info" | "warning" | "blocking";
            /**
             * @description Lifecycle state of this version.
             * @example enforced
             * @enum {string}
             */
            state: "draft" | "grace" | "enforced" | "retired";
            /**
             * @description What the rule is evaluated on.
             * @example product
             * @enum {string}
             */
            target: "product" | "contract" | "output-port" | "schema-property";
            /**
             * Format: date-time
             * @description When this version last changed (edit as a draft, or lifecycle).
             * @example 2026-02-01T10:30:00.000Z
             */
            updatedAt: string;
            /**
             * @description The version shown.
             * @example 2
             */
            version: number;
        };
        PolicyPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["PolicyDto"][];
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
        PolicyResultDto: {
            /**
             * @description Severity as it counts now: a blocking policy in grace before its date counts as a warning.
             * @example warning
             * @enum {string}
             */
            effectiveSeverity: "info" | "warning" | "blocking";
            /**
             * @description Elements of the target kind evaluated.
             * @example 3
             */
            evaluated: number;
            /**
             * @description Policy name.
             * @example Product has an owner
             */
            name: string;
            /**
             * @description pass, fail, not-applicable (out of scope or no element of the target) or error (the rule could not be evaluated).
             * @example fail
             * @enum {string}
             */
            outcome: "pass" | "fail" | "not-applicable" | "error";
            /**
             * @description Policy id.
             * @example product-has-owner
             */
            policyId: string;
            /**
             * @description Severity as declared.
             * @example blocking
             * @enum {string}
             */
            severity: "info" | "warning" | "blocking";
            /**
             * @description State of the policy version.
             * @example grace
             * @enum {string}
             */
            state: "draft" | "grace" | "enforced" | "retired";
            /**
             * @description Policy version evaluated.
             * @example 1
             */
            version: number;
            /** @description Failures, at most 100. */
            violations: components["schemas"]["ViolationDto"][];
        };
        PolicyRuleDto: {
            /**
             * @description For `cel`: yields true (passes), false (fails with the message) or a string (fails with that string). Variables depend on the target: `product`, `contract`, `port`, `property`, and `input`.
             * @example has(product.team) && product.team.members.exists(m, m.role == 'owner')
             */
            expression?: string;
            /**
             * @description `cel`: a CEL expression; `json-schema`: a JSON Schema (draft 2019-09) the target element must satisfy.
             * @example cel
             * @enum {string}
             */
            kind: "cel" | "json-schema";
            /**
             * @description Message of each failure, when the rule does not give its own.
             * @example The product must name an owner in its team.
             */
            message?: string;
            /**
             * @description For `json-schema`: the schema each target element must satisfy.
             * @example {
             *       "required": [
             *         "description"
             *       ],
             *       "type": "object"
             *     }
             */
            schema?: {
                [key: string]: unknown;
            };
        };
        PreviousVersionDto: {
            /**
             * @description The ODCS contracts published before.
             * @example [
             *       {
             *         "apiVersion": "v3.1.0",
             *         "id": "crm_customers_v1",
             *         "kind": "DataContract",
             *         "version": "1.1.0"
             *       }
             *     ]
             */
            contracts?: ({
                [key: string]: unknown;
            } | string)[];
            /**
             * @description The ODPS document published before.
             * @example {
             *       "apiVersion": "v1.0.0",
             *       "id": "crm-customers",
             *       "kind": "DataProduct",
             *       "version": "1.1.0"
             *     }
             */
            product: {
                [key: string]: unknown;
            } | string;
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
        ProductScoreDto: {
            /**
             * @description Policies that applied.
             * @example 4
             */
            applicable: number;
            /**
             * @description Policies failing as blocking.
             * @example 0
             */
            blocking: number;
            /**
             * @description Domain of the product.
             * @example crm
             */
            domain: string;
            /**
             * Format: date-time
             * @description When the latest sample was taken.
             * @example 2026-02-01T10:30:00.000Z
             */
            evaluatedAt: string;
            /**
             * @description Product name in the catalog.
             * @example customers
             */
            name: string;
            /**
             * @description Applicable policies that passed.
             * @example 3
             */
            passed: number;
            /**
             * @description passed / applicable of the latest sample; null when no policy applied.
             * @example 0.75
             */
            score?: number | null;
            /**
             * @description Version of the latest sample.
             * @example 1.2.0
             */
            version: string;
            /**
             * @description Policies failing as warnings.
             * @example 1
             */
            warnings: number;
        };
        PutMasterDataEntityDto: {
            /**
             * @description The attributes of the entity, 1 to 500, each name once.
             * @example [
             *       {
             *         "format": "uuid",
             *         "glossaryTerm": "customer-identifier",
             *         "logicalType": "string",
             *         "name": "customer_id",
             *         "required": true,
             *         "title": "Customer identifier"
             *       },
             *       {
             *         "codeList": "iso-3166-1-alpha-2",
             *         "logicalType": "string",
             *         "name": "country_code",
             *         "required": true,
             *         "title": "Country"
             *       }
             *     ]
             */
            attributes: components["schemas"]["CanonicalAttributeDto"][];
            /**
             * @description What the entity is.
             * @example A person or company that buys from us.
             */
            description?: string | null;
            /**
             * @description The team that owns the canonical definition (a team name).
             * @example crm-data-team
             */
            ownerTeamId: string;
            /**
             * @description The entity as people write it.
             * @example Customer
             */
            title: string;
        };
        ScoreDto: {
            /**
             * @description Policies that applied (outcome other than not-applicable), summed over the products’ latest samples.
             * @example 8
             */
            applicable: number;
            /**
             * @description Applicable policies that passed, summed over the products’ latest samples.
             * @example 7
             */
            passed: number;
            /**
             * @description Products with at least one sample.
             * @example 2
             */
            products: number;
            /**
             * @description passed / applicable, from 0 to 1; null when no policy applied.
             * @example 0.875
             */
            score?: number | null;
        };
        TransitionPolicyDto: {
            /**
             * Format: date-time
             * @description Required when moving to grace: a future instant until which blocking failures count as warnings.
             * @example 2026-06-30T00:00:00.000Z
             */
            graceUntil?: string;
            /**
             * @description Target state. Allowed: draft → grace | enforced, grace → enforced | retired, enforced → retired.
             * @example grace
             * @enum {string}
             */
            to: "draft" | "grace" | "enforced" | "retired";
            /**
             * @description Version to move; the latest when omitted.
             * @example 2
             */
            version?: number;
        };
        UpdateGlossaryTermDto: {
            /**
             * @description What the term means in the mesh.
             * @example The stable identifier the CRM assigns to a customer; never reused.
             */
            definition?: string;
            /**
             * @description Name of the canonical master-data entity the term names or belongs to, if any. It must exist. Send null to clear it.
             * @example customer
             */
            masterDataEntity?: string | null;
            /**
             * @description The team that keeps the definition up to date (a team name).
             * @example crm-data-team
             */
            ownerTeamId?: string;
            /**
             * @description `draft` while it is discussed, `approved` once it is the meaning the mesh uses, `deprecated` when it should no longer be used. `draft` by default.
             * @example approved
             * @enum {string}
             */
            status?: "draft" | "approved" | "deprecated";
            /**
             * @description Other words for the same thing, at most 50. None by default.
             * @example [
             *       "Customer ID",
             *       "Client number"
             *     ]
             */
            synonyms?: string[];
            /**
             * @description The term as people write it.
             * @example Customer identifier
             */
            title?: string;
        };
        UpdatePolicyDto: {
            /**
             * @description What the policy checks.
             * @example Every data product names an owner in its team.
             */
            description?: string;
            /**
             * @description Short name shown in results.
             * @example Product has an owner
             */
            name?: string;
            /**
             * @description Link to the standard or decision record; null clears it.
             * @example https://wiki.example.com/adr/0007-ownership
             */
            rationaleUrl?: string | null;
            /** @description The new rule; compiled when saved. */
            rule?: components["schemas"]["PolicyRuleDto"];
            /**
             * @description Domains the policy applies to, or `all`.
             * @example [
             *       "crm",
             *       "billing"
             *     ]
             */
            scope?: "all" | string[];
            /**
             * @description Severity of failures.
             * @example warning
             * @enum {string}
             */
            severity?: "info" | "warning" | "blocking";
            /**
             * @description What the rule is evaluated on.
             * @example contract
             * @enum {string}
             */
            target?: "product" | "contract" | "output-port" | "schema-property";
        };
        ViolationDto: {
            /**
             * @description What is wrong.
             * @example Every property needs a description.
             */
            message: string;
            /**
             * @description JSON pointer into the evaluation input (`/product/...`, `/contracts/0/...`).
             * @example /contracts/0/schema/0/properties/2
             */
            pointer: string;
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
    getPolicyBundle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a bundle held; answered 304 while it is current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundle; its strong ETag is its version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyBundleDto"];
                };
            };
            /** @description The bundle named by If-None-Match is still current. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The caller may not read Policy. */
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
    getCompliance: {
        parameters: {
            query?: {
                /** @description Only this domain’s products, domain score and series (the mesh score stays mesh-wide). */
                domain?: string;
                /** @description First day of the series (UTC, inclusive); 29 days before `to` when omitted. */
                from?: string;
                /** @description Last day of the series (UTC, inclusive); today when omitted. At most 366 days after `from`. */
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
                    "application/json": components["schemas"]["ComplianceReportDto"];
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
            /** @description The caller may not read Compliance. */
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
    evaluatePolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationResultDto"];
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
            /**
             * @description `record: true` by someone who may not publish products of the domain.
             *
             *     The caller may not create Evaluation.
             */
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
            /** @description `record: true` without a subject and without domain, name and version in the product document. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `record: true` needs the domain’s owner team from the catalog, which cannot be reached. */
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
    listGlossaryTerms: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
                /** @description Only terms owned by this team. */
                ownerTeamId?: string;
                /** @description Only terms whose name, title or one of whose synonyms starts with this text (case-insensitive). */
                q?: string;
                /** @description Only terms in this status. */
                status?: "draft" | "approved" | "deprecated";
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
                    "application/json": components["schemas"]["GlossaryTermPageDto"];
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
            /** @description The caller may not read GlossaryTerm. */
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
    createGlossaryTerm: {
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
                "application/json": components["schemas"]["CreateGlossaryTermDto"];
            };
        };
        responses: {
            /** @description The new term; its ETag is in the ETag header. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlossaryTermDto"];
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
            /** @description The caller may not create GlossaryTerm. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description A term with this name exists. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
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
            /** @description The master-data entity named does not exist. Or `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
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
    getGlossaryTerm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Glossary term name. */
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
                    "application/json": components["schemas"]["GlossaryTermDto"];
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
            /** @description The caller may not read GlossaryTerm. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such term. */
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
    deleteGlossaryTerm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Glossary term name. */
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
            /** @description The caller may not delete GlossaryTerm. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such term. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description A master-data attribute stands for the term. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
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
    updateGlossaryTerm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
                /** @description ETag from a previous read; the update fails with 412 if the term changed since. */
                "If-Match"?: string;
            };
            path: {
                /** @description Glossary term name. */
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateGlossaryTermDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlossaryTermDto"];
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
            /** @description The caller may not update GlossaryTerm. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such term. */
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
            /** @description The term changed since the ETag in If-Match. */
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
            /** @description The master-data entity named does not exist. Or `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
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
    listCodeLists: {
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
                    "application/json": components["schemas"]["CodeListPageDto"];
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
            /** @description The caller may not read MasterData. */
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
    createCodeList: {
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
                "application/json": components["schemas"]["CreateCodeListDto"];
            };
        };
        responses: {
            /** @description The new list with its codes and pattern; its ETag is in the ETag header. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeListDto"];
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
            /** @description The caller may not create MasterData. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description A list with this name exists. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
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
    getCodeList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Code list name. */
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
                    "application/json": components["schemas"]["CodeListDto"];
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
            /** @description The caller may not read MasterData. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such list. */
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
    checkConformance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConformanceRequestDto"];
            };
        };
        responses: {
            /** @description The findings; `conformant` is true when there are none. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConformanceReportDto"];
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
            /** @description The caller may not read MasterData. */
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
        };
    };
    listMasterDataEntities: {
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
                    "application/json": components["schemas"]["MasterDataEntityPageDto"];
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
            /** @description The caller may not read MasterData. */
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
    createMasterDataEntity: {
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
                "application/json": components["schemas"]["CreateMasterDataEntityDto"];
            };
        };
        responses: {
            /** @description The new entity; its ETag is in the ETag header. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MasterDataEntityDto"];
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
            /** @description The caller may not create MasterData. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description An entity with this name exists. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
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
            /** @description An attribute names a code list or glossary term that does not exist; `errors` points at each. Or `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
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
    getMasterDataEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Master-data entity name. */
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
                    "application/json": components["schemas"]["MasterDataEntityDto"];
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
            /** @description The caller may not read MasterData. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such entity. */
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
    replaceMasterDataEntity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
                /** @description ETag from a previous read; the update fails with 412 if the entity changed since. */
                "If-Match"?: string;
            };
            path: {
                /** @description Master-data entity name. */
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutMasterDataEntityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MasterDataEntityDto"];
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
            /** @description The caller may not update MasterData. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such entity; create it with POST. */
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
            /** @description The entity changed since the ETag in If-Match. */
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
            /** @description An attribute names a code list or glossary term that does not exist; `errors` points at each. Or `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
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
    deleteMasterDataEntity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Master-data entity name. */
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
            /** @description The caller may not delete MasterData. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such entity. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Glossary terms name the entity. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
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
    listPolicies: {
        parameters: {
            query?: {
                /** @description Only policies whose latest version applies to this domain (scope `all` or naming it). */
                domain?: string;
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
                /** @description Only policies whose latest version has this severity. */
                severity?: "info" | "warning" | "blocking";
                /** @description Only policies with a version in this state. */
                state?: "draft" | "grace" | "enforced" | "retired";
                /** @description Only policies whose latest version has this target. */
                target?: "product" | "contract" | "output-port" | "schema-property";
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
                    "application/json": components["schemas"]["PolicyPageDto"];
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
            /** @description The caller may not read Policy. */
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
    createPolicy: {
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
                "application/json": components["schemas"]["CreatePolicyDto"];
            };
        };
        responses: {
            /** @description The new policy; its ETag is in the ETag header. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyDto"];
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
            /** @description The caller may not create Policy. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description A policy with this id exists. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
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
    getPolicy: {
        parameters: {
            query?: {
                /** @description Version to read; the latest when omitted. */
                version?: number;
            };
            header?: never;
            path: {
                /** @description Kebab-case policy id. */
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
                    "application/json": components["schemas"]["PolicyDto"];
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
            /** @description The caller may not read Policy. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such policy (or version). */
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
    updatePolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
                /** @description ETag from a previous read; the change fails with 412 if the policy changed since. */
                "If-Match"?: string;
            };
            path: {
                /** @description Kebab-case policy id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePolicyDto"];
            };
        };
        responses: {
            /** @description The latest version after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyDto"];
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
            /** @description The caller may not update Policy. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such policy (or version). */
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
            /** @description The policy changed since the ETag in If-Match. */
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
    dryRunPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kebab-case policy id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DryRunDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DryRunResultDto"];
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
            /** @description The caller may not update Policy. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such policy (or version). */
            404: {
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
    transitionPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
                /** @description ETag from a previous read; the change fails with 412 if the policy changed since. */
                "If-Match"?: string;
            };
            path: {
                /** @description Kebab-case policy id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionPolicyDto"];
            };
        };
        responses: {
            /** @description The version moved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyDto"];
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
            /** @description The caller may not transition Policy. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such policy (or version). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The move is not allowed from the version’s state. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
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
            /** @description The policy changed since the ETag in If-Match. */
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
            /** @description Grace without a future graceUntil. Or `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
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
    listPolicyVersions: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description Kebab-case policy id. */
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
                    "application/json": components["schemas"]["PolicyPageDto"];
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
            /** @description The caller may not read Policy. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such policy (or version). */
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
}
