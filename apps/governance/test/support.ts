import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp, loadPlatformConfig } from '@meshwork/platform';
import { createTestDatabase, type TestActor, type TestDatabase, TEST_AUDIENCE, TEST_ISSUER, TestIdentityProvider } from '@meshwork/testing';
import { AppModule } from '../src/app.module';
import { GOVERNANCE_DEFAULTS, GOVERNANCE_OPENAPI } from '../src/service';

export interface GovernanceHarness {
  app: NestFastifyApplication;
  baseUrl: string;
  /** The dev token: a platform admin. */
  token: string;
  db: TestDatabase;
  /** fetch against the running service with the admin token (unless headers override it). */
  call(path: string, init?: RequestInit): Promise<Response>;
  /** JWKS of the test identity provider, for other services (a catalog) that must accept its tokens. */
  jwksUrl: string;
  /** A JWT from the test identity provider that speaks for this actor, for authorization tests. */
  tokenFor(actor: TestActor): Promise<string>;
  close(): Promise<void>;
}

/**
 * Boots the real governance service on a fresh database, listening on a random local port. It accepts the dev token
 * as the platform admin and the JWTs of a local identity provider for every other actor. `env` adds settings
 * (MESHWORK_CATALOG_URL for one).
 */
export async function startGovernance(env: Record<string, string> = {}): Promise<GovernanceHarness> {
  const db = await createTestDatabase();
  const idp = await TestIdentityProvider.start();
  const token = randomBytes(24).toString('hex');
  const config = loadPlatformConfig(GOVERNANCE_DEFAULTS, {
    DATABASE_URL: db.url,
    PORT: '0',
    NODE_ENV: 'test',
    MESHWORK_DEV_TOKEN: token,
    AUTH_JWKS_URL: idp.jwksUrl,
    AUTH_ISSUER: TEST_ISSUER,
    AUTH_AUDIENCE: TEST_AUDIENCE,
    LOG_LEVEL: process.env.MESHWORK_TEST_LOG_LEVEL ?? 'silent',
    ...env,
  });
  const app = await createServiceApp(AppModule.register(config), { config, openApi: GOVERNANCE_OPENAPI });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') throw new Error('governance did not bind a TCP port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string> | undefined) } });
  return {
    app,
    baseUrl,
    token,
    db,
    call,
    jwksUrl: idp.jwksUrl,
    tokenFor: (actor) => idp.tokenFor(actor),
    close: async () => {
      await app.close();
      await idp.stop();
      await db.drop();
    },
  };
}

export function jsonBody(value: unknown, headers: Record<string, string> = {}): RequestInit {
  return { body: JSON.stringify(value), headers: { 'content-type': 'application/json', ...headers } };
}

/** Reads a JSON body as the type the OpenAPI document promises for it. */
export async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
