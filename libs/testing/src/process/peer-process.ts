import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../database/test-database';
import { TEST_AUDIENCE, TEST_ISSUER } from '../identity/identity-provider';
import { startServiceProcess } from './service-process';

/** A real service run as its own process on a fresh database, reached over HTTP only. */
export interface PeerProcess {
  baseUrl: string;
  /** fetch against the service with the dev token (unless headers override it). */
  call(path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

export type CatalogProcess = PeerProcess;

/**
 * Runs `main` as its own process on a fresh database, as in production: the service under test reaches it over HTTP
 * only. It accepts the same dev token and the test identity provider's JWTs; `env` adds settings.
 */
async function startPeerProcess(main: string, readySeconds: number, options: { token: string; jwksUrl: string; env?: Record<string, string> }): Promise<PeerProcess> {
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
  const peer = await startServiceProcess(main, env, { readySeconds, stderr: 'capture' }).catch(async (error: unknown) => {
    await db.drop();
    throw error;
  });
  return {
    baseUrl: peer.base,
    call: (path, init = {}) => fetch(`${peer.base}${path}`, { ...init, headers: { authorization: `Bearer ${options.token}`, ...(init.headers as Record<string, string> | undefined) } }),
    stop: async () => {
      await peer.stop();
      await db.drop();
    },
  };
}

/** The real catalog service as its own process; `env` adds settings (MESHWORK_GOVERNANCE_URL, for one). */
export function startCatalogProcess(options: { token: string; jwksUrl: string; env?: Record<string, string> }): Promise<CatalogProcess> {
  return startPeerProcess('apps/catalog/src/main.ts', 60, options);
}

/** The real access service as its own process, with a fresh key secret, reading products from the catalog at `catalogUrl`. */
export function startAccessProcess(options: { token: string; jwksUrl: string; catalogUrl: string }): Promise<PeerProcess> {
  return startPeerProcess('apps/access/src/main.ts', 90, { ...options, env: { ACCESS_KEY_SECRET: randomBytes(32).toString('base64url'), MESHWORK_CATALOG_URL: options.catalogUrl } });
}
