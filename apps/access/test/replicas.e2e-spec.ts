import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp, loadPlatformConfig } from '@meshwork/platform';
import { createTestDatabase, type TestDatabase } from '@meshwork/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { SigningKeyEntity } from '../src/keys/signing-key.entity';
import { ACCESS_DEFAULTS, ACCESS_OPENAPI } from '../src/service';
import type { AccessSettings } from '../src/settings';

describe('access replicas share their signing keys (real PostgreSQL)', () => {
  let db: TestDatabase;
  const apps: NestFastifyApplication[] = [];
  const settings: AccessSettings = { keySecret: randomBytes(32).toString('base64url'), issuer: 'https://access.meshwork.test', audience: 'meshwork', tokenTtlSeconds: 900 };

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await db.drop();
  });

  async function startReplica(keySettings: AccessSettings = settings): Promise<NestFastifyApplication> {
    const config = loadPlatformConfig(ACCESS_DEFAULTS, { DATABASE_URL: db.url, PORT: '0', NODE_ENV: 'test', LOG_LEVEL: process.env.MESHWORK_TEST_LOG_LEVEL ?? 'silent' });
    const app = await createServiceApp(AppModule.register(config, keySettings), { config, openApi: ACCESS_OPENAPI });
    apps.push(app);
    await app.listen({ port: 0, host: '127.0.0.1' });
    return app;
  }

  async function jwksOf(app: NestFastifyApplication): Promise<string[]> {
    const address = app.getHttpServer().address();
    if (address === null || typeof address === 'string') throw new Error('no TCP port');
    const res = await fetch(`http://127.0.0.1:${address.port}/.well-known/jwks.json`);
    return ((await res.json()) as { keys: { kid: string }[] }).keys.map((k) => k.kid);
  }

  it('several replicas starting at once on an empty schema create one current key, which they all publish', async () => {
    const replicas = await Promise.all([startReplica(), startReplica(), startReplica(), startReplica()]);
    const rows = await replicas[0]!.get(DataSource).getRepository(SigningKeyEntity).find();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.retiredAt).toBeNull();
    for (const replica of replicas) expect(await jwksOf(replica)).toEqual([rows[0]?.kid]);
  });

  it('a replica started with another ACCESS_KEY_SECRET refuses to start instead of signing with keys it cannot read', async () => {
    await expect(startReplica({ ...settings, keySecret: randomBytes(32).toString('base64url') })).rejects.toThrow(/cannot be decrypted/);
  });
});
