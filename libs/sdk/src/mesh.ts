import type { EvaluationInput } from '@meshwork/policies';
import { createMeshServices, type MeshClientOptions, type MeshServices, type ServiceName, serviceUrls } from './client';
import { createEventFeed, type EventFeed } from './events';
import { createEnforcer, type Enforcer, type EnforcerOptions } from './enforcer/enforcer';
import { meshEnforcerSources } from './enforcer/mesh-sources';
import type { components as AccessComponents } from './generated/access';
import type { components as CatalogComponents } from './generated/catalog';
import * as helpers from './helpers';
import { createObservationReporter, type ObservationReporter, type ObservationReporterOptions } from './observations';
import { type LocalEvaluation, PolicyEvaluator } from './policies';
import { systemClock } from './transport';

/** Settings of `mesh.access.enforcer`; its sources are the client's own. */
export type MeshEnforcerOptions = Omit<EnforcerOptions, 'principalId' | 'fetchBundle' | 'resolveOwnerTeam' | 'audit'> & {
  /** Send the decisions to the audit log (true by default). */
  audit?: boolean;
};

export interface MeshClient extends MeshServices {
  access: MeshServices['access'] & {
    /** Local enforcement for a principal: its bundle cached by ETag and refreshed in the background, `can()` answered in-process. */
    enforcer(principalId: string, options?: MeshEnforcerOptions): Enforcer;
  };
  governance: MeshServices['governance'] & {
    /** Evaluates descriptors against the mesh's policies in process, with the governance service's bundle (cached a minute, then revalidated). */
    evaluateLocally(input: EvaluationInput, options?: { now?: Date; domain?: string }): Promise<LocalEvaluation>;
  };
  /**
   * Registers a data product version with its contracts (ODPS and ODCS, as YAML/JSON strings or objects) and, unless
   * `registerOnly`, publishes it; resolves to the registered product.
   */
  publish(productDoc: helpers.Descriptor, contracts?: helpers.Descriptor[], options?: helpers.PublishOptions): Promise<CatalogComponents['schemas']['RegisterProductResultDto']>;
  /** The product, port, contract and access instructions behind a URN. */
  resolve(urn: string, options?: { signal?: AbortSignal }): Promise<CatalogComponents['schemas']['ResolutionDto']>;
  /** Every matching product, page after page: `for await (const hit of mesh.search({ q: 'customers' }))`. */
  search(query?: helpers.SearchQuery, options?: { signal?: AbortSignal }): AsyncGenerator<CatalogComponents['schemas']['SearchHitDto'], void, undefined>;
  /** Asks for access to an output port for a purpose. */
  requestAccess(request: helpers.AccessRequestInput, options?: { signal?: AbortSignal }): Promise<AccessComponents['schemas']['AccessRequestDto']>;
  /** Polls, with growing waits, until an access request (by id) or a port (by URN) has an active grant. */
  waitForGrant(requestIdOrPortUrn: string, options?: helpers.WaitForGrantOptions): Promise<AccessComponents['schemas']['GrantDto']>;
  /** A reporter that batches observations to the SLA service. */
  reportObservations(options?: ObservationReporterOptions): ObservationReporter;
  /** A service's event feed: `mesh.events('catalog').subscribe(handler, { cursorStore })` follows it with a persisted cursor. */
  events<S extends ServiceName>(service: S): EventFeed<S>;
}

/**
 * The mesh as domain code sees it: `mesh.catalog.getProduct({ params: { path: { domain, name } } })` resolves to the
 * product and throws MeshError otherwise. One method per operation of the four services, typed from their OpenAPI
 * documents, and helpers for a domain pipeline's usual steps.
 */
export function createMeshClient(options: MeshClientOptions = {}): MeshClient {
  const services = createMeshServices(options);
  const clock = options.clock ?? systemClock;
  const accessUrl = serviceUrls(options).access;
  const evaluator = new PolicyEvaluator(services.governance);
  return {
    ...services,
    governance: { ...services.governance, evaluateLocally: (input, evaluation) => evaluator.evaluate(input, evaluation) },
    access: {
      ...services.access,
      enforcer: (principalId, { audit = true, ...enforcerOptions } = {}) => {
        const sources = meshEnforcerSources(services, principalId);
        return createEnforcer({ principalId, ...enforcerOptions, ...sources, audit: audit ? sources.audit : false });
      },
    },
    publish: (productDoc, contracts, publishOptions) => helpers.publish(services, productDoc, contracts, publishOptions),
    resolve: (urn, resolveOptions) => helpers.resolve(services, urn, resolveOptions),
    search: (query, searchOptions) => helpers.search(services, query, searchOptions),
    requestAccess: (request, requestOptions) => helpers.requestAccess(services, request, requestOptions),
    waitForGrant: (target, waitOptions) => helpers.waitForGrant(services, clock, accessUrl, target, waitOptions),
    reportObservations: (reporterOptions) => createObservationReporter(services, reporterOptions),
    events: (service) => createEventFeed(services, service, { timeoutMs: options.timeoutMs ?? 10_000, clock, random: options.random ?? Math.random }),
  };
}
