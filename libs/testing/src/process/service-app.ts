import { randomBytes } from 'node:crypto';
import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp, loadPlatformConfig, type OpenApiInfo, type PlatformConfig, type ServiceDefaults } from '@meshwork/platform';
import { createTestDatabase, type TestDatabase } from '../database/test-database';
import { type TestActor, TEST_AUDIENCE, TEST_ISSUER, TestIdentityProvider } from '../identity/identity-provider';

export interface ServiceHarness {
  app: NestFastifyApplication;
  baseUrl: string;
  /** The dev token: a platform admin. */
  token: string;
  db: TestDatabase;
  config: PlatformConfig;
  /** fetch against the running service with the admin token (unless headers override it). */
  call(path: string, init?: RequestInit): Promise<Response>;
  /** JWKS of the test identity provider, for other services (a catalog) that must accept its tokens. */
  jwksUrl: string;
  /** A JWT from the test identity provider that speaks for this actor, for authorization tests. */
  tokenFor(actor: TestActor): Promise<string>;
  /** The identity provider itself, for tokens made wrong on purpose (foreign key, `alg: none`, expired). */
  idp: TestIdentityProvider;
  close(): Promise<void>;
}

export interface ServiceAppSpec {
  defaults: ServiceDefaults;
  openApi: OpenApiInfo;
  /** The service's app module for a configuration. */
  module(config: PlatformConfig): DynamicModule;
  /** Settings added to the environment the configuration is read from. */
  env?: Record<string, string>;
}

/**
 * Boots a service in this process on a fresh database, listening on a random local port, as its tests use it: the
 * dev token is the platform admin, and the JWTs of a local identity provider speak for every other actor.
 */
export async function startServiceApp(spec: ServiceAppSpec): Promise<ServiceHarness> {
  const db = await createTestDatabase();
  const idp = await TestIdentityProvider.start();
  const token = randomBytes(24).toString('hex');
  const config = loadPlatformConfig(spec.defaults, {
    DATABASE_URL: db.url,
    PORT: '0',
    NODE_ENV: 'test',
    MESHWORK_DEV_TOKEN: token,
    AUTH_JWKS_URL: idp.jwksUrl,
    AUTH_ISSUER: TEST_ISSUER,
    AUTH_AUDIENCE: TEST_AUDIENCE,
    LOG_LEVEL: process.env.MESHWORK_TEST_LOG_LEVEL ?? 'silent',
    ...spec.env,
  });
  let app: NestFastifyApplication;
  try {
    app = await createServiceApp(spec.module(config), { config, openApi: spec.openApi });
    await app.listen({ port: 0, host: '127.0.0.1' });
  } catch (error) {
    await idp.stop();
    await db.drop();
    throw error;
  }
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') throw new Error(`${spec.defaults.serviceName} did not bind a TCP port`);
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string> | undefined) } });
  return {
    app,
    baseUrl,
    token,
    db,
    config,
    call,
    jwksUrl: idp.jwksUrl,
    tokenFor: (actor) => idp.tokenFor(actor),
    idp,
    close: async () => {
      await app.close();
      await idp.stop();
      await db.drop();
    },
  };
}
