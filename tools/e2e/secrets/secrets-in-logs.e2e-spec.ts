/**
 * Secrets never reach the logs, and are stored hashed or encrypted: the access, catalog and SLA services run as they
 * run in production (a process each, JSON logs on stdout), at LOG_LEVEL=debug, through the flows that carry secrets:
 * an API key made and exchanged (and a wrong secret tried), the token used for reads and writes on each service (and
 * a tampered one refused), webhook subscriptions made with a given and a generated secret and rotated. Then every
 * line they printed is searched for each secret, for the dev token and for any bearer token, and the tables that keep
 * keys and secrets are read back. (The services print no line per HTTP request today: nestjs-pino's request logging
 * does not run under the platform's Fastify setup; when it does, this test covers those lines too, and the logger
 * already redacts the Authorization header.)
 */
import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@meshwork/testing';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

const root = resolve(__dirname, '..', '..', '..');
/** tools/support (the services as processes) is shared by the tools outside nx projects, so it is loaded by path. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { freePorts, sourceCommand, spawnNode, stopChild, waitReady } = require(join(root, 'tools', 'support', 'service-processes.ts')) as typeof import('../../support/service-processes');
type SpawnedProcess = import('../../support/service-processes').SpawnedProcess;

const SERVICES = { access: 'apps/access/src/main.ts', catalog: 'apps/catalog/src/main.ts', sla: 'apps/sla/src/main.ts' } as const;
type ServiceName = keyof typeof SERVICES;

interface Running extends SpawnedProcess {
  name: ServiceName;
  base: string;
}

/** Every line the service writes is kept, to be searched for secrets. */
function start(name: ServiceName, port: number, env: Record<string, string>): Running {
  return { name, base: `http://127.0.0.1:${port}`, ...spawnNode(sourceCommand(SERVICES[name]), { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' }) };
}

const ready = (service: Running) => waitReady(service.name, service.base, service, { deadlineMs: 90_000, intervalMs: 200 });
const stop = (service: Running) => stopChild(service.child);

const jsonBody = (value: unknown, token: string) => ({
  body: JSON.stringify(value),
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
});

describe('secrets in logs and at rest (access, catalog and SLA processes, debug logs, real PostgreSQL)', () => {
  let db: TestDatabase;
  const services = {} as Record<ServiceName, Running>;
  const devToken = randomBytes(24).toString('hex');
  /** Every secret value the flows carried, by what it is. */
  const secrets = new Map<string, string>();
  let logs = '';

  async function call(service: ServiceName, path: string, init: RequestInit, status: number): Promise<Record<string, unknown>> {
    const res = await fetch(`${services[service].base}${path}`, init);
    const text = await res.text();
    if (res.status !== status) throw new Error(`${init.method ?? 'GET'} ${service}${path}: expected ${status}, got ${res.status} ${text}`);
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    const [access, catalog, sla] = await freePorts(3);
    const accessUrl = `http://127.0.0.1:${access}`;
    const env = {
      DATABASE_URL: db.url,
      NODE_ENV: 'development',
      LOG_LEVEL: 'debug',
      MESHWORK_DEV_TOKEN: devToken,
      MESHWORK_SERVICE_TOKEN: devToken,
      ACCESS_ISSUER: accessUrl,
      AUTH_ISSUER: accessUrl,
      AUTH_JWKS_URL: `${accessUrl}/.well-known/jwks.json`,
      MESHWORK_ACCESS_URL: accessUrl,
      MESHWORK_CATALOG_URL: `http://127.0.0.1:${catalog}`,
      MESHWORK_SLA_URL: `http://127.0.0.1:${sla}`,
      SLA_ALLOW_HTTP_WEBHOOKS: 'true',
      SLA_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    };
    services.access = start('access', access, env);
    await ready(services.access);
    services.catalog = start('catalog', catalog, env);
    services.sla = start('sla', sla, env);
    await Promise.all([ready(services.catalog), ready(services.sla)]);
    secrets.set('the dev token', devToken);

    // An API key of a service account, exchanged for a token; a wrong secret for the same key is refused.
    const principal = await call('access', '/v1/principals', { method: 'POST', ...jsonBody({ kind: 'service-account', name: 'pipeline', displayName: 'Pipeline', globalRoles: ['platform-admin'] }, devToken) }, 201);
    const key = await call('access', `/v1/principals/${String(principal.id)}/api-keys`, { method: 'POST', ...jsonBody({ name: 'ci' }, devToken) }, 201);
    const apiKey = String(key.secret);
    secrets.set('the API key', apiKey);
    secrets.set("the API key's secret part", apiKey.slice(apiKey.lastIndexOf('_') + 1));
    const guess = `${apiKey.slice(0, apiKey.lastIndexOf('_') + 1)}${randomBytes(32).toString('base64url')}`;
    secrets.set('a wrong secret for the API key', guess.slice(guess.lastIndexOf('_') + 1));
    const exchanged = await call('access', '/v1/auth/token', { method: 'POST', body: JSON.stringify({ apiKey }), headers: { 'content-type': 'application/json' } }, 200);
    const token = String(exchanged.accessToken);
    secrets.set('the access token', token);
    secrets.set("the access token's signature", token.split('.')[2]);
    await call('access', '/v1/auth/token', { method: 'POST', body: JSON.stringify({ apiKey: guess }), headers: { 'content-type': 'application/json' } }, 401);

    // The token in use: reads and writes on each service, and a tampered copy refused.
    await call('catalog', '/v1/domains', { method: 'POST', ...jsonBody({ name: 'crm', title: 'CRM', ownerTeamId: 'crm-team' }, token) }, 201);
    await call('catalog', '/v1/domains', { headers: { authorization: `Bearer ${token}` } }, 200);
    await call('access', '/v1/teams', { method: 'POST', ...jsonBody({ name: 'crm-team', displayName: 'CRM' }, token) }, 201);
    await call('sla', '/v1/slos', { headers: { authorization: `Bearer ${token}` } }, 200);
    const tampered = `${token.slice(0, -4)}AAAA`;
    secrets.set('a tampered access token', tampered);
    await call('catalog', '/v1/domains', { method: 'POST', ...jsonBody({ name: 'billing', title: 'Billing', ownerTeamId: 'billing-team' }, tampered) }, 401);

    // Webhook subscriptions: a secret given, a secret generated, a secret rotated, a secret replaced.
    const given = `whsec-${randomBytes(24).toString('hex')}`;
    secrets.set('a given webhook secret', given);
    const mine = await call('sla', '/v1/subscriptions', { method: 'POST', ...jsonBody({ url: 'http://127.0.0.1:9/hooks/given', secret: given }, token) }, 201);
    const generated = await call('sla', '/v1/subscriptions', { method: 'POST', ...jsonBody({ url: 'http://127.0.0.1:9/hooks/generated', owner: 'team:crm-team' }, token) }, 201);
    secrets.set('a generated webhook secret', String(generated.secret));
    const rotated = await call('sla', `/v1/subscriptions/${String(generated.id)}`, { method: 'PATCH', ...jsonBody({ rotateSecret: true }, token) }, 200);
    secrets.set('a rotated webhook secret', String(rotated.secret));
    const replacement = `whsec-${randomBytes(24).toString('hex')}`;
    secrets.set('a replaced webhook secret', replacement);
    await call('sla', `/v1/subscriptions/${String(mine.id)}`, { method: 'PATCH', ...jsonBody({ secret: replacement }, token) }, 200);
    // A failed creation echoes nothing either.
    const refused = `whsec-${randomBytes(24).toString('hex')}`;
    secrets.set('the secret of a refused subscription', refused);
    await call('sla', '/v1/subscriptions', { method: 'POST', ...jsonBody({ url: 'ftp://127.0.0.1/hooks', secret: refused }, token) }, 400);

    await Promise.all(Object.values(services).map(stop));
    logs = Object.values(services)
      .map((s) => s.output())
      .join('\n');
  }, 180_000);

  afterAll(async () => {
    await Promise.all(Object.values(services).map(stop));
    await db?.drop();
  });

  it('captured the JSON logs of all three services', () => {
    for (const name of Object.keys(SERVICES)) expect([name, logs.includes(`"service":"${name}"`)]).toEqual([name, true]);
    // The feed consumers' retries and the governance warning are logged while the flows run.
    expect(logs).toContain('"level":40');
  });

  it('holds none of the secrets, not the dev token, no bearer token', () => {
    const found = [...secrets].filter(([, value]) => logs.includes(value)).map(([what]) => what);
    expect(found).toEqual([]);
    expect(logs.match(/Bearer\s+[A-Za-z0-9._~+/-]{8,}/g) ?? []).toEqual([]);
    expect(logs.match(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g) ?? []).toEqual([]);
  });

  it('stores API keys and webhook secrets hashed or encrypted: no row holds a secret', async () => {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const rows = async (table: string) => ((await client.query(`SELECT row_to_json(t)::text AS "row" FROM ${table} t`)).rows as { row: string }[]).map((r) => r.row);
      const keys = await rows('"access"."api_keys"');
      const subscriptions = await rows('"sla"."subscriptions"');
      const audit = await rows('"access"."audit_events"');
      expect([keys.length, subscriptions.length]).toEqual([1, 2]);
      const stored = [...keys, ...subscriptions, ...audit].join('\n');
      expect([...secrets].filter(([, value]) => stored.includes(value)).map(([what]) => what)).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
