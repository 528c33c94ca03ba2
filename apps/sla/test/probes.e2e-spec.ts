import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import { join } from 'node:path';
import { type CatalogProcess, startCatalogProcess } from '@meshwork/testing';
import { DataSource } from 'typeorm';
import { parse, stringify } from 'yaml';
import { CLOCK, type Clock } from '../src/clock';
import { EvaluatorService } from '../src/evaluation/evaluator.service';
import { ProberService } from '../src/probes/prober.service';
import { json, jsonBody, type SlaHarness, startSla } from './support';
import { bearer, CONSUMER, FIXTURES, MEMBER, OWNER_TEAM, PORT, type Problem, type Slo } from './slos-support';

interface Probe {
  id: string;
  portUrn: string;
  managementPort: string | null;
  url: string;
  method: string;
  intervalSeconds: number;
  timeoutMs: number;
  expectedStatus: { min: number; max: number };
  enabled: boolean;
  nextDueAt: string | null;
  lastResult: { at: string; success: boolean; statusCode: number | null; latencyMs: number | null; error: string | null } | null;
  createdBy: string;
}

interface ProbeResult {
  id: string;
  probeId: string;
  trigger: string;
  scheduledFor: string | null;
  at: string;
  url: string;
  success: boolean;
  statusCode: number | null;
  latencyMs: number | null;
  error: string | null;
  observationId: string | null;
}

interface Page<T> {
  items: T[];
  total: number;
}

interface Observation {
  id: string;
  kind: string;
  at: string;
  success?: boolean;
}

/** How the management endpoint answers the next request. */
type Behaviour = { status: number; location?: string; delayMs?: number } | 'hang';

/** The product's management endpoint: answers as told, request after request, and counts what it was asked. */
class ManagementEndpoint {
  url = '';
  requests: { method: string; path: string }[] = [];
  behaviour: Behaviour = { status: 200 };
  private readonly server: Server;
  private readonly hanging: ServerResponse[] = [];

  constructor() {
    this.server = createServer((req, res) => {
      this.requests.push({ method: req.method ?? '', path: req.url ?? '/' });
      const behaviour = this.behaviour;
      if (behaviour === 'hang') return void this.hanging.push(res);
      setTimeout(() => {
        res.writeHead(behaviour.status, behaviour.location ? { location: behaviour.location } : {});
        // A body much larger than a probe reads: it must not wait for it.
        res.end(behaviour.status === 200 ? 'ok' : 'x'.repeat(64 * 1024));
      }, behaviour.delayMs ?? 0);
    });
  }

  async start(): Promise<this> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The demo product and its contract as the catalog's YAML envelope, with a management port at `healthUrl`. */
function envelope(healthUrl: string): string {
  const product = parse(readFileSync(join(FIXTURES, 'crm-customers.odps.yaml'), 'utf8')) as { managementPorts: Record<string, unknown>[] };
  product.managementPorts.push({ name: 'health', content: 'observability', type: 'rest', url: healthUrl, description: 'Answers 200 while the port is served.' });
  const indent = (text: string, prefix: string) => text.split('\n').map((line) => (line ? `${prefix}${line}` : line)).join('\n');
  const contract = readFileSync(join(FIXTURES, 'customers.odcs.yaml'), 'utf8');
  return `product:\n${indent(stringify(product), '  ')}\ncontracts:\n  -\n${indent(contract, '    ')}\n`;
}

/** Polls until `read` gives a value, or fails after `seconds`. */
async function until<T>(read: () => Promise<T | undefined>, seconds: number): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`nothing after ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const SETTINGS = { SLA_PROBER: 'off', SLA_EVALUATOR: 'off', SLA_PROBE_ALLOW_PRIVATE: 'true', SLA_PROBE_ALLOWED_HOSTS: '' };
const T0 = '2026-03-02T03:00:00.000Z';

describe('probes of management URLs, counted for availability (real catalog, real PostgreSQL, local endpoint, moved clock)', () => {
  let h: SlaHarness;
  let catalog: CatalogProcess;
  let endpoint: ManagementEndpoint;
  let probe: Probe;
  let now = new Date(T0);
  const previous = Object.fromEntries([...Object.keys(SETTINGS), 'MESHWORK_CATALOG_URL', 'MESHWORK_SERVICE_TOKEN'].map((key) => [key, process.env[key]]));

  const at = (instant: string) => {
    now = new Date(instant);
  };
  const prober = () => h.app.get(ProberService);
  const db = () => h.app.get(DataSource);
  const asMember = async () => bearer(await h.tokenFor(MEMBER));
  const create = async (body: Record<string, unknown>, headers: Record<string, string> = {}) => h.call('/v1/probes', { method: 'POST', ...jsonBody({ portUrn: PORT, ...body }, headers) });
  const results = async (id: string) => (await json<Page<ProbeResult>>(await h.call(`/v1/probes/${id}/results?limit=200`))).items;
  const checks = async () => (await json<Page<Observation>>(await h.call(`/v1/observations?portUrn=${encodeURIComponent(PORT)}&kind=check&limit=200`))).items;
  const availability = async () => {
    await h.app.get(EvaluatorService).runOnce();
    const slos = (await json<Page<Slo & { observed?: unknown }>>(await h.call(`/v1/slos?portUrn=${encodeURIComponent(PORT)}&limit=200`))).items;
    return slos.find((s) => s.property === 'availability');
  };

  beforeAll(async () => {
    Object.assign(process.env, SETTINGS);
    endpoint = await new ManagementEndpoint().start();
    h = await startSla();
    h.app.get<symbol, Clock>(CLOCK).now = () => now;
    catalog = await startCatalogProcess({ token: h.token, jwksUrl: h.jwksUrl, env: { MESHWORK_SLA_URL: h.baseUrl } });
    // This SLA service learns of the publish from the catalog's event feed, read with the service token.
    process.env.MESHWORK_CATALOG_URL = catalog.baseUrl;
    process.env.MESHWORK_SERVICE_TOKEN = h.token;
    expect((await catalog.call('/v1/domains', { method: 'POST', ...jsonBody({ name: 'crm', title: 'CRM', ownerTeamId: OWNER_TEAM }) })).status).toBe(201);
    const put = await catalog.call('/v1/products/crm/customers', { method: 'PUT', body: envelope(`${endpoint.url}/health`), headers: { 'content-type': 'application/yaml' } });
    expect([put.status, put.status === 201 ? '' : await put.text()]).toEqual([201, '']);
    expect((await catalog.call('/v1/products/crm/customers/transitions', { method: 'POST', ...jsonBody({ to: 'published' }) })).status).toBe(200);
    await until(async () => ((await db().query('SELECT 1 FROM sla.ports WHERE urn = $1', [PORT])) as unknown[]).length > 0 || undefined, 30);
  }, 120_000);

  afterAll(async () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await h?.close();
    await catalog?.stop();
    await endpoint?.close();
  });

  it('makes a probe of a management port of the published product, read from the catalog, due at once', async () => {
    const res = await create({ managementPort: 'health', intervalSeconds: 60, timeoutMs: 1000 }, await asMember());
    expect([res.status, res.status === 201 ? '' : await res.text()]).toEqual([201, '']);
    probe = await json<Probe>(res);
    expect(probe).toMatchObject({
      portUrn: PORT,
      managementPort: 'health',
      url: `${endpoint.url}/health`,
      method: 'GET',
      intervalSeconds: 60,
      timeoutMs: 1000,
      expectedStatus: { min: 200, max: 299 },
      enabled: true,
      nextDueAt: T0,
      lastResult: null,
      createdBy: MEMBER.id,
    });
    expect(res.headers.get('etag')).toMatch(/^"/);
    expect(res.headers.get('location')).toBe(`/v1/probes/${probe.id}`);
    expect(endpoint.requests).toHaveLength(0);
  });

  it('lets everyone read probes, and only the owner team or a platform admin make them', async () => {
    const consumer = bearer(await h.tokenFor(CONSUMER));
    expect((await h.call(`/v1/probes/${probe.id}`, { headers: consumer })).status).toBe(200);
    const listed = await json<Page<Probe>>(await h.call(`/v1/probes?portUrn=${encodeURIComponent(PORT)}`, { headers: consumer }));
    expect(listed.items.map((p) => p.id)).toEqual([probe.id]);
    expect((await h.call('/v1/probes?portUrn=urn:meshwork:crm:orders:orders:v1')).status).toBe(200);
    expect((await create({ url: `${endpoint.url}/other` }, consumer)).status).toBe(403);
    const outsider = bearer(await h.tokenFor({ id: 'sales-1', roles: [], teamRoles: [{ team: 'sales-data-team', role: 'domain-owner' }] }));
    const refused = await create({ url: `${endpoint.url}/other` }, outsider);
    expect(refused.status).toBe(403);
    expect((await json<Problem>(refused)).detail).toContain(`'${OWNER_TEAM}'`);
    expect((await h.call(`/v1/probes/${probe.id}/run`, { method: 'POST', headers: outsider })).status).toBe(403);
    expect((await h.call(`/v1/probes/${probe.id}`, { method: 'DELETE', headers: outsider })).status).toBe(403);
    expect(endpoint.requests).toHaveLength(0);
  });

  it.each([
    [{ managementPort: 'nope' }, 'MANAGEMENT_PORT_NOT_FOUND', '/managementPort', "no management port 'nope'"],
    [{ managementPort: 'crm-customers-changes' }, 'MANAGEMENT_PORT_NOT_FOUND', '/managementPort', 'has no url'],
    [{ url: 'http://127.0.0.1/', managementPort: 'health' }, 'VALIDATION_FAILED', '/managementPort', 'not both'],
    [{}, 'VALIDATION_FAILED', '/url', 'give the URL'],
    [{ url: 'ftp://127.0.0.1/health' }, 'PROBE_URL_REFUSED', '/url', 'scheme must be http or https'],
    [{ url: 'http://user:pw@127.0.0.1/health' }, 'PROBE_URL_REFUSED', '/url', 'credentials'],
    [{ url: 'not a url' }, 'PROBE_URL_REFUSED', '/url', 'not an absolute URL'],
    [{ url: 'http://127.0.0.1/', intervalSeconds: 10 }, 'VALIDATION_FAILED', '/intervalSeconds', 'intervalSeconds must not be less than 30'],
    [{ url: 'http://127.0.0.1/', timeoutMs: 10_001 }, 'VALIDATION_FAILED', '/timeoutMs', 'timeoutMs must not be greater than 10000'],
    [{ url: 'http://127.0.0.1/', method: 'POST' }, 'VALIDATION_FAILED', '/method', 'method'],
    [{ url: 'http://127.0.0.1/', expectedStatus: { min: 300, max: 200 } }, 'VALIDATION_FAILED', '/expectedStatus/max', 'at least min'],
  ])('refuses %j with 400 %s at %s', async (body, code, pointer, detail) => {
    const res = await create(body);
    expect(res.status).toBe(400);
    const problem = await json<Problem>(res);
    expect(problem.code).toBe(code);
    expect(problem.errors).toEqual(expect.arrayContaining([expect.objectContaining({ pointer, detail: expect.stringContaining(detail) })]));
  });

  it('answers 404 for a port the SLA service does not know', async () => {
    const res = await create({ portUrn: 'urn:meshwork:crm:ghost:ghost:v1', url: `${endpoint.url}/health` });
    expect(res.status).toBe(404);
    expect((await json<Problem>(res)).code).toBe('PORT_NOT_FOUND');
  });

  it('runs the probe at each due time and records a check: 200, then 500, then a redirect to a private address, then no answer', async () => {
    endpoint.behaviour = { status: 200 };
    expect(await prober().runOnce()).toBe(1);
    expect(await prober().runOnce()).toBe(0);
    expect(await availability()).toMatchObject({ status: 'ok' });

    at('2026-03-02T03:00:59.000Z');
    expect(await prober().runOnce()).toBe(0);
    at('2026-03-02T03:01:00.000Z');
    endpoint.behaviour = { status: 500 };
    expect(await prober().runOnce()).toBe(1);

    at('2026-03-02T03:02:00.000Z');
    endpoint.behaviour = { status: 302, location: 'http://10.0.0.5/admin' };
    expect(await prober().runOnce()).toBe(1);

    at('2026-03-02T03:03:00.000Z');
    endpoint.behaviour = 'hang';
    const started = Date.now();
    expect(await prober().runOnce()).toBe(1);
    expect(Date.now() - started).toBeLessThan(5000);

    expect(endpoint.requests).toEqual(Array.from({ length: 4 }, () => ({ method: 'GET', path: '/health' })));
    const stored = await results(probe.id);
    expect(stored.map((r) => [r.trigger, r.scheduledFor, r.success, r.statusCode, r.error?.replace(/:.*$/s, '') ?? null])).toEqual([
      ['schedule', '2026-03-02T03:03:00.000Z', false, null, 'no answer within 1 s'],
      ['schedule', '2026-03-02T03:02:00.000Z', false, 302, 'redirect not followed (answered 302 to http'],
      ['schedule', '2026-03-02T03:01:00.000Z', false, 500, 'answered 500, expected 200–299'],
      ['schedule', T0, true, 200, null],
    ]);
    expect(stored[1]?.error).toBe('redirect not followed (answered 302 to http://10.0.0.5/admin)');
    // Only the first 4 KB of a large body are read.
    expect((stored[2]?.error ?? '').length).toBeLessThanOrEqual(1000);
    expect(stored[3]?.latencyMs).toEqual(expect.any(Number));

    const observed = await checks();
    expect(observed.map((o) => [o.id, o.success])).toEqual([
      [`probe:${probe.id}:2026-03-02T03:03:00.000Z`, false],
      [`probe:${probe.id}:2026-03-02T03:02:00.000Z`, false],
      [`probe:${probe.id}:2026-03-02T03:01:00.000Z`, false],
      [`probe:${probe.id}:${T0}`, true],
    ]);
    expect(stored.map((r) => r.observationId)).toEqual(observed.map((o) => o.id));

    const slo = await availability();
    expect(slo).toMatchObject({ status: 'breached' });
    const incidents = await json<Page<{ property: string; observed: { value: number; unit: string } }>>(await h.call(`/v1/incidents?portUrn=${encodeURIComponent(PORT)}`));
    expect(incidents.items.find((i) => i.property === 'availability')?.observed).toEqual({ value: 0.25, unit: 'ratio' });

    const current = await json<Probe>(await h.call(`/v1/probes/${probe.id}`));
    expect(current).toMatchObject({ nextDueAt: '2026-03-02T03:04:00.000Z', lastResult: { at: '2026-03-02T03:03:00.000Z', success: false, statusCode: null, error: 'no answer within 1 s' } });
  });

  it('counts a due time run again (a retried pass) once', async () => {
    // As if the pass had failed after recording its observation: the due time is run again.
    await db().query(`DELETE FROM sla.probe_results WHERE probe_id = $1 AND scheduled_for = $2`, [probe.id, '2026-03-02T03:03:00.000Z']);
    await db().query(`UPDATE sla.probes SET next_due_at = $2 WHERE id = $1`, [probe.id, '2026-03-02T03:03:00.000Z']);
    endpoint.behaviour = { status: 200 };
    expect(await prober().runOnce()).toBe(1);
    expect(await checks()).toHaveLength(4);
    const [summary] = (await db().query(`SELECT observation_count FROM sla.port_observations WHERE port_urn = $1`, [PORT])) as { observation_count: string }[];
    expect(summary?.observation_count).toBe('4');
  });

  it('runs a due probe once when two passes run at the same time', async () => {
    at('2026-03-02T03:04:00.000Z');
    endpoint.requests = [];
    // Slow enough that the passes overlap.
    endpoint.behaviour = { status: 200, delayMs: 300 };
    const ran = await Promise.all([prober().runOnce(), prober().runOnce(), prober().runOnce()]);
    expect(ran.reduce((a, b) => a + b, 0)).toBe(1);
    expect(endpoint.requests).toHaveLength(1);
    expect((await results(probe.id)).filter((r) => r.scheduledFor === '2026-03-02T03:04:00.000Z')).toHaveLength(1);
    expect((await checks()).filter((o) => o.id.endsWith('2026-03-02T03:04:00.000Z'))).toHaveLength(1);
  });

  it('runs a probe on demand, leaving its schedule as it is', async () => {
    at('2026-03-02T03:04:30.000Z');
    endpoint.behaviour = { status: 204 };
    const res = await h.call(`/v1/probes/${probe.id}/run`, { method: 'POST', headers: await asMember() });
    expect(res.status).toBe(200);
    expect(await json<ProbeResult>(res)).toMatchObject({
      probeId: probe.id,
      trigger: 'manual',
      scheduledFor: null,
      at: '2026-03-02T03:04:30.000Z',
      success: true,
      statusCode: 204,
      error: null,
      observationId: `probe:${probe.id}:2026-03-02T03:04:30.000Z`,
    });
    expect(await json<Probe>(await h.call(`/v1/probes/${probe.id}`))).toMatchObject({ nextDueAt: '2026-03-02T03:05:00.000Z', lastResult: { success: true, statusCode: 204 } });
  });

  it('pages the results, newest first, and filters them by success', async () => {
    const page = await json<Page<ProbeResult>>(await h.call(`/v1/probes/${probe.id}/results?limit=2&offset=1`));
    expect(page.total).toBe(6);
    expect(page.items.map((r) => r.at)).toEqual(['2026-03-02T03:04:00.000Z', '2026-03-02T03:03:00.000Z']);
    const failed = await json<Page<ProbeResult>>(await h.call(`/v1/probes/${probe.id}/results?success=false`));
    expect(failed.items.map((r) => r.statusCode)).toEqual([302, 500]);
    expect((await h.call(`/v1/probes/${probe.id}/results?limit=0`)).status).toBe(400);
  });

  it('changes a probe under If-Match: disabled, it is not run; enabled again, it is due at once', async () => {
    const read = await h.call(`/v1/probes/${probe.id}`);
    const etag = read.headers.get('etag') as string;
    const patch = (body: Record<string, unknown>, headers: Record<string, string> = {}) => h.call(`/v1/probes/${probe.id}`, { method: 'PATCH', ...jsonBody(body, headers) });
    const disabled = await patch({ enabled: false, method: 'HEAD' }, { 'if-match': etag, ...(await asMember()) });
    expect(disabled.status).toBe(200);
    expect(await json<Probe>(disabled)).toMatchObject({ enabled: false, nextDueAt: null, method: 'HEAD' });
    expect((await patch({ enabled: true }, { 'if-match': etag })).status).toBe(412);
    expect((await patch({ url: 'gopher://127.0.0.1/' })).status).toBe(400);

    at('2026-03-02T03:10:00.000Z');
    expect(await prober().runOnce()).toBe(0);
    const enabled = await json<Probe>(await patch({ enabled: true }));
    expect(enabled.nextDueAt).toBe('2026-03-02T03:10:00.000Z');
    endpoint.requests = [];
    expect(await prober().runOnce()).toBe(1);
    expect(endpoint.requests).toEqual([{ method: 'HEAD', path: '/health' }]);
  });

  it('deletes a probe with its results', async () => {
    const res = await h.call(`/v1/probes/${probe.id}`, { method: 'DELETE', headers: await asMember() });
    expect(res.status).toBe(204);
    expect((await h.call(`/v1/probes/${probe.id}`)).status).toBe(404);
    expect((await h.call(`/v1/probes/${probe.id}/results`)).status).toBe(404);
    expect(await db().query('SELECT 1 FROM sla.probe_results WHERE probe_id = $1', [probe.id])).toEqual([]);
    expect((await h.call('/v1/probes/not-a-uuid')).status).toBe(404);
  });
});
