import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseDocument } from '@meshwork/descriptors';
import { type CatalogHarness, createDomain, fixture, json, jsonBody, type Problem, type Schemas, startCatalog, yamlBody } from './support';

type Doc = Record<string, unknown>;

const ODCS_FIXTURES = [
  'all-schema-types.odcs.yaml',
  'basic-four-dpo.odcs.yaml',
  'column-completeness.odcs.yaml',
  'database-table-sla.odcs.yaml',
  'full-example.odcs.yaml',
  'kafka-schema.odcs.yaml',
  'service-and-operational-roles.odcs.yaml',
  'table-column.odcs.yaml',
];

const yaml = (name: string) => parseDocument(fixture(name), 'yaml') as Doc;

function productFor(contract: Doc, domain: string): Doc {
  return {
    apiVersion: 'v1.0.0',
    kind: 'DataProduct',
    id: `product-of-${String(contract.id)}`,
    name: `Carrier of ${String(contract.name ?? contract.id)}`,
    version: '1.0.0',
    status: 'active',
    domain,
    outputPorts: [{ name: 'main', version: String(contract.version), contractId: contract.id }],
  };
}

async function exported(h: CatalogHarness, path: string, accept: string): Promise<unknown> {
  const res = await h.call(path, { headers: { accept } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain(accept);
  return parseDocument(await res.text(), accept === 'application/json' ? 'json' : 'yaml');
}

describe('catalog data products (HTTP, real PostgreSQL)', () => {
  let h: CatalogHarness;
  const crmProduct = () => yaml('crm-customers.odps.yaml');
  const crmContract = () => yaml('customers.odcs.yaml');
  const envelope = (product = crmProduct(), contracts = [crmContract()]) => ({ product, contracts });

  beforeAll(async () => {
    h = await startCatalog();
    await createDomain(h, 'crm');
    await createDomain(h, 'seller');
  });

  afterAll(async () => {
    await h.close();
  });

  describe('standards fixtures', () => {
    it.each(ODCS_FIXTURES.map((name, i) => [name, i] as const))('accepts the ODCS fixture %s and exports it losslessly', async (name, i) => {
      const contract = yaml(name);
      const domain = typeof contract.domain === 'string' ? contract.domain : `fixture-${i}`;
      if (domain !== 'seller' && domain !== 'crm') await createDomain(h, domain);
      const product = `carrier-${i}`;
      const res = await h.call(`/v1/products/${domain}/${product}`, { method: 'PUT', ...jsonBody({ product: productFor(contract, domain), contracts: [contract] }) });
      expect(res.status).toBe(201);
      const path = `/v1/contracts/${domain}/${encodeURIComponent(String(contract.id))}/versions/${String(contract.version)}/document`;
      expect(await exported(h, path, 'application/yaml')).toEqual(contract);
      expect(await exported(h, path, 'application/json')).toEqual(contract);
    });

    it('accepts the ODPS v0.9 fixture as a bare YAML document and exports it losslessly', async () => {
      const text = fixture('customer-data-product.odps.yaml');
      const res = await h.call('/v1/products/seller/customer-data-product', { method: 'PUT', ...yamlBody(text) });
      expect(res.status).toBe(201);
      const body = await json<Schemas['RegisterProductResultDto']>(res);
      expect(body.outputPorts.map((p) => p.urn)).toEqual(
        expect.arrayContaining(['urn:meshwork:seller:customer-data-product:rawtransactions:v1', 'urn:meshwork:seller:customer-data-product:rawtransactions:v2']),
      );
      const original = parseDocument(text, 'yaml');
      expect(await exported(h, '/v1/products/seller/customer-data-product/document', 'application/yaml')).toEqual(original);
      expect(await exported(h, '/v1/products/seller/customer-data-product/document', 'application/json')).toEqual(original);
    });

    it('accepts the demo product with its contract as a YAML envelope', async () => {
      const text = `product:\n${indent(fixture('crm-customers.odps.yaml'))}\ncontracts:\n  -\n${indent(fixture('customers.odcs.yaml'), 4)}\n`;
      const res = await h.call('/v1/products/crm/customers', { method: 'PUT', ...yamlBody(text) });
      expect(res.status).toBe(201);
      expect(await res.json()).toMatchObject({
        urn: 'urn:meshwork:crm:customers',
        title: 'CRM Customers',
        status: 'draft',
        currentVersion: '1.2.0',
        outcome: 'created',
        outputPorts: [{ name: 'customers', urn: 'urn:meshwork:crm:customers:customers:v1', major: 1, version: '1.2.0', contractId: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10' }],
      });
      expect(await exported(h, '/v1/products/crm/customers/document', 'application/yaml')).toEqual(crmProduct());
      const contractPath = '/v1/contracts/crm/7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10/versions/1.2.0/document';
      expect(await exported(h, contractPath, 'application/yaml')).toEqual(crmContract());
      expect(await exported(h, contractPath, 'application/json')).toEqual(crmContract());
    });
  });

  describe('idempotent self-serve registration and versions', () => {
    it('changes nothing when the same document comes again, in JSON this time', async () => {
      const res = await h.call('/v1/products/crm/customers', { method: 'PUT', ...jsonBody(envelope()) });
      expect(res.status).toBe(200);
      expect((await json<Schemas['RegisterProductResultDto']>(res)).outcome).toBe('unchanged');
      const versions = await json<Schemas['ProductVersionPageDto']>(await h.call('/v1/products/crm/customers/versions'));
      expect(versions.total).toBe(1);
    });

    it('adds a version for a greater semver and keeps the old one exportable', async () => {
      const product = { ...crmProduct(), version: '1.3.0', tags: ['crm', 'customer', 'golden'] };
      const res = await h.call('/v1/products/crm/customers', { method: 'PUT', ...jsonBody(envelope(product)) });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ outcome: 'version-added', currentVersion: '1.3.0', tags: ['crm', 'customer', 'golden'] });
      const versions = await json<Schemas['ProductVersionPageDto']>(await h.call('/v1/products/crm/customers/versions'));
      expect(versions.items.map((v) => v.version)).toEqual(['1.3.0', '1.2.0']);
      expect(await exported(h, '/v1/products/crm/customers/document?version=1.2.0', 'application/json')).toEqual(crmProduct());
    });

    it('refuses the same version with other content (409)', async () => {
      const product = { ...crmProduct(), version: '1.3.0', tags: ['changed'] };
      const res = await h.call('/v1/products/crm/customers', { method: 'PUT', ...jsonBody(envelope(product)) });
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ code: 'VERSION_CONFLICT' });
    });

    it('refuses a version lower than the current one (409)', async () => {
      const product = { ...crmProduct(), version: '1.2.5' };
      const res = await h.call('/v1/products/crm/customers', { method: 'PUT', ...jsonBody(envelope(product)) });
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ code: 'VERSION_NOT_INCREASING' });
    });

    it('refuses a changed contract under an existing contract version (409)', async () => {
      const contract = { ...crmContract(), description: { purpose: 'rewritten' } };
      const product = { ...crmProduct(), version: '1.4.0' };
      const res = await h.call('/v1/products/crm/customers', { method: 'PUT', ...jsonBody(envelope(product, [contract])) });
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ code: 'CONTRACT_VERSION_CONFLICT' });
    });

    it('lists products with filters and a total', async () => {
      const page = await json<Schemas['ProductPageDto']>(await h.call('/v1/products?domain=crm&limit=10'));
      expect(page.total).toBe(1);
      expect(page.items[0]).toMatchObject({ domain: 'crm', name: 'customers' });
      const none = await json<Schemas['ProductPageDto']>(await h.call('/v1/products?status=retired'));
      expect(none.total).toBe(0);
    });
  });

  describe('invalid documents are 4xx problem+json, never 500', () => {
    it('points at a contract property with a wrong type', async () => {
      const contract = crmContract() as { schema: { properties: Doc[] }[] };
      contract.schema[0].properties[0].logicalType = 'banana';
      const res = await h.call('/v1/products/crm/broken', { method: 'PUT', ...jsonBody(envelope({ ...crmProduct(), version: '9.0.0' }, [contract as unknown as Doc])) });
      expect(res.status).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const problem = await json<Problem>(res);
      expect(problem.code).toBe('INVALID_DOCUMENT');
      expect(problem.errors?.map((e) => e.pointer)).toContain('/contracts/0/schema/0/properties/0/logicalType');
    });

    it('points at a missing required field', async () => {
      const { status: _dropped, ...product } = crmProduct();
      const res = await h.call('/v1/products/crm/broken', { method: 'PUT', ...jsonBody(envelope(product)) });
      expect(res.status).toBe(422);
      expect((await json<Problem>(res)).errors?.map((e) => e.pointer)).toContain('/product/status');
    });

    it('points at an output port version that is not a semantic version', async () => {
      const product = crmProduct() as { outputPorts: Doc[] } & Doc;
      product.outputPorts[0].version = 'latest';
      const res = await h.call('/v1/products/crm/broken', { method: 'PUT', ...jsonBody(envelope({ ...product, version: '9.0.0' })) });
      expect(res.status).toBe(422);
      expect((await json<Problem>(res)).errors?.map((e) => e.pointer)).toEqual(['/product/outputPorts/0/version']);
    });

    it('rejects a product filed under another domain than its document says', async () => {
      const res = await h.call('/v1/products/seller/customers', { method: 'PUT', ...jsonBody(envelope()) });
      expect(res.status).toBe(422);
      expect((await json<Problem>(res)).errors?.map((e) => e.pointer)).toEqual(expect.arrayContaining(['/product/domain', '/contracts/0/domain']));
    });

    it('rejects a contract that no output port uses', async () => {
      const res = await h.call('/v1/products/crm/customers', { method: 'PUT', ...jsonBody(envelope({ ...crmProduct(), version: '2.0.0' }, [crmContract(), { ...crmContract(), id: 'orphan' }])) });
      expect(res.status).toBe(422);
      expect((await json<Problem>(res)).errors).toEqual([expect.objectContaining({ pointer: '/contracts/1/id' })]);
    });

    it('answers 400 for garbage YAML', async () => {
      const res = await h.call('/v1/products/crm/broken', { method: 'PUT', ...yamlBody('product: [unclosed\n  - : :') });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'UNPARSABLE_DOCUMENT' });
    });

    it('answers 400 quickly for a YAML alias bomb', async () => {
      const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
      for (let i = 1; i < 10; i++) {
        const prev = String.fromCharCode(96 + i);
        const name = String.fromCharCode(97 + i);
        levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`);
      }
      const res = await h.call('/v1/products/crm/bomb', { method: 'PUT', ...yamlBody(levels.join('\n')) });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'UNPARSABLE_DOCUMENT' });
    });

    it('answers 413 for a 5 MB body', async () => {
      const res = await h.call('/v1/products/crm/huge', { method: 'PUT', ...jsonBody({ product: { padding: 'x'.repeat(5 * 1024 * 1024) } }) });
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    });

    it('answers 415 for an unsupported content type', async () => {
      const res = await h.call('/v1/products/crm/customers', { method: 'PUT', body: 'hello', headers: { 'content-type': 'application/xml' } });
      expect(res.status).toBe(415);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    });

    it('answers 404 for an unknown domain', async () => {
      const product = { ...crmProduct(), domain: 'nowhere' };
      const res = await h.call('/v1/products/nowhere/customers', { method: 'PUT', ...jsonBody({ product }) });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'DOMAIN_NOT_FOUND' });
    });

    it('answers 406 when neither YAML nor JSON is acceptable', async () => {
      const res = await h.call('/v1/products/crm/customers/document', { headers: { accept: 'text/csv' } });
      expect(res.status).toBe(406);
    });
  });

  describe('URN resolution', () => {
    it('resolves a product URN', async () => {
      const res = await h.call('/v1/resolve/urn:meshwork:crm:customers');
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ kind: 'product', product: { urn: 'urn:meshwork:crm:customers' }, access: { method: 'POST', target: 'urn:meshwork:crm:customers' } });
    });

    it('resolves a port URN to the port, its contract version and where to ask for access', async () => {
      const res = await h.call('/v1/resolve/urn:meshwork:crm:customers:customers:v1');
      expect(res.status).toBe(200);
      const body = await json<Schemas['ResolutionDto']>(res);
      expect(body).toMatchObject({
        kind: 'port',
        port: { name: 'customers', major: 1, productVersion: '1.3.0', contract: { id: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10', version: '1.2.0' } },
        access: { requestUrl: expect.stringMatching(/\/v1\/access-requests$/), target: 'urn:meshwork:crm:customers:customers:v1' },
      });
      const contract = await h.call(body.port?.contract?.documentUrl ?? 'missing', { headers: { accept: 'application/json' } });
      expect(await contract.json()).toEqual(crmContract());
    });

    it.each(['urn:meshwork:CRM:customers', 'urn:other:crm:customers', 'urn:meshwork:crm:customers:customers:1', 'nonsense'])('answers 400 for the malformed URN %s', async (urn) => {
      const res = await h.call(`/v1/resolve/${encodeURIComponent(urn)}`);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'INVALID_URN' });
    });

    it.each(['urn:meshwork:crm:nothing', 'urn:meshwork:crm:customers:customers:v7'])('answers 404 for the unknown URN %s', async (urn) => {
      const res = await h.call(`/v1/resolve/${urn}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'URN_NOT_FOUND' });
    });
  });

  describe('lifecycle', () => {
    const transition = (to: string) => h.call('/v1/products/crm/customers/transitions', { method: 'POST', ...jsonBody({ to, reason: `to ${to}` }) });

    it('fails closed when the governance service that must evaluate a publish cannot be reached (503, nothing changes)', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      process.env.MESHWORK_GOVERNANCE_URL = url;
      try {
        const refused = await transition('published');
        expect(refused.status).toBe(503);
        expect((await json<Problem>(refused)).detail).toContain(`needs the governance service's evaluation, and ${url} cannot be reached`);
      } finally {
        delete process.env.MESHWORK_GOVERNANCE_URL;
      }
      const product = await json<Schemas['ProductDto']>(await h.call('/v1/products/crm/customers'));
      expect(product).toMatchObject({ status: 'draft', policyWarnings: [], policyCheckedAt: null });
    });

    it('walks draft → published → deprecated → retired and refuses illegal moves with 409', async () => {
      expect((await transition('deprecated')).status).toBe(409);
      const published = await transition('published');
      expect(published.status).toBe(200);
      expect((await json<Schemas['ProductDto']>(published)).status).toBe('published');
      const back = await transition('draft');
      expect(back.status).toBe(409);
      expect((await json<Problem>(back)).detail).toContain('Allowed from published: deprecated');
      expect((await transition('deprecated')).status).toBe(200);
      expect((await transition('retired')).status).toBe(200);
      const again = await transition('published');
      expect(again.status).toBe(409);
      expect((await json<Problem>(again)).detail).toContain('none (final state)');
    });

    it('keeps the history of transitions', async () => {
      const history = await json<Schemas['TransitionRecordDto'][]>(await h.call('/v1/products/crm/customers/transitions'));
      expect(history.map((t) => `${t.from}>${t.to}`)).toEqual(['null>draft', 'draft>published', 'published>deprecated', 'deprecated>retired']);
    });

    it('accepts no new version once retired', async () => {
      const res = await h.call('/v1/products/crm/customers', { method: 'PUT', ...jsonBody(envelope({ ...crmProduct(), version: '3.0.0' })) });
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ code: 'PRODUCT_RETIRED' });
    });

    it('rejects an unknown target state with a pointer', async () => {
      const res = await transition('archived');
      expect(res.status).toBe(400);
      expect((await json<Problem>(res)).errors?.[0]?.pointer).toBe('/to');
    });
  });
});

function indent(text: string, spaces = 2): string {
  return text
    .split('\n')
    .map((line) => (line.length > 0 ? ' '.repeat(spaces) + line : line))
    .join('\n');
}
