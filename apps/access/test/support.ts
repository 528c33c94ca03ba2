import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Actor } from '@meshwork/authz';
import { createServiceApp, loadPlatformConfig } from '@meshwork/platform';
import type { AccessComponents } from '@meshwork/sdk';
import { createTestDatabase, TEST_AUDIENCE, TEST_ISSUER, TestIdentityProvider, type TestDatabase } from '@meshwork/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { AccessView } from '../src/decisions/access-view';
import type { AccessSettings } from '../src/settings';
import { ACCESS_DEFAULTS, ACCESS_OPENAPI } from '../src/service';

export interface AccessHarness {
  app: NestFastifyApplication;
  baseUrl: string;
  token: string;
  db: TestDatabase;
  /** How the service signs the tokens it issues. */
  settings: AccessSettings;
  /** fetch against the running service with the admin token (unless headers override it). */
  call(path: string, init?: RequestInit): Promise<Response>;
  /** JWKS of the test identity provider, for other services that must accept its tokens. */
  jwksUrl: string;
  /** A JWT from the test identity provider that speaks for this actor, for authorization tests. */
  tokenFor(actor: Actor): Promise<string>;
  /**
   * Runs SQL as another writer would (a replica, an operator) and resolves once the decision view has heard of the
   * change through PostgreSQL's change feed, so the next decision is current; fails after 5 s.
   */
  changeInSql<T = unknown>(sql: string, params?: unknown[]): Promise<T>;
  close(): Promise<void>;
}

export const ISSUER = TEST_ISSUER;
export const AUDIENCE = TEST_AUDIENCE;
/** Issuer of the tokens the access service itself issues in tests. */
export const ACCESS_ISSUER = 'https://access.meshwork.test';

/**
 * Boots the real access service on a fresh database, listening on a random local port. It accepts the dev token as
 * the platform admin and the JWTs of a local identity provider for every other actor.
 */
export async function startAccess(): Promise<AccessHarness> {
  const db = await createTestDatabase();
  const idp = await TestIdentityProvider.start();
  const token = randomBytes(24).toString('hex');
  const config = loadPlatformConfig(ACCESS_DEFAULTS, {
    DATABASE_URL: db.url,
    PORT: '0',
    NODE_ENV: 'test',
    MESHWORK_DEV_TOKEN: token,
    AUTH_JWKS_URL: idp.jwksUrl,
    AUTH_ISSUER: ISSUER,
    AUTH_AUDIENCE: AUDIENCE,
    LOG_LEVEL: process.env.MESHWORK_TEST_LOG_LEVEL ?? 'silent',
  });
  const settings: AccessSettings = { keySecret: randomBytes(32).toString('base64url'), issuer: ACCESS_ISSUER, audience: AUDIENCE, tokenTtlSeconds: 900 };
  const app = await createServiceApp(AppModule.register(config, settings), { config, openApi: ACCESS_OPENAPI });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') throw new Error('access did not bind a TCP port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string> | undefined) } });
  return {
    app,
    baseUrl,
    token,
    db,
    settings,
    call,
    jwksUrl: idp.jwksUrl,
    tokenFor: (actor) => idp.tokenFor(actor),
    changeInSql: async <T>(sql: string, params: unknown[] = []) => {
      const view = app.get(AccessView);
      const before = view.changesHeard;
      const result = (await app.get(DataSource).query(sql, params)) as T;
      const deadline = Date.now() + 5_000;
      while (view.changesHeard === before) {
        if (Date.now() > deadline) throw new Error(`the decision view heard of no change within 5 s after: ${sql}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return result;
    },
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

export type Schemas = AccessComponents['schemas'];
export type Problem = Schemas['ProblemResponseDto'];

/** Reads a JSON body as the type the OpenAPI document promises for it. */
export async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

export async function createPrincipal(h: AccessHarness, body: Record<string, unknown>): Promise<Schemas['PrincipalDto']> {
  const res = await h.call('/v1/principals', { method: 'POST', ...jsonBody({ kind: 'user', displayName: String(body.name), ...body }) });
  if (res.status !== 201) throw new Error(`creating principal: ${res.status} ${await res.text()}`);
  return json(res);
}

export async function createTeam(h: AccessHarness, name: string): Promise<void> {
  const res = await h.call('/v1/teams', { method: 'POST', ...jsonBody({ name, displayName: name.toUpperCase() }) });
  if (res.status !== 201) throw new Error(`creating team ${name}: ${res.status} ${await res.text()}`);
}
