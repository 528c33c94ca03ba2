import { createTestDatabase, type TestDatabase } from '../database/test-database';
import { TEST_AUDIENCE, TEST_ISSUER } from '../identity/identity-provider';
import { startServiceProcess } from './service-process';

const READY_SECONDS = 60;

export interface CatalogProcess {
  baseUrl: string;
  call(path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * Runs the real catalog service as its own process on a fresh database, as in production: the service under test
 * reaches it over HTTP only. It accepts the same dev token and the test identity provider's JWTs; `env` adds
 * settings (MESHWORK_GOVERNANCE_URL, for one).
 */
export async function startCatalogProcess(options: { token: string; jwksUrl: string; env?: Record<string, string> }): Promise<CatalogProcess> {
  const db: TestDatabase = await createTestDatabase();
  const env = {
    DATABASE_URL: db.url,
    NODE_ENV: 'test',
    MESHWORK_DEV_TOKEN: options.token,
    AUTH_JWKS_URL: options.jwksUrl,
    AUTH_ISSUER: TEST_ISSUER,
    AUTH_AUDIENCE: TEST_AUDIENCE,
    LOG_LEVEL: 'silent',
    ...options.env,
  };
  const catalog = await startServiceProcess('apps/catalog/src/main.ts', env, { readySeconds: READY_SECONDS, stderr: 'capture' }).catch(async (error: unknown) => {
    await db.drop();
    throw error;
  });
  return {
    baseUrl: catalog.base,
    call: (path, init = {}) =>
      fetch(`${catalog.base}${path}`, { ...init, headers: { authorization: `Bearer ${options.token}`, ...(init.headers as Record<string, string> | undefined) } }),
    stop: async () => {
      await catalog.stop();
      await db.drop();
    },
  };
}
