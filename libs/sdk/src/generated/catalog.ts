// Generated from libs/sdk/openapi/catalog.json by tools/openapi. Do not edit.
export interface paths {
    "/api/v1/lineage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive an OpenLineage run event
         * @description The endpoint OpenLineage HTTP clients send to. Datasets are linked to output ports through the servers of their contracts.
         */
        post: operations["ingestRunEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lineage/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive a batch of OpenLineage run events
         * @description A JSON array of run events, or { "events": [...] }; all or none are stored.
         */
        post: operations["ingestRunEvents"];
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
    "/v1/contract-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Convert a data contract to ODCS v3.1
         * @description Accepts Data Contract Specification 1.x (datacontract.com) and ODCS v2.x / v3.0 documents, as JSON or YAML; answers the ODCS v3.1 equivalent. Supported: dcs-v1, odcs-v2, odcs-v3.0, odcs-v3.1. Nothing is stored: register the result with a product.
         */
        post: operations["importContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contracts/{domain}/{contractId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every version of a contract
         * @description Newest first.
         */
        get: operations["listContractVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contracts/{domain}/{contractId}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one contract version */
        get: operations["getContractVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contracts/{domain}/{contractId}/versions/{version}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the ODCS document
         * @description The contract exactly as registered (lossless), as YAML or JSON by the Accept header.
         */
        get: operations["exportContract"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List domains
         * @description Sorted by name, paginated with limit/offset.
         */
        get: operations["listDomains"];
        put?: never;
        /**
         * Create a domain
         * @description A domain groups the data products of one business area and is owned by one team.
         */
        post: operations["createDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a domain */
        get: operations["getDomain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a domain
         * @description Send If-Match with the ETag you read to avoid overwriting a concurrent change.
         */
        patch: operations["updateDomain"];
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
         * @description The facts the catalog service wrote in the same transaction as each change, as CloudEvents 1.0 structured JSON, oldest first. Page with `after` = the previous answer’s `next`; with `wait`, an empty answer is held until an event is committed (or the wait ends). An event appears only once every transaction that began before it has ended, so a reader following `next` never skips one; delivery to consumers is at-least-once (deduplicate on `id`). Events are kept 30 days, then removed in batches. Any authenticated principal may read the feed: facts carry names, URNs, ids and states, never secrets.
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
    "/v1/lineage/{urn}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Walk the lineage of a product or output port
         * @description From ODPS input ports and inputContracts and from OpenLineage runs. Cycle-safe; depth-limited.
         */
        get: operations["getLineage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ports/{urn}/documentation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the Markdown documentation of an output port
         * @description Answered as `text/markdown; charset=utf-8`, exactly as stored: the server renders nothing (and says `nosniff`). The ETag is the SHA-256 of the text; the `Link` header lists the ODPS/ODCS `authoritativeDefinitions` (rel="describedby"), all of them in JSON at `…/documentation/links`. A new product version carries the documentation of the version before it unless its registration replaces it; `?version=` reads an older version’s. Without `?version=`, the newest product version that declares the port.
         */
        get: operations["getPortDocumentation"];
        /**
         * Write the Markdown documentation of an output port
         * @description Replaces the port’s documentation in the newest product version that declares it (or `?version=`), for the owner team or an admin. A pipeline may also send it in the registration envelope (`documentation.ports`).
         */
        put: operations["setPortDocumentation"];
        post?: never;
        /**
         * Remove the documentation of an output port
         * @description From the newest product version that declares the port (or `?version=`); later versions no longer carry it over.
         */
        delete: operations["deletePortDocumentation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ports/{urn}/documentation/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What documents an output port: its Markdown and its authoritative definitions
         * @description Whether the port has Markdown documentation (and where), beside the links of its ODPS entry and of its ODCS contract.
         */
        get: operations["getPortDocumentationLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ports/{urn}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest column profile of an output port
         * @description Everyone who may read the catalog may read it.
         */
        get: operations["getPortProfile"];
        /**
         * Record a column profile of an output port
         * @description Row count and, per column, null count (and ratio), distinct count, min/max and quantiles. The profile becomes the port's latest; earlier ones stay in its history. The quality rules of the port's contract that the profile measures (nullValues, missingValues without extra missing values, duplicateValues, rowCount) are evaluated at once; a failing `error` rule writes a quality.failed fact. OpenLineage `dataQualityMetrics` facets sent to POST /api/v1/lineage record profiles the same way. Only those who may update the port's data product record profiles.
         */
        put: operations["putPortProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ports/{urn}/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The profile history of an output port
         * @description Newest first, a page at a time (`cursor` from `nextCursor`); `contractVersion` keeps the profiles of one port version.
         */
        get: operations["listPortProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ports/{urn}/quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The quality rules of an output port and how they hold
         * @description Every ODCS quality rule of the port's current contract with its current outcome: measured from the latest profile where it carries the metric, else the latest result reported by the domain's checks (POST quality-results, OpenLineage dataQualityAssertions), else an older profile's; `unknown` without any. Comparisons follow the rule's operator and `unit` (`rows`, or `percent` of the row count).
         */
        get: operations["getPortQuality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ports/{urn}/quality-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the results of a domain's own quality checks
         * @description Each result names a rule of the port's contract by id and gives the verdict (`passed`) or the measured `value` to compare with the rule's operator. Stored all or none; a failing `error` rule that is now the rule's current outcome writes a quality.failed fact, which SLA monitoring counts as a failed check (failingRows over rowCount for errorRate). A result for a rule the latest profile measures is kept in the history, and the profile's outcome stays current. Only those who may update the port's data product report results.
         */
        post: operations["reportQualityResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ports/{urn}/quality/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The history of quality outcomes of an output port
         * @description Every stored outcome, newest first, optionally of one rule; a page at a time (`cursor` from `nextCursor`).
         */
        get: operations["listQualityResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ports/{urn}/sample": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the sandbox sample of an output port
         * @description For anyone who may read the catalog, to try a product before asking for access. Every property classified `restricted` or `pii` (or tagged `pii`, or with `pii: true` in its customProperties) is masked by its type: an e-mail keeps its first character and its domain (`j***@example.com`), other text becomes `***`, numbers, booleans, dates, timestamps, objects and arrays become null; nulls stay null. Unmasked for the product’s owner team and admins, and for whoever the access service (`POST /v1/decisions`, asked with the caller’s token, 2 s at most) says holds an active grant on the port: all of it for a grant on every field, the granted fields for a grant limited to some. When the access service cannot answer, everything sensitive is masked and `access.outcome` is `unavailable`. `masked` and the `X-Meshwork-Sample-Masked` header say whether anything is masked; `X-Meshwork-Sample-Access` carries `access.outcome`.
         */
        get: operations["getPortSample"];
        /**
         * Upload the sandbox sample of an output port
         * @description For the product's owner team (or an admin): up to 1000 rows and 1 MiB, as `application/json` (an array of row objects, or `{ rows }`) or `text/csv` (a header line of property names, RFC 4180 quoting; cells converted by the contract's logical types, an empty cell is a missing value). Every row is validated against the schema object of the port’s contract (logical types, `required`, `logicalTypeOptions` such as pattern, format, min/max length and value, and valid values from `invalidValues` quality rules; no property outside the schema): a sample with a bad row is refused with 422 and one error per bad value, its pointer naming the row index and the property (`/rows/3/email`, `/3/email`). The sample replaces the previous one; it is stored unmasked and masked on reading.
         */
        put: operations["uploadPortSample"];
        post?: never;
        /**
         * Remove the sandbox sample of an output port
         * @description For the product’s owner team or an admin.
         */
        delete: operations["deletePortSample"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List data products
         * @description Filter by domain and lifecycle state; sorted by domain then name.
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
    "/v1/products/{domain}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a data product
         * @description The catalog view of the current version. The ODPS document itself is at `/document`. With `?include=health`, the product page: owners, compliance (governance), SLA status and KPIs with active consumers (SLA monitoring), latest profiles and quality results, gathered with one request per service, all at once, each given CATALOG_HEALTH_TIMEOUT_MS (1500 by default); a source that cannot answer makes its part `unavailable` with the reason, never the page fail.
         */
        get: operations["getProduct"];
        /**
         * Register a data product version (self-serve, idempotent)
         * @description Accepts an ODPS v1.0 document with the ODCS v3 contracts of its output ports, as an envelope `{ product, contracts }` (or a bare ODPS document without contracts), in JSON (`application/json`) or YAML (`application/yaml`). Both are validated against the official JSON Schemas; each error is listed with its JSON pointer. The same document twice changes nothing (`outcome: unchanged`); a greater semver adds a version; a new product starts as `draft`. Send If-Match with the ETag you read to avoid adding a version over a concurrent change.
         */
        put: operations["registerProduct"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{domain}/{name}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Classified changelog between two versions
         * @description Ports added or removed and, per port, contract changes classified as breaking or compatible, each with its JSON pointer.
         */
        get: operations["listProductChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{domain}/{name}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the ODPS document
         * @description The document exactly as registered (lossless), as YAML or JSON by the Accept header; `?version=` picks an older version.
         */
        get: operations["exportProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{domain}/{name}/documentation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the Markdown documentation of a data product
         * @description Answered as `text/markdown; charset=utf-8`, exactly as stored: the server renders nothing (and says `nosniff`). The ETag is the SHA-256 of the text; the `Link` header lists the ODPS/ODCS `authoritativeDefinitions` (rel="describedby"), all of them in JSON at `…/documentation/links`. A new product version carries the documentation of the version before it unless its registration replaces it; `?version=` reads an older version’s.
         */
        get: operations["getProductDocumentation"];
        /**
         * Write the Markdown documentation of a data product
         * @description Replaces the documentation of the current version (or of `?version=`), for the owner team or an admin. Search covers the current version’s documentation. A pipeline may also send it in the registration envelope (`documentation.product`).
         */
        put: operations["setProductDocumentation"];
        post?: never;
        /**
         * Remove the documentation of a data product version
         * @description From the current version (or `?version=`); later versions no longer carry it over.
         */
        delete: operations["deleteProductDocumentation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{domain}/{name}/documentation/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What documents a data product: its Markdown and its authoritative definitions
         * @description Whether the version has Markdown documentation (and where), beside the links of the ODPS `authoritativeDefinitions`.
         */
        get: operations["getProductDocumentationLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{domain}/{name}/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How a data product keeps its promises
         * @description The KPIs of SLA monitoring for the product (at MESHWORK_SLA_URL, read with your token): SLA compliance over the window, incidents, mean time to detect and to recover, current freshness, and the status of each SLO of its ports. 503 when SLA monitoring is not configured or cannot answer.
         */
        get: operations["getProductSla"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{domain}/{name}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lifecycle history of a data product
         * @description Oldest first.
         */
        get: operations["listProductTransitions"];
        put?: never;
        /**
         * Move a data product along its lifecycle
         * @description draft → published → deprecated → retired (deprecated may return to published; draft may be retired). Other moves answer 409. Publishing is evaluated by the governance service: blocking policy violations answer 422 with one error per violation (pointer into `{ product, contracts }`), warnings are kept on the version (`policyWarnings`); when governance cannot answer, 503 and nothing changes. Send If-Match with the ETag you read to move the product only from the state you saw.
         */
        post: operations["transitionProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{domain}/{name}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every version of a data product
         * @description Newest first. Every registered version is kept.
         */
        get: operations["listProductVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resolve/{urn}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Resolve a URN to its product, port, contract and access instructions
         * @description Product URN: `urn:meshwork:<domain>:<product>`; output port URN: `urn:meshwork:<domain>:<product>:<port>:v<major>`.
         */
        get: operations["resolveUrn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search data products
         * @description Ranked over product names (highest), tags and port names, descriptions, and contract field and business names; tolerates typos and prefixes. Filters combine with AND; facets count the matches per filter value (a very broad search counts a first sample and says so). Always reflects the last committed change.
         */
        get: operations["searchProducts"];
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
        AccessInstructionsDto: {
            /**
             * @description HTTP method to use.
             * @example POST
             */
            method: string;
            /**
             * @description Endpoint of the access service where consumers request access.
             * @example http://127.0.0.1:3003/v1/access-requests
             */
            requestUrl: string;
            /**
             * @description URN to request access to (an output port).
             * @example urn:meshwork:crm:customers:customers:v1
             */
            target: string;
        };
        ChangedContractDto: {
            /**
             * @description Contract version in the older product version.
             * @example 1.2.0
             */
            from: string;
            /**
             * @description Contract id.
             * @example 7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10
             */
            id: string;
            /**
             * @description Contract version in the newer product version.
             * @example 1.3.0
             */
            to: string;
        };
        ChangeDto: {
            /** @description The contract versions compared, for a change inside a contract. */
            contract?: components["schemas"]["ChangedContractDto"];
            /**
             * @description Human description.
             * @example field customers.email was removed
             */
            detail: string;
            /**
             * @description What changed.
             * @example field-removed
             */
            kind: string;
            /**
             * @description Port, schema object or field concerned, dotted.
             * @example customers.email
             */
            path: string;
            /**
             * @description JSON pointer into the contract (or product) document named by `side`.
             * @example /schema/0/properties/1
             */
            pointer: string;
            /**
             * @description Output port concerned.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            port: string;
            /**
             * @description breaking: consumers may fail; compatible: they keep working.
             * @example breaking
             * @enum {string}
             */
            severity: "breaking" | "compatible";
            /**
             * @description Which version the pointer refers to.
             * @example previous
             * @enum {string}
             */
            side: "previous" | "next";
        };
        ChangelogDto: {
            /**
             * @description Whether any change breaks consumers.
             * @example false
             */
            breaking: boolean;
            /** @description Every classified change, breaking first. */
            changes: components["schemas"]["ChangeDto"][];
            /**
             * @description Older product version.
             * @example 1.2.0
             */
            from: string;
            /**
             * @description Newer product version.
             * @example 1.3.0
             */
            to: string;
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
             * @example /meshwork/catalog
             * @enum {string}
             */
            source: "/meshwork/catalog";
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
             *     - `io.meshwork.catalog.product.published.v1`: A product version was published: the product became published, or a new version was added to a published product. Data: `urn` (product URN), `domain` (domain name), `name` (product name), `version` (current product version), `ownerTeamId` (team owning the domain), `ports` (output ports of the version: `urn`, `name`, `major`, `contract` (`id`, `version`, `slaDefaultElement`, `slaProperties`, or null without a contract)).
             *     - `io.meshwork.catalog.product.deprecated.v1`: A product became deprecated (it still serves its consumers). Data: `urn` (product URN), `domain` (domain name), `name` (product name), `version` (current product version), `ownerTeamId` (team owning the domain), `reason` (reason given, or null).
             *     - `io.meshwork.catalog.product.retired.v1`: A product was retired (it serves nobody any more). Data: `urn` (product URN), `domain` (domain name), `name` (product name), `version` (current product version), `ownerTeamId` (team owning the domain), `reason` (reason given, or null).
             *     - `io.meshwork.catalog.contract.version-added.v1`: A new version of a contract was stored with a product version. Data: `domain` (domain name), `contractId` (ODCS contract id), `version` (new contract version), `major` (its major version), `previousVersion` (the highest version stored before, or null for the first), `previousMajor` (its major, or null), `breaking` (true when a change against the previous version breaks consumers), `changes` (classified changes against the previous version: `kind`, `severity`, `path` (dotted), `pointer` (RFC 6901, into the document of `side`), `side` (`previous` or `next`), `detail` (at most 200)), `previousMajorDeprecationDate` (for a new major: until when the ports of the previous major stay served and resolvable (CATALOG_MAJOR_DEPRECATION_DAYS after it, 90 by default); null otherwise), `productUrn` (product URN), `productVersion` (product version it came with), `ports` (output ports of that product version served by this contract: `urn`, `name`, `major`).
             *     - `io.meshwork.catalog.lineage.run-completed.v1`: An OpenLineage COMPLETE run event wrote a dataset of an output port. Data: `portUrn` (output port URN), `runId` (OpenLineage run id), `eventTime` (time of the run event), `job` (job namespace/name).
             *     - `io.meshwork.catalog.lineage.run-failed.v1`: An OpenLineage FAIL run event named a dataset of an output port as its output. Data: `portUrn` (output port URN), `runId` (OpenLineage run id), `eventTime` (time of the run event), `job` (job namespace/name).
             *     - `io.meshwork.catalog.quality.failed.v1`: A quality rule of severity `error` of a port's contract failed: measured from a column profile, or reported by the domain's checks (a reported result for a rule the latest profile measures writes none). SLA monitoring counts it as a failed check. Data: `portUrn` (output port URN), `resultId` (id of the stored outcome (GET /v1/ports/{urn}/quality/results)), `ruleId` (rule id: its `id` in the contract, else `<element>#<position>`), `element` (schema object or `object.property` of the rule), `metric` (ODCS library metric, or null), `severity` (always `error`), `operator` (the rule's operator as the contract states it (`{ "mustBe": 0 }`), or null), `value` (measured value in `unit`, or null when only a verdict was reported), `unit` (`rows` or `percent`, or null), `rowCount` (rows checked, or null), `failingRows` (rows failing the rule, or null), `basis` (`profile` or `reported`), `source` (`api` or `openlineage`), `runId` (run of the profile or check, or null), `contractId` (contract of the port), `contractVersion` (its version the rule was read from), `evaluatedAt` (when the data was checked).
             * @example io.meshwork.catalog.product.published.v1
             * @enum {string}
             */
            type: "io.meshwork.catalog.product.published.v1" | "io.meshwork.catalog.product.deprecated.v1" | "io.meshwork.catalog.product.retired.v1" | "io.meshwork.catalog.contract.version-added.v1" | "io.meshwork.catalog.lineage.run-completed.v1" | "io.meshwork.catalog.lineage.run-failed.v1" | "io.meshwork.catalog.quality.failed.v1";
        };
        ColumnProfileDto: {
            /**
             * @description Distinct non-null values; null when not profiled.
             * @example 1284310
             */
            distinctCount?: number | null;
            /**
             * @description Largest value; null when not profiled.
             * @example 99
             */
            max?: (number | string) | null;
            /**
             * @description Smallest value; null when not profiled.
             * @example 0
             */
            min?: (number | string) | null;
            /**
             * @description Column (property) name.
             * @example email
             */
            name: string;
            /**
             * @description Rows whose value is null; null when not profiled.
             * @example 12
             */
            nullCount?: number | null;
            /**
             * @description nullCount / rowCount, from 0 to 1; null without both.
             * @example 0.0000093
             */
            nullRatio?: number | null;
            /**
             * @description Quantile (0 to 1, as a string key) → value, for numeric columns.
             * @example {
             *       "0.25": 12.5,
             *       "0.5": 31,
             *       "0.75": 58.25
             *     }
             */
            quantiles?: {
                [key: string]: number;
            } | null;
        };
        ColumnProfileInputDto: {
            /**
             * @description Distinct non-null values.
             * @example 1284310
             */
            distinctCount?: number;
            /**
             * @description Largest value: a number, or a string for dates and text.
             * @example 99
             */
            max?: number | string;
            /**
             * @description Smallest value: a number, or a string for dates and text.
             * @example 0
             */
            min?: number | string;
            /**
             * @description Column (property) name, as in the contract (or its physicalName); case-insensitive.
             * @example email
             */
            name: string;
            /**
             * @description Rows whose value is null.
             * @example 12
             */
            nullCount?: number;
            /**
             * @description Quantile (0 to 1, as a string key) → value, for numeric columns.
             * @example {
             *       "0.25": 12.5,
             *       "0.5": 31,
             *       "0.75": 58.25
             *     }
             */
            quantiles?: {
                [key: string]: number;
            };
        };
        CompliancePartDto: {
            /** @description The product's score from governance (GET /v1/compliance of the governance service); null when governance holds no sample of it. */
            compliance?: components["schemas"]["ComplianceScoreDto"] | null;
            /**
             * @description Why the part is missing; null when it is there.
             * @example null
             */
            reason?: string | null;
            /**
             * @description `ok`: the part is there; `unavailable`: its source did not answer in time, or answered an error, and `reason` says which and why.
             * @example ok
             * @enum {string}
             */
            status: "ok" | "unavailable";
        };
        ComplianceScoreDto: {
            /**
             * @description Policies that applied.
             * @example 8
             */
            applicable: number;
            /**
             * @description Policies failing as blocking.
             * @example 0
             */
            blocking: number;
            /**
             * Format: date-time
             * @description When governance evaluated it.
             * @example 2026-11-26T05:00:00.000Z
             */
            evaluatedAt: string;
            /**
             * @description Applicable policies that passed.
             * @example 7
             */
            passed: number;
            /**
             * @description passed / applicable, from 0 to 1; null when no policy applied.
             * @example 0.875
             */
            score?: number | null;
            /**
             * @description Product version of the governance sample.
             * @example 1.2.0
             */
            version: string;
            /**
             * @description Policies failing as warnings.
             * @example 1
             */
            warnings: number;
        };
        ConsumersPartDto: {
            /**
             * @description Distinct consumers holding an active grant on any port of the product (from the access service, as SLA monitoring's KPIs report it); null when unavailable.
             * @example 3
             */
            active?: number | null;
            /**
             * @description Why the part is missing; null when it is there.
             * @example null
             */
            reason?: string | null;
            /**
             * @description `ok`: the part is there; `unavailable`: its source did not answer in time, or answered an error, and `reason` says which and why.
             * @example ok
             * @enum {string}
             */
            status: "ok" | "unavailable";
        };
        ContractImportDto: {
            /**
             * @description The same contract as ODCS v3.1.0, valid against its JSON Schema.
             * @example {
             *       "apiVersion": "v3.1.0",
             *       "id": "orders",
             *       "kind": "DataContract",
             *       "status": "active",
             *       "version": "1.0.0"
             *     }
             */
            contract: {
                [key: string]: unknown;
            };
            /**
             * @description What the document was.
             * @example dcs-v1
             * @enum {string}
             */
            from: "dcs-v1" | "odcs-v2" | "odcs-v3.0" | "odcs-v3.1";
            /**
             * @description What had no ODCS home and went to customProperties, or was dropped; one line each.
             * @example [
             *       "servicelevels.backup moved to customProperties"
             *     ]
             */
            notes: string[];
        };
        ContractVersionDto: {
            /**
             * @description ODCS apiVersion of the document.
             * @example v3.1.0
             */
            apiVersion: string;
            /**
             * Format: date-time
             * @description When this version was registered.
             * @example 2026-01-15T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Where to fetch the ODCS document.
             * @example /v1/contracts/crm/7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10/versions/1.2.0/document
             */
            documentUrl: string;
            /**
             * @description Domain of the owning product.
             * @example crm
             */
            domain: string;
            /**
             * @description Number of fields across all schema objects.
             * @example 12
             */
            fieldCount: number;
            /**
             * @description ODCS contract id.
             * @example 7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10
             */
            id: string;
            /**
             * @description Contract name from ODCS.
             * @example crm_customers_v1
             */
            name?: string | null;
            /**
             * @description Number of schema objects (tables, topics, …).
             * @example 1
             */
            objectCount: number;
            /**
             * @description URN of the data product that published the contract.
             * @example urn:meshwork:crm:customers
             */
            productUrn: string;
            /**
             * @description SLA properties declared in the contract.
             * @example [
             *       "availability",
             *       "latency",
             *       "frequency"
             *     ]
             */
            slaProperties: string[];
            /**
             * @description ODCS contract status.
             * @example active
             */
            status: string;
            /**
             * @description Contract version (semver).
             * @example 1.2.0
             */
            version: string;
        };
        ContractVersionPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["ContractVersionDto"][];
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
        CreateDomainDto: {
            /**
             * @description What the domain covers.
             * @example Customers, contacts and consents.
             */
            description?: string;
            /**
             * @description Unique kebab-case name.
             * @example crm
             */
            name: string;
            /**
             * @description Id of the owning team (kebab-case).
             * @example crm-data-team
             */
            ownerTeamId: string;
            /**
             * @description Human-readable title.
             * @example Customer Relationship Management
             */
            title: string;
        };
        DocumentationInfoDto: {
            /**
             * @description Size of the Markdown in UTF-8 bytes.
             * @example 2048
             */
            bytes: number;
            /**
             * @description SHA-256 of the Markdown, hex; the ETag of the documentation (quoted).
             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            contentHash: string;
            /**
             * @description The product version the documentation belongs to.
             * @example 1.2.0
             */
            productVersion: string;
            /**
             * Format: date-time
             * @description When it was last written.
             * @example 2026-11-26T09:30:00.000Z
             */
            updatedAt: string;
            /**
             * @description Principal who last wrote it (for a carried-over copy: who wrote the original).
             * @example jane.doe
             */
            updatedBy: string;
            /**
             * @description What is documented: the product URN, or the output port URN.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            urn: string;
        };
        DocumentationLinkDto: {
            /**
             * @description Its `description` in the document.
             * @example Canonical location of this contract.
             */
            description: string | null;
            /**
             * @description JSON pointer of the definition in its document.
             * @example /authoritativeDefinitions/0
             */
            pointer: string;
            /**
             * @description `odps` when declared in the product document, `odcs` in the port’s contract.
             * @example odcs
             * @enum {string}
             */
            source: "odps" | "odcs";
            /**
             * @description Its `type` in the document (canonical, businessDefinition, privacy-statement, …).
             * @example canonical
             */
            type: string | null;
            /**
             * @description Where the definition is.
             * @example https://git.example.com/crm/contracts/-/blob/main/customers.odcs.yaml
             */
            url: string;
        };
        DocumentationLinksDto: {
            /** @description The Markdown documentation of that version (read it as text/markdown at `documentationUrl`), or null when it has none. */
            documentation: components["schemas"]["DocumentationInfoDto"] | null;
            /**
             * @description Path of the Markdown documentation for that version.
             * @example /v1/ports/urn%3Ameshwork%3Acrm%3Acustomers%3Acustomers%3Av1/documentation?version=1.2.0
             */
            documentationUrl: string;
            /** @description Links of the ODPS/ODCS `authoritativeDefinitions`: for a product, of its ODPS document; for a port, of its ODPS entry and then of its ODCS contract (contract, description, schema objects and properties). */
            links: components["schemas"]["DocumentationLinkDto"][];
            /**
             * @description The product version read.
             * @example 1.2.0
             */
            productVersion: string;
            /**
             * @description The product or output port URN.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            urn: string;
        };
        DomainDto: {
            /**
             * Format: date-time
             * @description When the domain was created.
             * @example 2026-01-15T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description What the domain covers.
             * @example Customers, contacts and consents.
             */
            description?: string | null;
            /**
             * @description Unique kebab-case name; the first segment of every URN in the domain.
             * @example crm
             */
            name: string;
            /**
             * @description Id of the team that owns the domain and its data products.
             * @example crm-data-team
             */
            ownerTeamId: string;
            /**
             * @description Human-readable title.
             * @example Customer Relationship Management
             */
            title: string;
            /**
             * Format: date-time
             * @description When the domain last changed.
             * @example 2026-02-01T10:30:00.000Z
             */
            updatedAt: string;
        };
        DomainPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["DomainDto"][];
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
        EnvelopeDocumentationDto: {
            /**
             * @description Markdown documentation of output ports, by port name (every major of that name) or port URN; at most 256 KiB each. A port omitted keeps the documentation of the version before it; `null`: it has none.
             * @example {
             *       "customers": "## customers port\n\nCurrent state, refreshed daily at 05:00 UTC.\n"
             *     }
             */
            ports?: {
                [key: string]: string | null;
            };
            /**
             * @description Markdown documentation of the product version (at most 256 KiB). Omitted: the version keeps the documentation of the version before it; `null`: it has none.
             * @example # CRM customers
             *
             *     One row per customer. Join on `customer_id`.
             */
            product?: string | null;
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
        FacetValueDto: {
            /**
             * @description Number of matching products with this value.
             * @example 12
             */
            count: number;
            /**
             * @description Facet value.
             * @example crm
             */
            value: string;
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
        LineageEdgeDto: {
            /**
             * @description Upstream node id.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            from: string;
            /**
             * @description exposes: product → its port; input-port: port → consuming product; derived-from: port → port built from it; openlineage: dataset → dataset seen in a run.
             * @example input-port
             * @enum {string}
             */
            kind: "exposes" | "input-port" | "derived-from" | "openlineage";
            /**
             * Format: date-time
             * @description When the edge was last declared or observed.
             * @example 2026-06-03T05:17:42.118Z
             */
            observedAt: string;
            /**
             * @description Who declared it: `odps:<product urn>` or `openlineage:<job namespace>/<job name>`.
             * @example odps:urn:meshwork:billing:invoices
             */
            source: string;
            /**
             * @description Downstream node id.
             * @example urn:meshwork:billing:invoices
             */
            to: string;
        };
        LineageGraphDto: {
            /**
             * @description Maximum hops followed.
             * @example 3
             */
            depth: number;
            /**
             * @description Direction walked.
             * @example both
             * @enum {string}
             */
            direction: "up" | "down" | "both";
            /** @description Every edge between reached nodes in the walked direction. */
            edges: components["schemas"]["LineageEdgeDto"][];
            /** @description Every node reached, the root included. */
            nodes: components["schemas"]["LineageNodeDto"][];
            /**
             * @description The URN the walk started from.
             * @example urn:meshwork:crm:customers
             */
            root: string;
            /**
             * @description True when the walk stopped at its size limit (1,000 steps) before the depth: the nearest part of the graph is returned.
             * @example false
             */
            truncated: boolean;
        };
        LineageIgnoredFacetDto: {
            /**
             * @description JSON pointer to the facet (or its member) in the request body.
             * @example /inputs/0/inputFacets/dataQualityAssertions/assertions/1
             */
            pointer: string;
            /**
             * @description Why it was not used.
             * @example no quality rule of the contract of urn:meshwork:crm:customers:customers:v1 matches assertion 'freshness'
             */
            reason: string;
        };
        LineageIntakeResultDto: {
            /**
             * @description Number of run events stored.
             * @example 1
             */
            accepted: number;
            /**
             * @description Ports that got quality results from a `dataQualityAssertions` dataset facet (see GET /v1/ports/{urn}/quality).
             * @example []
             */
            assertedPorts: string[];
            /**
             * @description Dataset-to-dataset edges recorded or refreshed.
             * @example 1
             */
            edges: number;
            /** @description Quality facets not used, with why: the dataset serves no port, the sender may not update the port's product, an invalid metric, an assertion matching no rule. The lineage of the events is stored all the same. */
            ignored: components["schemas"]["LineageIgnoredFacetDto"][];
            /**
             * @description Datasets of these events that are linked to a catalog output port.
             * @example [
             *       "urn:meshwork:crm:customers:customers:v1"
             *     ]
             */
            linkedPorts: string[];
            /**
             * @description Ports whose column profile a `dataQualityMetrics` dataset facet recorded (see GET /v1/ports/{urn}/profile).
             * @example [
             *       "urn:meshwork:crm:customers:customers:v1"
             *     ]
             */
            profiledPorts: string[];
        };
        LineageNodeDto: {
            /**
             * @description Hops from the root: negative upstream, positive downstream, 0 for the root.
             * @example 1
             */
            distance: number;
            /**
             * @description A catalog URN, or a reference not (yet) linked to a port: `dataset:<namespace>/<name>`, `contract:<id>:v<major>`.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            id: string;
            /**
             * @description What the node is.
             * @example port
             * @enum {string}
             */
            kind: "product" | "port" | "dataset" | "contract";
            /**
             * @description Lifecycle state of that product.
             * @example published
             */
            status?: string | null;
            /**
             * @description Display name of the product the node belongs to, when it is in the catalog.
             * @example CRM Customers
             */
            title?: string | null;
        };
        OutputPortDto: {
            /**
             * @description Id of the ODCS contract that describes the port.
             * @example 7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10
             */
            contractId?: string | null;
            /**
             * @description What the port serves.
             * @example Current-state customer table.
             */
            description?: string | null;
            /**
             * @description Major version: consumers bind to it; breaking changes need a new major.
             * @example 1
             */
            major: number;
            /**
             * @description Port name as declared in the ODPS document.
             * @example customers
             */
            name: string;
            /**
             * @description Port type from ODPS (tables, topic, api, …).
             * @example tables
             */
            type?: string | null;
            /**
             * @description Resolvable address of this port and major version.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            urn: string;
            /**
             * @description Full semantic version of the port.
             * @example 1.2.0
             */
            version: string;
        };
        OwnersPartDto: {
            /** @description Members of that team who have not left it. */
            members: components["schemas"]["TeamMemberDto"][];
            /**
             * @description Team that owns the product's domain.
             * @example crm-data
             */
            ownerTeamId: string;
            /**
             * @description Why the part is missing; null when it is there.
             * @example null
             */
            reason?: string | null;
            /**
             * @description `ok`: the part is there; `unavailable`: its source did not answer in time, or answered an error, and `reason` says which and why.
             * @example ok
             * @enum {string}
             */
            status: "ok" | "unavailable";
            /**
             * @description Team named by the ODPS document of the current version.
             * @example CRM Data
             */
            teamName?: string | null;
        };
        PolicyFindingDto: {
            /**
             * @description What is wrong, in words.
             * @example the contract declares no availability SLA property
             */
            message: string;
            /**
             * @description JSON pointer into the product envelope `{ product, contracts }` of the version.
             * @example /contracts/0
             */
            pointer: string;
            /**
             * @description Id of the governance policy.
             * @example contract-declares-sla
             */
            policyId: string;
            /**
             * @description Name of the policy.
             * @example Every contract declares latency and availability
             */
            policyName: string;
            /**
             * @description Version of the policy that made the finding.
             * @example 1
             */
            policyVersion: number;
            /**
             * @description How the finding counted when it was made: `warning` (or `info`); blocking findings refuse the publish instead.
             * @example warning
             * @enum {string}
             */
            severity: "blocking" | "warning" | "info";
        };
        PortProfileDto: {
            /** @description Column profiles. */
            columns: components["schemas"]["ColumnProfileDto"][];
            /**
             * @description Contract of the port when the profile was recorded.
             * @example 7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10
             */
            contractId?: string | null;
            /**
             * @description Contract version (the port version) the profile was recorded against.
             * @example 1.2.0
             */
            contractVersion?: string | null;
            /**
             * Format: uuid
             * @description Id of the profile.
             * @example 5b0c7f0e-59f4-4f55-8f3e-0d7a4b1e2c33
             */
            id: string;
            /**
             * @description Schema object the profile describes, when it said.
             * @example customers
             */
            object?: string | null;
            /**
             * Format: date-time
             * @description When the data was profiled.
             * @example 2026-11-26T05:17:42.000Z
             */
            observedAt: string;
            /**
             * @description Output port URN.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string;
            /**
             * Format: date-time
             * @description When the catalog received it.
             * @example 2026-11-26T05:17:43.120Z
             */
            receivedAt: string;
            /**
             * @description Principal who sent it.
             * @example svc-crm-pipelines
             */
            recordedBy?: string | null;
            /**
             * @description Rows in the dataset; null when not profiled.
             * @example 1284331
             */
            rowCount?: number | null;
            /**
             * @description Run that profiled the data.
             * @example 0190d9a4-6c2e-7b1a-9f3d-2a5b8c7e1f04
             */
            runId?: string | null;
            /**
             * @description `api` (PUT /v1/ports/{urn}/profile) or `openlineage` (a dataQualityMetrics facet of a run event).
             * @example openlineage
             * @enum {string}
             */
            source: "api" | "openlineage";
        };
        PortProfileInputDto: {
            /** @description Column profiles, at most 1000, each column once; a count may not exceed rowCount. */
            columns?: components["schemas"]["ColumnProfileInputDto"][];
            /**
             * @description Schema object of the contract the profile describes; when given, rules of other objects are not measured by it.
             * @example customers
             */
            object?: string;
            /**
             * Format: date-time
             * @description When the data was profiled (ISO 8601 with a zone); the time of the request when omitted. Quality outcomes measured from the profile carry it.
             * @example 2026-11-26T05:17:42Z
             */
            observedAt?: string;
            /**
             * @description Rows in the dataset. A profile needs rowCount or at least one column.
             * @example 1284331
             */
            rowCount?: number;
            /**
             * @description Id of the pipeline run that profiled the data.
             * @example 0190d9a4-6c2e-7b1a-9f3d-2a5b8c7e1f04
             */
            runId?: string;
        };
        PortProfilePageDto: {
            /** @description Profiles, newest first. */
            items: components["schemas"]["PortProfileDto"][];
            /**
             * @description Pass as cursor for the next (older) page; null on the last page.
             * @example czo0Mg
             */
            nextCursor?: string | null;
        };
        PortQualityDto: {
            /**
             * @description Contract whose rules are listed (the port's current one).
             * @example 7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10
             */
            contractId?: string | null;
            /**
             * @description Its version.
             * @example 1.2.0
             */
            contractVersion?: string | null;
            /**
             * Format: uuid
             * @description The port's latest profile.
             * @example 5b0c7f0e-59f4-4f55-8f3e-0d7a4b1e2c33
             */
            latestProfileId?: string | null;
            /**
             * @description Output port URN.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string;
            /** @description Every quality rule of the contract (schema objects first, then their properties, in contract order) with its current outcome. */
            rules: components["schemas"]["QualityRuleStatusDto"][];
            /** @description Counts of the rules by outcome. */
            summary: components["schemas"]["QualitySummaryDto"];
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
        ProductDto: {
            /**
             * Format: date-time
             * @description When the product was first registered.
             * @example 2026-01-15T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Semantic version currently served.
             * @example 1.2.0
             */
            currentVersion: string;
            /**
             * @description Owning domain.
             * @example crm
             */
            domain: string;
            /**
             * @description Kebab-case product name, unique in its domain.
             * @example customers
             */
            name: string;
            /**
             * @description ODPS id of the product document.
             * @example 0b6a4c7e-8f2d-4e3a-b1c9-5d7e8f9a0b1c
             */
            odpsId: string;
            /** @description Output ports of the current version. */
            outputPorts: components["schemas"]["OutputPortDto"][];
            /**
             * Format: date-time
             * @description When the current version was evaluated by governance; null when it never was (a draft, or no governance service configured).
             * @example 2026-02-01T10:30:00.000Z
             */
            policyCheckedAt?: string | null;
            /**
             * @description Policy warnings of the current version, from the governance evaluation made when it was published; empty when there were none or it was never evaluated (see policyCheckedAt).
             * @example [
             *       {
             *         "message": "the contract declares no availability SLA property",
             *         "pointer": "/contracts/0",
             *         "policyId": "contract-declares-sla",
             *         "policyName": "Every contract declares latency and availability",
             *         "policyVersion": 1,
             *         "severity": "warning"
             *       }
             *     ]
             */
            policyWarnings: components["schemas"]["PolicyFindingDto"][];
            /**
             * @description Purpose from the ODPS description.
             * @example Golden record of customers.
             */
            purpose?: string | null;
            /**
             * @description Catalog lifecycle state.
             * @example published
             * @enum {string}
             */
            status: "draft" | "published" | "deprecated" | "retired";
            /**
             * @description Tags from the ODPS document.
             * @example [
             *       "crm",
             *       "customer"
             *     ]
             */
            tags: string[];
            /**
             * @description Display name from the ODPS document.
             * @example CRM Customers
             */
            title: string;
            /**
             * Format: date-time
             * @description When the product last changed (version or lifecycle).
             * @example 2026-02-01T10:30:00.000Z
             */
            updatedAt: string;
            /**
             * @description Resolvable address of the product.
             * @example urn:meshwork:crm:customers
             */
            urn: string;
        };
        ProductEnvelopeDto: {
            /**
             * @description ODCS v3 DataContract documents; each must be the contractId of an output port of the product.
             * @example [
             *       {
             *         "apiVersion": "v3.1.0",
             *         "id": "7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10",
             *         "kind": "DataContract",
             *         "schema": [],
             *         "status": "active",
             *         "version": "1.2.0"
             *       }
             *     ]
             */
            contracts?: {
                [key: string]: unknown;
            }[];
            /** @description Markdown documentation of the product and of its output ports, stored with this version (not part of its content: sent with an unchanged document, it replaces that version’s documentation). Read it at GET …/documentation. */
            documentation?: components["schemas"]["EnvelopeDocumentationDto"];
            /**
             * @description ODPS v1.0 DataProduct document (apiVersion, kind: DataProduct, id, status, name, version, domain, outputPorts, …).
             * @example {
             *       "apiVersion": "v1.0.0",
             *       "domain": "crm",
             *       "id": "0b6a4c7e-8f2d-4e3a-b1c9-5d7e8f9a0b1c",
             *       "kind": "DataProduct",
             *       "name": "CRM Customers",
             *       "outputPorts": [
             *         {
             *           "contractId": "7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10",
             *           "name": "customers",
             *           "type": "tables",
             *           "version": "1.2.0"
             *         }
             *       ],
             *       "status": "active",
             *       "version": "1.2.0"
             *     }
             */
            product: {
                [key: string]: unknown;
            };
        };
        ProductHealthDto: {
            /** @description Policy compliance (governance service). */
            compliance: components["schemas"]["CompliancePartDto"];
            /** @description Active consumers (access service, through the SLA service's KPIs: one round trip). */
            consumers: components["schemas"]["ConsumersPartDto"];
            /**
             * Format: date-time
             * @description When the page was put together.
             * @example 2026-11-26T08:00:00.000Z
             */
            generatedAt: string;
            /** @description Owners (local). */
            owners: components["schemas"]["OwnersPartDto"];
            /** @description Latest column profiles (local). */
            profiles: components["schemas"]["ProfilesPartDto"];
            /** @description Quality results (local). */
            quality: components["schemas"]["QualityPartDto"];
            /** @description SLA status and KPIs (SLA service). */
            sla: components["schemas"]["SlaPartDto"];
            /**
             * @description How long each source was given (CATALOG_HEALTH_TIMEOUT_MS, 1500 by default).
             * @example 1500
             */
            timeoutMs: number;
        };
        ProductPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["ProductDto"][];
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
        ProductVersionDto: {
            /**
             * @description SHA-256 of the canonical submission; equal hashes mean equal content.
             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            contentHash: string;
            /**
             * @description Contracts submitted with this version.
             * @example [
             *       {
             *         "id": "7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10",
             *         "version": "1.2.0"
             *       }
             *     ]
             */
            contracts: {
                id: string;
                version: string;
            }[];
            /**
             * Format: date-time
             * @description When this version was registered.
             * @example 2026-01-15T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Principal that registered this version.
             * @example dev-admin
             */
            createdBy: string;
            /** @description Output ports declared by this version. */
            outputPorts: components["schemas"]["OutputPortDto"][];
            /**
             * @description Semantic version.
             * @example 1.2.0
             */
            version: string;
        };
        ProductVersionPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["ProductVersionDto"][];
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
        ProductWithHealthDto: {
            /**
             * Format: date-time
             * @description When the product was first registered.
             * @example 2026-01-15T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Semantic version currently served.
             * @example 1.2.0
             */
            currentVersion: string;
            /**
             * @description Owning domain.
             * @example crm
             */
            domain: string;
            /** @description With `?include=health`: what a consumer needs to decide whether to trust the product. Each part says `ok` or `unavailable` (with the reason); a missing source never fails the page. */
            health?: components["schemas"]["ProductHealthDto"];
            /**
             * @description Kebab-case product name, unique in its domain.
             * @example customers
             */
            name: string;
            /**
             * @description ODPS id of the product document.
             * @example 0b6a4c7e-8f2d-4e3a-b1c9-5d7e8f9a0b1c
             */
            odpsId: string;
            /** @description Output ports of the current version. */
            outputPorts: components["schemas"]["OutputPortDto"][];
            /**
             * Format: date-time
             * @description When the current version was evaluated by governance; null when it never was (a draft, or no governance service configured).
             * @example 2026-02-01T10:30:00.000Z
             */
            policyCheckedAt?: string | null;
            /**
             * @description Policy warnings of the current version, from the governance evaluation made when it was published; empty when there were none or it was never evaluated (see policyCheckedAt).
             * @example [
             *       {
             *         "message": "the contract declares no availability SLA property",
             *         "pointer": "/contracts/0",
             *         "policyId": "contract-declares-sla",
             *         "policyName": "Every contract declares latency and availability",
             *         "policyVersion": 1,
             *         "severity": "warning"
             *       }
             *     ]
             */
            policyWarnings: components["schemas"]["PolicyFindingDto"][];
            /**
             * @description Purpose from the ODPS description.
             * @example Golden record of customers.
             */
            purpose?: string | null;
            /**
             * @description Catalog lifecycle state.
             * @example published
             * @enum {string}
             */
            status: "draft" | "published" | "deprecated" | "retired";
            /**
             * @description Tags from the ODPS document.
             * @example [
             *       "crm",
             *       "customer"
             *     ]
             */
            tags: string[];
            /**
             * @description Display name from the ODPS document.
             * @example CRM Customers
             */
            title: string;
            /**
             * Format: date-time
             * @description When the product last changed (version or lifecycle).
             * @example 2026-02-01T10:30:00.000Z
             */
            updatedAt: string;
            /**
             * @description Resolvable address of the product.
             * @example urn:meshwork:crm:customers
             */
            urn: string;
        };
        ProfilesPartDto: {
            /** @description Latest profile of each output port of the current version that has one. */
            ports: components["schemas"]["PortProfileDto"][];
            /**
             * @description Why the part is missing; null when it is there.
             * @example null
             */
            reason?: string | null;
            /**
             * @description `ok`: the part is there; `unavailable`: its source did not answer in time, or answered an error, and `reason` says which and why.
             * @example ok
             * @enum {string}
             */
            status: "ok" | "unavailable";
        };
        QualityPartDto: {
            /** @description Quality rules and current outcomes of each output port of the current version. */
            ports: components["schemas"]["PortQualityDto"][];
            /**
             * @description Why the part is missing; null when it is there.
             * @example null
             */
            reason?: string | null;
            /**
             * @description `ok`: the part is there; `unavailable`: its source did not answer in time, or answered an error, and `reason` says which and why.
             * @example ok
             * @enum {string}
             */
            status: "ok" | "unavailable";
        };
        QualityResultDto: {
            /**
             * @description `profile`: measured by the catalog from a column profile; `reported`: the result of the domain's own check (quality-results batch or OpenLineage dataQualityAssertions).
             * @example profile
             * @enum {string}
             */
            basis: "profile" | "reported";
            /**
             * @description Contract version the rule was read from.
             * @example 1.2.0
             */
            contractVersion?: string | null;
            /**
             * @description What the check said, when it said something.
             * @example OpenLineage assertion not_null on email
             */
            detail?: string | null;
            /**
             * @description Schema object, or `object.property`, the rule belongs to.
             * @example customers.email
             */
            element: string;
            /**
             * Format: date-time
             * @description When the data was checked (the profile's observedAt, or the result's `at`).
             * @example 2026-11-26T05:17:42.000Z
             */
            evaluatedAt: string;
            /**
             * @description Rows failing the rule, when known.
             * @example 12
             */
            failingRows?: number | null;
            /**
             * Format: uuid
             * @description Id of the stored outcome.
             * @example 0f8c1d2e-3b4a-4c5d-8e9f-a0b1c2d3e4f5
             */
            id: string;
            /**
             * @description ODCS library metric.
             * @example nullValues
             */
            metric?: string | null;
            /**
             * @description Whether the rule held.
             * @example fail
             * @enum {string}
             */
            outcome: "pass" | "fail";
            /**
             * Format: uuid
             * @description Profile the value was measured from (basis `profile`).
             * @example 5b0c7f0e-59f4-4f55-8f3e-0d7a4b1e2c33
             */
            profileId?: string | null;
            /**
             * @description Rows checked, when known.
             * @example 1284331
             */
            rowCount?: number | null;
            /**
             * @description Rule id: the rule's `id` in the contract, else `<element>#<position in its quality list>`.
             * @example email_not_null
             */
            ruleId: string;
            /**
             * @description Run that produced the facts.
             * @example 0190d9a4-6c2e-7b1a-9f3d-2a5b8c7e1f04
             */
            runId?: string | null;
            /**
             * @description Severity of the rule (`error` when the contract gives none).
             * @example error
             */
            severity: string;
            /**
             * @description How the facts came: `api` or `openlineage`.
             * @example openlineage
             * @enum {string}
             */
            source: "api" | "openlineage";
            /**
             * @description `rows` or `percent` (of rowCount), as the rule states.
             * @example rows
             */
            unit?: string | null;
            /**
             * @description Measured value compared with the operator (in `unit`); null when the check reported only its verdict.
             * @example 12
             */
            value?: number | null;
        };
        QualityResultPageDto: {
            /** @description Outcomes, newest first. */
            items: components["schemas"]["QualityResultDto"][];
            /**
             * @description Pass as cursor for the next (older) page; null on the last page.
             * @example czo0Mg
             */
            nextCursor?: string | null;
        };
        QualityResultsInputDto: {
            /** @description Results, 1 to 500; stored all or none. */
            results: components["schemas"]["ReportedResultInputDto"][];
            /**
             * @description Run of the checks.
             * @example dq-2026-11-26
             */
            runId?: string;
        };
        QualityRuleStatusDto: {
            /**
             * @description Description from the contract.
             * @example null
             */
            description?: string | null;
            /**
             * @description ODCS dimension.
             * @example completeness
             */
            dimension?: string | null;
            /**
             * @description Schema object, or `object.property`, the rule belongs to.
             * @example customers.email
             */
            element: string;
            /**
             * @description ODCS library metric (`rule` in ODCS v3.0).
             * @example nullValues
             */
            metric?: string | null;
            /**
             * @description The ODCS operator of the rule as the contract states it (mustBe, mustNotBe, mustBeGreaterThan, mustBeGreaterOrEqualTo, mustBeLessThan, mustBeLessOrEqualTo, mustBeBetween, mustNotBeBetween; between includes its bounds); null when it states none.
             * @example {
             *       "mustBe": 0
             *     }
             */
            operator?: {
                [key: string]: unknown;
            } | null;
            /**
             * @description `pass` or `fail` from the current result; `unknown` before any profile measured it or any check reported it.
             * @example fail
             * @enum {string}
             */
            outcome: "pass" | "fail" | "unknown";
            /** @description The result the outcome comes from: measured from the latest profile when it carries the metric, else the latest reported result, else an older profile's; null when unknown. */
            result?: components["schemas"]["QualityResultDto"] | null;
            /**
             * @description Rule id: the rule's `id` in the contract, else `<element>#<position in its quality list>`.
             * @example email_not_null
             */
            ruleId: string;
            /**
             * @description Severity (`error` when the contract gives none): a failing `error` rule counts as an errorRate observation for SLA monitoring.
             * @example error
             */
            severity: string;
            /**
             * @description ODCS rule type: `library`, `sql`, `custom` or `text`.
             * @example library
             */
            type: string;
            /**
             * @description Unit of the rule: `rows` (default) or `percent` of the row count.
             * @example rows
             */
            unit: string;
        };
        QualitySummaryDto: {
            /**
             * @description Rules failing.
             * @example 1
             */
            fail: number;
            /**
             * @description Ids of the failing rules of severity `error`.
             * @example [
             *       "email_not_null"
             *     ]
             */
            failingErrors: string[];
            /**
             * @description Rules passing.
             * @example 4
             */
            pass: number;
            /**
             * @description Rules without a result yet.
             * @example 2
             */
            unknown: number;
        };
        RegisterProductResultDto: {
            /**
             * Format: date-time
             * @description When the product was first registered.
             * @example 2026-01-15T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Semantic version currently served.
             * @example 1.2.0
             */
            currentVersion: string;
            /**
             * @description Owning domain.
             * @example crm
             */
            domain: string;
            /**
             * @description Kebab-case product name, unique in its domain.
             * @example customers
             */
            name: string;
            /**
             * @description ODPS id of the product document.
             * @example 0b6a4c7e-8f2d-4e3a-b1c9-5d7e8f9a0b1c
             */
            odpsId: string;
            /**
             * @description What the request did: created the product, added a version, or nothing (same document again).
             * @example created
             * @enum {string}
             */
            outcome: "created" | "version-added" | "unchanged";
            /** @description Output ports of the current version. */
            outputPorts: components["schemas"]["OutputPortDto"][];
            /**
             * Format: date-time
             * @description When the current version was evaluated by governance; null when it never was (a draft, or no governance service configured).
             * @example 2026-02-01T10:30:00.000Z
             */
            policyCheckedAt?: string | null;
            /**
             * @description Policy warnings of the current version, from the governance evaluation made when it was published; empty when there were none or it was never evaluated (see policyCheckedAt).
             * @example [
             *       {
             *         "message": "the contract declares no availability SLA property",
             *         "pointer": "/contracts/0",
             *         "policyId": "contract-declares-sla",
             *         "policyName": "Every contract declares latency and availability",
             *         "policyVersion": 1,
             *         "severity": "warning"
             *       }
             *     ]
             */
            policyWarnings: components["schemas"]["PolicyFindingDto"][];
            /**
             * @description Purpose from the ODPS description.
             * @example Golden record of customers.
             */
            purpose?: string | null;
            /**
             * @description Catalog lifecycle state.
             * @example published
             * @enum {string}
             */
            status: "draft" | "published" | "deprecated" | "retired";
            /**
             * @description Tags from the ODPS document.
             * @example [
             *       "crm",
             *       "customer"
             *     ]
             */
            tags: string[];
            /**
             * @description Display name from the ODPS document.
             * @example CRM Customers
             */
            title: string;
            /**
             * Format: date-time
             * @description When the product last changed (version or lifecycle).
             * @example 2026-02-01T10:30:00.000Z
             */
            updatedAt: string;
            /**
             * @description Resolvable address of the product.
             * @example urn:meshwork:crm:customers
             */
            urn: string;
        };
        ReportedResultInputDto: {
            /**
             * Format: date-time
             * @description When the check ran (ISO 8601 with a zone); the time of the request when omitted.
             * @example 2026-11-26T05:20:00Z
             */
            at?: string;
            /**
             * @description What the check found, in words (at most 1,000 characters).
             * @example 42 rows with a lower-case country code
             */
            detail?: string;
            /**
             * @description Rows failing the rule: SLA monitoring counts them as errors over rowCount.
             * @example 42
             */
            failingRows?: number;
            /**
             * @description The check's verdict. Without it, `value` is compared with the rule's operator.
             * @example false
             */
            passed?: boolean;
            /**
             * @description Rows checked.
             * @example 1284331
             */
            rowCount?: number;
            /**
             * @description Id of a quality rule of the port's contract (as GET /v1/ports/{urn}/quality lists it).
             * @example country_code_valid
             */
            rule: string;
            /**
             * @description Measured value (in the rule's unit).
             * @example 42
             */
            value?: number;
        };
        ResolutionDto: {
            /** @description Where and how to ask for access. */
            access: components["schemas"]["AccessInstructionsDto"];
            /**
             * @description What the URN names.
             * @example port
             * @enum {string}
             */
            kind: "product" | "port";
            /** @description The output port, for a port URN. */
            port?: components["schemas"]["ResolvedPortDto"];
            /** @description The data product. */
            product: components["schemas"]["ProductDto"];
            /**
             * @description The URN that was resolved.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            urn: string;
        };
        ResolvedContractDto: {
            /**
             * @description Where to fetch the ODCS document; null when not registered.
             * @example /v1/contracts/crm/7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10/versions/1.2.0/document
             */
            documentUrl?: string | null;
            /**
             * @description ODCS contract id.
             * @example 7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10
             */
            id: string;
            /**
             * @description Contract version serving this port; null when the contract was not registered with the product.
             * @example 1.2.0
             */
            version?: string | null;
        };
        ResolvedPortDto: {
            /** @description The contract of this port. */
            contract?: components["schemas"]["ResolvedContractDto"] | null;
            /**
             * @description Id of the ODCS contract that describes the port.
             * @example 7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10
             */
            contractId?: string | null;
            /**
             * @description What the port serves.
             * @example Current-state customer table.
             */
            description?: string | null;
            /**
             * Format: date-time
             * @description When a pipeline last completed writing this port, from OpenLineage run events; null when none was seen.
             * @example 2026-06-03T05:17:42.118Z
             */
            lastSuccessfulRunAt?: string | null;
            /**
             * @description Major version: consumers bind to it; breaking changes need a new major.
             * @example 1
             */
            major: number;
            /**
             * @description Port name as declared in the ODPS document.
             * @example customers
             */
            name: string;
            /**
             * @description Product version in which this port was last declared.
             * @example 1.2.0
             */
            productVersion: string;
            /**
             * @description Port type from ODPS (tables, topic, api, …).
             * @example tables
             */
            type?: string | null;
            /**
             * @description Resolvable address of this port and major version.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            urn: string;
            /**
             * @description Full semantic version of the port.
             * @example 1.2.0
             */
            version: string;
        };
        SampleAccessDto: {
            /**
             * @description The access service’s reasons, or what failed.
             * @example no grant on 'urn:meshwork:crm:customers:customers:v1' for principal 'mia' or its teams
             */
            detail: string;
            /**
             * @description Why sensitive values are shown or masked: `none-sensitive` (nothing to mask), `producer` (the caller may update the product: owner team or admin), `granted` (an active grant on every field), `granted-fields` (an active grant on some fields: the others are masked), `denied` (no active grant), `unavailable` (the access service could not answer in time: everything sensitive is masked).
             * @example denied
             * @enum {string}
             */
            outcome: "none-sensitive" | "producer" | "granted" | "granted-fields" | "denied" | "unavailable";
        };
        SampleColumnDto: {
            /**
             * @description ODCS classification.
             * @example restricted
             */
            classification: string | null;
            /**
             * @description ODCS logicalType.
             * @example string
             */
            logicalType: string | null;
            /**
             * @description Whether its values are masked in this answer.
             * @example true
             */
            masked: boolean;
            /**
             * @description How a masked value is shown: `email` keeps the first character and the domain (`j***@example.com`), `fixed` is `***` (other text), `null` replaces it with null (numbers, booleans, dates, timestamps, objects, arrays). Null when the property is not sensitive.
             * @example email
             * @enum {string|null}
             */
            masking: "email" | "fixed" | "null" | null;
            /**
             * @description Property name in the contract schema.
             * @example email
             */
            name: string;
            /**
             * @description Classified `restricted` or `pii`, tagged `pii`, or `pii: true` in customProperties: masked unless the caller may see it.
             * @example true
             */
            sensitive: boolean;
        };
        SampleContractDto: {
            /**
             * @description Id of the ODCS contract the rows were validated against.
             * @example 7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10
             */
            id: string;
            /**
             * @description The schema object (table, topic…) of the rows.
             * @example customers
             */
            schema: string;
            /**
             * @description Its version at the time of the upload.
             * @example 1.2.0
             */
            version: string;
        };
        SampleDto: {
            /** @description How the caller’s access was decided (the outcome is also in the `X-Meshwork-Sample-Access` header). */
            access: components["schemas"]["SampleAccessDto"];
            /** @description The schema properties, in contract order, with their masking. */
            columns: components["schemas"]["SampleColumnDto"][];
            /** @description The contract schema the rows were validated against. */
            contract: components["schemas"]["SampleContractDto"];
            /**
             * @description How the sample was sent.
             * @example csv
             * @enum {string}
             */
            format: "json" | "csv";
            /**
             * @description Whether any value of this answer is masked (also in the `X-Meshwork-Sample-Masked` header).
             * @example true
             */
            masked: boolean;
            /**
             * @description Properties masked in this answer (dotted for nested properties).
             * @example [
             *       "email",
             *       "full_name"
             *     ]
             */
            maskedProperties: string[];
            /**
             * @description URN of the output port.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string;
            /**
             * @description Number of rows kept.
             * @example 5
             */
            rowCount: number;
            /**
             * @description The rows, values typed as in JSON (CSV cells converted by the contract’s logical types), sensitive ones masked as `columns` says.
             * @example [
             *       {
             *         "country_code": "DE",
             *         "customer_id": "3f2b9a1e-5c7d-4e8f-9a0b-1c2d3e4f5a6b",
             *         "email": "j***@example.com",
             *         "full_name": "***",
             *         "marketing_consent": true,
             *         "segment": "retail"
             *       }
             *     ]
             */
            rows: {
                [key: string]: unknown;
            }[];
            /**
             * Format: date-time
             * @description When it was uploaded.
             * @example 2026-11-26T09:30:00.000Z
             */
            uploadedAt: string;
            /**
             * @description Principal who uploaded it.
             * @example jane.doe
             */
            uploadedBy: string;
        };
        SampleUploadDto: {
            /** @description The contract schema the rows were validated against. */
            contract: components["schemas"]["SampleContractDto"];
            /**
             * @description How the sample was sent.
             * @example csv
             * @enum {string}
             */
            format: "json" | "csv";
            /**
             * @description URN of the output port.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string;
            /**
             * @description Number of rows kept.
             * @example 5
             */
            rowCount: number;
            /**
             * Format: date-time
             * @description When it was uploaded.
             * @example 2026-11-26T09:30:00.000Z
             */
            uploadedAt: string;
            /**
             * @description Principal who uploaded it.
             * @example jane.doe
             */
            uploadedBy: string;
        };
        SearchFacetsDto: {
            /** @description Matches per field classification. */
            classification: components["schemas"]["FacetValueDto"][];
            /**
             * @description True when every match was counted. A broad search counts the matches among its first 100 candidates (the first products having its rarest word), and says false.
             * @example true
             */
            complete: boolean;
            /** @description Matches per domain. */
            domain: components["schemas"]["FacetValueDto"][];
            /** @description Matches per owning team. */
            owner: components["schemas"]["FacetValueDto"][];
            /** @description Matches per lifecycle state. */
            status: components["schemas"]["FacetValueDto"][];
            /** @description Matches per tag (top 20). */
            tag: components["schemas"]["FacetValueDto"][];
        };
        SearchHitDto: {
            /**
             * @description Classifications of the fields of its contracts.
             * @example [
             *       "internal",
             *       "restricted"
             *     ]
             */
            classifications: string[];
            /**
             * @description Current version.
             * @example 1.2.0
             */
            currentVersion: string;
            /**
             * @description Domain.
             * @example crm
             */
            domain: string;
            /**
             * @description Product name.
             * @example customers
             */
            name: string;
            /**
             * @description Owning team.
             * @example crm-data-team
             */
            ownerTeamId: string;
            /**
             * @description Where the words matched: 4 the exact name, 3 the name, 2 tags or port names, 1 descriptions or fields (0 without words). Several words score where the worst placed of them is found. Ties come in the order the products were first registered.
             * @example 3
             */
            score: number;
            /**
             * @description Lifecycle state.
             * @example published
             * @enum {string}
             */
            status: "draft" | "published" | "deprecated" | "retired";
            /**
             * @description Tags.
             * @example [
             *       "crm",
             *       "customer"
             *     ]
             */
            tags: string[];
            /**
             * @description Display name.
             * @example CRM Customers
             */
            title: string;
            /**
             * @description Product URN.
             * @example urn:meshwork:crm:customers
             */
            urn: string;
        };
        SearchResultDto: {
            /** @description Counts per filter value over the matches (see complete). Given on the first page (without cursor); null on later pages. */
            facets?: components["schemas"]["SearchFacetsDto"] | null;
            /** @description Best matches first. */
            items: components["schemas"]["SearchHitDto"][];
            /**
             * @description Pass as cursor for the next page; null on the last page.
             * @example eyJ0IjoxLCJkIjoxNzQyfQ
             */
            nextCursor?: string | null;
        };
        SlaPartDto: {
            /**
             * @description The KPIs as SLA monitoring answers them (GET /v1/kpis/{urn} of the SLA service): compliance, incidents, MTTD/MTTR, freshness, SLO statuses; null when unavailable.
             * @example {
             *       "compliancePercent": 99.85,
             *       "freshnessSeconds": 600,
             *       "openIncidents": 0,
             *       "urn": "urn:meshwork:crm:customers"
             *     }
             */
            kpis?: {
                [key: string]: unknown;
            } | null;
            /**
             * @description Why the part is missing; null when it is there.
             * @example null
             */
            reason?: string | null;
            /**
             * @description Worst status among the product's SLOs: `breached`, `at-risk`, `ok`, or `unknown` (also without SLOs); null when unavailable.
             * @example ok
             * @enum {string|null}
             */
            slaStatus?: "ok" | "at-risk" | "breached" | "unknown" | null;
            /**
             * @description `ok`: the part is there; `unavailable`: its source did not answer in time, or answered an error, and `reason` says which and why.
             * @example ok
             * @enum {string}
             */
            status: "ok" | "unavailable";
        };
        TeamMemberDto: {
            /**
             * @description Display name.
             * @example Jane Doe
             */
            name?: string | null;
            /**
             * @description Role in the team.
             * @example owner
             */
            role?: string | null;
            /**
             * @description User name.
             * @example jdoe
             */
            username: string;
        };
        TransitionDto: {
            /**
             * @description Why; kept in the product history.
             * @example Reviewed by the CRM data team.
             */
            reason?: string;
            /**
             * @description Target lifecycle state. Allowed: draft → published | retired, published → deprecated, deprecated → published | retired.
             * @example published
             * @enum {string}
             */
            to: "draft" | "published" | "deprecated" | "retired";
        };
        TransitionRecordDto: {
            /**
             * @description Principal that made the change.
             * @example dev-admin
             */
            actor: string;
            /**
             * Format: date-time
             * @description When.
             * @example 2026-01-15T09:00:00.000Z
             */
            at: string;
            /**
             * @description State before (null for the first registration).
             * @example draft
             * @enum {string|null}
             */
            from?: "draft" | "published" | "deprecated" | "retired" | null;
            /**
             * @description Reason given.
             * @example Reviewed by the CRM data team.
             */
            reason?: string | null;
            /**
             * @description State after.
             * @example published
             * @enum {string}
             */
            to: "draft" | "published" | "deprecated" | "retired";
        };
        UpdateDomainDto: {
            /**
             * @description What the domain covers.
             * @example Customers, contacts and consents.
             */
            description?: string;
            /**
             * @description Id of the owning team (kebab-case).
             * @example crm-data-team
             */
            ownerTeamId?: string;
            /**
             * @description Human-readable title.
             * @example Customer Relationship Management
             */
            title?: string;
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
    ingestRunEvent: {
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
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LineageIntakeResultDto"];
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
            /** @description The caller may not create Lineage. */
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
    ingestRunEvents: {
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
                "application/json": {
                    [key: string]: unknown;
                }[] | {
                    events: {
                        [key: string]: unknown;
                    }[];
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LineageIntakeResultDto"];
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
            /** @description The caller may not create Lineage. */
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
    importContract: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
                "application/yaml": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractImportDto"];
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
            /** @description The caller may not read Contract. */
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
            /** @description The document is none of the supported formats; the detail lists them. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description `INVALID_DOCUMENT`: the document is in a supported format but cannot be converted (a required field missing or of the wrong type). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listContractVersions: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description ODCS contract id. */
                contractId: string;
                /** @description Domain of the product that published the contract. */
                domain: string;
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
                    "application/json": components["schemas"]["ContractVersionPageDto"];
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
            /** @description The caller may not read Contract. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No contract with this id in the domain. */
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
    getContractVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ODCS contract id. */
                contractId: string;
                /** @description Domain of the product that published the contract. */
                domain: string;
                /** @description Contract version. */
                version: string;
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
                    "application/json": components["schemas"]["ContractVersionDto"];
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
            /** @description The caller may not read Contract. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such contract version. */
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
    exportContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ODCS contract id. */
                contractId: string;
                /** @description Domain of the product that published the contract. */
                domain: string;
                /** @description Contract version. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ODCS document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/yaml": string;
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
                    "application/yaml": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not read Contract. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                    "application/yaml": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such contract version. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                    "application/yaml": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Accept allows neither YAML nor JSON. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                    "application/yaml": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listDomains: {
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
                    "application/json": components["schemas"]["DomainPageDto"];
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
            /** @description The caller may not read Domain. */
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
    createDomain: {
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
                "application/json": components["schemas"]["CreateDomainDto"];
            };
        };
        responses: {
            /** @description The new domain; its ETag is in the ETag header. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainDto"];
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
            /** @description The caller may not create Domain. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description A domain with this name exists. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
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
    getDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Domain name. */
                domain: string;
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
                    "application/json": components["schemas"]["DomainDto"];
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
            /** @description The caller may not read Domain. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such domain. */
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
    updateDomain: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
                /** @description ETag from a previous read; the update fails with 412 if the domain changed since. */
                "If-Match"?: string;
            };
            path: {
                /** @description Domain name. */
                domain: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDomainDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainDto"];
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
            /** @description The caller may not update Domain. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such domain. */
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
            /** @description The domain changed since the ETag in If-Match. */
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
    getLineage: {
        parameters: {
            query?: {
                /** @description How many hops to follow, 1 to 10. */
                depth?: number;
                /** @description Upstream (where the data comes from), downstream (who uses it) or both. */
                direction?: "up" | "down" | "both";
            };
            header?: never;
            path: {
                /** @description Product or output port URN. */
                urn: string;
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
                    "application/json": components["schemas"]["LineageGraphDto"];
                };
            };
            /** @description Malformed URN or query. */
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
            /** @description The caller may not read Lineage. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Nothing is registered at this URN. */
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
    getPortDocumentation: {
        parameters: {
            query?: {
                /** @description Product version whose documentation to read; by default the current version (for a port: the newest version that declares it). */
                version?: string;
            };
            header?: never;
            path: {
                /** @description Output port URN (URL-encoded). */
                urn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Markdown. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": string;
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
            /** @description The caller may not read DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such port or version, or it has no documentation. */
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
    setPortDocumentation: {
        parameters: {
            query?: {
                /** @description Product version whose documentation to read; by default the current version (for a port: the newest version that declares it). */
                version?: string;
            };
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
                /** @description ETag of the documentation you read; the write fails with 412 if it changed since (or does not exist). */
                "If-Match"?: string;
            };
            path: {
                /** @description Output port URN (URL-encoded). */
                urn: string;
            };
            cookie?: never;
        };
        /** @description The Markdown (UTF-8, at most 256 KiB), as `text/markdown` (or `text/plain`). */
        requestBody: {
            content: {
                "text/markdown": string;
                "text/plain": string;
            };
        };
        responses: {
            /** @description Stored; the ETag header is its new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentationInfoDto"];
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
            /** @description The caller may not update DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such port or version. */
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
            /** @description The documentation changed since the ETag in If-Match, or there is none. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The Markdown is over 256 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Send text/markdown (or text/plain). */
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
    deletePortDocumentation: {
        parameters: {
            query?: {
                /** @description Product version whose documentation to read; by default the current version (for a port: the newest version that declares it). */
                version?: string;
            };
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
                /** @description ETag of the documentation you read; the write fails with 412 if it changed since (or does not exist). */
                "If-Match"?: string;
            };
            path: {
                /** @description Output port URN (URL-encoded). */
                urn: string;
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
            /** @description The caller may not update DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such port or version, or it has no documentation. */
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
            /** @description The documentation changed since the ETag in If-Match, or there is none. */
            412: {
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
    getPortDocumentationLinks: {
        parameters: {
            query?: {
                /** @description Product version whose documentation to read; by default the current version (for a port: the newest version that declares it). */
                version?: string;
            };
            header?: never;
            path: {
                /** @description Output port URN (URL-encoded). */
                urn: string;
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
                    "application/json": components["schemas"]["DocumentationLinksDto"];
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
            /** @description The caller may not read DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such port or version. */
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
    getPortProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Output port URN. */
                urn: string;
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
                    "application/json": components["schemas"]["PortProfileDto"];
                };
            };
            /** @description Malformed URN. */
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
            /** @description The caller may not read DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No product declares a port at this URN (or, for the latest profile, none was recorded). */
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
    putPortProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Output port URN. */
                urn: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortProfileInputDto"];
            };
        };
        responses: {
            /** @description The profile as recorded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortProfileDto"];
                };
            };
            /**
             * @description Invalid input: `errors[]` lists each invalid field with a JSON pointer.
             *
             *     Malformed URN or profile; `errors[]` has a pointer per problem.
             */
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
             * @description You may not update the port's data product.
             *
             *     The caller may not update DataProduct.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No product declares a port at this URN (or, for the latest profile, none was recorded). */
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
    listPortProfiles: {
        parameters: {
            query?: {
                /** @description Only the profiles taken against this contract version (the port version). */
                contractVersion?: string;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Page size, 1 to 200. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Output port URN. */
                urn: string;
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
                    "application/json": components["schemas"]["PortProfilePageDto"];
                };
            };
            /**
             * @description Invalid input: `errors[]` lists each invalid field with a JSON pointer.
             *
             *     Malformed URN, limit or cursor.
             */
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
            /** @description The caller may not read DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No product declares a port at this URN (or, for the latest profile, none was recorded). */
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
    getPortQuality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Output port URN. */
                urn: string;
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
                    "application/json": components["schemas"]["PortQualityDto"];
                };
            };
            /** @description Malformed URN. */
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
            /** @description The caller may not read DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No product declares a port at this URN. */
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
    reportQualityResults: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Output port URN. */
                urn: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QualityResultsInputDto"];
            };
        };
        responses: {
            /** @description The port's quality after the results. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortQualityDto"];
                };
            };
            /**
             * @description Invalid input: `errors[]` lists each invalid field with a JSON pointer.
             *
             *     Malformed URN or body; `errors[]` has a pointer per problem.
             */
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
             * @description You may not update the port's data product.
             *
             *     The caller may not update DataProduct.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No product declares a port at this URN. */
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
            /** @description A result names no rule of the contract, or gives a value for a rule without operator; `errors[]` points at each. Or `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
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
    listQualityResults: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Only the outcomes of this rule id. */
                rule?: string;
            };
            header?: never;
            path: {
                /** @description Output port URN. */
                urn: string;
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
                    "application/json": components["schemas"]["QualityResultPageDto"];
                };
            };
            /**
             * @description Invalid input: `errors[]` lists each invalid field with a JSON pointer.
             *
             *     Malformed URN, limit or cursor.
             */
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
            /** @description The caller may not read DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No product declares a port at this URN. */
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
    getPortSample: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Output port URN (URL-encoded). */
                urn: string;
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
                    "application/json": components["schemas"]["SampleDto"];
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
            /** @description The caller may not read DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such output port, or it has no sample. */
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
    uploadPortSample: {
        parameters: {
            query?: {
                /** @description Name of the contract schema object the rows are of; needed only when the contract has several. */
                schema?: string;
            };
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Output port URN (URL-encoded). */
                urn: string;
            };
            cookie?: never;
        };
        /** @description The rows: a JSON array of objects, `{ rows: [...] }`, or CSV text with a header line. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                }[] | {
                    rows: {
                        [key: string]: unknown;
                    }[];
                } | string;
                "text/csv": {
                    [key: string]: unknown;
                }[] | {
                    rows: {
                        [key: string]: unknown;
                    }[];
                } | string;
            };
        };
        responses: {
            /** @description The sample replaced the previous one. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SampleUploadDto"];
                };
            };
            /** @description The port’s first sample. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SampleUploadDto"];
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
            /** @description The caller may not update DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such output port. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The port has no contract, or its contract no schema object. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
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
            /** @description Over 1000 rows or over 1 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Send application/json or text/csv. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Rows do not match the contract schema (or the CSV cannot be read): `errors[]` has one entry per bad value, its pointer `/<row index>/<property>` (prefixed by `/rows` for `{ rows }`). Or `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
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
    deletePortSample: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Output port URN (URL-encoded). */
                urn: string;
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
            /** @description The caller may not update DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such output port, or it has no sample. */
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
    listProducts: {
        parameters: {
            query?: {
                /** @description Only products of this domain. */
                domain?: string;
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
                /** @description Only products in this lifecycle state. */
                status?: "draft" | "published" | "deprecated" | "retired";
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
                    "application/json": components["schemas"]["ProductPageDto"];
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
            /** @description The caller may not read DataProduct. */
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
    getProduct: {
        parameters: {
            query?: {
                /** @description `health` adds the product page's `health` object: owners, compliance, SLA status and KPIs, active consumers, latest profiles and quality results. */
                include?: "health";
            };
            header?: never;
            path: {
                /** @description Domain name. */
                domain: string;
                /** @description Kebab-case product name, unique in the domain. */
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
                    "application/json": components["schemas"]["ProductWithHealthDto"];
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
            /** @description The caller may not read DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such domain or product. */
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
    registerProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
                /** @description ETag from a previous read of the product; the change fails with 412 if the product changed since (or, on registration, does not exist yet). */
                "If-Match"?: string;
            };
            path: {
                /** @description Domain name. */
                domain: string;
                /** @description Kebab-case product name, unique in the domain. */
                name: string;
            };
            cookie?: never;
        };
        /** @description Envelope with the ODPS product and its ODCS contracts, as JSON or YAML (a bare ODPS document is accepted too). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductEnvelopeDto"];
                "application/yaml": components["schemas"]["ProductEnvelopeDto"];
            };
        };
        responses: {
            /** @description A version was added, or the same document was already registered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterProductResultDto"];
                };
            };
            /** @description The product was created (as draft) with its first version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterProductResultDto"];
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
            /** @description The caller may not update DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The domain does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Version exists with other content, version not increasing, contract conflict, or product retired. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
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
            /** @description The product changed since the ETag in If-Match (or does not exist yet). */
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
            /** @description Send application/json or application/yaml. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The documents break the ODPS/ODCS schemas or catalog rules; `errors[]` has a pointer per issue. Or `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
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
            /** @description A new version of a published product needs the governance evaluation, and the governance service cannot answer; nothing was changed. */
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
    listProductChanges: {
        parameters: {
            query?: {
                /** @description Older version; the version before `to` when omitted. */
                from?: string;
                /** @description Newer version; the current version when omitted. */
                to?: string;
            };
            header?: never;
            path: {
                /** @description Domain name. */
                domain: string;
                /** @description Kebab-case product name, unique in the domain. */
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
                    "application/json": components["schemas"]["ChangelogDto"];
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
            /** @description The caller may not read DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such product or version, or no earlier version to compare with. */
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
    exportProduct: {
        parameters: {
            query?: {
                /** @description Version to export; the current version when omitted. */
                version?: string;
            };
            header?: never;
            path: {
                /** @description Domain name. */
                domain: string;
                /** @description Kebab-case product name, unique in the domain. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ODPS document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/yaml": string;
                };
            };
            /** @description Invalid input: `errors[]` lists each invalid field with a JSON pointer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                    "application/yaml": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Missing or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                    "application/yaml": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The caller may not read DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                    "application/yaml": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such product or version. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                    "application/yaml": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Accept allows neither YAML nor JSON. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                    "application/yaml": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getProductDocumentation: {
        parameters: {
            query?: {
                /** @description Product version whose documentation to read; by default the current version (for a port: the newest version that declares it). */
                version?: string;
            };
            header?: never;
            path: {
                /** @description Domain name. */
                domain: string;
                /** @description Kebab-case product name, unique in the domain. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Markdown. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": string;
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
            /** @description The caller may not read DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such product or version, or that version has no documentation. */
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
    setProductDocumentation: {
        parameters: {
            query?: {
                /** @description Product version whose documentation to read; by default the current version (for a port: the newest version that declares it). */
                version?: string;
            };
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
                /** @description ETag of the documentation you read; the write fails with 412 if it changed since (or does not exist). */
                "If-Match"?: string;
            };
            path: {
                /** @description Domain name. */
                domain: string;
                /** @description Kebab-case product name, unique in the domain. */
                name: string;
            };
            cookie?: never;
        };
        /** @description The Markdown (UTF-8, at most 256 KiB), as `text/markdown` (or `text/plain`). */
        requestBody: {
            content: {
                "text/markdown": string;
                "text/plain": string;
            };
        };
        responses: {
            /** @description Stored; the ETag header is its new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentationInfoDto"];
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
            /** @description The caller may not update DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such product or version. */
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
            /** @description The documentation changed since the ETag in If-Match, or there is none. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The Markdown is over 256 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Send text/markdown (or text/plain). */
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
    deleteProductDocumentation: {
        parameters: {
            query?: {
                /** @description Product version whose documentation to read; by default the current version (for a port: the newest version that declares it). */
                version?: string;
            };
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
                /** @description ETag of the documentation you read; the write fails with 412 if it changed since (or does not exist). */
                "If-Match"?: string;
            };
            path: {
                /** @description Domain name. */
                domain: string;
                /** @description Kebab-case product name, unique in the domain. */
                name: string;
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
            /** @description The caller may not update DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such product or version, or it has no documentation. */
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
            /** @description The documentation changed since the ETag in If-Match, or there is none. */
            412: {
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
    getProductDocumentationLinks: {
        parameters: {
            query?: {
                /** @description Product version whose documentation to read; by default the current version (for a port: the newest version that declares it). */
                version?: string;
            };
            header?: never;
            path: {
                /** @description Domain name. */
                domain: string;
                /** @description Kebab-case product name, unique in the domain. */
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
                    "application/json": components["schemas"]["DocumentationLinksDto"];
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
            /** @description The caller may not read DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such product or version. */
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
    getProductSla: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Domain name. */
                domain: string;
                /** @description Kebab-case product name, unique in the domain. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The KPIs as SLA monitoring reports them (GET /v1/kpis/{urn} of the SLA service). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
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
            /** @description The caller may not read DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such domain or product. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description SLA monitoring is not configured or cannot answer. */
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
    listProductTransitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Domain name. */
                domain: string;
                /** @description Kebab-case product name, unique in the domain. */
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
                    "application/json": components["schemas"]["TransitionRecordDto"][];
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
            /** @description The caller may not read DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such domain or product. */
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
    transitionProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
                /** @description ETag from a previous read of the product; the change fails with 412 if the product changed since (or, on registration, does not exist yet). */
                "If-Match"?: string;
            };
            path: {
                /** @description Domain name. */
                domain: string;
                /** @description Kebab-case product name, unique in the domain. */
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDto"];
            };
        };
        responses: {
            /** @description The product in its new state; the ETag header is its new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDto"];
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
            /** @description The caller may not transition DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such domain or product. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The transition is not allowed from the current state. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
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
            /** @description The product changed since the ETag in If-Match (or does not exist yet). */
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
            /** @description Publishing is refused by blocking policy violations, one error per violation. Or `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
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
            /** @description Publishing needs the governance evaluation, and the governance service cannot answer; nothing was changed. */
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
    listProductVersions: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description Domain name. */
                domain: string;
                /** @description Kebab-case product name, unique in the domain. */
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
                    "application/json": components["schemas"]["ProductVersionPageDto"];
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
            /** @description The caller may not read DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such domain or product. */
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
    resolveUrn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A product or output port URN. */
                urn: string;
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
                    "application/json": components["schemas"]["ResolutionDto"];
                };
            };
            /** @description The URN is malformed. */
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
            /** @description The caller may not read DataProduct. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Nothing is registered at this URN. */
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
    searchProducts: {
        parameters: {
            query?: {
                /** @description Only products with at least one field of this classification. */
                classification?: string;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Only products of this domain. */
                domain?: string;
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Only products owned by this team. */
                owner?: string;
                /** @description Words to look for in names, tags, ports, descriptions and fields; all must match. A word the catalog has not indexed is corrected to the closest indexed words and, when last, also matches as a prefix. Empty: every product. */
                q?: string;
                /** @description Only products in this lifecycle state. */
                status?: "draft" | "published" | "deprecated" | "retired";
                /** @description Only products with this tag. */
                tag?: string;
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
                    "application/json": components["schemas"]["SearchResultDto"];
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
            /** @description The caller may not read DataProduct. */
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
}
