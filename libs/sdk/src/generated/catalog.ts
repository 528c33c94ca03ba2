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
        /** Liveness: the process is up */
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
        /** Readiness: the service can reach its database */
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
         * @description The catalog view of the current version. The ODPS document itself is at `/document`.
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
             * @example io.meshwork.catalog.product.published.v1
             * @enum {string}
             */
            type: "io.meshwork.catalog.product.published.v1" | "io.meshwork.catalog.product.deprecated.v1" | "io.meshwork.catalog.product.retired.v1" | "io.meshwork.catalog.contract.version-added.v1" | "io.meshwork.catalog.lineage.run-completed.v1" | "io.meshwork.catalog.lineage.run-failed.v1";
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
        LineageIntakeResultDto: {
            /**
             * @description Number of run events stored.
             * @example 1
             */
            accepted: number;
            /**
             * @description Dataset-to-dataset edges recorded or refreshed.
             * @example 1
             */
            edges: number;
            /**
             * @description Datasets of these events that are linked to a catalog output port.
             * @example [
             *       "urn:meshwork:crm:customers:customers:v1"
             *     ]
             */
            linkedPorts: string[];
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
            /** @description `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s if it never completes); retry after `Retry-After` seconds. */
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
            /** @description `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s if it never completes); retry after `Retry-After` seconds. */
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
            /** @description The database is unreachable. */
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
            /** @description The document is none of the supported formats; the detail lists them. */
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
    listContractVersions: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip. */
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
                /** @description Number of items to skip. */
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
            /** @description A domain with this name exists. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s if it never completes); retry after `Retry-After` seconds. */
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
            /** @description `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s if it never completes); retry after `Retry-After` seconds. */
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
            /** @description `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
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
    listProducts: {
        parameters: {
            query?: {
                /** @description Only products of this domain. */
                domain?: string;
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip. */
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
                    "application/json": components["schemas"]["ProductDto"];
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
            /** @description Version exists with other content, version not increasing, contract conflict, or product retired. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s if it never completes); retry after `Retry-After` seconds. */
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
            /** @description The transition is not allowed from the current state. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s if it never completes); retry after `Retry-After` seconds. */
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
            /** @description Publishing is refused by blocking policy violations, one error per violation. Or `IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body). */
            422: {
                headers: {
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
                /** @description Number of items to skip. */
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
