import { Inject, Injectable } from '@nestjs/common';
import { PLATFORM_CONFIG, type PlatformConfig } from '@meshwork/platform';
import type { AccessComponents } from '@meshwork/sdk';
import { NotificationSettings } from './notification-settings';

const PAGE = 200;
const TIMEOUT_MS = 5000;

/** A page of GET /v1/grants of the access service, as its OpenAPI document describes it. */
type GrantPage = Partial<AccessComponents['schemas']['GrantPageDto']>;

/** The access service could not say who holds grants on a port. */
export class AccessUnavailable extends Error {}

/** Asks the access service, over HTTP with the service token, who holds an active grant on a port. */
@Injectable()
export class AccessGrants {
  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    private readonly settings: NotificationSettings,
  ) {}

  /** `principal:<id>` and `team:<name>` of every consumer holding an active grant on the port. */
  async consumersOf(portUrn: string): Promise<string[]> {
    const consumers = new Set<string>();
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.page(portUrn, offset);
      const items = page.items ?? [];
      for (const grant of items) {
        if (!grant.active || grant.portUrn !== portUrn) continue;
        if (grant.consumer.principalId) consumers.add(`principal:${grant.consumer.principalId}`);
        if (grant.consumer.team) consumers.add(`team:${grant.consumer.team}`);
      }
      if (items.length < PAGE || offset + items.length >= (page.total ?? 0)) return [...consumers];
    }
  }

  private async page(portUrn: string, offset: number): Promise<GrantPage> {
    const base = this.config.accessUrl.replace(/\/+$/, '');
    const url = `${base}/v1/grants?portUrn=${encodeURIComponent(portUrn)}&active=true&limit=${PAGE}&offset=${offset}`;
    if (!this.settings.serviceToken) throw new AccessUnavailable('MESHWORK_SERVICE_TOKEN is not set: grants cannot be read');
    let response: Response;
    try {
      response = await fetch(url, { headers: { accept: 'application/json', authorization: `Bearer ${this.settings.serviceToken}` }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      throw new AccessUnavailable(`the access service at ${base} cannot be reached (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!response.ok) throw new AccessUnavailable(`the access service answered ${response.status} to GET /v1/grants`);
    try {
      return (await response.json()) as GrantPage;
    } catch {
      throw new AccessUnavailable('the access service answered GET /v1/grants with a body that is not JSON');
    }
  }
}
