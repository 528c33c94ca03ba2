import { parse as parseYaml } from 'yaml';
import type { MeshServices } from './client';
import type { components as AccessComponents } from './generated/access';
import type { components as CatalogComponents, operations as CatalogOperations } from './generated/catalog';
import { MeshError } from './problem';
import type { Clock } from './transport';

type RegisteredProduct = CatalogComponents['schemas']['RegisterProductResultDto'];
type Resolution = CatalogComponents['schemas']['ResolutionDto'];
type SearchHit = CatalogComponents['schemas']['SearchHitDto'];
type Grant = AccessComponents['schemas']['GrantDto'];
type AccessRequest = AccessComponents['schemas']['AccessRequestDto'];
type CreateAccessRequest = AccessComponents['schemas']['CreateAccessRequestDto'];

/** A descriptor as a YAML or JSON string, or as the parsed object. */
export type Descriptor = string | Record<string, unknown>;

/** Filters of a search; pages are followed by the iterator. */
export type SearchQuery = Omit<NonNullable<CatalogOperations['searchProducts']['parameters']['query']>, 'cursor'>;

export interface PublishOptions {
  /** The domain in the URL; the product document's `domain` by default. */
  domain?: string;
  /** The product's kebab-case name in the URL (and its URN); by default the document's `name` in kebab case. */
  name?: string;
  /** Register only, leaving a new product in `draft`; by default the product is also moved to `published`. */
  registerOnly?: boolean;
  signal?: AbortSignal;
}

/** Aliases allowed per YAML document: enough for descriptors, far too few for a "billion laughs" expansion. */
const MAX_ALIAS_COUNT = 100;

/** Parses a YAML (or JSON) descriptor with the YAML 1.2 core schema, duplicate keys refused; objects pass through. */
export function parseDescriptor(descriptor: Descriptor, what: string): Record<string, unknown> {
  if (typeof descriptor !== 'string') return descriptor;
  let value: unknown;
  try {
    value = parseYaml(descriptor, { version: '1.2', schema: 'core', uniqueKeys: true, strict: true, merge: false, maxAliasCount: MAX_ALIAS_COUNT, prettyErrors: false });
  } catch (error) {
    throw new TypeError(`${what} is not valid YAML or JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError(`${what} must be a mapping (an object), not ${Array.isArray(value) ? 'a list' : typeof value}.`);
  return value as Record<string, unknown>;
}

/** `CRM Customers` → `crm-customers`. */
export function kebabName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}

export async function publish(services: MeshServices, productDoc: Descriptor, contracts: Descriptor[] = [], options: PublishOptions = {}): Promise<RegisteredProduct> {
  const product = parseDescriptor(productDoc, 'The product document');
  const body = { product, contracts: contracts.map((contract, i) => parseDescriptor(contract, `Contract ${i + 1}`)) };
  const domain = options.domain ?? (typeof product.domain === 'string' ? product.domain : undefined);
  const name = options.name ?? (typeof product.name === 'string' ? kebabName(product.name) : undefined);
  if (!domain) throw new TypeError('publish: the product document has no `domain`; pass options.domain.');
  if (!name) throw new TypeError('publish: the product document has no `name`; pass options.name.');
  const path = { domain, name };
  const registered = await services.catalog.registerProduct({ params: { path }, body, signal: options.signal });
  if (options.registerOnly || registered.status === 'published') return registered;
  const published = await services.catalog.transitionProduct({ params: { path }, body: { to: 'published' }, signal: options.signal });
  return { ...published, outcome: registered.outcome };
}

export function resolve(services: MeshServices, urn: string, options: { signal?: AbortSignal } = {}): Promise<Resolution> {
  return services.catalog.resolveUrn({ params: { path: { urn } }, signal: options.signal });
}

/** Every hit of a search, page after page (following `nextCursor`), as they are read. */
export async function* search(services: MeshServices, query: SearchQuery = {}, options: { signal?: AbortSignal } = {}): AsyncGenerator<SearchHit, void, undefined> {
  let cursor: string | undefined;
  do {
    const page = await services.catalog.searchProducts({ params: { query: { ...query, ...(cursor ? { cursor } : {}) } }, signal: options.signal });
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** The fields of an access request; `durationDays` defaults on the service (90 days). */
export type AccessRequestInput = Omit<CreateAccessRequest, 'durationDays'> & { durationDays?: number };

export function requestAccess(services: MeshServices, request: AccessRequestInput, options: { signal?: AbortSignal } = {}): Promise<AccessRequest> {
  // The service fills in durationDays when it is absent; the generated type marks fields with a default as required.
  return services.access.createAccessRequest({ body: request as CreateAccessRequest, signal: options.signal });
}

/** Thrown by waitForGrant when the access request ends without a grant (rejected or cancelled). */
export class AccessRequestClosedError extends Error {
  override readonly name = 'AccessRequestClosedError';

  constructor(readonly request: AccessRequest) {
    super(`Access request ${request.id} to ${request.portUrn} was ${request.state}${request.decisionReason ? `: ${request.decisionReason}` : ''}${request.decidedBy ? ` (by ${request.decidedBy})` : ''}.`);
  }
}

export interface WaitForGrantOptions {
  /** Give up after this long with a MeshError of kind `timeout`. Default 10 minutes. */
  timeoutMs?: number;
  /** First wait between two looks; grows by half each time up to maxIntervalMs. Default 1 000 ms. */
  intervalMs?: number;
  /** Longest wait between two looks. Default 30 000 ms. */
  maxIntervalMs?: number;
  /** With a port URN: whose grant (a principal id or team name); by default any active grant the caller may see. */
  consumer?: string;
  signal?: AbortSignal;
}

/**
 * Waits until an access request (by id) has an active grant, or until a port (by URN) has one, and returns it. A
 * rejected or cancelled request throws AccessRequestClosedError; running out of time throws MeshError (`timeout`).
 */
export async function waitForGrant(services: MeshServices, clock: Clock, accessUrl: string, requestIdOrPortUrn: string, options: WaitForGrantOptions = {}): Promise<Grant> {
  const timeoutMs = options.timeoutMs ?? 600_000;
  const deadline = clock.now() + timeoutMs;
  const byPort = requestIdOrPortUrn.startsWith('urn:');
  const look = byPort ? () => activeGrantOfPort(services, requestIdOrPortUrn, options) : () => grantOfRequest(services, requestIdOrPortUrn, options.signal);
  let interval = options.intervalMs ?? 1000;
  for (let attempt = 1; ; attempt++) {
    const grant = await look();
    if (grant) return grant;
    const left = deadline - clock.now();
    if (left <= 0) {
      const what = byPort ? `an active grant on ${requestIdOrPortUrn}` : `a grant for access request ${requestIdOrPortUrn}`;
      const url = byPort ? `${accessUrl}/v1/grants?portUrn=${encodeURIComponent(requestIdOrPortUrn)}&active=true` : `${accessUrl}/v1/access-requests/${encodeURIComponent(requestIdOrPortUrn)}`;
      throw new MeshError({ kind: 'timeout', method: 'GET', url, operation: 'waitForGrant', attempts: attempt, cause: new Error(`no ${what} after ${timeoutMs} ms`) });
    }
    await clock.sleep(Math.min(interval, left), options.signal);
    interval = Math.min(options.maxIntervalMs ?? 30_000, Math.round(interval * 1.5));
  }
}

async function grantOfRequest(services: MeshServices, id: string, signal: AbortSignal | undefined): Promise<Grant | undefined> {
  const request = await services.access.getAccessRequest({ params: { path: { id } }, signal });
  if (request.state === 'rejected' || request.state === 'cancelled') throw new AccessRequestClosedError(request);
  if (request.state !== 'approved' || !request.grantId) return undefined;
  const grant = await services.access.getGrant({ params: { path: { id: request.grantId } }, signal });
  return grant.active ? grant : undefined;
}

async function activeGrantOfPort(services: MeshServices, portUrn: string, options: WaitForGrantOptions): Promise<Grant | undefined> {
  const query = { portUrn, active: true, limit: 1, ...(options.consumer ? { consumer: options.consumer } : {}) };
  const page = await services.access.listGrants({ params: { query }, signal: options.signal });
  return page.items[0];
}
