import { parseDocument } from '@meshwork/descriptors';
import { type CatalogHarness, createDomain, fixture, json, jsonBody, type Problem, type Schemas, startCatalog } from './support';

type Doc = Record<string, unknown>;

describe('data product writes with If-Match (HTTP, real PostgreSQL)', () => {
  let h: CatalogHarness;
  const product = (version: string) => ({ ...(parseDocument(fixture('crm-customers.odps.yaml'), 'yaml') as Doc), version });
  const envelope = (version: string) => ({ product: product(version), contracts: [parseDocument(fixture('customers.odcs.yaml'), 'yaml')] });
  const put = (version: string, headers: Record<string, string> = {}) => h.call('/v1/products/crm/customers', { method: 'PUT', ...jsonBody(envelope(version)), headers: { 'content-type': 'application/json', ...headers } });
  const transition = (to: string, headers: Record<string, string> = {}) => h.call('/v1/products/crm/customers/transitions', { method: 'POST', body: JSON.stringify({ to }), headers: { 'content-type': 'application/json', ...headers } });
  const etag = async () => (await h.call('/v1/products/crm/customers')).headers.get('etag') ?? '';

  beforeAll(async () => {
    h = await startCatalog();
    await createDomain(h, 'crm');
  });

  afterAll(async () => {
    await h?.close();
  });

  it('refuses If-Match on a registration that would create the product, and creates nothing', async () => {
    const res = await put('1.0.0', { 'if-match': '"anything"' });
    expect(res.status).toBe(412);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await json<Problem>(res)).detail).toContain('did not exist');
    expect((await h.call('/v1/products/crm/customers')).status).toBe(404);
  });

  it('adds a version with the current ETag and answers the new one, which GET also answers', async () => {
    const created = await put('1.0.0');
    expect(created.status).toBe(201);
    const first = created.headers.get('etag') ?? '';
    expect(first).toBe(await etag());
    const added = await put('1.1.0', { 'if-match': first });
    expect(added.status).toBe(200);
    expect((await json<Schemas['RegisterProductResultDto']>(added)).outcome).toBe('version-added');
    const second = added.headers.get('etag') ?? '';
    expect(second).not.toBe(first);
    expect(second).toBe(await etag());
  });

  it('refuses a stale registration with 412 and keeps the version the other writer added', async () => {
    const seen = await etag();
    expect((await put('1.2.0', { 'if-match': seen })).status).toBe(200);
    const stale = await put('1.3.0', { 'if-match': seen });
    expect(stale.status).toBe(412);
    const problem = await json<Problem>(stale);
    expect(problem).toMatchObject({ status: 412, code: 'PRECONDITION_FAILED' });
    expect(problem.detail).toContain(seen);
    expect(await json<Schemas['ProductDto']>(await h.call('/v1/products/crm/customers'))).toMatchObject({ currentVersion: '1.2.0' });
  });

  it('moves the product with the current ETag, answers its new ETag, and refuses the stale one with 412', async () => {
    const seen = await etag();
    const published = await transition('published', { 'if-match': seen });
    expect(published.status).toBe(200);
    expect(await json<Schemas['ProductDto']>(published)).toMatchObject({ status: 'published' });
    const after = published.headers.get('etag');
    expect(after).toBe(await etag());
    expect(after).not.toBe(seen);
    const stale = await transition('deprecated', { 'if-match': seen });
    expect(stale.status).toBe(412);
    expect(await json<Schemas['ProductDto']>(await h.call('/v1/products/crm/customers'))).toMatchObject({ status: 'published' });
    // Without If-Match, writes go on as before.
    expect((await transition('deprecated')).status).toBe(200);
  });
});
