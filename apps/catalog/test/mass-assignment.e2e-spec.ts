import { expectFieldRefused, type MassAssignmentCase } from '@meshwork/testing';
import { type CatalogHarness, createDomain, json, jsonBody, type Schemas, startCatalog } from './support';

/** Server-owned fields sent by a client (here the platform admin, who may call every route) are refused by name. */
describe('catalog: server-owned fields cannot be set by clients (real PostgreSQL)', () => {
  let h: CatalogHarness;
  const product = {
    apiVersion: 'v1.0.0',
    kind: 'DataProduct',
    id: 'crm-orders',
    name: 'Orders',
    version: '1.0.0',
    status: 'active',
    domain: 'crm',
    outputPorts: [{ name: 'orders', version: '1.0.0', contractId: 'crm-orders' }],
  };
  const contract = {
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id: 'crm-orders',
    version: '1.0.0',
    status: 'active',
    schema: [{ name: 'orders', physicalName: 'orders', properties: [{ name: 'id', logicalType: 'string' }] }],
  };
  const domain = { name: 'sales', title: 'Sales', ownerTeamId: 'sales-team' };
  const DOCUMENT = { status: 422, code: 'INVALID_DOCUMENT' };

  const CASES: MassAssignmentCase[] = [
    { operationId: 'createDomain', method: 'POST', path: '/v1/domains', body: { ...domain, id: '00000000-0000-4000-8000-000000000000' }, pointer: '/id' },
    { operationId: 'createDomain', method: 'POST', path: '/v1/domains', body: { ...domain, createdAt: '2020-01-01T00:00:00Z' }, pointer: '/createdAt' },
    { operationId: 'createDomain', method: 'POST', path: '/v1/domains', body: { ...domain, urn: 'urn:meshwork:other' }, pointer: '/urn' },
    { operationId: 'updateDomain', method: 'PATCH', path: '/v1/domains/crm', body: { title: 'CRM', name: 'renamed' }, pointer: '/name' },
    { operationId: 'updateDomain', method: 'PATCH', path: '/v1/domains/crm', body: { title: 'CRM', updatedAt: '2020-01-01T00:00:00Z' }, pointer: '/updatedAt' },
    // The envelope is a document: checked by the descriptors library, which answers 422 with the pointer.
    { operationId: 'registerProduct', method: 'PUT', path: '/v1/products/crm/orders', body: { product, contracts: [contract], status: 'published' }, pointer: '/status', refusal: DOCUMENT },
    { operationId: 'registerProduct', method: 'PUT', path: '/v1/products/crm/orders', body: { product, contracts: [contract], etag: '"forged"' }, pointer: '/etag', refusal: DOCUMENT },
    { operationId: 'registerProduct', method: 'PUT', path: '/v1/products/crm/orders', body: { product, contracts: [contract], ownerTeamId: 'other-team' }, pointer: '/ownerTeamId', refusal: DOCUMENT },
    { operationId: 'transitionProduct', method: 'POST', path: '/v1/products/crm/orders/transitions', body: { to: 'published', approvedBy: 'mallory' }, pointer: '/approvedBy' },
    { operationId: 'transitionProduct', method: 'POST', path: '/v1/products/crm/orders/transitions', body: { to: 'published', from: 'draft', at: '2020-01-01T00:00:00Z' }, pointer: '/at' },
  ];

  beforeAll(async () => {
    h = await startCatalog();
    await createDomain(h, 'crm', 'crm-team');
  }, 60_000);

  afterAll(async () => {
    await h?.close();
  });

  it.each(CASES.map((c) => [c.operationId, c.pointer, c] as const))('%s refuses %s with 400 naming it', async (_operation, pointer, c) => {
    await expectFieldRefused(await h.call(c.path, { method: c.method, ...jsonBody(c.body) }), pointer, `${c.method} ${c.path}`, c.refusal);
  });

  it('and stored nothing', async () => {
    expect((await h.call('/v1/domains/sales')).status).toBe(404);
    expect(await json<Schemas['DomainDto']>(await h.call('/v1/domains/crm'))).toMatchObject({ name: 'crm', ownerTeamId: 'crm-team' });
    expect((await h.call('/v1/products/crm/orders')).status).toBe(404);
  });
});
