// Generated from libs/sdk/openapi/catalog.json by tools/openapi. Do not edit.
import type { Operation, OperationFactory } from '../operation';
import type { paths } from './catalog';

/** Every operation of the catalog API, by operationId: each resolves to the success body and throws MeshError otherwise. */
export interface CatalogApi {
  /** Create a domain (`POST /v1/domains`) */
  createDomain: Operation<paths["/v1/domains"], "post">;
  /** Remove the documentation of an output port (`DELETE /v1/ports/{urn}/documentation`) */
  deletePortDocumentation: Operation<paths["/v1/ports/{urn}/documentation"], "delete">;
  /** Remove the sandbox sample of an output port (`DELETE /v1/ports/{urn}/sample`) */
  deletePortSample: Operation<paths["/v1/ports/{urn}/sample"], "delete">;
  /** Remove the documentation of a data product version (`DELETE /v1/products/{domain}/{name}/documentation`) */
  deleteProductDocumentation: Operation<paths["/v1/products/{domain}/{name}/documentation"], "delete">;
  /** Export the ODCS document (`GET /v1/contracts/{domain}/{contractId}/versions/{version}/document`) */
  exportContract: Operation<paths["/v1/contracts/{domain}/{contractId}/versions/{version}/document"], "get">;
  /** Export the ODPS document (`GET /v1/products/{domain}/{name}/document`) */
  exportProduct: Operation<paths["/v1/products/{domain}/{name}/document"], "get">;
  /** Get one contract version (`GET /v1/contracts/{domain}/{contractId}/versions/{version}`) */
  getContractVersion: Operation<paths["/v1/contracts/{domain}/{contractId}/versions/{version}"], "get">;
  /** Get a domain (`GET /v1/domains/{domain}`) */
  getDomain: Operation<paths["/v1/domains/{domain}"], "get">;
  /** Walk the lineage of a product or output port (`GET /v1/lineage/{urn}`) */
  getLineage: Operation<paths["/v1/lineage/{urn}"], "get">;
  /** Liveness: the process is up (`GET /health/live`) */
  getLiveness: Operation<paths["/health/live"], "get">;
  /** Read the Markdown documentation of an output port (`GET /v1/ports/{urn}/documentation`) */
  getPortDocumentation: Operation<paths["/v1/ports/{urn}/documentation"], "get">;
  /** What documents an output port: its Markdown and its authoritative definitions (`GET /v1/ports/{urn}/documentation/links`) */
  getPortDocumentationLinks: Operation<paths["/v1/ports/{urn}/documentation/links"], "get">;
  /** The latest column profile of an output port (`GET /v1/ports/{urn}/profile`) */
  getPortProfile: Operation<paths["/v1/ports/{urn}/profile"], "get">;
  /** The quality rules of an output port and how they hold (`GET /v1/ports/{urn}/quality`) */
  getPortQuality: Operation<paths["/v1/ports/{urn}/quality"], "get">;
  /** Read the sandbox sample of an output port (`GET /v1/ports/{urn}/sample`) */
  getPortSample: Operation<paths["/v1/ports/{urn}/sample"], "get">;
  /** Get a data product (`GET /v1/products/{domain}/{name}`) */
  getProduct: Operation<paths["/v1/products/{domain}/{name}"], "get">;
  /** Read the Markdown documentation of a data product (`GET /v1/products/{domain}/{name}/documentation`) */
  getProductDocumentation: Operation<paths["/v1/products/{domain}/{name}/documentation"], "get">;
  /** What documents a data product: its Markdown and its authoritative definitions (`GET /v1/products/{domain}/{name}/documentation/links`) */
  getProductDocumentationLinks: Operation<paths["/v1/products/{domain}/{name}/documentation/links"], "get">;
  /** How a data product keeps its promises (`GET /v1/products/{domain}/{name}/sla`) */
  getProductSla: Operation<paths["/v1/products/{domain}/{name}/sla"], "get">;
  /** Readiness: the service can reach its database (`GET /health/ready`) */
  getReadiness: Operation<paths["/health/ready"], "get">;
  /** Convert a data contract to ODCS v3.1 (`POST /v1/contract-imports`) */
  importContract: Operation<paths["/v1/contract-imports"], "post">;
  /** Receive an OpenLineage run event (`POST /api/v1/lineage`) */
  ingestRunEvent: Operation<paths["/api/v1/lineage"], "post">;
  /** Receive a batch of OpenLineage run events (`POST /api/v1/lineage/batch`) */
  ingestRunEvents: Operation<paths["/api/v1/lineage/batch"], "post">;
  /** List every version of a contract (`GET /v1/contracts/{domain}/{contractId}/versions`) */
  listContractVersions: Operation<paths["/v1/contracts/{domain}/{contractId}/versions"], "get">;
  /** List domains (`GET /v1/domains`) */
  listDomains: Operation<paths["/v1/domains"], "get">;
  /** Read the event feed (CloudEvents 1.0, commit order, long-poll) (`GET /v1/events`) */
  listEvents: Operation<paths["/v1/events"], "get">;
  /** The profile history of an output port (`GET /v1/ports/{urn}/profiles`) */
  listPortProfiles: Operation<paths["/v1/ports/{urn}/profiles"], "get">;
  /** Classified changelog between two versions (`GET /v1/products/{domain}/{name}/changes`) */
  listProductChanges: Operation<paths["/v1/products/{domain}/{name}/changes"], "get">;
  /** Lifecycle history of a data product (`GET /v1/products/{domain}/{name}/transitions`) */
  listProductTransitions: Operation<paths["/v1/products/{domain}/{name}/transitions"], "get">;
  /** List every version of a data product (`GET /v1/products/{domain}/{name}/versions`) */
  listProductVersions: Operation<paths["/v1/products/{domain}/{name}/versions"], "get">;
  /** List data products (`GET /v1/products`) */
  listProducts: Operation<paths["/v1/products"], "get">;
  /** The history of quality outcomes of an output port (`GET /v1/ports/{urn}/quality/results`) */
  listQualityResults: Operation<paths["/v1/ports/{urn}/quality/results"], "get">;
  /** Record a column profile of an output port (`PUT /v1/ports/{urn}/profile`) */
  putPortProfile: Operation<paths["/v1/ports/{urn}/profile"], "put">;
  /** Register a data product version (self-serve, idempotent) (`PUT /v1/products/{domain}/{name}`) */
  registerProduct: Operation<paths["/v1/products/{domain}/{name}"], "put">;
  /** Report the results of a domain's own quality checks (`POST /v1/ports/{urn}/quality-results`) */
  reportQualityResults: Operation<paths["/v1/ports/{urn}/quality-results"], "post">;
  /** Resolve a URN to its product, port, contract and access instructions (`GET /v1/resolve/{urn}`) */
  resolveUrn: Operation<paths["/v1/resolve/{urn}"], "get">;
  /** Search data products (`GET /v1/search`) */
  searchProducts: Operation<paths["/v1/search"], "get">;
  /** Write the Markdown documentation of an output port (`PUT /v1/ports/{urn}/documentation`) */
  setPortDocumentation: Operation<paths["/v1/ports/{urn}/documentation"], "put">;
  /** Write the Markdown documentation of a data product (`PUT /v1/products/{domain}/{name}/documentation`) */
  setProductDocumentation: Operation<paths["/v1/products/{domain}/{name}/documentation"], "put">;
  /** Move a data product along its lifecycle (`POST /v1/products/{domain}/{name}/transitions`) */
  transitionProduct: Operation<paths["/v1/products/{domain}/{name}/transitions"], "post">;
  /** Update a domain (`PATCH /v1/domains/{domain}`) */
  updateDomain: Operation<paths["/v1/domains/{domain}"], "patch">;
  /** Upload the sandbox sample of an output port (`PUT /v1/ports/{urn}/sample`) */
  uploadPortSample: Operation<paths["/v1/ports/{urn}/sample"], "put">;
}

export function catalogApi(operation: OperationFactory<paths>): CatalogApi {
  return {
    createDomain: operation("createDomain", "post", "/v1/domains"),
    deletePortDocumentation: operation("deletePortDocumentation", "delete", "/v1/ports/{urn}/documentation"),
    deletePortSample: operation("deletePortSample", "delete", "/v1/ports/{urn}/sample"),
    deleteProductDocumentation: operation("deleteProductDocumentation", "delete", "/v1/products/{domain}/{name}/documentation"),
    exportContract: operation("exportContract", "get", "/v1/contracts/{domain}/{contractId}/versions/{version}/document"),
    exportProduct: operation("exportProduct", "get", "/v1/products/{domain}/{name}/document"),
    getContractVersion: operation("getContractVersion", "get", "/v1/contracts/{domain}/{contractId}/versions/{version}"),
    getDomain: operation("getDomain", "get", "/v1/domains/{domain}"),
    getLineage: operation("getLineage", "get", "/v1/lineage/{urn}"),
    getLiveness: operation("getLiveness", "get", "/health/live"),
    getPortDocumentation: operation("getPortDocumentation", "get", "/v1/ports/{urn}/documentation"),
    getPortDocumentationLinks: operation("getPortDocumentationLinks", "get", "/v1/ports/{urn}/documentation/links"),
    getPortProfile: operation("getPortProfile", "get", "/v1/ports/{urn}/profile"),
    getPortQuality: operation("getPortQuality", "get", "/v1/ports/{urn}/quality"),
    getPortSample: operation("getPortSample", "get", "/v1/ports/{urn}/sample"),
    getProduct: operation("getProduct", "get", "/v1/products/{domain}/{name}"),
    getProductDocumentation: operation("getProductDocumentation", "get", "/v1/products/{domain}/{name}/documentation"),
    getProductDocumentationLinks: operation("getProductDocumentationLinks", "get", "/v1/products/{domain}/{name}/documentation/links"),
    getProductSla: operation("getProductSla", "get", "/v1/products/{domain}/{name}/sla"),
    getReadiness: operation("getReadiness", "get", "/health/ready"),
    importContract: operation("importContract", "post", "/v1/contract-imports"),
    ingestRunEvent: operation("ingestRunEvent", "post", "/api/v1/lineage"),
    ingestRunEvents: operation("ingestRunEvents", "post", "/api/v1/lineage/batch"),
    listContractVersions: operation("listContractVersions", "get", "/v1/contracts/{domain}/{contractId}/versions"),
    listDomains: operation("listDomains", "get", "/v1/domains"),
    listEvents: operation("listEvents", "get", "/v1/events"),
    listPortProfiles: operation("listPortProfiles", "get", "/v1/ports/{urn}/profiles"),
    listProductChanges: operation("listProductChanges", "get", "/v1/products/{domain}/{name}/changes"),
    listProductTransitions: operation("listProductTransitions", "get", "/v1/products/{domain}/{name}/transitions"),
    listProductVersions: operation("listProductVersions", "get", "/v1/products/{domain}/{name}/versions"),
    listProducts: operation("listProducts", "get", "/v1/products"),
    listQualityResults: operation("listQualityResults", "get", "/v1/ports/{urn}/quality/results"),
    putPortProfile: operation("putPortProfile", "put", "/v1/ports/{urn}/profile"),
    registerProduct: operation("registerProduct", "put", "/v1/products/{domain}/{name}"),
    reportQualityResults: operation("reportQualityResults", "post", "/v1/ports/{urn}/quality-results"),
    resolveUrn: operation("resolveUrn", "get", "/v1/resolve/{urn}"),
    searchProducts: operation("searchProducts", "get", "/v1/search"),
    setPortDocumentation: operation("setPortDocumentation", "put", "/v1/ports/{urn}/documentation"),
    setProductDocumentation: operation("setProductDocumentation", "put", "/v1/products/{domain}/{name}/documentation"),
    transitionProduct: operation("transitionProduct", "post", "/v1/products/{domain}/{name}/transitions"),
    updateDomain: operation("updateDomain", "patch", "/v1/domains/{domain}"),
    uploadPortSample: operation("uploadPortSample", "put", "/v1/ports/{urn}/sample"),
  };
}
