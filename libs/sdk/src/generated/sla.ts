// Generated from libs/sdk/openapi/sla.json by tools/openapi. Do not edit.
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
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the event feed (CloudEvents 1.0, commit order, long-poll)
         * @description The facts the sla service wrote in the same transaction as each change, as CloudEvents 1.0 structured JSON, oldest first. Page with `after` = the previous answer’s `next`; with `wait`, an empty answer is held until an event is committed (or the wait ends). An event appears only once every transaction that began before it has ended, so a reader following `next` never skips one; delivery to consumers is at-least-once (deduplicate on `id`). Events are kept 30 days, then removed in batches. Any authenticated principal may read the feed: facts carry names, URNs, ids and states, never secrets.
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
    "/v1/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List incidents
         * @description Newest first. An incident opens when an SLO becomes breached and closes when it leaves the breach. Everyone may read them.
         */
        get: operations["listIncidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an incident */
        get: operations["getIncident"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kpis/{urn}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * KPIs of an output port or a product
         * @description SLA compliance (share of the window not breached), incidents, mean times to detect and to recover, freshness and the status of every SLO; active consumers and access requests from the access service (kept 30 s per port; null, with the reason in `sources.access`, when it is not configured or does not answer: the rest is answered all the same). A product counts the ports its published version lists. Everyone may read them.
         */
        get: operations["getKpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List observations, newest first
         * @description Filtered by port, kind and a half-open interval `[from, to)` of `at`; ordered by `at`, newest first.
         */
        get: operations["listObservations"];
        put?: never;
        /**
         * Report up to 10000 observations of output ports
         * @description Refreshes, checks and runs, as domain pipelines see them. The batch is stored whole or refused whole: a 400 lists the invalid values with JSON pointers (the first 100, with a count of the rest). `at` may be at most 5 minutes ahead of the service’s clock. Idempotent by port and `id`: observations already stored are counted as duplicates and ignored; without an `id`, one is derived from a hash of the observation’s content, so an identical retry is ignored too. Only members of the team owning each port’s domain (as the catalog at MESHWORK_CATALOG_URL says, asked with your token and remembered 30 s per domain) and platform admins may report on a port.
         */
        post: operations["reportObservations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/observations/openlineage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report an OpenLineage run event matched to an output port
         * @description SLA monitoring records the catalog’s lineage.run-completed / run-failed facts from its event feed by itself; this endpoint records such a run by hand (back-fill): COMPLETE is recorded as a refresh and a successful run, FAIL as a failed run, at `eventTime`. Their ids are `openlineage:<runId>:<eventType>:refresh|run`, so the same event forwarded again is ignored. Only members of the team owning each port’s domain (as the catalog at MESHWORK_CATALOG_URL says, asked with your token and remembered 30 s per domain) and platform admins may report on a port.
         */
        post: operations["reportOpenLineageRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ports/{urn}/observations/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest observations of an output port
         * @description The latest refresh, run, failed run, check and oldest record reported, and how many observations were stored; a port without any has a count of 0 and no dates.
         */
        get: operations["getPortObservationSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ports/{urn}/slos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the SLOs of an output port
         * @description Contract-derived SLOs in the contract’s order, then those added through the API; retired ones only with `includeRetired=true`. Everyone may read them.
         */
        get: operations["listPortSlos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/probes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List probes
         * @description Sorted by port, then oldest first. Everyone may read them.
         */
        get: operations["listProbes"];
        put?: never;
        /**
         * Probe a management URL of an output port for availability
         * @description Give the URL or the name of one of the product’s management ports; either is checked now (400 with a pointer when refused). The first run is due at once. Members of the team owning the port’s domain (as the catalog at MESHWORK_CATALOG_URL says, asked with your token and remembered 30 s) and platform admins. Each run sends one GET or HEAD to the stored URL after checking its host again (allow-list, private addresses), connects to the address just checked, never follows a redirect (a 3xx outside the expected statuses fails with `redirect not followed`), reads at most 4 KB of the answer and fails when the whole exchange takes longer than the probe’s timeout. A run is recorded as a `check` observation of the port (`probe:<probe id>:<due time>`, idempotent), which availability SLOs count; a URL the service’s rules now refuse fails without counting against the port.
         */
        post: operations["createProbe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/probes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a probe
         * @description With its latest run; its ETag is in the ETag header. Everyone may read it.
         */
        get: operations["getProbe"];
        put?: never;
        post?: never;
        /**
         * Delete a probe
         * @description With its results; the observations it recorded stay. Members of the team owning the port’s domain (as the catalog at MESHWORK_CATALOG_URL says, asked with your token and remembered 30 s) and platform admins.
         */
        delete: operations["deleteProbe"];
        options?: never;
        head?: never;
        /**
         * Change a probe
         * @description A new URL or management port is checked as on creation. A probe enabled again is due at once; a shorter interval takes effect from now. Members of the team owning the port’s domain (as the catalog at MESHWORK_CATALOG_URL says, asked with your token and remembered 30 s) and platform admins.
         */
        patch: operations["updateProbe"];
        trace?: never;
    };
    "/v1/probes/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The results of a probe
         * @description Every run, scheduled or manual, newest first. Everyone may read them.
         */
        get: operations["listProbeResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/probes/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a probe now
         * @description Once, outside its schedule (which stays as it is); the result is stored and counted like a scheduled run’s. Members of the team owning the port’s domain (as the catalog at MESHWORK_CATALOG_URL says, asked with your token and remembered 30 s) and platform admins. Each run sends one GET or HEAD to the stored URL after checking its host again (allow-list, private addresses), connects to the address just checked, never follows a redirect (a 3xx outside the expected statuses fails with `redirect not followed`), reads at most 4 KB of the answer and fails when the whole exchange takes longer than the probe’s timeout. A run is recorded as a `check` observation of the port (`probe:<probe id>:<due time>`, idempotent), which availability SLOs count; a URL the service’s rules now refuse fails without counting against the port.
         */
        post: operations["runProbe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/published": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Derive the SLOs of a published product version (back-fill)
         * @description SLA monitoring applies each product.published fact of the catalog’s event feed by itself; this endpoint applies a version by hand (back-fill, or a catalog without a feed): upserts its output ports and replaces the SLOs derived from each port’s contract (slaProperties), keeping SLOs added through the API and the id, status and window of a derived SLO whose property and element stay. Applying the same version again changes nothing. Members of the team owning the product’s domain, and platform admins.
         */
        post: operations["applyPublishedProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/slos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List SLOs
         * @description Sorted by port, then contract-derived SLOs in the contract’s order, then those added through the API; SLOs retired with their port only with `includeRetired=true`. Everyone may read them.
         */
        get: operations["listSlos"];
        put?: never;
        /**
         * Add an SLO to an output port
         * @description The target is read as a contract’s SLA property would be; one the evaluator cannot monitor answers 400. Members of the team owning the port’s domain, and platform admins.
         */
        post: operations["createSlo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/slos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an SLO
         * @description Its ETag is in the ETag header.
         */
        get: operations["getSlo"];
        put?: never;
        post?: never;
        /**
         * Delete an SLO added through the API
         * @description A contract-derived SLO answers 409: remove the SLA property from the contract instead.
         */
        delete: operations["deleteSlo"];
        options?: never;
        head?: never;
        /**
         * Tune an SLO
         * @description The window of any SLO; the target and description of SLOs added through the API only (409 for a contract’s: change the contract). Members of the team owning the port’s domain, and platform admins.
         */
        patch: operations["updateSlo"];
        trace?: never;
    };
    "/v1/slos/{id}/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Error budget of an SLO over its window
         * @description Availability and error rate: the share of failed checks and runs allowed (1 − target, or the target). Every other property: seconds of breach, 1 % of the window. Everyone may read it.
         */
        get: operations["getSloBudget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/slos/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * History of an SLO’s status
         * @description Every change of status, newest first. Everyone may read it.
         */
        get: operations["getSloHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/slos/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Derive the SLOs of every product of the catalog
         * @description Reads every published (and deprecated) product of the catalog over HTTP with the caller’s token and applies its current version as a publish would; the ports of products the catalog no longer serves (retired, or gone) are retired. Platform admins.
         */
        post: operations["syncSlos"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List subscriptions
         * @description Yours and your teams’, newest first (every one for platform admins); secrets are never listed. Port events: each incident opened or closed on a port is POSTed as JSON `{ "type": "incident.opened" | "incident.closed", "incident", "port", "product" }` to the subscriptions of the team owning the port and to those of every consumer (principal or team) holding an active grant on it; a new major contract version is POSTed as `{ "type": "contract.breaking-change", "oldUrn", "newUrn", "port", "product", "contract", "breaking", "changes", "oldMajorDeprecationDate", "event" }` to the subscriptions of every consumer holding an active grant on the old major’s port (`changes`: the catalog’s classified changes, each with its JSON pointer). A subscription without `portUrn` receives every such port. Feed events: every event of the catalog, governance, access or SLA feed whose type the subscription names (or a pattern of it, `io.meshwork.catalog.*`) is POSTed as the CloudEvent itself, from the subscription’s creation on. Headers: `X-Meshwork-Timestamp` (unix seconds) and `X-Meshwork-Signature: sha256=<hex>`, the HMAC-SHA256 of `<timestamp>.<raw body>` keyed with the subscription’s secret: recompute it, compare in constant time, and refuse timestamps more than 5 minutes old. Any 2xx answer delivers; anything else (a redirect included: none is followed) or no answer within 5 s is retried after 1 s, 2 s, 4 s … (at most 5 minutes), 10 attempts in all. A delivery may arrive more than once after a timeout: deduplicate on the incident id and type, or the CloudEvent id.
         */
        get: operations["listSubscriptions"];
        put?: never;
        /**
         * Subscribe a webhook to events
         * @description The URL must be https (http only where the service allows it) and may not resolve to a private, loopback or link-local address unless the service allows its host (400). The answer holds the secret, once. Any authenticated principal manages its own subscriptions (`principal:<id>`), members of a team manage the team’s (`team:<name>`), platform admins every one. Port events: each incident opened or closed on a port is POSTed as JSON `{ "type": "incident.opened" | "incident.closed", "incident", "port", "product" }` to the subscriptions of the team owning the port and to those of every consumer (principal or team) holding an active grant on it; a new major contract version is POSTed as `{ "type": "contract.breaking-change", "oldUrn", "newUrn", "port", "product", "contract", "breaking", "changes", "oldMajorDeprecationDate", "event" }` to the subscriptions of every consumer holding an active grant on the old major’s port (`changes`: the catalog’s classified changes, each with its JSON pointer). A subscription without `portUrn` receives every such port. Feed events: every event of the catalog, governance, access or SLA feed whose type the subscription names (or a pattern of it, `io.meshwork.catalog.*`) is POSTed as the CloudEvent itself, from the subscription’s creation on. Headers: `X-Meshwork-Timestamp` (unix seconds) and `X-Meshwork-Signature: sha256=<hex>`, the HMAC-SHA256 of `<timestamp>.<raw body>` keyed with the subscription’s secret: recompute it, compare in constant time, and refuse timestamps more than 5 minutes old. Any 2xx answer delivers; anything else (a redirect included: none is followed) or no answer within 5 s is retried after 1 s, 2 s, 4 s … (at most 5 minutes), 10 attempts in all. A delivery may arrive more than once after a timeout: deduplicate on the incident id and type, or the CloudEvent id.
         */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a subscription
         * @description Without its secret (only its last four characters); its ETag is in the ETag header. Any authenticated principal manages its own subscriptions (`principal:<id>`), members of a team manage the team’s (`team:<name>`), platform admins every one.
         */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        /**
         * Delete a subscription
         * @description Its pending deliveries are dropped with its delivery log. Any authenticated principal manages its own subscriptions (`principal:<id>`), members of a team manage the team’s (`team:<name>`), platform admins every one.
         */
        delete: operations["deleteSubscription"];
        options?: never;
        head?: never;
        /**
         * Change a subscription
         * @description Its URL (checked as on creation), the events delivered, whether it is active, or its secret: give one (`secret`) or have one generated (`rotateSecret`); the new secret is in this answer only. The owner and the port stay. Any authenticated principal manages its own subscriptions (`principal:<id>`), members of a team manage the team’s (`team:<name>`), platform admins every one.
         */
        patch: operations["updateSubscription"];
        trace?: never;
    };
    "/v1/subscriptions/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery log of a subscription
         * @description One delivery per event, newest first, with every attempt made (time, HTTP status, error). Any authenticated principal manages its own subscriptions (`principal:<id>`), members of a team manage the team’s (`team:<name>`), platform admins every one.
         */
        get: operations["listSubscriptionDeliveries"];
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
             * @example /meshwork/sla
             * @enum {string}
             */
            source: "/meshwork/sla";
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
             *     - `io.meshwork.sla.slo.breached.v1`: An SLO’s evaluation found it breached (it was not). Data: `sloId` (SLO id), `portUrn` (output port URN), `productUrn` (product URN), `property` (SLA property), `from` (status before), `to` (status after), `since` (when the new status began), `observed` (`value` and `unit` measured).
             *     - `io.meshwork.sla.slo.recovered.v1`: A breached SLO’s evaluation found it no longer breached. Data: `sloId` (SLO id), `portUrn` (output port URN), `productUrn` (product URN), `property` (SLA property), `from` (status before), `to` (status after), `since` (when the new status began), `observed` (`value` and `unit` measured).
             *     - `io.meshwork.sla.incident.opened.v1`: An incident opened on an SLO entering a breach. Data: `incident` (the incident as GET /v1/incidents/{id} answers it: `id`, `sloId`, `portUrn`, `productUrn`, `property`, `open`, `openedAt`, `detectedAt`, `closedAt`, `closeReason`, `observed`, `target`, `timeToDetectSeconds`, `timeToRecoverSeconds`).
             *     - `io.meshwork.sla.incident.closed.v1`: An incident closed: its SLO recovered, or its port was retired (`closeReason`). Data: `incident` (the incident as GET /v1/incidents/{id} answers it: `id`, `sloId`, `portUrn`, `productUrn`, `property`, `open`, `openedAt`, `detectedAt`, `closedAt`, `closeReason`, `observed`, `target`, `timeToDetectSeconds`, `timeToRecoverSeconds`).
             * @example io.meshwork.sla.slo.breached.v1
             * @enum {string}
             */
            type: "io.meshwork.sla.slo.breached.v1" | "io.meshwork.sla.slo.recovered.v1" | "io.meshwork.sla.incident.opened.v1" | "io.meshwork.sla.incident.closed.v1";
        };
        CreatedSubscriptionDto: {
            /**
             * @description Whether events are delivered to it.
             * @example true
             */
            active: boolean;
            /**
             * Format: date-time
             * @description When it was created.
             * @example 2026-11-26T05:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Principal who created it.
             * @example 5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40
             */
            createdBy: string;
            /**
             * @description Which events are delivered: port events and feed event types or patterns.
             * @example [
             *       "incident.opened",
             *       "incident.closed",
             *       "io.meshwork.catalog.product.published.v1"
             *     ]
             */
            events: string[];
            /**
             * Format: uuid
             * @description Id of the subscription.
             * @example 3c9d2f1e-7a4b-4e8c-9d1f-2b3a4c5d6e7f
             */
            id: string;
            /**
             * @description Who it is for: `principal:<id>` or `team:<name>`.
             * @example team:billing-team
             */
            owner: string;
            /**
             * @description Only events of this output port (and feed events about it or its product); null for every port the owner owns or holds a grant on, and every feed event.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string | null;
            /**
             * @description The signing key, shown once: store it now; no read returns it again.
             * @example whsec_6Qm2v8XkTzN4pL0rYb1cHs9d
             */
            secret: string;
            /**
             * @description The last four characters of the signing key, to tell which one is in use; the key itself is never read back (it is stored encrypted).
             * @example Hs9d
             */
            secretHint: string;
            /**
             * @description Where events are POSTed.
             * @example https://hooks.billing.example.com/meshwork
             */
            url: string;
        };
        CreateProbeDto: {
            /**
             * @description Whether the prober runs it on its schedule; true when omitted on creation. A probe enabled again is due at once.
             * @example true
             */
            enabled?: boolean;
            /** @description HTTP statuses counted as a success; 200–299 when omitted on creation. A redirect outside this range fails with `redirect not followed`: redirects are never followed. */
            expectedStatus?: components["schemas"]["ExpectedStatusDto"];
            /**
             * @description Seconds between two scheduled runs, 30 to 86400; 300 when omitted on creation.
             * @example 60
             */
            intervalSeconds?: number;
            /**
             * @description Name of a management port of the port’s product (ODPS `managementPorts[].name`, in the version the SLA service last saw published) whose `url` is probed; the URL is read from the catalog now and stored. Give this or `url`.
             * @example crm-customers-observability
             */
            managementPort?: string;
            /**
             * @description HTTP method of each run; GET or HEAD. GET when omitted on creation.
             * @example GET
             * @enum {string}
             */
            method?: "GET" | "HEAD";
            /**
             * @description Output port whose availability the probe measures; the SLA service must know it (from a publish).
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string;
            /**
             * @description Milliseconds a run waits for the whole answer, 100 to 10000; 5000 when omitted on creation. A run without an answer in time fails.
             * @example 2000
             */
            timeoutMs?: number;
            /**
             * @description The URL to probe, http or https, without credentials. Give this or `managementPort`. Refused (400) when its host is outside the service’s allow-list (SLA_PROBE_ALLOWED_HOSTS, when set) or resolves to a private, loopback or link-local address the service does not allow (SLA_PROBE_ALLOW_PRIVATE).
             * @example https://status.crm.example.com/customers/health
             */
            url?: string;
        };
        CreateSloDto: {
            /**
             * @description What the SLO promises, in words; derived from the target when omitted.
             * @example Changes are visible within 2 hours for the dashboard refresh.
             */
            description?: string;
            /**
             * @description Element the property is about (`table.column`).
             * @example customers.updated_at
             */
            element?: string;
            /**
             * @description Output port the SLO is about; the SLA service must know it (from a publish).
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string;
            /**
             * @description SLA property, one the evaluator measures.
             * @example latency
             * @enum {string}
             */
            property: "latency" | "frequency" | "timeOfAvailability" | "availability" | "errorRate" | "throughput" | "retention";
            /**
             * @description Unit of `value`: d/day(s), h/hr/hour(s), min/m, s, ms, y/yr/year(s), %, percent, rows.
             * @example h
             */
            unit?: string;
            /**
             * @description Target, as an ODCS SLA property writes it (`4` with unit `h`, `P1D`, `06:00:00Z`, `99.5` with unit `%`).
             * @example 2
             */
            value: number | string;
            /**
             * @description Throughput only: the most rows per run.
             * @example 500000
             */
            valueExt?: number;
            /**
             * @description Window in seconds, 1 hour to 366 days; 28 days when omitted.
             * @example 604800
             */
            windowSeconds?: number;
        };
        CreateSubscriptionDto: {
            /**
             * @description Which events are delivered. Port events, for the ports the owner owns or holds an active grant on: `incident.opened`, `incident.closed` (SLA incidents), `contract.breaking-change` (a new major contract version of a port the owner holds a grant on the old major of). Feed events, as any authenticated principal may read them at GET /v1/events of each service: a CloudEvents type `io.meshwork.<catalog|governance|access|sla>.<fact>.v1` (e.g. `io.meshwork.catalog.product.published.v1`), every type of a service (`io.meshwork.catalog.*`) or of all (`io.meshwork.*`); a feed event is POSTed as the CloudEvent itself. At most 50 entries. `incident.opened` and `incident.closed` when absent.
             * @example [
             *       "incident.opened",
             *       "incident.closed",
             *       "contract.breaking-change",
             *       "io.meshwork.catalog.product.published.v1"
             *     ]
             */
            events?: string[];
            /**
             * @description Who it is for: `principal:<id>` (yourself, unless you are a platform admin) or `team:<name>` (a team you belong to). Yourself when absent.
             * @example team:billing-team
             */
            owner?: string;
            /**
             * @description Only events of this output port: its incidents and breaking changes, and feed events about it or its product (subject the port’s or the product’s URN); every port the owner owns or holds a grant on, and every feed event, when absent.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn?: string;
            /**
             * @description The key deliveries are signed with, 16 to 200 characters; one is generated when absent. It is shown in this response only.
             * @example whsec_6Qm2v8XkTzN4pL0rYb1cHs9d
             */
            secret?: string;
            /**
             * @description Where events are POSTed: an https:// URL (http:// only where the service allows it). Hosts resolving to private, loopback or link-local addresses are refused (400) unless allowed by the service.
             * @example https://hooks.billing.example.com/meshwork
             */
            url: string;
        };
        DeliveryAttemptDto: {
            /**
             * Format: date-time
             * @description When the POST was made.
             * @example 2026-11-26T05:00:01.000Z
             */
            at: string;
            /**
             * @description Why it failed; null when it succeeded.
             * @example answered 503: Service Unavailable
             */
            error: string | null;
            /**
             * @description HTTP status answered; null when there was no answer.
             * @example 503
             */
            status: number | null;
        };
        DeliveryDto: {
            /**
             * @description Every POST made, oldest first.
             * @example [
             *       {
             *         "at": "2026-11-26T05:00:01.000Z",
             *         "error": "answered 503",
             *         "status": 503
             *       }
             *     ]
             */
            attemptLog: components["schemas"]["DeliveryAttemptDto"][];
            /**
             * @description POSTs made so far.
             * @example 2
             */
            attempts: number;
            /**
             * Format: date-time
             * @description When the event was expanded into this delivery.
             * @example 2026-11-26T05:00:00.500Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the receiver accepted it; null until then.
             * @example 2026-11-26T05:00:03.120Z
             */
            deliveredAt: string | null;
            /**
             * @description The event delivered (its position in the service’s log of incident events or of feed events, after `origin`).
             * @example 42
             */
            eventId: string;
            /**
             * Format: uuid
             * @description Id of the delivery.
             * @example 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5f6e
             */
            id: string;
            /**
             * Format: uuid
             * @description The incident it is about; null for other events.
             * @example 0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f
             */
            incidentId: string | null;
            /**
             * @description Why the last POST failed; null when it did not.
             * @example null
             */
            lastError: string | null;
            /**
             * @description HTTP status of the last answer; null when none.
             * @example 200
             */
            lastStatus: number | null;
            /**
             * Format: date-time
             * @description When the next POST is due, while pending; null otherwise.
             * @example 2026-11-26T05:00:03.000Z
             */
            nextAttemptAt: string | null;
            /**
             * @description `incident`: an SLA incident event; `feed`: an event read from a service’s feed (a breaking change included).
             * @example incident
             * @enum {string}
             */
            origin: "incident" | "feed";
            /**
             * @description `pending` until the receiver answers 2xx (`delivered`) or 10 attempts failed (`failed`).
             * @example delivered
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
            /**
             * @description What happened: `incident.opened`, `incident.closed`, `contract.breaking-change`, or the CloudEvents type of a feed event.
             * @example incident.opened
             */
            type: string;
        };
        DeliveryPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["DeliveryDto"][];
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
        ExpectedStatusDto: {
            /**
             * @description Highest HTTP status counted as a success, at least `min`.
             * @example 299
             */
            max: number;
            /**
             * @description Lowest HTTP status counted as a success.
             * @example 200
             */
            min: number;
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
        IncidentDto: {
            /**
             * Format: date-time
             * @description When the SLO recovered (for latency: the refresh that brought the data back within target); null while open.
             * @example 2026-03-02T08:00:00.000Z
             */
            closedAt?: string | null;
            /**
             * @description Why it closed: `recovered` when the SLO left the breach; `port-retired` when a published version of the product no longer has the port (its SLOs are retired, the incident is closed without a recovery time); null while open.
             * @example recovered
             * @enum {string|null}
             */
            closeReason?: "recovered" | "port-retired" | null;
            /**
             * Format: date-time
             * @description When the evaluator saw the breach.
             * @example 2026-03-02T07:00:01.000Z
             */
            detectedAt: string;
            /**
             * Format: uuid
             * @description Id of the incident.
             * @example 3b9d6a1e-7c2f-4e8a-9b1d-2f4e6a8c0d1e
             */
            id: string;
            /** @description What was measured when the breach was detected. */
            observed: components["schemas"]["ObservedDto"];
            /**
             * @description Whether the SLO is still breached.
             * @example false
             */
            open: boolean;
            /**
             * Format: date-time
             * @description When the target was crossed (for latency: the last refresh plus the target).
             * @example 2026-03-02T07:00:00.000Z
             */
            openedAt: string;
            /**
             * @description Output port of the SLO.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string;
            /**
             * @description Product the port belongs to.
             * @example urn:meshwork:crm:customers
             */
            productUrn: string;
            /**
             * @description SLA property of the SLO.
             * @example latency
             */
            property: string;
            /**
             * Format: uuid
             * @description SLO that was breached.
             * @example 6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f
             */
            sloId: string;
            /**
             * @description The SLO’s target when the incident opened, as GET /v1/slos/{id} shows it.
             * @example {
             *       "seconds": 14400,
             *       "unit": "h",
             *       "value": 4
             *     }
             */
            target: {
                [key: string]: unknown;
            };
            /**
             * @description Seconds from the breach to its detection.
             * @example 1
             */
            timeToDetectSeconds: number;
            /**
             * @description Seconds from the breach to the recovery; null while open, and for an incident closed because its port was retired.
             * @example 3600
             */
            timeToRecoverSeconds?: number | null;
        };
        IncidentPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["IncidentDto"][];
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
        KpiAccessRequestsDto: {
            /**
             * @description Access requests approved (at the last level) within the window.
             * @example 5
             */
            approvedInWindow: number;
            /**
             * @description Mean seconds from request to decision of the requests approved or rejected within the window; null when none was.
             * @example 5400
             */
            meanDecisionSeconds?: number | null;
            /**
             * @description Access requests waiting for a first or a second approval now.
             * @example 2
             */
            pending: number;
            /**
             * @description Access requests rejected within the window.
             * @example 1
             */
            rejectedInWindow: number;
        };
        KpisDto: {
            /** @description Access requests to the port, or to the ports of the product: open now, and decided within the window; from the access service, null when it cannot say (see `sources.access`). */
            accessRequests?: components["schemas"]["KpiAccessRequestsDto"] | null;
            /**
             * @description Distinct consumers (principals and teams) holding an active grant on the port, or on any port of the product (one holding grants on two ports counts once); from the access service, null when it cannot say (see `sources.access`).
             * @example 3
             */
            activeConsumers?: number | null;
            /**
             * @description SLA compliance: the mean over monitored SLOs of the share of the window each was not breached, in percent; null without monitored SLOs.
             * @example 99.85
             */
            compliancePercent?: number | null;
            /**
             * @description Seconds since the most recent refresh of any of the ports; null when none was observed.
             * @example 600
             */
            freshnessSeconds?: number | null;
            /**
             * Format: date-time
             * @description Start of the window.
             * @example 2026-02-02T08:00:00.000Z
             */
            from: string;
            /**
             * @description Incidents opened in the window.
             * @example 1
             */
            incidents: number;
            /**
             * @description Whether the URN names a port or a product.
             * @example product
             * @enum {string}
             */
            kind: "port" | "product";
            /**
             * @description Mean time to detect of the incidents opened in the window, in seconds; null without any.
             * @example 1
             */
            mttdSeconds?: number | null;
            /**
             * @description Mean time to recover of the incidents of the window that closed, in seconds; null without any.
             * @example 3600
             */
            mttrSeconds?: number | null;
            /**
             * @description Incidents open now.
             * @example 0
             */
            openIncidents: number;
            /**
             * @description Output ports counted.
             * @example [
             *       "urn:meshwork:crm:customers:customers:v1"
             *     ]
             */
            ports: string[];
            /** @description Every SLO of the ports with its status and compliance. */
            slos: components["schemas"]["KpiSloDto"][];
            /** @description Where figures from other services come from, and why they are missing when they are. */
            sources: components["schemas"]["KpiSourcesDto"];
            /** @description SLOs per status. */
            statuses: components["schemas"]["KpiStatusCountsDto"];
            /**
             * Format: date-time
             * @description End of the window: now.
             * @example 2026-03-02T08:00:00.000Z
             */
            to: string;
            /**
             * @description The output port or product asked for.
             * @example urn:meshwork:crm:customers
             */
            urn: string;
            /**
             * @description Window in seconds.
             * @example 2419200
             */
            windowSeconds: number;
        };
        KpiSloDto: {
            /**
             * @description Share of the window not breached, in percent.
             * @example 99.85
             */
            compliancePercent: number;
            /**
             * Format: uuid
             * @description Id of the SLO.
             * @example 6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f
             */
            id: string;
            /**
             * @description Whether the evaluator measures it.
             * @example true
             */
            monitored: boolean;
            /**
             * @description Output port of the SLO.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string;
            /**
             * @description SLA property of the SLO.
             * @example latency
             */
            property: string;
            /**
             * @description Current status.
             * @example ok
             * @enum {string}
             */
            status: "ok" | "at-risk" | "breached" | "unknown";
            /**
             * Format: date-time
             * @description Since when.
             * @example 2026-03-02T08:00:00.000Z
             */
            statusSince: string;
        };
        KpiSourceDto: {
            /**
             * @description Why the figures are missing; null when they are there.
             * @example null
             */
            detail?: string | null;
            /**
             * @description Seconds since `readAt`: how far behind the source the figures may be; null without figures.
             * @example 15
             */
            lagSeconds?: number | null;
            /**
             * Format: date-time
             * @description Time of the last fact read from the source’s feed; null without figures or before any fact.
             * @example 2026-03-02T07:41:10.000Z
             */
            lastEventAt?: string | null;
            /**
             * Format: date-time
             * @description When the SLA service last read the source’s feed to its end (or moved on it): the figures hold every fact up to then; null without figures.
             * @example 2026-03-02T07:59:45.000Z
             */
            readAt?: string | null;
            /**
             * @description `ok`: the figures come from what the SLA service has read of the source’s event feed (see `readAt`, `lagSeconds`); `unavailable`: the feed has not been read yet, its figures are null; `not-configured`: the SLA service has no credentials to read it (MESHWORK_SERVICE_API_KEY or MESHWORK_SERVICE_TOKEN), its figures are null.
             * @example ok
             * @enum {string}
             */
            status: "ok" | "unavailable" | "not-configured";
        };
        KpiSourcesDto: {
            /** @description The access service’s event feed (MESHWORK_ACCESS_URL), for `activeConsumers` and `accessRequests`. */
            access: components["schemas"]["KpiSourceDto"];
        };
        KpiStatusCountsDto: {
            /**
             * @description SLOs at risk.
             * @example 1
             */
            "at-risk": number;
            /**
             * @description SLOs breached.
             * @example 0
             */
            breached: number;
            /**
             * @description SLOs ok.
             * @example 4
             */
            ok: number;
            /**
             * @description SLOs not measured yet, or not measurable.
             * @example 6
             */
            unknown: number;
        };
        ObservationBatchDto: {
            /**
             * @description The observations, 1 to 10000. The batch is accepted or refused as a whole.
             * @example [
             *       {
             *         "at": "2026-11-26T04:00:00Z",
             *         "id": "airflow:crm_customers:2026-11-26T04:00",
             *         "kind": "refresh",
             *         "portUrn": "urn:meshwork:crm:customers:customers:v1",
             *         "rowCount": 120000
             *       }
             *     ]
             */
            observations: components["schemas"]["ObservationInputDto"][];
        };
        ObservationBatchResultDto: {
            /**
             * @description Observations stored by this request.
             * @example 998
             */
            accepted: number;
            /**
             * @description Observations already stored (same port and id), ignored.
             * @example 2
             */
            duplicates: number;
        };
        ObservationDto: {
            /**
             * Format: date-time
             * @description When it happened.
             * @example 2026-11-26T04:00:00.000Z
             */
            at: string;
            /**
             * @description Rows in error.
             * @example 3
             */
            errorCount?: number;
            /**
             * @description The id given by the reporter, or derived from the content (`sha256:…`).
             * @example airflow:crm_customers:2026-11-26T04:00
             */
            id: string;
            /**
             * @description What happened.
             * @example refresh
             * @enum {string}
             */
            kind: "refresh" | "check" | "run";
            /**
             * Format: date-time
             * @description Timestamp of the oldest record the port served then.
             * @example 2026-11-25T04:00:00.000Z
             */
            oldestRecordAt?: string;
            /**
             * @description URN of the output port observed.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string;
            /**
             * Format: date-time
             * @description When the service stored it.
             * @example 2026-11-26T04:00:02.113Z
             */
            receivedAt: string;
            /**
             * @description Rows written or checked.
             * @example 120000
             */
            rowCount?: number;
            /**
             * @description Whether the run or check succeeded, when reported.
             * @example true
             */
            success?: boolean;
        };
        ObservationInputDto: {
            /**
             * Format: date-time
             * @description When it happened: ISO 8601 with a zone, at most 5 minutes ahead of the service’s clock.
             * @example 2026-11-26T04:00:00Z
             */
            at: string;
            /**
             * @description Rows in error (rejected or failing a check); a non-negative integer.
             * @example 3
             */
            errorCount?: number;
            /**
             * @description Your id for this observation, 1 to 200 characters. Unique per port: a batch sent again is not counted twice. Without one, the service derives it from a SHA-256 hash of the observation’s content (port, kind, instant, counts, success, oldest record), so an identical retry is ignored too — and two truly distinct observations with the same content need ids to count twice.
             * @example airflow:crm_customers:2026-11-26T04:00
             */
            id?: string;
            /**
             * @description What happened: the data was `refresh`ed, a quality `check` ran, or a pipeline `run` ended.
             * @example refresh
             * @enum {string}
             */
            kind: "refresh" | "check" | "run";
            /**
             * Format: date-time
             * @description Timestamp of the oldest record the port now serves, for freshness; ISO 8601 with a zone, at most 5 minutes ahead.
             * @example 2026-11-25T04:00:00Z
             */
            oldestRecordAt?: string;
            /**
             * @description URN of the output port observed: `urn:meshwork:<domain>:<product>:<port>:v<major>`.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string;
            /**
             * @description Rows written or checked; a non-negative integer.
             * @example 120000
             */
            rowCount?: number;
            /**
             * @description Whether the run or check succeeded; a `run` without it counts as successful.
             * @example true
             */
            success?: boolean;
        };
        ObservationPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["ObservationDto"][];
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
        ObservedDto: {
            /**
             * @description Unit of the value: `s`, `ratio`, `rows` or `time`.
             * @example s
             */
            unit: string;
            /**
             * @description What was measured: seconds for latency, frequency and retention, a ratio for availability and error rate, rows for throughput, an instant for time of availability.
             * @example 14460
             */
            value: (number | string) | null;
        };
        OpenLineageObservationDto: {
            /**
             * Format: date-time
             * @description The event’s eventTime: ISO 8601 with a zone, at most 5 minutes ahead.
             * @example 2026-11-26T04:00:00Z
             */
            eventTime: string;
            /**
             * @description `COMPLETE` records a refresh and a successful run; `FAIL` a failed run.
             * @example COMPLETE
             * @enum {string}
             */
            eventType: "COMPLETE" | "FAIL";
            /**
             * @description URN of the output port the event’s output dataset is.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string;
            /**
             * @description The run's runId, 1 to 160 characters; with the event type it makes the observations' ids, so a forwarded event sent again is ignored.
             * @example 0193a3c1-7d2e-7b55-9c1e-5a8d2f4e6b10
             */
            runId: string;
        };
        PortObservationSummaryDto: {
            /**
             * Format: date-time
             * @description Latest check reported.
             * @example 2026-11-26T04:05:00.000Z
             */
            lastCheckAt?: string;
            /**
             * Format: date-time
             * @description Latest run reported with `success: false`.
             * @example 2026-11-24T04:00:00.000Z
             */
            lastFailedRunAt?: string;
            /**
             * Format: date-time
             * @description Latest `oldestRecordAt` reported, of any kind.
             * @example 2026-11-25T04:00:00.000Z
             */
            lastOldestRecordAt?: string;
            /**
             * Format: date-time
             * @description Latest refresh reported; absent when none was.
             * @example 2026-11-26T04:00:00.000Z
             */
            lastRefreshAt?: string;
            /**
             * Format: date-time
             * @description Latest run reported, successful or not.
             * @example 2026-11-26T04:00:00.000Z
             */
            lastRunAt?: string;
            /**
             * @description Observations stored for the port; 0 when none was reported.
             * @example 412
             */
            observationCount: number;
            /**
             * @description URN of the output port.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string;
            /**
             * Format: date-time
             * @description When an observation last changed this summary.
             * @example 2026-11-26T04:00:02.113Z
             */
            updatedAt?: string;
        };
        ProbeDto: {
            /**
             * Format: date-time
             * @description When the probe was made.
             * @example 2026-03-01T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Principal who made the probe.
             * @example crm-engineer-1
             */
            createdBy: string;
            /**
             * @description Whether the prober runs the probe on its schedule.
             * @example true
             */
            enabled: boolean;
            /** @description HTTP statuses counted as a success. */
            expectedStatus: components["schemas"]["ExpectedStatusDto"];
            /**
             * Format: uuid
             * @description Id of the probe.
             * @example 0d4f6a8c-2b1e-4c3d-9e5f-7a6b5c4d3e2f
             */
            id: string;
            /**
             * @description Seconds between two scheduled runs.
             * @example 300
             */
            intervalSeconds: number;
            /** @description The latest run; null before the first. */
            lastResult?: components["schemas"]["ProbeLastResultDto"] | null;
            /**
             * @description Management port the URL was read from; null for a URL given directly.
             * @example crm-customers-observability
             */
            managementPort?: string | null;
            /**
             * @description HTTP method of each run.
             * @example GET
             * @enum {string}
             */
            method: "GET" | "HEAD";
            /**
             * Format: date-time
             * @description When the prober runs it next; null while disabled.
             * @example 2026-03-02T03:10:00.000Z
             */
            nextDueAt?: string | null;
            /**
             * @description Output port whose availability the probe measures.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string;
            /**
             * @description Milliseconds a run waits for the whole answer at most.
             * @example 5000
             */
            timeoutMs: number;
            /**
             * Format: date-time
             * @description When the probe last changed (a run included).
             * @example 2026-03-02T03:05:00.000Z
             */
            updatedAt: string;
            /**
             * @description The URL probed.
             * @example https://status.crm.example.com/customers/health
             */
            url: string;
        };
        ProbeLastResultDto: {
            /**
             * Format: date-time
             * @description When the run started.
             * @example 2026-03-02T03:05:00.000Z
             */
            at: string;
            /**
             * @description Why the run failed; null when it succeeded.
             * @example null
             */
            error?: string | null;
            /**
             * @description Milliseconds from sending the request to the answer’s headers; null without an answer.
             * @example 42
             */
            latencyMs?: number | null;
            /**
             * @description HTTP status answered; null without an answer.
             * @example 200
             */
            statusCode?: number | null;
            /**
             * @description Whether the answer came in time with an expected status.
             * @example true
             */
            success: boolean;
        };
        ProbePageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["ProbeDto"][];
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
        ProbeResultDto: {
            /**
             * Format: date-time
             * @description When the run started.
             * @example 2026-03-02T03:05:00.000Z
             */
            at: string;
            /**
             * @description Why the run failed (`redirect not followed …`, `answered 500 …`, `no answer within 5 s`, `refused: …`); null when it succeeded.
             * @example redirect not followed (answered 302 to http://10.0.0.5/)
             */
            error?: string | null;
            /**
             * @description Id of the result, increasing with each run stored.
             * @example 1024
             */
            id: string;
            /**
             * @description Milliseconds from sending the request to the answer’s headers; null without an answer.
             * @example 12
             */
            latencyMs?: number | null;
            /**
             * @description Id of the `check` observation recorded for the port (`probe:<probe id>:<instant>`), which availability SLOs count; null when the URL was refused by the service’s rules and nothing was measured.
             * @example probe:0d4f6a8c-2b1e-4c3d-9e5f-7a6b5c4d3e2f:2026-03-02T03:05:00.000Z
             */
            observationId?: string | null;
            /**
             * Format: uuid
             * @description Id of the probe.
             * @example 0d4f6a8c-2b1e-4c3d-9e5f-7a6b5c4d3e2f
             */
            probeId: string;
            /**
             * Format: date-time
             * @description The due time a scheduled run was for; null for a manual run.
             * @example 2026-03-02T03:05:00.000Z
             */
            scheduledFor?: string | null;
            /**
             * @description HTTP status answered; null without an answer.
             * @example 302
             */
            statusCode?: number | null;
            /**
             * @description Whether the answer came in time with an expected status.
             * @example false
             */
            success: boolean;
            /**
             * @description `schedule`: run by the prober at its due time; `manual`: asked through `POST /v1/probes/{id}/run`.
             * @example schedule
             * @enum {string}
             */
            trigger: "schedule" | "manual";
            /**
             * @description The URL probed.
             * @example https://status.crm.example.com/customers/health
             */
            url: string;
        };
        ProbeResultPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["ProbeResultDto"][];
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
        PublicationResultDto: {
            /**
             * @description Contract-derived SLOs added.
             * @example 11
             */
            created: number;
            /**
             * @description Domain of the product.
             * @example crm
             */
            domain: string;
            /**
             * @description Product name.
             * @example customers
             */
            name: string;
            /**
             * @description Ports upserted.
             * @example 1
             */
            ports: number;
            /**
             * @description Retired SLOs live again: their port, dropped by an earlier version, is listed again.
             * @example 0
             */
            reactivated: number;
            /**
             * @description Contract-derived SLOs removed: their SLA property is gone from the contract.
             * @example 0
             */
            removed: number;
            /**
             * @description SLOs (contract-derived and added through the API) of those ports, retired now: no longer evaluated nor listed unless asked, their open incidents closed with reason `port-retired`.
             * @example 0
             */
            retired: number;
            /**
             * @description Ports retired now: the version no longer lists them (for a sync: also every port of a product the catalog no longer serves).
             * @example 0
             */
            retiredPorts: number;
            /**
             * @description Contract-derived SLOs left as they were.
             * @example 0
             */
            unchanged: number;
            /**
             * @description Contract-derived SLOs whose target or description changed (id and status kept).
             * @example 0
             */
            updated: number;
            /**
             * @description Version applied.
             * @example 1.2.0
             */
            version: string;
        };
        PublishedPortDto: {
            /**
             * @description The ODCS v3 document of the port’s contract, as JSON; null when the port has none (its contract-derived SLOs are removed).
             * @example {
             *       "apiVersion": "v3.1.0",
             *       "id": "7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10",
             *       "kind": "DataContract",
             *       "slaProperties": [
             *         {
             *           "property": "latency",
             *           "unit": "h",
             *           "value": 4
             *         }
             *       ],
             *       "version": "1.2.0"
             *     }
             */
            contract: {
                [key: string]: unknown;
            } | null;
            /**
             * @description Port name as declared in the ODPS document.
             * @example customers
             */
            name: string;
            /**
             * @description URN of the output port: `urn:meshwork:<domain>:<product>:<port>:v<major>`.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            urn: string;
        };
        PublishedProductDto: {
            /**
             * @description Domain of the product.
             * @example crm
             */
            domain: string;
            /**
             * @description Kebab-case product name in the catalog.
             * @example customers
             */
            name: string;
            /**
             * @description Team owning the product’s domain; its members tune the ports’ SLOs.
             * @example crm-data-team
             */
            ownerTeamId: string;
            /** @description Output ports of the version, each with its contract. */
            ports: components["schemas"]["PublishedPortDto"][];
            /**
             * @description Version published.
             * @example 1.2.0
             */
            version: string;
        };
        SloBudgetDto: {
            /**
             * @description Budget for the window: seconds (time) or a ratio (events).
             * @example 24192
             */
            allowed: number;
            /**
             * @description `events`: availability and error rate, budgeted in the share of failed checks and runs (1 − target for availability, the target for error rate); `time`: every other property, budgeted in seconds of breach, 1 % of the window.
             * @example time
             * @enum {string}
             */
            basis: "time" | "events";
            /**
             * @description Seconds the SLO spent breached in the window.
             * @example 3600
             */
            breachedSeconds: number;
            /**
             * @description Share of the window not breached, in percent.
             * @example 99.85
             */
            compliancePercent: number;
            /**
             * @description Budget used in the window, in the same unit.
             * @example 3600
             */
            consumed: number;
            /**
             * Format: date-time
             * @description Start of the window (now minus the SLO’s window).
             * @example 2026-02-02T08:00:00.000Z
             */
            from: string;
            /**
             * @description SLA property of the SLO.
             * @example latency
             */
            property: string;
            /**
             * @description Allowed minus consumed; negative once overspent.
             * @example 20592
             */
            remaining: number;
            /**
             * @description Remaining over allowed (1: untouched, 0: spent, negative: overspent).
             * @example 0.851
             */
            remainingRatio: number;
            /**
             * Format: uuid
             * @description Id of the SLO.
             * @example 6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f
             */
            sloId: string;
            /**
             * Format: date-time
             * @description End of the window: now.
             * @example 2026-03-02T08:00:00.000Z
             */
            to: string;
            /**
             * @description Window in seconds.
             * @example 2419200
             */
            windowSeconds: number;
        };
        SloDto: {
            /**
             * Format: date-time
             * @description When the SLO was made.
             * @example 2026-01-15T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description What the SLO promises, in words.
             * @example A change in the CRM is visible in the data product within 4 hours.
             */
            description: string;
            /**
             * @description Element the property is about (`table.column`); null for the whole port.
             * @example customers.updated_at
             */
            element?: string | null;
            /**
             * Format: uuid
             * @description Id of the SLO.
             * @example 6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f
             */
            id: string;
            /**
             * @description Whether the evaluator measures it; false for properties or units it cannot read.
             * @example true
             */
            monitored: boolean;
            /**
             * Format: date-time
             * @description When the evaluator looks at the SLO next; null until scheduled.
             * @example 2026-02-01T14:30:00.000Z
             */
            nextDueAt?: string | null;
            /**
             * @description Output port the SLO is about.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string;
            /**
             * @description Product the port belongs to.
             * @example urn:meshwork:crm:customers
             */
            productUrn: string;
            /**
             * @description SLA property, spelled as in the ODCS periodic table.
             * @example latency
             */
            property: string;
            /**
             * Format: date-time
             * @description When the SLO was retired because a published version of its product no longer has the port; null while live. A retired SLO is not evaluated, its open incident was closed (reason `port-retired`), and lists show it only with `includeRetired=true`; it is live again when a later version lists the port.
             * @example null
             */
            retiredAt?: string | null;
            /**
             * @description `contract`: derived from the port’s contract and replaced when it is published again; `api`: added by the port’s owners.
             * @example contract
             * @enum {string}
             */
            source: "contract" | "api";
            /**
             * @description Latest evaluation; `unknown` until the evaluator has seen observations.
             * @example unknown
             * @enum {string}
             */
            status: "ok" | "at-risk" | "breached" | "unknown";
            /**
             * Format: date-time
             * @description Since when the status holds.
             * @example 2026-02-01T10:30:00.000Z
             */
            statusSince: string;
            /** @description What is promised. */
            target: components["schemas"]["SloTargetDto"];
            /**
             * @description Why the SLO is not monitored; null when it is.
             * @example null
             */
            unmonitoredReason?: string | null;
            /**
             * Format: date-time
             * @description When the SLO last changed.
             * @example 2026-02-01T10:30:00.000Z
             */
            updatedAt: string;
            /**
             * @description Window the objective is evaluated over, in seconds (28 days unless tuned).
             * @example 2419200
             */
            windowSeconds: number;
        };
        SloHistoryEntryDto: {
            /**
             * Format: date-time
             * @description When it entered it (for a breach: when the target was crossed).
             * @example 2026-03-02T07:00:00.000Z
             */
            at: string;
            /**
             * @description Status the SLO entered.
             * @example breached
             * @enum {string}
             */
            status: "ok" | "at-risk" | "breached" | "unknown";
        };
        SloHistoryPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["SloHistoryEntryDto"][];
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
        SloPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["SloDto"][];
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
        SloTargetDto: {
            /**
             * @description Throughput: the most rows per run, when declared.
             * @example 500000
             */
            max?: number;
            /**
             * @description Availability and error rate as a ratio between 0 and 1.
             * @example 0.995
             */
            ratio?: number;
            /**
             * @description Latency, frequency and retention in seconds (a year is 365 days, a month 30).
             * @example 14400
             */
            seconds?: number;
            /**
             * @description Time of availability in UTC.
             * @example 06:00:00Z
             */
            timeOfDay?: string;
            /**
             * @description Unit: `s`, `ms`, `min`, `h`, `d`, `mo`, `y` for durations; `%` for percentages; `rows` for throughput; `time` for a time of day; else the unit as declared.
             * @example h
             */
            unit: string;
            /**
             * @description The value as declared: a number, or a text such as `06:00:00Z` or `P1D`.
             * @example 4
             */
            value: number | string;
        };
        SubscriptionDto: {
            /**
             * @description Whether events are delivered to it.
             * @example true
             */
            active: boolean;
            /**
             * Format: date-time
             * @description When it was created.
             * @example 2026-11-26T05:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Principal who created it.
             * @example 5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40
             */
            createdBy: string;
            /**
             * @description Which events are delivered: port events and feed event types or patterns.
             * @example [
             *       "incident.opened",
             *       "incident.closed",
             *       "io.meshwork.catalog.product.published.v1"
             *     ]
             */
            events: string[];
            /**
             * Format: uuid
             * @description Id of the subscription.
             * @example 3c9d2f1e-7a4b-4e8c-9d1f-2b3a4c5d6e7f
             */
            id: string;
            /**
             * @description Who it is for: `principal:<id>` or `team:<name>`.
             * @example team:billing-team
             */
            owner: string;
            /**
             * @description Only events of this output port (and feed events about it or its product); null for every port the owner owns or holds a grant on, and every feed event.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string | null;
            /**
             * @description The last four characters of the signing key, to tell which one is in use; the key itself is never read back (it is stored encrypted).
             * @example Hs9d
             */
            secretHint: string;
            /**
             * @description Where events are POSTed.
             * @example https://hooks.billing.example.com/meshwork
             */
            url: string;
        };
        SubscriptionPageDto: {
            /** @description Items of this page. */
            items: components["schemas"]["SubscriptionDto"][];
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
        SyncErrorDto: {
            /**
             * @description Why the product could not be read or applied.
             * @example the catalog answered 404 to GET /v1/products/crm/customers/versions?limit=200&offset=0
             */
            detail: string;
            /**
             * @description Domain of the product.
             * @example crm
             */
            domain: string;
            /**
             * @description Product name.
             * @example customers
             */
            name: string;
        };
        SyncResultDto: {
            /**
             * @description Contract-derived SLOs added.
             * @example 11
             */
            created: number;
            /** @description Products that could not be read or applied, sorted by domain and name. */
            errors: components["schemas"]["SyncErrorDto"][];
            /**
             * @description Ports upserted.
             * @example 1
             */
            ports: number;
            /**
             * @description Published products read from the catalog and applied.
             * @example 3
             */
            products: number;
            /**
             * @description Retired SLOs live again: their port, dropped by an earlier version, is listed again.
             * @example 0
             */
            reactivated: number;
            /**
             * @description Contract-derived SLOs removed: their SLA property is gone from the contract.
             * @example 0
             */
            removed: number;
            /**
             * @description SLOs (contract-derived and added through the API) of those ports, retired now: no longer evaluated nor listed unless asked, their open incidents closed with reason `port-retired`.
             * @example 0
             */
            retired: number;
            /**
             * @description Ports retired now: the version no longer lists them (for a sync: also every port of a product the catalog no longer serves).
             * @example 0
             */
            retiredPorts: number;
            /**
             * @description Contract-derived SLOs left as they were.
             * @example 0
             */
            unchanged: number;
            /**
             * @description Contract-derived SLOs whose target or description changed (id and status kept).
             * @example 0
             */
            updated: number;
        };
        UpdatedSubscriptionDto: {
            /**
             * @description Whether events are delivered to it.
             * @example true
             */
            active: boolean;
            /**
             * Format: date-time
             * @description When it was created.
             * @example 2026-11-26T05:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Principal who created it.
             * @example 5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40
             */
            createdBy: string;
            /**
             * @description Which events are delivered: port events and feed event types or patterns.
             * @example [
             *       "incident.opened",
             *       "incident.closed",
             *       "io.meshwork.catalog.product.published.v1"
             *     ]
             */
            events: string[];
            /**
             * Format: uuid
             * @description Id of the subscription.
             * @example 3c9d2f1e-7a4b-4e8c-9d1f-2b3a4c5d6e7f
             */
            id: string;
            /**
             * @description Who it is for: `principal:<id>` or `team:<name>`.
             * @example team:billing-team
             */
            owner: string;
            /**
             * @description Only events of this output port (and feed events about it or its product); null for every port the owner owns or holds a grant on, and every feed event.
             * @example urn:meshwork:crm:customers:customers:v1
             */
            portUrn: string | null;
            /**
             * @description The new signing key, when the change gave or rotated one: shown this once.
             * @example whsec_Zt8d1Lq0mVb3Xy6pRn2sKc4w
             */
            secret?: string;
            /**
             * @description The last four characters of the signing key, to tell which one is in use; the key itself is never read back (it is stored encrypted).
             * @example Hs9d
             */
            secretHint: string;
            /**
             * @description Where events are POSTed.
             * @example https://hooks.billing.example.com/meshwork
             */
            url: string;
        };
        UpdateProbeDto: {
            /**
             * @description Whether the prober runs it on its schedule; true when omitted on creation. A probe enabled again is due at once.
             * @example true
             */
            enabled?: boolean;
            /** @description HTTP statuses counted as a success; 200–299 when omitted on creation. A redirect outside this range fails with `redirect not followed`: redirects are never followed. */
            expectedStatus?: components["schemas"]["ExpectedStatusDto"];
            /**
             * @description Seconds between two scheduled runs, 30 to 86400; 300 when omitted on creation.
             * @example 60
             */
            intervalSeconds?: number;
            /**
             * @description Name of a management port of the port’s product (ODPS `managementPorts[].name`, in the version the SLA service last saw published) whose `url` is probed; the URL is read from the catalog now and stored. Give this or `url`.
             * @example crm-customers-observability
             */
            managementPort?: string;
            /**
             * @description HTTP method of each run; GET or HEAD. GET when omitted on creation.
             * @example GET
             * @enum {string}
             */
            method?: "GET" | "HEAD";
            /**
             * @description Milliseconds a run waits for the whole answer, 100 to 10000; 5000 when omitted on creation. A run without an answer in time fails.
             * @example 2000
             */
            timeoutMs?: number;
            /**
             * @description The URL to probe, http or https, without credentials. Give this or `managementPort`. Refused (400) when its host is outside the service’s allow-list (SLA_PROBE_ALLOWED_HOSTS, when set) or resolves to a private, loopback or link-local address the service does not allow (SLA_PROBE_ALLOW_PRIVATE).
             * @example https://status.crm.example.com/customers/health
             */
            url?: string;
        };
        UpdateSloDto: {
            /**
             * @description What the SLO promises, in words (API SLOs only).
             * @example Changes are visible within 3 hours.
             */
            description?: string;
            /**
             * @description Unit of `value` (API SLOs only).
             * @example h
             */
            unit?: string;
            /**
             * @description New target value (API SLOs only); read with `unit` as on creation.
             * @example 3
             */
            value?: number | string;
            /**
             * @description Throughput only: the most rows per run (API SLOs only).
             * @example 500000
             */
            valueExt?: number;
            /**
             * @description Window in seconds, 1 hour to 366 days.
             * @example 604800
             */
            windowSeconds?: number;
        };
        UpdateSubscriptionDto: {
            /**
             * @description `false` pauses deliveries (events meanwhile are not delivered later); `true` resumes them.
             * @example false
             */
            active?: boolean;
            /**
             * @description Which events are delivered. Port events, for the ports the owner owns or holds an active grant on: `incident.opened`, `incident.closed` (SLA incidents), `contract.breaking-change` (a new major contract version of a port the owner holds a grant on the old major of). Feed events, as any authenticated principal may read them at GET /v1/events of each service: a CloudEvents type `io.meshwork.<catalog|governance|access|sla>.<fact>.v1` (e.g. `io.meshwork.catalog.product.published.v1`), every type of a service (`io.meshwork.catalog.*`) or of all (`io.meshwork.*`); a feed event is POSTed as the CloudEvent itself. At most 50 entries. Replaces the list from now on.
             * @example [
             *       "incident.opened",
             *       "io.meshwork.catalog.*"
             *     ]
             */
            events?: string[];
            /**
             * @description `true`: the service generates a new signing key, answered this once. Deliveries still pending are signed with the new key.
             * @example true
             */
            rotateSecret?: boolean;
            /**
             * @description A new signing key of your own, 16 to 200 characters; answered back this once. Not with `rotateSecret`.
             * @example whsec_Zt8d1Lq0mVb3Xy6pRn2sKc4w
             */
            secret?: string;
            /**
             * @description New address, checked as on creation (https, no private or loopback host unless allowed).
             * @example https://hooks.billing.example.com/meshwork/v2
             */
            url?: string;
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
    listIncidents: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
                /** @description `true`: only open incidents; `false`: only closed ones. */
                open?: boolean;
                /** @description Only incidents of this output port. */
                portUrn?: string;
                /** @description Only incidents of this SLO. */
                sloId?: string;
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
                    "application/json": components["schemas"]["IncidentPageDto"];
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
            /** @description The caller may not read Incident. */
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
    getIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the incident. */
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
                    "application/json": components["schemas"]["IncidentDto"];
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
            /** @description The caller may not read Incident. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such incident. */
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
    getKpis: {
        parameters: {
            query?: {
                /** @description Window the KPIs are computed over, in seconds (28 days unless given). */
                windowSeconds?: number;
            };
            header?: never;
            path: {
                /** @description URN of an output port or of a product. */
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
                    "application/json": components["schemas"]["KpisDto"];
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
            /** @description The caller may not read Slo. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The SLA service knows no such port or product. */
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
    listObservations: {
        parameters: {
            query?: {
                /** @description Only observations at or after this instant (ISO 8601). */
                from?: string;
                /** @description Only observations of this kind. */
                kind?: "refresh" | "check" | "run";
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
                /** @description Only observations of this output port. */
                portUrn?: string;
                /** @description Only observations before this instant (ISO 8601). */
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
                    "application/json": components["schemas"]["ObservationPageDto"];
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
            /** @description The caller may not read Observation. */
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
    reportObservations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObservationBatchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObservationBatchResultDto"];
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
            /** @description The caller may not create Observation. */
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
            /** @description A port names a domain the catalog does not know; `errors[]` points at each such item. */
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
            /** @description The catalog cannot be reached to find a domain’s owner team. */
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
    reportOpenLineageRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenLineageObservationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObservationBatchResultDto"];
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
            /** @description The caller may not create Observation. */
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
            /** @description A port names a domain the catalog does not know; `errors[]` points at each such item. */
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
            /** @description The catalog cannot be reached to find a domain’s owner team. */
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
    getPortObservationSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description URN of the output port. */
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
                    "application/json": components["schemas"]["PortObservationSummaryDto"];
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
            /** @description The caller may not read Observation. */
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
    listPortSlos: {
        parameters: {
            query?: {
                /** @description `true`: also SLOs retired with their port (dropped from the product’s published version); live SLOs only otherwise. */
                includeRetired?: boolean;
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description URN of the output port. */
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
                    "application/json": components["schemas"]["SloPageDto"];
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
            /** @description The caller may not read Slo. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The SLA service knows no such port. */
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
    listProbes: {
        parameters: {
            query?: {
                /** @description Only enabled (`true`) or disabled (`false`) probes. */
                enabled?: boolean;
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
                /** @description Only the probes of this output port. */
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
                    "application/json": components["schemas"]["ProbePageDto"];
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
            /** @description The caller may not read Slo. */
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
    createProbe: {
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
                "application/json": components["schemas"]["CreateProbeDto"];
            };
        };
        responses: {
            /** @description The new probe; its ETag is in the ETag header. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProbeDto"];
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
            /** @description The caller may not create Slo. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The SLA service knows no such port (its product was never published). */
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
            /** @description The catalog cannot be reached (to find the domain’s owner team or the product’s management ports). */
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
    getProbe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the probe. */
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
                    "application/json": components["schemas"]["ProbeDto"];
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
            /** @description The caller may not read Slo. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such probe. */
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
    deleteProbe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
                /** @description ETag from a previous read; the change fails with 412 if the probe changed since. */
                "If-Match"?: string;
            };
            path: {
                /** @description Id of the probe. */
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
            /** @description The caller may not delete Slo. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such probe. */
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
            /** @description The probe changed since the ETag in If-Match. */
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
            /** @description The catalog cannot be reached (to find the domain’s owner team or the product’s management ports). */
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
    updateProbe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
                /** @description ETag from a previous read; the change fails with 412 if the probe changed since. */
                "If-Match"?: string;
            };
            path: {
                /** @description Id of the probe. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProbeDto"];
            };
        };
        responses: {
            /** @description The probe after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProbeDto"];
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
            /** @description The caller may not update Slo. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such probe. */
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
            /** @description The probe changed since the ETag in If-Match. */
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
            /** @description The catalog cannot be reached (to find the domain’s owner team or the product’s management ports). */
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
    listProbeResults: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
                /** @description Only successful (`true`) or failed (`false`) runs. */
                success?: boolean;
            };
            header?: never;
            path: {
                /** @description Id of the probe. */
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
                    "application/json": components["schemas"]["ProbeResultPageDto"];
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
            /** @description The caller may not read Slo. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such probe. */
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
    runProbe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Id of the probe. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result of the run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProbeResultDto"];
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
            /** @description The caller may not update Slo. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such probe. */
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
            /** @description The catalog cannot be reached (to find the domain’s owner team or the product’s management ports). */
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
    applyPublishedProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishedProductDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationResultDto"];
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
            /** @description The caller may not update Slo. */
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
    listSlos: {
        parameters: {
            query?: {
                /** @description `true`: also SLOs retired with their port (dropped from the product’s published version); live SLOs only otherwise. */
                includeRetired?: boolean;
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Only monitored (`true`) or unmonitored (`false`) SLOs. */
                monitored?: boolean;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
                /** @description Only SLOs of this output port. */
                portUrn?: string;
                /** @description Only SLOs of the ports of this product. */
                productUrn?: string;
                /** @description Only SLOs in this status. */
                status?: "ok" | "at-risk" | "breached" | "unknown";
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
                    "application/json": components["schemas"]["SloPageDto"];
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
            /** @description The caller may not read Slo. */
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
    createSlo: {
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
                "application/json": components["schemas"]["CreateSloDto"];
            };
        };
        responses: {
            /** @description The new SLO; its ETag is in the ETag header. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SloDto"];
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
            /** @description The caller may not create Slo. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The SLA service knows no such port (its product was never published). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The port is retired: the product’s published version no longer lists it. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
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
    getSlo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the SLO. */
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
                    "application/json": components["schemas"]["SloDto"];
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
            /** @description The caller may not read Slo. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such SLO. */
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
    deleteSlo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
                /** @description ETag from a previous read; the change fails with 412 if the SLO changed since. */
                "If-Match"?: string;
            };
            path: {
                /** @description Id of the SLO. */
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
            /** @description The caller may not delete Slo. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such SLO. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The SLO is derived from the port’s contract. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
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
            /** @description The SLO changed since the ETag in If-Match. */
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
    updateSlo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
                /** @description ETag from a previous read; the change fails with 412 if the SLO changed since. */
                "If-Match"?: string;
            };
            path: {
                /** @description Id of the SLO. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSloDto"];
            };
        };
        responses: {
            /** @description The SLO after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SloDto"];
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
            /** @description The caller may not update Slo. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such SLO. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description The target of a contract-derived SLO changes only with its contract. Or `IDEMPOTENCY_KEY_IN_PROGRESS`: a request with this Idempotency-Key is still running (its reservation lapses after 60 s by default, `MESHWORK_IDEMPOTENCY_LOCK_SECONDS`, if it never completes); retry after `Retry-After` seconds. */
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
            /** @description The SLO changed since the ETag in If-Match. */
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
    getSloBudget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the SLO. */
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
                    "application/json": components["schemas"]["SloBudgetDto"];
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
            /** @description The caller may not read Slo. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such SLO. */
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
    getSloHistory: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description Id of the SLO. */
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
                    "application/json": components["schemas"]["SloHistoryPageDto"];
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
            /** @description The caller may not read Slo. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such SLO. */
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
    syncSlos: {
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
                    "application/json": components["schemas"]["SyncResultDto"];
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
    listSubscriptions: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
                /** @description Only the subscriptions of this owner (`principal:<id>` or `team:<name>`). */
                owner?: string;
                /** @description Only the subscriptions to this output port. */
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
                    "application/json": components["schemas"]["SubscriptionPageDto"];
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
            /** @description The caller may not read Slo. */
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
    createSubscription: {
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
                "application/json": components["schemas"]["CreateSubscriptionDto"];
            };
        };
        responses: {
            /** @description The subscription with its secret, shown this once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedSubscriptionDto"];
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
            /** @description The caller may not read Slo. */
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
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the subscription. */
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
                    "application/json": components["schemas"]["SubscriptionDto"];
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
            /** @description The caller may not read Slo. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such subscription. */
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
    deleteSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Id of the subscription. */
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
            /** @description The caller may not read Slo. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such subscription. */
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
    updateSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. A repeat of the same request (method, path and body) by the same principal within 24 h gets the first response again, with `Idempotent-Replayed: true`, without running again; 5xx answers are not kept. 1–255 visible ASCII characters. */
                "Idempotency-Key"?: string;
                /** @description ETag from a previous read; the change fails with 412 if the subscription changed since. */
                "If-Match"?: string;
            };
            path: {
                /** @description Id of the subscription. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSubscriptionDto"];
            };
        };
        responses: {
            /** @description The subscription after the change, with the new secret when one was given or rotated; its ETag is in the ETag header. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatedSubscriptionDto"];
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
            /** @description The caller may not read Slo. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such subscription. */
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
            /** @description The subscription changed since the ETag in If-Match. */
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
    listSubscriptionDeliveries: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200. */
                limit?: number;
                /** @description Number of items to skip, 0 to 1000000. */
                offset?: number;
                /** @description Only deliveries in this state. */
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path: {
                /** @description Id of the subscription. */
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
                    "application/json": components["schemas"]["DeliveryPageDto"];
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
            /** @description The caller may not read Slo. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such subscription. */
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
