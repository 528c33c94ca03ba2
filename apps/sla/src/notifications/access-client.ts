import { Inject, Injectable } from '@nestjs/common';
import { PLATFORM_CONFIG, type PlatformConfig } from '@meshwork/platform';
import type { AccessComponents } from '@meshwork/sdk';
import { NotificationSettings } from './notification-settings';

const PAGE = 200;
const TIMEOUT_MS = 5000;

/** Pages of the access service, as its OpenAPI document describes them. */
type GrantPage = Partial<AccessComponents['schemas']['GrantPageDto']>;
type AccessRequestPage = Partial<AccessComponents['schemas']['AccessRequestPageDto']>;
type AccessRequestState = AccessComponents['schemas']['AccessRequestDto']['state'];

/** The access service could not answer (not configured, unreachable, or an error status). */
export class AccessUnavailable extends Error {}

/** Access requests of a port: open now, and decided since an instant. */
export interface AccessRequestCounts {
  /** Waiting for a first or a second approval. */
  pending: number;
  approved: number;
  rejected: number;
}

/** Reads the access service (MESHWORK_ACCESS_URL) over HTTP with the service token (MESHWORK_SERVICE_TOKEN). */
@Injectable()
export class AccessClient {
  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    private readonly settings: NotificationSettings,
  ) {}

  /** Whether the service has a token to read the access service with. */
  get configured(): boolean {
    return this.settings.serviceToken !== undefined;
  }

  /** `principal:<id>` and `team:<name>` of every consumer holding an active grant on the port. */
  async consumersOf(portUrn: string): Promise<string[]> {
    const consumers = new Set<string>();
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.get<GrantPage>('/v1/grants', { portUrn, active: 'true', limit: String(PAGE), offset: String(offset) });
      const items = page.items ?? [];
      for (const grant of items) {
        if (!grant.active || grant.portUrn !== portUrn) continue;
        if (grant.consumer.principalId) consumers.add(`principal:${grant.consumer.principalId}`);
        if (grant.consumer.team) consumers.add(`team:${grant.consumer.team}`);
      }
      if (items.length < PAGE || offset + items.length >= (page.total ?? 0)) return [...consumers];
    }
  }

  /** Counted by the access service (`total` of one-item pages), not paged through. */
  async requestCounts(portUrn: string, decidedSince: Date): Promise<AccessRequestCounts> {
    const count = (state: AccessRequestState, decided: boolean) => this.requestTotal({ portUrn, state, ...(decided ? { decidedAfter: decidedSince.toISOString() } : {}) });
    const [pending, awaitingSecond, approved, rejected] = await Promise.all([count('pending', false), count('awaiting-second-level', false), count('approved', true), count('rejected', true)]);
    return { pending: pending + awaitingSecond, approved, rejected };
  }

  private async requestTotal(filter: Record<string, string>): Promise<number> {
    const page = await this.get<AccessRequestPage>('/v1/access-requests', { ...filter, limit: '1', offset: '0' });
    if (typeof page.total !== 'number') throw new AccessUnavailable('the access service answered GET /v1/access-requests without a total');
    return page.total;
  }

  private async get<T>(path: string, query: Record<string, string>): Promise<T> {
    const base = this.config.accessUrl.replace(/\/+$/, '');
    if (!this.settings.serviceToken) throw new AccessUnavailable(`MESHWORK_SERVICE_TOKEN is not set: ${path} of the access service cannot be read`);
    const url = `${base}${path}?${new URLSearchParams(query).toString()}`;
    let response: Response;
    try {
      response = await fetch(url, { headers: { accept: 'application/json', authorization: `Bearer ${this.settings.serviceToken}` }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      throw new AccessUnavailable(`the access service at ${base} cannot be reached (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!response.ok) throw new AccessUnavailable(`the access service answered ${response.status} to GET ${path}`);
    try {
      return (await response.json()) as T;
    } catch {
      throw new AccessUnavailable(`the access service answered GET ${path} with a body that is not JSON`);
    }
  }
}
