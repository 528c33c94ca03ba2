// Generated from libs/sdk/openapi/catalog.json by tools/openapi. Do not edit.
import type { PathBasedClient } from 'openapi-fetch';
import type { paths } from './catalog';

export function catalogOperations(client: PathBasedClient<paths>) {
  return {
    /** Create a domain */
    createDomain: client["/v1/domains"].POST,
    /** Export the ODCS document */
    exportContract: client["/v1/contracts/{domain}/{contractId}/versions/{version}/document"].GET,
    /** Export the ODPS document */
    exportProduct: client["/v1/products/{domain}/{name}/document"].GET,
    /** Get one contract version */
    getContractVersion: client["/v1/contracts/{domain}/{contractId}/versions/{version}"].GET,
    /** Get a domain */
    getDomain: client["/v1/domains/{domain}"].GET,
    /** Walk the lineage of a product or output port */
    getLineage: client["/v1/lineage/{urn}"].GET,
    /** Liveness: the process is up */
    getLiveness: client["/health/live"].GET,
    /** Get a data product */
    getProduct: client["/v1/products/{domain}/{name}"].GET,
    /** How a data product keeps its promises */
    getProductSla: client["/v1/products/{domain}/{name}/sla"].GET,
    /** Readiness: the service can reach its database */
    getReadiness: client["/health/ready"].GET,
    /** Convert a data contract to ODCS v3.1 */
    importContract: client["/v1/contract-imports"].POST,
    /** Receive an OpenLineage run event */
    ingestRunEvent: client["/api/v1/lineage"].POST,
    /** Receive a batch of OpenLineage run events */
    ingestRunEvents: client["/api/v1/lineage/batch"].POST,
    /** List every version of a contract */
    listContractVersions: client["/v1/contracts/{domain}/{contractId}/versions"].GET,
    /** List domains */
    listDomains: client["/v1/domains"].GET,
    /** Classified changelog between two versions */
    listProductChanges: client["/v1/products/{domain}/{name}/changes"].GET,
    /** Lifecycle history of a data product */
    listProductTransitions: client["/v1/products/{domain}/{name}/transitions"].GET,
    /** List every version of a data product */
    listProductVersions: client["/v1/products/{domain}/{name}/versions"].GET,
    /** List data products */
    listProducts: client["/v1/products"].GET,
    /** Register a data product version (self-serve, idempotent) */
    registerProduct: client["/v1/products/{domain}/{name}"].PUT,
    /** Resolve a URN to its product, port, contract and access instructions */
    resolveUrn: client["/v1/resolve/{urn}"].GET,
    /** Search data products */
    searchProducts: client["/v1/search"].GET,
    /** Move a data product along its lifecycle */
    transitionProduct: client["/v1/products/{domain}/{name}/transitions"].POST,
    /** Update a domain */
    updateDomain: client["/v1/domains/{domain}"].PATCH,
  };
}
