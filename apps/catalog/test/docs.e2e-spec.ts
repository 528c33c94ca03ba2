import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type CatalogHarness, createDomain, json, jsonBody, type Problem, type Schemas, startCatalog } from './support';

const DEMO = join(__dirname, '..', '..', '..', 'tools', 'dev', 'demo');
const PORT_URN = 'urn:meshwork:crm:customers:customers:v1';
const PORT_PATH = `/v1/ports/${encodeURIComponent(PORT_URN)}`;
const PRODUCT_PATH = '/v1/products/crm/customers';

type Links = Schemas['DocumentationLinksDto'];

const demo = (file: string): Record<string, unknown> => parse(readFileSync(join(DEMO, file), 'utf8')) as Record<string, unknown>;

/** The demo customers product at `version`, with the documentation given (the envelope's `documentation` field). */
function envelope(version: string, documentation?: Record<string, unknown>): Record<string, unknown> {
  return { product: { ...demo('crm-customers.odps.yaml'), version }, contracts: [demo('customers.odcs.yaml')], ...(documentation ? { documentation } : {}) };
}

function markdown(text: string): RequestInit {
  return { body: text, headers: { 'content-type': 'text/markdown; charset=utf-8' } };
}

describe('product and port documentation (HTTP, real PostgreSQL)', () => {
  let h: CatalogHarness;
  let consumer: string;
  const register = async (body: Record<string, unknown>) => h.call(PRODUCT_PATH, { method: 'PUT', ...jsonBody(body) });
  const searchUrns = async (q: string) => (await json<Schemas['SearchResultDto']>(await h.call(`/v1/search?q=${encodeURIComponent(q)}`))).items.map((i) => i.urn);

  beforeAll(async () => {
    h = await startCatalog();
    await createDomain(h, 'crm', 'crm-data-team');
    consumer = await h.tokenFor({ id: 'mia', roles: ['consumer'], teamRoles: [] });
    const res = await register(
      envelope('1.2.0', {
        product: readFileSync(join(DEMO, 'crm-customers.md'), 'utf8') + '\nThe zanzibarite cohort is flagged separately.\n',
        ports: { customers: readFileSync(join(DEMO, 'customers-port.md'), 'utf8') },
      }),
    );
    expect([res.status, res.status === 201 ? '' : await res.text()]).toEqual([201, '']);
  }, 60_000);

  afterAll(async () => {
    await h?.close();
  });

  it('serves the Markdown sent in the registration envelope as text, never rendered, with its ETag and links', async () => {
    const res = await h.call(`${PRODUCT_PATH}/documentation`, { headers: { authorization: `Bearer ${consumer}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/);
    expect(res.headers.get('link')).toBe('<https://git.example.com/crm/products/-/blob/main/crm-customers.odps.yaml>; rel="describedby"; title="canonicalUrl"');
    const text = await res.text();
    expect(text.startsWith('# CRM Customers\n')).toBe(true);
    expect(text).toContain('`email` and `full_name` are personal data');

    const port = await h.call(`${PORT_PATH}/documentation`);
    expect(port.status).toBe(200);
    expect(await port.text()).toBe(readFileSync(join(DEMO, 'customers-port.md'), 'utf8'));
  });

  it('lists the ODPS and ODCS authoritative definitions beside the documentation', async () => {
    const links = await json<Links>(await h.call(`${PORT_PATH}/documentation/links`));
    expect(links).toMatchObject({ urn: PORT_URN, productVersion: '1.2.0', documentation: { urn: PORT_URN, productVersion: '1.2.0' }, documentationUrl: `${PORT_PATH}/documentation?version=1.2.0` });
    expect(links.links).toEqual([
      { url: 'https://git.example.com/crm/contracts/-/blob/main/customers.odcs.yaml', type: 'canonical', description: 'Canonical location of this contract.', source: 'odcs', pointer: '/authoritativeDefinitions/0' },
      { url: 'https://intranet.example.com/privacy/crm-customers', type: 'privacy-statement', description: null, source: 'odcs', pointer: '/description/authoritativeDefinitions/0' },
    ]);
    const product = await json<Links>(await h.call(`${PRODUCT_PATH}/documentation/links`));
    expect(product.links.map((l) => [l.source, l.url])).toEqual([['odps', 'https://git.example.com/crm/products/-/blob/main/crm-customers.odps.yaml']]);
  });

  it('finds the product by a word that only its documentation has, and follows a replaced documentation', async () => {
    expect(await searchUrns('zanzibarite')).toEqual(['urn:meshwork:crm:customers']);
    expect(await searchUrns('quokkaflux')).toEqual([]);
    const put = await h.call(`${PORT_PATH}/documentation`, { method: 'PUT', ...markdown('# customers port\n\nLoaded by the quokkaflux job.\n') });
    expect(put.status).toBe(200);
    expect(await searchUrns('quokkaflux')).toEqual(['urn:meshwork:crm:customers']);
  });

  it('carries the documentation into a new version unless replaced, and keeps each version its own', async () => {
    const before = await (await h.call(`${PRODUCT_PATH}/documentation`)).text();
    expect((await register(envelope('1.3.0'))).status).toBe(200);
    expect(await (await h.call(`${PRODUCT_PATH}/documentation`)).text()).toBe(before);

    const text = '# CRM Customers 1.3\n\nNow with pelicanberry scores — per région.\n';
    const put = await h.call(`${PRODUCT_PATH}/documentation`, { method: 'PUT', ...markdown(text) });
    expect(put.status).toBe(200);
    expect(await json<Schemas['DocumentationInfoDto']>(put)).toMatchObject({ urn: 'urn:meshwork:crm:customers', productVersion: '1.3.0', bytes: Buffer.byteLength(text, 'utf8') });
    expect(await (await h.call(`${PRODUCT_PATH}/documentation`)).text()).toBe(text);
    expect(await (await h.call(`${PRODUCT_PATH}/documentation?version=1.2.0`)).text()).toBe(before);
    expect(await (await h.call(`${PRODUCT_PATH}/documentation`)).text()).toContain('pelicanberry');
    // Search covers the current version's documentation only.
    expect(await searchUrns('pelicanberry')).toEqual(['urn:meshwork:crm:customers']);
    expect(await searchUrns('zanzibarite')).toEqual([]);

    expect((await register(envelope('1.4.0', { product: null }))).status).toBe(200);
    const gone = await h.call(`${PRODUCT_PATH}/documentation`);
    expect(gone.status).toBe(404);
    expect(gone.headers.get('content-type')).toContain('application/problem+json');
    expect(await json<Problem>(gone)).toMatchObject({ code: 'DOCUMENTATION_NOT_FOUND', detail: 'urn:meshwork:crm:customers has no documentation in version 1.4.0.' });
    expect((await h.call(`${PRODUCT_PATH}/documentation?version=1.3.0`)).status).toBe(200);
    // The port's documentation, written on 1.2.0, was carried through both versions.
    const portDocs = await Promise.all(['1.2.0', '1.3.0', '1.4.0'].map(async (v) => (await h.call(`${PORT_PATH}/documentation?version=${v}`)).text()));
    expect(new Set(portDocs)).toEqual(new Set(['# customers port\n\nLoaded by the quokkaflux job.\n']));
  });

  it('refuses Markdown over 256 KiB with 413, by PUT and in the envelope', async () => {
    const big = `# big\n${'x'.repeat(256 * 1024)}`;
    const put = await h.call(`${PRODUCT_PATH}/documentation`, { method: 'PUT', ...markdown(big) });
    expect(put.status).toBe(413);
    expect(await json<Problem>(put)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', errors: [{ pointer: '', detail: expect.stringContaining('over the limit of 262144') }] });
    const envelopeRes = await register(envelope('1.5.0', { ports: { customers: big } }));
    expect(envelopeRes.status).toBe(413);
    expect(await json<Problem>(envelopeRes)).toMatchObject({ errors: [{ pointer: '/documentation/ports/customers' }] });
    expect((await h.call(`${PRODUCT_PATH}/versions`).then((r) => json<{ total: number }>(r))).total).toBe(3);
  });

  it('names the documentation of a port the version does not declare', async () => {
    const res = await register(envelope('1.5.0', { ports: { nope: '# no such port' } }));
    expect(res.status).toBe(422);
    expect(await json<Problem>(res)).toMatchObject({ code: 'INVALID_DOCUMENT', errors: [{ pointer: '/documentation/ports/nope', detail: expect.stringContaining('names no output port') }] });
    const malformed = await register({ ...envelope('1.5.0'), documentation: { product: 42, extra: true } });
    expect(malformed.status).toBe(422);
    expect((await json<Problem>(malformed)).errors?.map((e) => e.pointer).sort()).toEqual(['/documentation/extra', '/documentation/product']);
  });

  it('lets only the owner team write, checks If-Match, and takes Markdown only', async () => {
    const asConsumer = await h.call(`${PRODUCT_PATH}/documentation`, { method: 'PUT', ...markdown('# mine'), headers: { 'content-type': 'text/markdown', authorization: `Bearer ${consumer}` } });
    expect(asConsumer.status).toBe(403);
    const owner = await h.tokenFor({ id: 'olga', roles: ['consumer'], teamRoles: [{ team: 'crm-data-team', role: 'domain-owner' }] });
    const stale = await h.call(`${PORT_PATH}/documentation`, { method: 'PUT', body: '# port', headers: { 'content-type': 'text/markdown', authorization: `Bearer ${owner}`, 'if-match': '"0000"' } });
    expect(stale.status).toBe(412);
    const etag = (await h.call(`${PORT_PATH}/documentation`)).headers.get('etag') ?? '';
    const fresh = await h.call(`${PORT_PATH}/documentation`, { method: 'PUT', body: '# port\n', headers: { 'content-type': 'text/markdown', authorization: `Bearer ${owner}`, 'if-match': etag } });
    expect(fresh.status).toBe(200);
    expect(await json<Schemas['DocumentationInfoDto']>(fresh)).toMatchObject({ updatedBy: 'olga', bytes: 7 });
    const asJson = await h.call(`${PORT_PATH}/documentation`, { method: 'PUT', ...jsonBody({ markdown: '# x' }) });
    expect(asJson.status).toBe(415);
    const deleted = await h.call(`${PORT_PATH}/documentation`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect((await h.call(`${PORT_PATH}/documentation`)).status).toBe(404);
    expect((await json<Links>(await h.call(`${PORT_PATH}/documentation/links`))).documentation).toBeNull();
  });
});
