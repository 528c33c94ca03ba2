import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogComponents } from '@meshwork/sdk';
import { type ServiceHarness, startServiceApp } from '@meshwork/testing';
import { AppModule } from '../src/app.module';
import { CATALOG_DEFAULTS, CATALOG_OPENAPI } from '../src/service';

export type CatalogHarness = ServiceHarness;

/**
 * Boots the real catalog on a fresh database, listening on a random local port: the dev token is the admin, and the
 * local identity provider's JWTs (`h.idp`, `h.tokenFor`) speak for everyone else.
 */
export function startCatalog(): Promise<CatalogHarness> {
  return startServiceApp({ defaults: CATALOG_DEFAULTS, openApi: CATALOG_OPENAPI, module: (config) => AppModule.register(config) });
}

const FIXTURES = join(__dirname, '..', '..', '..', 'libs', 'descriptors', 'test', 'fixtures');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function jsonBody(value: unknown): RequestInit {
  return { body: JSON.stringify(value), headers: { 'content-type': 'application/json' } };
}

export function yamlBody(text: string): RequestInit {
  return { body: text, headers: { 'content-type': 'application/yaml' } };
}

export type Schemas = CatalogComponents['schemas'];
export type Problem = Schemas['ProblemResponseDto'];

/** Reads a JSON body as the type the OpenAPI document promises for it. */
export async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

export async function createDomain(harness: CatalogHarness, name: string, ownerTeamId = `${name}-team`): Promise<void> {
  const res = await harness.call('/v1/domains', { method: 'POST', ...jsonBody({ name, title: name.toUpperCase(), ownerTeamId }) });
  if (res.status !== 201) throw new Error(`creating domain ${name}: ${res.status} ${await res.text()}`);
}
