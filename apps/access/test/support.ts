import { randomBytes } from 'node:crypto';
import type { AccessComponents } from '@meshwork/sdk';
import { type ServiceHarness, startServiceApp, TEST_AUDIENCE, TEST_ISSUER } from '@meshwork/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { AccessView } from '../src/decisions/access-view';
import type { AccessSettings } from '../src/settings';
import { ACCESS_DEFAULTS, ACCESS_OPENAPI } from '../src/service';

export interface AccessHarness extends ServiceHarness {
  /** How the service signs the tokens it issues. */
  settings: AccessSettings;
  /**
   * Runs SQL as another writer would (a replica, an operator) and resolves once the decision view has heard of the
   * change through PostgreSQL's change feed, so the next decision is current; fails after 5 s.
   */
  changeInSql<T = unknown>(sql: string, params?: unknown[]): Promise<T>;
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
  const settings: AccessSettings = { keySecret: randomBytes(32).toString('base64url'), issuer: ACCESS_ISSUER, audience: AUDIENCE, tokenTtlSeconds: 900 };
  const h = await startServiceApp({ defaults: ACCESS_DEFAULTS, openApi: ACCESS_OPENAPI, module: (config) => AppModule.register(config, settings) });
  return {
    ...h,
    settings,
    changeInSql: async <T>(sql: string, params: unknown[] = []) => {
      const view = h.app.get(AccessView);
      const before = view.changesHeard;
      const result = (await h.app.get(DataSource).query(sql, params)) as T;
      const deadline = Date.now() + 5_000;
      while (view.changesHeard === before) {
        if (Date.now() > deadline) throw new Error(`the decision view heard of no change within 5 s after: ${sql}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return result;
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
