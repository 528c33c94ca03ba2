import { type CatalogHarness, createDomain, json, jsonBody, type Problem, type Schemas, startCatalog } from './support';

type Field = Record<string, unknown>;

const BASE_FIELDS: Field[] = [
  { name: 'order_id', logicalType: 'string', required: true },
  { name: 'email', logicalType: 'string' },
  { name: 'amount', logicalType: 'number' },
];

function envelope(version: string, contractVersion: string, fields: Field[], ports = ['orders']) {
  return {
    product: {
      apiVersion: 'v1.0.0',
      kind: 'DataProduct',
      id: 'orders-product',
      name: 'Orders',
      version,
      status: 'active',
      domain: 'sales',
      outputPorts: ports.map((name) => ({ name, version: contractVersion, contractId: `${name}-contract` })),
    },
    contracts: ports.map((name) => ({ apiVersion: 'v3.1.0', kind: 'DataContract', id: `${name}-contract`, version: contractVersion, status: 'active', schema: [{ name: 'orders', properties: fields }] })),
  };
}

describe('breaking changes (HTTP, real PostgreSQL)', () => {
  let h: CatalogHarness;
  const put = (body: unknown) => h.call('/v1/products/sales/orders', { method: 'PUT', ...jsonBody(body) });

  beforeAll(async () => {
    h = await startCatalog();
    await createDomain(h, 'sales');
    expect((await put(envelope('1.0.0', '1.0.0', BASE_FIELDS, ['orders', 'refunds']))).status).toBe(201);
  });

  afterAll(async () => {
    await h.close();
  });

  it.each([
    ['a removed field', [BASE_FIELDS[0], BASE_FIELDS[2]], 'field-removed', '/contracts/0'],
    ['a changed type', [{ ...BASE_FIELDS[0], logicalType: 'integer' }, BASE_FIELDS[1], BASE_FIELDS[2]], 'type', '/contracts/0/schema/0/properties/0'],
    ['an optional field made required', [BASE_FIELDS[0], { ...BASE_FIELDS[1], required: true }, BASE_FIELDS[2]], 'required', '/contracts/0/schema/0/properties/1'],
  ])('rejects %s without a new major version, pointing at it', async (_label, fields, detailWord, pointer) => {
    const res = await put(envelope('1.1.0', '1.1.0', fields, ['orders', 'refunds']));
    expect(res.status).toBe(422);
    const problem = await json<Problem>(res);
    expect(problem.code).toBe('BREAKING_CHANGE');
    expect(problem.errors?.length).toBeGreaterThan(0);
    expect(problem.errors?.[0].pointer.startsWith(pointer)).toBe(true);
    expect(problem.detail).toMatch(new RegExp(detailWord.split('-')[0], 'i'));
  });

  it('accepts a compatible change (an optional field added) in a minor version', async () => {
    const res = await put(envelope('1.1.0', '1.1.0', [...BASE_FIELDS, { name: 'note', logicalType: 'string' }], ['orders', 'refunds']));
    expect(res.status).toBe(200);
    expect((await json<Schemas['RegisterProductResultDto']>(res)).outcome).toBe('version-added');
  });

  it('rejects a removed port unless the product gets a new major version', async () => {
    const fields = [...BASE_FIELDS, { name: 'note', logicalType: 'string' }];
    const minor = await put(envelope('1.2.0', '1.1.0', fields, ['orders']));
    expect(minor.status).toBe(422);
    expect((await json<Problem>(minor)).errors).toEqual([expect.objectContaining({ pointer: '/product/outputPorts', detail: 'output port refunds v1 was removed' })]);
    expect((await put(envelope('2.0.0', '1.1.0', fields, ['orders']))).status).toBe(200);
  });

  it('accepts a breaking contract change with a new contract major, as a new port major with its own URN', async () => {
    const res = await put(envelope('3.0.0', '2.0.0', [BASE_FIELDS[0]], ['orders']));
    expect(res.status).toBe(200);
    expect((await json<Schemas['RegisterProductResultDto']>(res)).outputPorts.map((p) => p.urn)).toEqual(['urn:meshwork:sales:orders:orders:v2']);
    const old = await h.call('/v1/resolve/urn:meshwork:sales:orders:orders:v1');
    expect(old.status).toBe(200);
    expect((await json<Schemas['ResolutionDto']>(old)).port).toMatchObject({ major: 1, productVersion: '2.0.0', contract: { version: '1.1.0' } });
  });

  it('lists the classified changes between two versions', async () => {
    const log = await json<Schemas['ChangelogDto']>(await h.call('/v1/products/sales/orders/changes?from=1.0.0&to=1.1.0'));
    expect(log).toMatchObject({ from: '1.0.0', to: '1.1.0', breaking: false });
    expect(log.changes.map((c) => [c.kind, c.severity, c.port])).toEqual([
      ['field-added', 'compatible', 'urn:meshwork:sales:orders:orders:v1'],
      ['field-added', 'compatible', 'urn:meshwork:sales:orders:refunds:v1'],
    ]);
    const removal = await json<Schemas['ChangelogDto']>(await h.call('/v1/products/sales/orders/changes?to=2.0.0'));
    expect(removal).toMatchObject({ from: '1.1.0', to: '2.0.0', breaking: true });
    expect(removal.changes[0]).toMatchObject({ kind: 'port-removed', port: 'urn:meshwork:sales:orders:refunds:v1' });
  });

  it('answers 404 when there is nothing to compare with', async () => {
    const res = await h.call('/v1/products/sales/orders/changes?to=1.0.0');
    expect(res.status).toBe(404);
    expect((await json<Problem>(res)).detail).toContain('is its first');
  });
});
