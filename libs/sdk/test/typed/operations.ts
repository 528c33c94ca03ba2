// Compiled by typed-operations.spec.ts: every `@ts-expect-error` must meet an error, and the rest must compile.
import { createMeshClient, type MeshError } from '../../src/index';

export async function typedOperations(): Promise<void> {
  const mesh = createMeshClient({ token: 't' });

  // Correct calls compile, and resolve to the typed success body.
  const domain = await mesh.catalog.createDomain({ body: { name: 'crm', title: 'CRM', ownerTeamId: 'crm-team' } });
  const title: string = domain.title;
  const page = await mesh.catalog.listProducts({ params: { query: { domain: 'crm', status: 'published', limit: 10 } } });
  const urns: string[] = page.items.map((p) => p.urn);
  const all = await mesh.catalog.listDomains();
  const total: number = all.total;
  const product = await mesh.catalog.getProduct({ params: { path: { domain: 'crm', name: 'customers' } } });
  const raw = await mesh.catalog.raw.GET('/v1/domains/{domain}', { params: { path: { domain: 'crm' } } });
  const status: number = raw.response.status;
  void [title, urns, total, product, status];

  // @ts-expect-error a required body field (ownerTeamId) is missing
  await mesh.catalog.createDomain({ body: { name: 'crm', title: 'CRM' } });
  // @ts-expect-error a misspelt body field
  await mesh.catalog.createDomain({ body: { name: 'crm', title: 'CRM', ownerTeamId: 'crm-team', descripton: 'x' } });
  // @ts-expect-error a value outside the enum
  await mesh.catalog.listProducts({ params: { query: { status: 'live' } } });
  // @ts-expect-error a misspelt query parameter
  await mesh.catalog.listProducts({ params: { query: { domian: 'crm' } } });
  // @ts-expect-error a required path parameter is missing
  await mesh.catalog.getProduct({ params: { path: { domain: 'crm' } } });
  // @ts-expect-error the arguments are required when the operation has path parameters
  await mesh.catalog.getProduct();
  // @ts-expect-error a wrong type for a body field
  await mesh.access.createTeam({ body: { name: 42, displayName: 'CRM data team' } });
  // @ts-expect-error no such operation
  await mesh.catalog.getProducts();
  // @ts-expect-error the success body has no such field
  void domain.owner;
  // @ts-expect-error the raw client knows the paths too
  await mesh.catalog.raw.GET('/v1/domain/{domain}', { params: { path: { domain: 'crm' } } });
}

export function typedErrors(error: MeshError): string {
  const kind: 'http' | 'network' | 'timeout' = error.kind;
  const pointers: string[] = (error.problem?.errors ?? []).map((e) => e.pointer);
  // @ts-expect-error kind is a closed set
  const wrong: 'http' | 'network' = error.kind;
  return [kind, wrong, ...pointers].join();
}
