// Generated from libs/sdk/openapi/sla.json by tools/openapi. Do not edit.
import type { Operation, OperationFactory } from '../operation';
import type { paths } from './sla';

/** Every operation of the sla API, by operationId: each resolves to the success body and throws MeshError otherwise. */
export interface SlaApi {
  /** Derive the SLOs of a published product version (back-fill) (`POST /v1/products/published`) */
  applyPublishedProduct: Operation<paths["/v1/products/published"], "post">;
  /** Probe a management URL of an output port for availability (`POST /v1/probes`) */
  createProbe: Operation<paths["/v1/probes"], "post">;
  /** Add an SLO to an output port (`POST /v1/slos`) */
  createSlo: Operation<paths["/v1/slos"], "post">;
  /** Subscribe a webhook to events (`POST /v1/subscriptions`) */
  createSubscription: Operation<paths["/v1/subscriptions"], "post">;
  /** Delete a probe (`DELETE /v1/probes/{id}`) */
  deleteProbe: Operation<paths["/v1/probes/{id}"], "delete">;
  /** Delete an SLO added through the API (`DELETE /v1/slos/{id}`) */
  deleteSlo: Operation<paths["/v1/slos/{id}"], "delete">;
  /** Delete a subscription (`DELETE /v1/subscriptions/{id}`) */
  deleteSubscription: Operation<paths["/v1/subscriptions/{id}"], "delete">;
  /** Get an incident (`GET /v1/incidents/{id}`) */
  getIncident: Operation<paths["/v1/incidents/{id}"], "get">;
  /** KPIs of an output port or a product (`GET /v1/kpis/{urn}`) */
  getKpis: Operation<paths["/v1/kpis/{urn}"], "get">;
  /** Liveness: the process is up (`GET /health/live`) */
  getLiveness: Operation<paths["/health/live"], "get">;
  /** The latest observations of an output port (`GET /v1/ports/{urn}/observations/summary`) */
  getPortObservationSummary: Operation<paths["/v1/ports/{urn}/observations/summary"], "get">;
  /** Get a probe (`GET /v1/probes/{id}`) */
  getProbe: Operation<paths["/v1/probes/{id}"], "get">;
  /** Readiness: the service can reach its database (`GET /health/ready`) */
  getReadiness: Operation<paths["/health/ready"], "get">;
  /** Get an SLO (`GET /v1/slos/{id}`) */
  getSlo: Operation<paths["/v1/slos/{id}"], "get">;
  /** Error budget of an SLO over its window (`GET /v1/slos/{id}/budget`) */
  getSloBudget: Operation<paths["/v1/slos/{id}/budget"], "get">;
  /** History of an SLO’s status (`GET /v1/slos/{id}/history`) */
  getSloHistory: Operation<paths["/v1/slos/{id}/history"], "get">;
  /** Get a subscription (`GET /v1/subscriptions/{id}`) */
  getSubscription: Operation<paths["/v1/subscriptions/{id}"], "get">;
  /** Read the event feed (CloudEvents 1.0, commit order, long-poll) (`GET /v1/events`) */
  listEvents: Operation<paths["/v1/events"], "get">;
  /** List incidents (`GET /v1/incidents`) */
  listIncidents: Operation<paths["/v1/incidents"], "get">;
  /** List observations, newest first (`GET /v1/observations`) */
  listObservations: Operation<paths["/v1/observations"], "get">;
  /** List the SLOs of an output port (`GET /v1/ports/{urn}/slos`) */
  listPortSlos: Operation<paths["/v1/ports/{urn}/slos"], "get">;
  /** The results of a probe (`GET /v1/probes/{id}/results`) */
  listProbeResults: Operation<paths["/v1/probes/{id}/results"], "get">;
  /** List probes (`GET /v1/probes`) */
  listProbes: Operation<paths["/v1/probes"], "get">;
  /** List SLOs (`GET /v1/slos`) */
  listSlos: Operation<paths["/v1/slos"], "get">;
  /** The delivery log of a subscription (`GET /v1/subscriptions/{id}/deliveries`) */
  listSubscriptionDeliveries: Operation<paths["/v1/subscriptions/{id}/deliveries"], "get">;
  /** List subscriptions (`GET /v1/subscriptions`) */
  listSubscriptions: Operation<paths["/v1/subscriptions"], "get">;
  /** Report up to 10000 observations of output ports (`POST /v1/observations`) */
  reportObservations: Operation<paths["/v1/observations"], "post">;
  /** Report an OpenLineage run event matched to an output port (`POST /v1/observations/openlineage`) */
  reportOpenLineageRun: Operation<paths["/v1/observations/openlineage"], "post">;
  /** Run a probe now (`POST /v1/probes/{id}/run`) */
  runProbe: Operation<paths["/v1/probes/{id}/run"], "post">;
  /** Derive the SLOs of every product of the catalog (`POST /v1/slos/sync`) */
  syncSlos: Operation<paths["/v1/slos/sync"], "post">;
  /** Change a probe (`PATCH /v1/probes/{id}`) */
  updateProbe: Operation<paths["/v1/probes/{id}"], "patch">;
  /** Tune an SLO (`PATCH /v1/slos/{id}`) */
  updateSlo: Operation<paths["/v1/slos/{id}"], "patch">;
  /** Change a subscription (`PATCH /v1/subscriptions/{id}`) */
  updateSubscription: Operation<paths["/v1/subscriptions/{id}"], "patch">;
}

export function slaApi(operation: OperationFactory<paths>): SlaApi {
  return {
    applyPublishedProduct: operation("applyPublishedProduct", "post", "/v1/products/published"),
    createProbe: operation("createProbe", "post", "/v1/probes"),
    createSlo: operation("createSlo", "post", "/v1/slos"),
    createSubscription: operation("createSubscription", "post", "/v1/subscriptions"),
    deleteProbe: operation("deleteProbe", "delete", "/v1/probes/{id}"),
    deleteSlo: operation("deleteSlo", "delete", "/v1/slos/{id}"),
    deleteSubscription: operation("deleteSubscription", "delete", "/v1/subscriptions/{id}"),
    getIncident: operation("getIncident", "get", "/v1/incidents/{id}"),
    getKpis: operation("getKpis", "get", "/v1/kpis/{urn}"),
    getLiveness: operation("getLiveness", "get", "/health/live"),
    getPortObservationSummary: operation("getPortObservationSummary", "get", "/v1/ports/{urn}/observations/summary"),
    getProbe: operation("getProbe", "get", "/v1/probes/{id}"),
    getReadiness: operation("getReadiness", "get", "/health/ready"),
    getSlo: operation("getSlo", "get", "/v1/slos/{id}"),
    getSloBudget: operation("getSloBudget", "get", "/v1/slos/{id}/budget"),
    getSloHistory: operation("getSloHistory", "get", "/v1/slos/{id}/history"),
    getSubscription: operation("getSubscription", "get", "/v1/subscriptions/{id}"),
    listEvents: operation("listEvents", "get", "/v1/events"),
    listIncidents: operation("listIncidents", "get", "/v1/incidents"),
    listObservations: operation("listObservations", "get", "/v1/observations"),
    listPortSlos: operation("listPortSlos", "get", "/v1/ports/{urn}/slos"),
    listProbeResults: operation("listProbeResults", "get", "/v1/probes/{id}/results"),
    listProbes: operation("listProbes", "get", "/v1/probes"),
    listSlos: operation("listSlos", "get", "/v1/slos"),
    listSubscriptionDeliveries: operation("listSubscriptionDeliveries", "get", "/v1/subscriptions/{id}/deliveries"),
    listSubscriptions: operation("listSubscriptions", "get", "/v1/subscriptions"),
    reportObservations: operation("reportObservations", "post", "/v1/observations"),
    reportOpenLineageRun: operation("reportOpenLineageRun", "post", "/v1/observations/openlineage"),
    runProbe: operation("runProbe", "post", "/v1/probes/{id}/run"),
    syncSlos: operation("syncSlos", "post", "/v1/slos/sync"),
    updateProbe: operation("updateProbe", "patch", "/v1/probes/{id}"),
    updateSlo: operation("updateSlo", "patch", "/v1/slos/{id}"),
    updateSubscription: operation("updateSubscription", "patch", "/v1/subscriptions/{id}"),
  };
}
