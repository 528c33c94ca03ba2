import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Actor } from '@meshwork/authz';
import { createServiceApp, loadPlatformConfig, TokenVerifier } from '@meshwork/platform';
import type { AccessComponents } from '@meshwork/sdk';
import { createTestDatabase, type TestDatabase } from '@meshwork/testing';
import { AppModule } from '../src/app.module';
import { ACCESS_DEFAULTS, ACCESS_OPENAPI } from '../src/service';

export interface AccessHarness {
  app: NestFastifyApplication;
  baseUrl: string;
  token: string;
  db: TestDatabase;
  /** fetch against the running service with the admin token (unless headers override it). */
  call(path: string, init?: RequestInit): Promise<Response>;
  /** A bearer token that authenticates as this actor, for authorization tests. */
  tokenFor(actor: Actor): string;
  close(): Promise<void>;
}

/**
 * Boots the real access service on a fresh database, listening on a random local port. Besides the dev admin token,
 * the harness can hand out tokens for other actors: the platform verifies only the dev token today.
 */
export async function startAccess(): Promise<AccessHarness> {
  const db = await createTestDatabase();
  const token = randomBytes(24).toString('hex');
  const config = loadPlatformConfig(ACCESS_DEFAULTS, { DATABASE_URL: db.url, PORT: '0', NODE_ENV: 'test', MESHWORK_DEV_TOKEN: token, LOG_LEVEL: process.env.MESHWORK_TEST_LOG_LEVEL ?? 'silent' });
  const app = await createServiceApp(AppModule.register(config), { config, openApi: ACCESS_OPENAPI });
  const actors = new Map<string, Actor>();
  const verifier = app.get(TokenVerifier);
  const verifyDevToken = verifier.verify.bind(verifier);
  verifier.verify = async (presented: string) => actors.get(presented) ?? verifyDevToken(presented);
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
    call,
    tokenFor: (actor) => {
      const issued = randomBytes(24).toString('hex');
      actors.set(issued, actor);
      return issued;
    },
    close: async () => {
      await app.close();
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
