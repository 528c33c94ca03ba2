// Generated from libs/sdk/openapi/sla.json by tools/openapi. Do not edit.
import type { PathBasedClient } from 'openapi-fetch';
import type { paths } from './sla';

export function slaOperations(client: PathBasedClient<paths>) {
  return {
    /** Derive the SLOs of a product version just published */
    applyPublishedProduct: client["/v1/products/published"].POST,
    /** Add an SLO to an output port */
    createSlo: client["/v1/slos"].POST,
    /** Subscribe a webhook to incidents */
    createSubscription: client["/v1/subscriptions"].POST,
    /** Delete an SLO added through the API */
    deleteSlo: client["/v1/slos/{id}"].DELETE,
    /** Delete a subscription */
    deleteSubscription: client["/v1/subscriptions/{id}"].DELETE,
    /** Get an incident */
    getIncident: client["/v1/incidents/{id}"].GET,
    /** KPIs of an output port or a product */
    getKpis: client["/v1/kpis/{urn}"].GET,
    /** Liveness: the process is up */
    getLiveness: client["/health/live"].GET,
    /** The latest observations of an output port */
    getPortObservationSummary: client["/v1/ports/{urn}/observations/summary"].GET,
    /** Readiness: the service can reach its database */
    getReadiness: client["/health/ready"].GET,
    /** Get an SLO */
    getSlo: client["/v1/slos/{id}"].GET,
    /** Error budget of an SLO over its window */
    getSloBudget: client["/v1/slos/{id}/budget"].GET,
    /** History of an SLO’s status */
    getSloHistory: client["/v1/slos/{id}/history"].GET,
    /** Get a subscription */
    getSubscription: client["/v1/subscriptions/{id}"].GET,
    /** List incidents */
    listIncidents: client["/v1/incidents"].GET,
    /** List observations, newest first */
    listObservations: client["/v1/observations"].GET,
    /** List the SLOs of an output port */
    listPortSlos: client["/v1/ports/{urn}/slos"].GET,
    /** List SLOs */
    listSlos: client["/v1/slos"].GET,
    /** The delivery log of a subscription */
    listSubscriptionDeliveries: client["/v1/subscriptions/{id}/deliveries"].GET,
    /** List subscriptions */
    listSubscriptions: client["/v1/subscriptions"].GET,
    /** Report up to 10000 observations of output ports */
    reportObservations: client["/v1/observations"].POST,
    /** Report an OpenLineage run event matched to an output port */
    reportOpenLineageRun: client["/v1/observations/openlineage"].POST,
    /** Derive the SLOs of every product of the catalog */
    syncSlos: client["/v1/slos/sync"].POST,
    /** Tune an SLO */
    updateSlo: client["/v1/slos/{id}"].PATCH,
  };
}
