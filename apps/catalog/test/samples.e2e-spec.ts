import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type PeerProcess, startAccessProcess } from '@meshwork/testing';
import { type CatalogHarness, createDomain, json, jsonBody, type Problem, type Schemas, startCatalog } from './support';

const DEMO = join(__dirname, '..', '..', '..', 'tools', 'dev', 'demo');
const PORT_URN = 'urn:meshwork:crm:customers:customers:v1';
const SAMPLE = `/v1/ports/${encodeURIComponent(PORT_URN)}/sample`;

type Sample = Schemas['SampleDto'];
type Row = Record<string, unknown>;

const demoRows = (): Row[] => JSON.parse(readFileSync(join(DEMO, 'customers.sample.json'), 'utf8')) as Row[];
const demo = (file: string): unknown => parse(readFileSync(join(DEMO, file), 'utf8'));

describe('sandbox samples of output ports (HTTP, real PostgreSQL, real access service)', () => {
  let h: CatalogHarness;
  let access: PeerProcess;
  const previousAccessUrl = process.env.CATALOG_ACCESS_URL;
  const tokens: Record<string, string> = {};
  const principals: Record<string, string> = {};

  const asAccessAdmin = (path: string, body: unknown, token = h.token) =>
    fetch(`${access.baseUrl}${path}`, { method: 'POST', ...jsonBody(body), headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } });
  const principal = async (name: string): Promise<string> => {
    const res = await asAccessAdmin('/v1/principals', { kind: 'user', name, displayName: name });
    if (res.status !== 201) throw new Error(`creating principal ${name}: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  };
  /** An access request of `who` on the customers port, approved at both levels (owner, then Data Protection Officer). */
  const grant = async (who: string, fields?: string[]): Promise<void> => {
    const requested = await fetch(`${access.baseUrl}/v1/access-requests`, {
      method: 'POST',
      body: JSON.stringify({ consumer: { principalId: principals[who] }, portUrn: PORT_URN, purpose: 'Churn analysis', ...(fields ? { fields } : {}) }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[who]}` },
    });
    if (requested.status !== 201) throw new Error(`requesting access: ${requested.status} ${await requested.text()}`);
    const { id } = (await requested.json()) as { id: string };
    // The second level needs another approver than the first: the platform admin, then the data protection officer.
    for (const [step, token] of [['owner', h.token], ['data protection officer', tokens.dpo]]) {
      const approved = await asAccessAdmin(`/v1/access-requests/${id}/approve`, { reason: `approved by the ${step}` }, token);
      if (approved.status !== 200) throw new Error(`approving (${step}): ${approved.status} ${await approved.text()}`);
    }
    const state = (await (await fetch(`${access.baseUrl}/v1/access-requests/${id}`, { headers: { authorization: `Bearer ${h.token}` } })).json()) as { state: string };
    expect(state.state).toBe('approved');
  };
  const read = async (who: string): Promise<{ res: Response; body: Sample }> => {
    const res = await h.call(SAMPLE, { headers: { authorization: `Bearer ${tokens[who]}` } });
    expect(res.status).toBe(200);
    return { res, body: await json<Sample>(res) };
  };
  const upload = (body: unknown, headers: Record<string, string> = {}) =>
    h.call(SAMPLE, typeof body === 'string' ? { method: 'PUT', body, headers: { 'content-type': 'text/csv', ...headers } } : { method: 'PUT', ...jsonBody(body), ...(Object.keys(headers).length ? { headers: { 'content-type': 'application/json', ...headers } } : {}) });

  beforeAll(async () => {
    h = await startCatalog();
    access = await startAccessProcess({ token: h.token, jwksUrl: h.jwksUrl, catalogUrl: h.baseUrl });
    process.env.CATALOG_ACCESS_URL = access.baseUrl;

    await createDomain(h, 'crm', 'crm-data-team');
    const put = await h.call('/v1/products/crm/customers', { method: 'PUT', ...jsonBody({ product: demo('crm-customers.odps.yaml'), contracts: [demo('customers.odcs.yaml')] }) });
    expect([put.status, put.status === 201 ? '' : await put.text()]).toEqual([201, '']);
    for (const name of ['mia', 'gus', 'fay']) {
      principals[name] = await principal(name);
      tokens[name] = await h.tokenFor({ id: principals[name], roles: ['consumer'], teamRoles: [] });
    }
    tokens.dpo = await h.tokenFor({ id: 'dpo', roles: ['platform-admin'], teamRoles: [] });
    tokens.olga = await h.tokenFor({ id: 'olga', roles: ['consumer'], teamRoles: [{ team: 'crm-data-team', role: 'domain-member' }] });
  }, 180_000);

  afterAll(async () => {
    if (previousAccessUrl === undefined) delete process.env.CATALOG_ACCESS_URL;
    else process.env.CATALOG_ACCESS_URL = previousAccessUrl;
    await access?.stop();
    await h?.close();
  });

  it('rejects a sample with bad rows, naming each row index and field', async () => {
    const rows = demoRows();
    rows[1] = { ...rows[1], email: 'not-an-address' };
    rows[3] = { ...rows[3], segment: 'vip', country_code: undefined };
    rows[4] = { ...rows[4], loyalty_tier: 'gold' };
    const res = await upload(rows);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = await json<Problem>(res);
    expect(problem).toMatchObject({ code: 'INVALID_SAMPLE', status: 422 });
    expect(problem.errors).toEqual([
      { pointer: '/1/email', detail: 'row 1, email: must match format "email"' },
      { pointer: '/3/country_code', detail: 'row 3, country_code: is required by the contract' },
      { pointer: '/3/segment', detail: 'row 3, segment: must be one of the contract\'s valid values ["retail","smb","enterprise"]' },
      { pointer: '/4/loyalty_tier', detail: 'row 4, loyalty_tier: is not a property of the contract schema' },
    ]);
    expect((await h.call(SAMPLE)).status).toBe(404);

    const wrapped = await upload({ rows: [demoRows()[0], { ...demoRows()[1], marketing_consent: 'yes', country_code: 'fr' }] });
    expect(wrapped.status).toBe(422);
    expect((await json<Problem>(wrapped)).errors?.map((e) => e.pointer)).toEqual(['/rows/1/country_code', '/rows/1/marketing_consent']);

    const csv = 'customer_id,email,country_code,segment,marketing_consent,created_at,updated_at\n' +
      'c1,a@example.com,DE,retail,true,2024-01-15T08:30:00Z,2026-11-25T05:00:00Z\n' +
      'c2,b@example.com,DE,retail,maybe,2024-01-15T08:30:00Z,yesterday\n';
    const badCsv = await upload(csv);
    expect(badCsv.status).toBe(422);
    expect((await json<Problem>(badCsv)).errors).toEqual([
      { pointer: '/1/marketing_consent', detail: 'row 1 (line 3), marketing_consent: must be boolean' },
      { pointer: '/1/updated_at', detail: 'row 1 (line 3), updated_at: must match format "iso-date-time"' },
    ]);
  });

  it('refuses more than 1,000 rows with 413 and a body that is neither JSON rows nor CSV with 415', async () => {
    const many = Array.from({ length: 1001 }, () => demoRows()[0]);
    const res = await upload(many);
    expect(res.status).toBe(413);
    expect(await json<Problem>(res)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', detail: 'The sample has 1001 rows; a sample keeps at most 1000.' });
    const markdown = await h.call(SAMPLE, { method: 'PUT', body: '# rows', headers: { 'content-type': 'text/markdown' } });
    expect(markdown.status).toBe(415);
  });

  it('takes the demo customers sample from its owner team, as JSON and as CSV, and refuses it from others', async () => {
    const stranger = await upload(demoRows(), { authorization: `Bearer ${tokens.mia}` });
    expect(stranger.status).toBe(403);
    const csvRows = ['customer_id,email,full_name,country_code,segment,marketing_consent,created_at,updated_at', ...demoRows().map((r) => [r.customer_id, r.email, r.full_name === null ? '' : `"${String(r.full_name)}"`, r.country_code, r.segment, r.marketing_consent, r.created_at, r.updated_at].join(','))];
    const asCsv = await upload(`${csvRows.join('\r\n')}\r\n`, { authorization: `Bearer ${tokens.olga}` });
    expect(asCsv.status).toBe(201);
    expect(await json<Schemas['SampleUploadDto']>(asCsv)).toMatchObject({ portUrn: PORT_URN, rowCount: 5, format: 'csv', uploadedBy: 'olga', contract: { id: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10', version: '1.2.0', schema: 'customers' } });
    const csvSample = await read('olga');
    expect(csvSample.body.rows[2]).toEqual({ ...demoRows()[2], full_name: undefined });
    expect(csvSample.body.rows[0]).toEqual(demoRows()[0]);

    const res = await upload(demoRows());
    expect(res.status).toBe(200);
    expect(await json<Schemas['SampleUploadDto']>(res)).toMatchObject({ rowCount: 5, format: 'json' });
  });

  it('masks email and the other restricted values for a consumer without a grant', async () => {
    const { res, body } = await read('mia');
    expect(res.headers.get('x-meshwork-sample-masked')).toBe('true');
    expect(res.headers.get('x-meshwork-sample-access')).toBe('denied');
    expect(body).toMatchObject({ masked: true, maskedProperties: ['email', 'full_name'], access: { outcome: 'denied', detail: expect.stringContaining('no grant') } });
    expect(body.rows.map((r) => r.email)).toEqual(['j***@example.com', 's***@example.org', 'p***@acme-gmbh.example', 'm***@example.it', 'o***@northwind.example']);
    expect(body.rows.map((r) => r.full_name)).toEqual(['***', '***', null, '***', '***']);
    expect(body.rows[0]).toMatchObject({ customer_id: '3f2b9a1e-5c7d-4e8f-9a0b-1c2d3e4f5a6b', country_code: 'DE', segment: 'retail', marketing_consent: true });
    expect(body.columns.find((c) => c.name === 'email')).toEqual({ name: 'email', logicalType: 'string', classification: 'restricted', sensitive: true, masking: 'email', masked: true });
  });

  it('shows email to the holder of a grant approved for PII, and only the granted fields to a field-limited grant', async () => {
    await grant('gus');
    const holder = await read('gus');
    expect(holder.res.headers.get('x-meshwork-sample-masked')).toBe('false');
    expect(holder.body).toMatchObject({ masked: false, maskedProperties: [], access: { outcome: 'granted' } });
    expect(holder.body.rows).toEqual(demoRows());

    await grant('fay', ['customer_id', 'customers.email', 'country_code']);
    const limited = await read('fay');
    expect(limited.body).toMatchObject({ masked: true, maskedProperties: ['full_name'], access: { outcome: 'granted-fields' } });
    expect(limited.body.rows[0]).toMatchObject({ email: 'jane.doe@example.com', full_name: '***' });
  });

  it('shows everything to the owner team without asking, and masks everything when access cannot answer', async () => {
    expect((await read('olga')).body).toMatchObject({ masked: false, access: { outcome: 'producer' } });
    process.env.CATALOG_ACCESS_URL = 'http://127.0.0.1:9';
    try {
      const { res, body } = await read('gus');
      expect(res.headers.get('x-meshwork-sample-access')).toBe('unavailable');
      expect(body).toMatchObject({ masked: true, maskedProperties: ['email', 'full_name'], access: { outcome: 'unavailable', detail: expect.stringContaining('cannot answer') } });
      expect(body.rows[0].email).toBe('j***@example.com');
    } finally {
      process.env.CATALOG_ACCESS_URL = access.baseUrl;
    }
  });
});
