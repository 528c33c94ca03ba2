import type { CatalogComponents } from '@meshwork/sdk';
import type { CatalogClient } from './catalog-client';
import { type MeshPlan, type PlannedProduct, portUrnOf, productUrnOf } from './mesh-plan';
import { Random } from './random';

type SearchResult = CatalogComponents['schemas']['SearchResultDto'];

/** One request of a scenario, with the kind it stands for (reported separately by the probe). */
export interface Probe {
  kind: string;
  path: string;
}

const COMMON_WORDS = ['customer', 'orders', 'invoice', 'payment', 'shipment', 'revenue', 'churn', 'forecast', 'stock', 'campaign', 'daily', 'fraud', 'salary', 'returns', 'email', 'supplier'];
const TWO_WORDS = ['customer churn', 'invoice payments', 'late shipments', 'revenue reporting', 'stock levels', 'fraud alerts', 'open orders', 'campaign clicks', 'delivery status', 'monthly budget'];
const MISSPELT = ['custmer', 'invocie', 'shipmnet', 'paymnet', 'forcast', 'campain', 'revenu', 'inventroy', 'subscripton', 'delivry'];
const PREFIXES = ['invo', 'cust', 'ship', 'pay', 'camp', 'forec', 'subs', 'deliv', 'warehou', 'transac'];
const CURSOR_PAGES = 12;
const REQUESTS = 400;

/** Who reads each product, by index. */
function consumersOf(plan: MeshPlan): number[][] {
  const consumers: number[][] = plan.products.map(() => []);
  for (const product of plan.products) for (const ref of product.inputs) consumers[ref.product].push(product.index);
  return consumers;
}

function searchTerms(plan: MeshPlan, rng: Random): Record<string, string[]> {
  const named = rng.sample(plan.products, 30);
  return {
    'product name': named.slice(0, 15).map((p) => p.name),
    'product title': named.slice(15).map((p) => p.title),
    'one word': COMMON_WORDS,
    'two words': TWO_WORDS,
    misspelt: MISSPELT,
    prefix: PREFIXES,
  };
}

function searchFilter(plan: MeshPlan, rng: Random): { kind: string; query: string } | undefined {
  const product = rng.pick(plan.products);
  return rng.weighted<{ kind: string; query: string } | undefined>([
    [undefined, 60],
    [{ kind: 'domain', query: `&domain=${product.domain.name}` }, 12],
    [{ kind: 'tag', query: `&tag=${rng.pick(product.tags)}` }, 10],
    [{ kind: 'status', query: '&status=published' }, 10],
    [{ kind: 'classification', query: '&classification=restricted' }, 8],
  ]);
}

function searchProbe(term: string, termKind: string, filter: { kind: string; query: string } | undefined): Probe {
  const path = `/v1/search?q=${encodeURIComponent(term)}${filter?.query ?? ''}`;
  return { kind: filter ? `filtered by ${filter.kind}` : termKind, path };
}

/** Second pages need a cursor from a first answer; none is added while search is missing or finds little. */
async function secondPages(client: CatalogClient, firstPages: Probe[]): Promise<Probe[]> {
  const pages: Probe[] = [];
  for (const { path } of firstPages) {
    if (pages.length >= CURSOR_PAGES) break;
    const answer = await client.send<SearchResult>('GET', path);
    const cursor = answer.body?.nextCursor;
    if (answer.status === 200 && cursor) pages.push({ kind: 'second page', path: `${path}&cursor=${encodeURIComponent(cursor)}` });
  }
  return pages;
}

export interface SearchRequests {
  requests: Probe[];
  secondPages: number;
}

/** A rotation of searches: names, words, pairs, typos, prefixes, some with a filter, some second pages. */
export async function searchRequests(client: CatalogClient, plan: MeshPlan): Promise<SearchRequests> {
  const rng = Random.for('meshwork-bench-search', plan.seed);
  const terms = Object.entries(searchTerms(plan, rng));
  const firstPages = Array.from({ length: REQUESTS }, () => {
    const [kind, list] = rng.pick(terms);
    return searchProbe(rng.pick(list), kind, searchFilter(plan, rng));
  });
  const browse = [
    { kind: 'no words, by status', path: '/v1/search?q=&status=published' },
    { kind: 'no words, by domain', path: `/v1/search?q=&domain=${rng.pick(plan.products).domain.name}` },
  ];
  const candidates = rng.sample([...COMMON_WORDS.map((w) => searchProbe(w, 'one word', undefined)), ...firstPages], CURSOR_PAGES * 3);
  const second = await secondPages(client, candidates);
  const requests = [...firstPages, ...browse, ...second, ...second];
  return { requests: rng.sample(requests, requests.length), secondPages: second.length };
}

type NodeGroup = 'chain middle' | 'source' | 'leaf' | 'most read';

function lineageNodes(plan: MeshPlan): Record<NodeGroup, PlannedProduct[]> {
  const consumers = consumersOf(plan);
  const read = (p: PlannedProduct): number => consumers[p.index].length;
  return {
    'chain middle': plan.products.filter((p) => p.inputs.length > 0 && read(p) > 0),
    source: plan.products.filter((p) => p.inputs.length === 0 && read(p) > 0),
    leaf: plan.products.filter((p) => p.inputs.length > 0 && read(p) === 0),
    'most read': [...plan.products].sort((a, b) => read(b) - read(a)).slice(0, 10),
  };
}

function lineageProbe(group: NodeGroup, product: PlannedProduct, rng: Random): Probe {
  const direction = rng.weighted([['both', 50], ['up', 25], ['down', 25]] as const);
  const port = rng.chance(0.5) ? rng.pick(product.ports) : undefined;
  const urn = port ? portUrnOf(product, port) : productUrnOf(product);
  return { kind: `${group}, ${direction}`, path: `/v1/lineage/${urn}?direction=${direction}&depth=5` };
}

/** A rotation of lineage walks from chain middles (most), sources, leaves and the most read products. */
export function lineageRequests(plan: MeshPlan): Probe[] {
  const rng = Random.for('meshwork-bench-lineage', plan.seed);
  const nodes = lineageNodes(plan);
  return Array.from({ length: REQUESTS }, () => {
    const group = rng.weighted<NodeGroup>([['chain middle', 60], ['source', 15], ['leaf', 20], ['most read', 5]]);
    const pool = nodes[group].length > 0 ? nodes[group] : plan.products;
    return lineageProbe(group, rng.pick(pool), rng);
  });
}
