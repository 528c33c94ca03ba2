import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp, loadPlatformConfig } from '@meshwork/platform';
import type { CatalogComponents } from '@meshwork/sdk';
import { createTestDatabase, type TestDatabase } from '@meshwork/testing';
import { AppModule } from '../src/app.module';
import { CATALOG_DEFAULTS, CATALOG_OPENAPI } from '../src/service';
import { TEST_AUDIENCE, TEST_ISSUER, TestIdentityProvider } from '@meshwork/testing';

export interface CatalogHarness {
  app: NestFastifyApplication;
  baseUrl: string;
  token: string;
  db: TestDatabase;
  /** The identity provider whose tokens the catalog verifies; only when started with `{ jwt: true }`. */
  idp?: TestIdentityProvider;
  /** fetch against the running catalog with the admin token (unless headers override it). */
  call(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export interface CatalogOptions {
  /** Verify JWT bearer tokens against a local identity provider's JWKS, beside the dev token (still the admin). */
  jwt?: boolean;
}

/** Boots the real catalog on a fresh database, listening on a random local port. */
export async function startCatalog(options: CatalogOptions = {}): Promise<CatalogHarness> {
  const idp = options.jwt ? await TestIdentityProvider.start() : undefined;
  const db = await createTestDatabase();
  const token = randomBytes(24).toString('hex');
  const jwt = idp ? { AUTH_JWKS_URL: idp.jwksUrl, AUTH_ISSUER: TEST_ISSUER, AUTH_AUDIENCE: TEST_AUDIENCE } : {};
  const config = loadPlatformConfig(CATALOG_DEFAULTS, { DATABASE_URL: db.url, PORT: '0', NODE_ENV: 'test', MESHWORK_DEV_TOKEN: token, LOG_LEVEL: process.env.MESHWORK_TEST_LOG_LEVEL ?? 'silent', ...jwt });
  const app = await createServiceApp(AppModule.register(config), { config, openApi: CATALOG_OPENAPI });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') throw new Error('catalog did not bind a TCP port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string> | undefined) } });
  return {
    app,
    baseUrl,
    token,
    db,
    idp,
    call,
    close: async () => {
      await app.close();
      await db.drop();
      await idp?.stop();
    },
  };
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
