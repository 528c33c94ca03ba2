// Generated from libs/sdk/openapi/governance.json by tools/openapi. Do not edit.
import type { PathBasedClient } from 'openapi-fetch';
import type { paths } from './governance';

export function governanceOperations(client: PathBasedClient<paths>) {
  return {
    /** Check contracts against the glossary and the master data */
    checkConformance: client["/v1/master-data/conformance"].POST,
    /** Define a code list */
    createCodeList: client["/v1/master-data/code-lists"].POST,
    /** Define a glossary term */
    createGlossaryTerm: client["/v1/glossary/terms"].POST,
    /** Define a canonical master-data entity */
    createMasterDataEntity: client["/v1/master-data/entities"].POST,
    /** Create a policy */
    createPolicy: client["/v1/policies"].POST,
    /** Delete a glossary term */
    deleteGlossaryTerm: client["/v1/glossary/terms/{name}"].DELETE,
    /** Delete a canonical master-data entity */
    deleteMasterDataEntity: client["/v1/master-data/entities/{name}"].DELETE,
    /** Try a policy version on every product of the catalog */
    dryRunPolicy: client["/v1/policies/{id}/dry-run"].POST,
    /** Evaluate a product and its contracts against the policies in force */
    evaluatePolicies: client["/v1/evaluations"].POST,
    /** Get a code list with all of its codes */
    getCodeList: client["/v1/master-data/code-lists/{name}"].GET,
    /** Compliance scores now and over time */
    getCompliance: client["/v1/compliance"].GET,
    /** Get a glossary term */
    getGlossaryTerm: client["/v1/glossary/terms/{name}"].GET,
    /** Liveness: the process is up */
    getLiveness: client["/health/live"].GET,
    /** Get a canonical master-data entity */
    getMasterDataEntity: client["/v1/master-data/entities/{name}"].GET,
    /** Get a policy */
    getPolicy: client["/v1/policies/{id}"].GET,
    /** Every policy in force, for local evaluation */
    getPolicyBundle: client["/v1/bundle"].GET,
    /** Readiness: the service can reach its database */
    getReadiness: client["/health/ready"].GET,
    /** List code lists */
    listCodeLists: client["/v1/master-data/code-lists"].GET,
    /** List glossary terms */
    listGlossaryTerms: client["/v1/glossary/terms"].GET,
    /** List canonical master-data entities */
    listMasterDataEntities: client["/v1/master-data/entities"].GET,
    /** List policies */
    listPolicies: client["/v1/policies"].GET,
    /** List every version of a policy */
    listPolicyVersions: client["/v1/policies/{id}/versions"].GET,
    /** Replace a canonical master-data entity */
    replaceMasterDataEntity: client["/v1/master-data/entities/{name}"].PUT,
    /** Move a policy version along its lifecycle */
    transitionPolicy: client["/v1/policies/{id}/transitions"].POST,
    /** Update a glossary term */
    updateGlossaryTerm: client["/v1/glossary/terms/{name}"].PATCH,
    /** Change a policy */
    updatePolicy: client["/v1/policies/{id}"].PATCH,
  };
}
