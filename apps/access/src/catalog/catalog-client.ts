import { Injectable } from '@nestjs/common';
import { PlatformError, PlatformErrorCode } from '@meshwork/platform';
import { AccessError, AccessErrorCode } from '../common/access-error';

export const DEFAULT_CATALOG_URL = 'http://127.0.0.1:3001';
const TIMEOUT_MS = 5000;

/** One ODCS role of a contract, as far as access requests need it. */
export interface ContractRole {
  role: string;
  access: string | null;
  firstLevelApprovers: string | null;
  secondLevelApprovers: string | null;
}

/** What the catalog says about an output port. */
export interface ResolvedPort {
  urn: string;
  domain: string;
  product: string;
  port: string;
  ownerTeamId: string;
  roles: ContractRole[];
  /** Names of the contract's properties, `object.property` and `property`. */
  fieldNames: string[];
  /** The contract lets requests be granted without approval (root custom property `autoApprove: true`). */
  autoApprove: boolean;
}

interface ResolutionBody {
  kind?: string;
  product?: { domain?: string; name?: string };
  port?: { name?: string; contract?: { documentUrl?: string | null } | null };
}

/** Reads the catalog over HTTP, with the caller's own bearer token. */
@Injectable()
export class CatalogClient {
  /** Read on every call, so a service pointed elsewhere follows its environment. */
  get baseUrl(): string {
    return (process.env.MESHWORK_CATALOG_URL || DEFAULT_CATALOG_URL).replace(/\/+$/, '');
  }

  async resolvePort(urn: string, authorization: string | undefined): Promise<ResolvedPort> {
    const resolution = await this.get<ResolutionBody>(`/v1/resolve/${encodeURIComponent(urn)}`, authorization, '/portUrn');
    if (resolution === null) throw new AccessError(AccessErrorCode.PORT_NOT_FOUND, `The catalog knows no output port '${urn}'.`, [{ pointer: '/portUrn', detail: 'unknown URN' }]);
    if (resolution.kind !== 'port' || !resolution.port?.name || !resolution.product?.domain || !resolution.product.name) {
      throw new AccessError(AccessErrorCode.PORT_NOT_FOUND, `'${urn}' names a data product, not an output port; ask for access to one of its ports.`, [
        { pointer: '/portUrn', detail: 'not an output port URN' },
      ]);
    }
    const domain = resolution.product.domain;
    const domainBody = await this.get<{ ownerTeamId?: string }>(`/v1/domains/${encodeURIComponent(domain)}`, authorization);
    if (!domainBody?.ownerTeamId) throw new PlatformError(PlatformErrorCode.UNAVAILABLE, `The catalog answered no owner team for domain '${domain}'.`);
    const documentUrl = resolution.port.contract?.documentUrl ?? null;
    const document = documentUrl ? await this.get<Record<string, unknown>>(documentUrl, authorization) : null;
    return {
      urn,
      domain,
      product: resolution.product.name,
      port: resolution.port.name,
      ownerTeamId: domainBody.ownerTeamId,
      roles: rolesOf(document),
      fieldNames: fieldNamesOf(document),
      autoApprove: autoApproveOf(document),
    };
  }

  /**
   * The JSON body, null on 404; a 400 about the caller's input (at `inputPointer`) is the caller's 400; anything else
   * the catalog cannot answer is a 503.
   */
  private async get<T>(path: string, authorization: string | undefined, inputPointer?: string): Promise<T | null> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        headers: { accept: 'application/json', ...(authorization ? { authorization } : {}) },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new PlatformError(PlatformErrorCode.UNAVAILABLE, `The catalog at ${this.baseUrl} cannot be reached (${error instanceof Error ? error.message : String(error)}); try again later.`);
    }
    if (response.status === 404) return null;
    if (response.status === 400 && inputPointer) {
      const problem = (await response.json().catch(() => ({}))) as { detail?: unknown };
      const detail = typeof problem.detail === 'string' ? problem.detail : 'the catalog cannot read it';
      throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `The catalog refused the URN: ${detail}`, [{ pointer: inputPointer, detail }]);
    }
    if (response.status === 401 || response.status === 403) {
      // The caller's token was good enough here: the catalog trusting another issuer or key set is a deployment fault.
      throw new PlatformError(
        PlatformErrorCode.UNAVAILABLE,
        `The catalog at ${this.baseUrl} refused the caller's token (${response.status}) for GET ${path}: the catalog and the access service must accept the same tokens (AUTH_JWKS_URL, AUTH_ISSUER).`,
      );
    }
    if (!response.ok) throw new PlatformError(PlatformErrorCode.UNAVAILABLE, `The catalog answered ${response.status} to GET ${path}; try again later.`);
    try {
      return (await response.json()) as T;
    } catch {
      throw new PlatformError(PlatformErrorCode.UNAVAILABLE, `The catalog answered GET ${path} with a body that is not JSON.`);
    }
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function rolesOf(document: Record<string, unknown> | null): ContractRole[] {
  const roles = document?.roles;
  if (!Array.isArray(roles)) return [];
  return roles
    .filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null && typeof (r as { role?: unknown }).role === 'string')
    .map((r) => ({ role: String(r.role), access: text(r.access), firstLevelApprovers: text(r.firstLevelApprovers), secondLevelApprovers: text(r.secondLevelApprovers) }));
}

/** ODCS `customProperties: [{ property: autoApprove, value: true }]` at the contract's root: requests are granted at once. */
export function autoApproveOf(document: Record<string, unknown> | null): boolean {
  const properties = document?.customProperties;
  if (!Array.isArray(properties)) return false;
  return properties.some((p: unknown) => {
    if (typeof p !== 'object' || p === null) return false;
    const { property, value } = p as { property?: unknown; value?: unknown };
    return property === 'autoApprove' && (value === true || value === 'true');
  });
}

export function fieldNamesOf(document: Record<string, unknown> | null): string[] {
  const names = new Set<string>();
  const schema = document?.schema;
  if (!Array.isArray(schema)) return [];
  for (const object of schema as { name?: unknown; properties?: unknown }[]) {
    if (!Array.isArray(object?.properties)) continue;
    for (const property of object.properties as { name?: unknown }[]) {
      if (typeof property?.name !== 'string') continue;
      names.add(property.name);
      if (typeof object.name === 'string') names.add(`${object.name}.${property.name}`);
    }
  }
  return [...names];
}

/**
 * Approvers named by the contract's roles: each of `firstLevelApprovers` / `secondLevelApprovers` holds one or more
 * names separated by commas, each the name of a team (any member of it may approve) or of a principal.
 */
export function approverNames(value: string | null): string[] {
  return value ? value.split(',').map((name) => name.trim()).filter((name) => name !== '') : [];
}
