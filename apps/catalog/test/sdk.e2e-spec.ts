import { parseDocument } from '@meshwork/descriptors';
import { createMeshClient, type MeshClient, MeshError } from '@meshwork/sdk';
import { type CatalogHarness, fixture, startCatalog } from './support';

describe('the SDK against a running catalog', () => {
  let h: CatalogHarness;
  let mesh: MeshClient;

  beforeAll(async () => {
    h = await startCatalog();
    mesh = createMeshClient({ urls: { catalog: h.baseUrl }, tokenProvider: () => h.token });
  });

  afterAll(async () => {
    await h.close();
  });

  it('registers, publishes and resolves a product through typed operations', async () => {
    await mesh.catalog.createDomain({ body: { name: 'crm', title: 'CRM', ownerTeamId: 'crm-team' } });
    const product = parseDocument(fixture('crm-customers.odps.yaml'), 'yaml') as Record<string, unknown>;
    const contract = parseDocument(fixture('customers.odcs.yaml'), 'yaml') as Record<string, unknown>;
    const registered = await mesh.catalog.registerProduct({ params: { path: { domain: 'crm', name: 'customers' } }, body: { product, contracts: [contract] } });
    expect(registered.outcome).toBe('created');
    const published = await mesh.catalog.transitionProduct({ params: { path: { domain: 'crm', name: 'customers' } }, body: { to: 'published' } });
    expect(published.status).toBe('published');
    const resolved = await mesh.catalog.resolveUrn({ params: { path: { urn: 'urn:meshwork:crm:customers:customers:v1' } } });
    expect(resolved.port?.contract?.version).toBe('1.2.0');
    const page = await mesh.catalog.listProducts({ params: { query: { domain: 'crm' } } });
    expect(page.items.map((p) => p.urn)).toEqual(['urn:meshwork:crm:customers']);
  });

  it('publishes YAML documents again with the publish helper, unchanged, and finds the product by search and URN', async () => {
    const again = await mesh.publish(fixture('crm-customers.odps.yaml'), [fixture('customers.odcs.yaml')], { name: 'customers' });
    expect(again).toMatchObject({ outcome: 'unchanged', status: 'published', urn: 'urn:meshwork:crm:customers' });
    const hits: string[] = [];
    for await (const hit of mesh.search({ domain: 'crm', limit: 1 })) hits.push(hit.urn);
    expect(hits).toEqual(['urn:meshwork:crm:customers']);
    const resolved = await mesh.resolve('urn:meshwork:crm:customers');
    expect(resolved.product.urn).toBe('urn:meshwork:crm:customers');
  });

  it('throws the catalog problem, with pointers, for a document that breaks the schema', async () => {
    const broken = fixture('crm-customers.odps.yaml').replace('version: 1.2.0', 'version: twelve');
    const failure = mesh.publish(broken, [], { name: 'broken' });
    await expect(failure).rejects.toBeInstanceOf(MeshError);
    await expect(failure).rejects.toMatchObject({ status: 422, operation: 'registerProduct', fieldErrors: expect.arrayContaining([expect.objectContaining({ pointer: expect.stringContaining('/version') })]) });
  });

  it('surfaces problem documents as typed errors', async () => {
    const failure = mesh.catalog.getDomain({ params: { path: { domain: 'nowhere' } } });
    await expect(failure).rejects.toBeInstanceOf(MeshError);
    await expect(failure).rejects.toMatchObject({ kind: 'http', status: 404, operation: 'getDomain', attempts: 1, problem: { code: 'DOMAIN_NOT_FOUND' } });
  });

  it('sends no token when none is configured, and the catalog refuses', async () => {
    const anonymous = createMeshClient({ urls: { catalog: h.baseUrl } });
    await expect(anonymous.catalog.listDomains()).rejects.toMatchObject({ kind: 'http', status: 401 });
  });
});
