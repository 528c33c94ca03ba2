// Generated from libs/sdk/openapi/governance.json by tools/openapi. Do not edit.
import type { PathBasedClient } from 'openapi-fetch';
import type { paths } from './governance';

export function governanceOperations(client: PathBasedClient<paths>) {
  return {
    /** Liveness: the process is up */
    getLiveness: client["/health/live"].GET,
    /** Readiness: the service can reach its database */
    getReadiness: client["/health/ready"].GET,
  };
}
