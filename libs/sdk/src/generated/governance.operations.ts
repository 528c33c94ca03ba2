// Generated from libs/sdk/openapi/governance.json by tools/openapi. Do not edit.
import type { Operation, OperationFactory } from '../operation';
import type { paths } from './governance';

/** Every operation of the governance API, by operationId: each resolves to the success body and throws MeshError otherwise. */
export interface GovernanceApi {
  /** Check contracts against the glossary and the master data (`POST /v1/master-data/conformance`) */
  checkConformance: Operation<paths["/v1/master-data/conformance"], "post">;
  /** Define a code list (`POST /v1/master-data/code-lists`) */
  createCodeList: Operation<paths["/v1/master-data/code-lists"], "post">;
  /** Define a glossary term (`POST /v1/glossary/terms`) */
  createGlossaryTerm: Operation<paths["/v1/glossary/terms"], "post">;
  /** Define a canonical master-data entity (`POST /v1/master-data/entities`) */
  createMasterDataEntity: Operation<paths["/v1/master-data/entities"], "post">;
  /** Create a policy (`POST /v1/policies`) */
  createPolicy: Operation<paths["/v1/policies"], "post">;
  /** Delete a glossary term (`DELETE /v1/glossary/terms/{name}`) */
  deleteGlossaryTerm: Operation<paths["/v1/glossary/terms/{name}"], "delete">;
  /** Delete a canonical master-data entity (`DELETE /v1/master-data/entities/{name}`) */
  deleteMasterDataEntity: Operation<paths["/v1/master-data/entities/{name}"], "delete">;
  /** Try a policy version on every product of the catalog (`POST /v1/policies/{id}/dry-run`) */
  dryRunPolicy: Operation<paths["/v1/policies/{id}/dry-run"], "post">;
  /** Evaluate a product and its contracts against the policies in force (`POST /v1/evaluations`) */
  evaluatePolicies: Operation<paths["/v1/evaluations"], "post">;
  /** Get a code list with all of its codes (`GET /v1/master-data/code-lists/{name}`) */
  getCodeList: Operation<paths["/v1/master-data/code-lists/{name}"], "get">;
  /** Compliance scores now and over time (`GET /v1/compliance`) */
  getCompliance: Operation<paths["/v1/compliance"], "get">;
  /** Get a glossary term (`GET /v1/glossary/terms/{name}`) */
  getGlossaryTerm: Operation<paths["/v1/glossary/terms/{name}"], "get">;
  /** Liveness: the process is up (`GET /health/live`) */
  getLiveness: Operation<paths["/health/live"], "get">;
  /** Get a canonical master-data entity (`GET /v1/master-data/entities/{name}`) */
  getMasterDataEntity: Operation<paths["/v1/master-data/entities/{name}"], "get">;
  /** Get a policy (`GET /v1/policies/{id}`) */
  getPolicy: Operation<paths["/v1/policies/{id}"], "get">;
  /** Every policy in force, for local evaluation (`GET /v1/bundle`) */
  getPolicyBundle: Operation<paths["/v1/bundle"], "get">;
  /** Readiness: the service can reach its database (`GET /health/ready`) */
  getReadiness: Operation<paths["/health/ready"], "get">;
  /** List code lists (`GET /v1/master-data/code-lists`) */
  listCodeLists: Operation<paths["/v1/master-data/code-lists"], "get">;
  /** Read the event feed (CloudEvents 1.0, commit order, long-poll) (`GET /v1/events`) */
  listEvents: Operation<paths["/v1/events"], "get">;
  /** List glossary terms (`GET /v1/glossary/terms`) */
  listGlossaryTerms: Operation<paths["/v1/glossary/terms"], "get">;
  /** List canonical master-data entities (`GET /v1/master-data/entities`) */
  listMasterDataEntities: Operation<paths["/v1/master-data/entities"], "get">;
  /** List policies (`GET /v1/policies`) */
  listPolicies: Operation<paths["/v1/policies"], "get">;
  /** List every version of a policy (`GET /v1/policies/{id}/versions`) */
  listPolicyVersions: Operation<paths["/v1/policies/{id}/versions"], "get">;
  /** Replace a canonical master-data entity (`PUT /v1/master-data/entities/{name}`) */
  replaceMasterDataEntity: Operation<paths["/v1/master-data/entities/{name}"], "put">;
  /** Move a policy version along its lifecycle (`POST /v1/policies/{id}/transitions`) */
  transitionPolicy: Operation<paths["/v1/policies/{id}/transitions"], "post">;
  /** Update a glossary term (`PATCH /v1/glossary/terms/{name}`) */
  updateGlossaryTerm: Operation<paths["/v1/glossary/terms/{name}"], "patch">;
  /** Change a policy (`PATCH /v1/policies/{id}`) */
  updatePolicy: Operation<paths["/v1/policies/{id}"], "patch">;
}

export function governanceApi(operation: OperationFactory<paths>): GovernanceApi {
  return {
    checkConformance: operation("checkConformance", "post", "/v1/master-data/conformance"),
    createCodeList: operation("createCodeList", "post", "/v1/master-data/code-lists"),
    createGlossaryTerm: operation("createGlossaryTerm", "post", "/v1/glossary/terms"),
    createMasterDataEntity: operation("createMasterDataEntity", "post", "/v1/master-data/entities"),
    createPolicy: operation("createPolicy", "post", "/v1/policies"),
    deleteGlossaryTerm: operation("deleteGlossaryTerm", "delete", "/v1/glossary/terms/{name}"),
    deleteMasterDataEntity: operation("deleteMasterDataEntity", "delete", "/v1/master-data/entities/{name}"),
    dryRunPolicy: operation("dryRunPolicy", "post", "/v1/policies/{id}/dry-run"),
    evaluatePolicies: operation("evaluatePolicies", "post", "/v1/evaluations"),
    getCodeList: operation("getCodeList", "get", "/v1/master-data/code-lists/{name}"),
    getCompliance: operation("getCompliance", "get", "/v1/compliance"),
    getGlossaryTerm: operation("getGlossaryTerm", "get", "/v1/glossary/terms/{name}"),
    getLiveness: operation("getLiveness", "get", "/health/live"),
    getMasterDataEntity: operation("getMasterDataEntity", "get", "/v1/master-data/entities/{name}"),
    getPolicy: operation("getPolicy", "get", "/v1/policies/{id}"),
    getPolicyBundle: operation("getPolicyBundle", "get", "/v1/bundle"),
    getReadiness: operation("getReadiness", "get", "/health/ready"),
    listCodeLists: operation("listCodeLists", "get", "/v1/master-data/code-lists"),
    listEvents: operation("listEvents", "get", "/v1/events"),
    listGlossaryTerms: operation("listGlossaryTerms", "get", "/v1/glossary/terms"),
    listMasterDataEntities: operation("listMasterDataEntities", "get", "/v1/master-data/entities"),
    listPolicies: operation("listPolicies", "get", "/v1/policies"),
    listPolicyVersions: operation("listPolicyVersions", "get", "/v1/policies/{id}/versions"),
    replaceMasterDataEntity: operation("replaceMasterDataEntity", "put", "/v1/master-data/entities/{name}"),
    transitionPolicy: operation("transitionPolicy", "post", "/v1/policies/{id}/transitions"),
    updateGlossaryTerm: operation("updateGlossaryTerm", "patch", "/v1/glossary/terms/{name}"),
    updatePolicy: operation("updatePolicy", "patch", "/v1/policies/{id}"),
  };
}
