import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@meshwork/authz';
import { PLATFORM_CONFIG, type PlatformConfig } from '@meshwork/platform';
import { isObject } from '../common/json';

/** A sample is read while the caller waits: access answers within this or the sample is masked. */
export const ACCESS_TIMEOUT_MS = 2_000;

/**
 * Which restricted or PII values of a port the caller may see, as the access service decides it:
 * - `all`: allowed without a field list (an active grant on every field, or an admin or owner),
 * - `fields`: an active grant limited to these fields (`property` or `object.property`),
 * - `denied`: no active grant,
 * - `unavailable`: access could not answer (not reachable, too slow, an error): masked, to be safe.
 */
export type PortReadAccess =
  | { outcome: 'all'; detail: string }
  | { outcome: 'fields'; fields: string[]; detail: string }
  | { outcome: 'denied'; detail: string }
  | { outcome: 'unavailable'; detail: string };

interface DecisionAnswer {
  decision: 'allow' | 'deny';
  grantId?: string;
  reasons: string[];
}

/**
 * Asks the access service with the caller's own token whether the caller may read a port (`POST /v1/decisions`, the
 * rule shared with the SDK's enforcer), then which fields the grant it rests on covers. It is reached at
 * CATALOG_ACCESS_URL, by default at MESHWORK_ACCESS_URL (the address the catalog gives its clients, which a
 * deployment may not reach from inside).
 */
@Injectable()
export class AccessClient {
  constructor(@Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig) {}

  /** Read on every call, so that a catalog pointed elsewhere follows its environment. */
  get baseUrl(): string {
    return (process.env.CATALOG_ACCESS_URL?.trim() || this.config.accessUrl).replace(/\/+$/, '');
  }

  async portRead(actor: Actor, urn: string, authorization: string | undefined): Promise<PortReadAccess> {
    const base = this.baseUrl;
    const headers = { accept: 'application/json', 'content-type': 'application/json', ...(authorization ? { authorization } : {}) };
    try {
      const decided = await fetch(`${base}/v1/decisions`, { method: 'POST', headers, body: JSON.stringify({ principalId: actor.id, action: 'read', resource: urn }), signal: AbortSignal.timeout(ACCESS_TIMEOUT_MS) });
      if (!decided.ok) return { outcome: 'unavailable', detail: `the access service at ${base} answered ${decided.status} to the decision` };
      const answer = (await decided.json()) as DecisionAnswer;
      const reasons = Array.isArray(answer.reasons) ? answer.reasons.join('; ') : '';
      if (answer.decision !== 'allow') return { outcome: 'denied', detail: reasons || 'no active grant' };
      if (!answer.grantId) return { outcome: 'all', detail: reasons };
      const grant = await fetch(`${base}/v1/grants/${encodeURIComponent(answer.grantId)}`, { headers, signal: AbortSignal.timeout(ACCESS_TIMEOUT_MS) });
      if (!grant.ok) return { outcome: 'unavailable', detail: `the access service at ${base} answered ${grant.status} for grant '${answer.grantId}'` };
      const body: unknown = await grant.json();
      const fields = isObject(body) && Array.isArray(body.fields) ? body.fields.filter((f): f is string => typeof f === 'string') : null;
      return fields === null ? { outcome: 'all', detail: reasons } : { outcome: 'fields', fields, detail: `${reasons}; the grant covers the fields ${fields.join(', ')}` };
    } catch (error) {
      return { outcome: 'unavailable', detail: `the access service at ${base} cannot answer (${error instanceof Error ? error.message : String(error)})` };
    }
  }
}
