/** What the fault tests and the soak set up through the services' APIs: a domain, and products that pass the starter policies. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type Answer, call } from './mesh-processes';

const FIXTURES = join(__dirname, '..', '..', '..', 'libs', 'descriptors', 'test', 'fixtures');
export const DOMAIN = 'crm';
export const OWNER_TEAM = 'crm-data-team';
/** The id of the fixture's contract (port `customers`), in both documents. */
const FIXTURE_CONTRACT_ID = '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10';

/** A stable UUID for a name, so that each product of the test has ids of its own. */
function uuidFor(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The fixture product (crm customers) as `name`, with its one contract under ids of its own. */
export function envelope(name: string, version = '1.2.0'): Record<string, unknown> {
  const read = (file: string) => readFileSync(join(FIXTURES, file), 'utf8').replaceAll(FIXTURE_CONTRACT_ID, uuidFor(`contract ${name}`));
  const product = parse(read('crm-customers.odps.yaml')) as Record<string, unknown>;
  const contract = parse(read('customers.odcs.yaml')) as Record<string, unknown>;
  return { product: { ...product, id: uuidFor(`product ${name}`), version }, contracts: [contract] };
}

export const portUrn = (product: string) => `urn:meshwork:${DOMAIN}:${product}:customers:v1`;

export function expectStatus(answer: Answer, status: number, what: string): void {
  if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`);
}

/** The owner team in access and the domain in the catalog. */
export async function createDomain(urls: { access: string; catalog: string }, token: string): Promise<void> {
  const team = await call(urls.access, 'POST', '/v1/teams', { token, body: { name: OWNER_TEAM, displayName: 'CRM data team' } });
  expectStatus(team, 201, 'create the owner team');
  const domain = await call(urls.catalog, 'POST', '/v1/domains', { token, body: { name: DOMAIN, title: 'CRM', ownerTeamId: OWNER_TEAM } });
  expectStatus(domain, 201, 'create the domain');
}

/** Registers `product` in the domain and publishes it, each step under its own Idempotency-Key when `key` is given; answers the publish. */
export async function publish(catalog: string, token: string, product: string, key?: string): Promise<Answer> {
  const keyed = (step: string): Record<string, string> => (key ? { 'idempotency-key': `${key}-${step}` } : {});
  const registered = await call(catalog, 'PUT', `/v1/products/${DOMAIN}/${product}`, { token, body: envelope(product), headers: keyed('register') });
  if (registered.status !== 201 && registered.status !== 200) return registered;
  return call(catalog, 'POST', `/v1/products/${DOMAIN}/${product}/transitions`, {
    token,
    body: { to: 'published' },
    headers: { ...keyed('publish'), 'if-match': registered.headers.get('etag') ?? '' },
  });
}
