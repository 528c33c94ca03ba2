import type { CatalogComponents } from '@meshwork/sdk';
import { type Command, integerOption, stringOption } from '../command';
import { ExitCode, usageError } from '../exit-codes';
import { table } from '../output';

type SearchHit = CatalogComponents['schemas']['SearchHitDto'];
type SearchQuery = { q?: string; domain?: string; tag?: string; owner?: string; status?: SearchHit['status']; classification?: string };

const STATUSES: readonly SearchHit['status'][] = ['draft', 'published', 'deprecated', 'retired'];

export const searchCommand: Command = {
  name: 'search',
  summary: 'Search the catalog for data products by words and facets',
  args: '[words…] [--domain <d>] [--tag <t>] [--owner <team>] [--status <s>] [--classification <c>] [--limit <n>]',
  description: [
    'Finds data products whose names, tags, ports, descriptions and fields match every word (misspellings are',
    'corrected to the closest indexed words), best first. Without words, every product matching the filters.',
  ].join('\n'),
  options: {
    domain: { type: 'string', value: '<domain>', description: 'Only products of this domain.' },
    tag: { type: 'string', value: '<tag>', description: 'Only products with this tag.' },
    owner: { type: 'string', value: '<team>', description: 'Only products owned by this team.' },
    status: { type: 'string', value: '<status>', description: `Only products in this lifecycle state: ${STATUSES.join(', ')}.` },
    classification: { type: 'string', value: '<class>', description: 'Only products with a field of this classification (e.g. pii).' },
    limit: { type: 'string', value: '<n>', description: 'At most this many products, 1 to 1000 (default 20).' },
  },
  positionals: { min: 0, names: 'search words' },
  examples: ['meshwork search customers', 'meshwork search --domain crm --status published', 'meshwork search churn --tag marketing --limit 5 --output json'],
  async run(ctx, { positionals, values }) {
    const limit = integerOption(values, 'limit', { min: 1, max: 1000 }) ?? 20;
    const status = stringOption(values, 'status');
    if (status !== undefined && !STATUSES.includes(status as SearchHit['status'])) {
      throw usageError(`--status must be one of ${STATUSES.join(', ')}, not ${JSON.stringify(status)}`);
    }
    const query: SearchQuery = { ...(positionals.length ? { q: positionals.join(' ') } : {}), ...(status ? { status: status as SearchHit['status'] } : {}) };
    for (const facet of ['domain', 'tag', 'owner', 'classification'] as const) {
      const value = stringOption(values, facet);
      if (value !== undefined) query[facet] = value;
    }
    const catalog = ctx.mesh('search').catalog;
    const hits: SearchHit[] = [];
    let cursor: string | undefined;
    do {
      const page = await catalog.searchProducts({ params: { query: { ...query, limit: Math.min(100, limit - hits.length), ...(cursor ? { cursor } : {}) } } });
      hits.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && hits.length < limit);
    ctx.emit({ items: hits.slice(0, limit), more: cursor !== undefined }, ({ items, more }) => {
      if (!items.length) return ['No products found.'];
      const rows = items.map((h) => [h.urn, h.status, h.currentVersion, h.title]);
      return [...table([['URN', 'STATUS', 'VERSION', 'TITLE'], ...rows]), ...(more ? [`(more: raise --limit, now ${limit})`] : [])];
    });
    return ExitCode.OK;
  },
};

export const resolveCommand: Command = {
  name: 'resolve',
  summary: 'Resolve a URN: the product, the output port and its contract, and where to ask for access',
  args: '<urn>',
  description: 'Resolves a product URN (urn:meshwork:<domain>:<product>) or an output port URN\n(urn:meshwork:<domain>:<product>:<port>:v<major>) at the catalog.',
  options: {},
  positionals: { min: 1, max: 1, names: 'a URN' },
  examples: ['meshwork resolve urn:meshwork:crm:customers', 'meshwork resolve urn:meshwork:crm:customers:customers:v1 --output json'],
  async run(ctx, { positionals }) {
    const resolution = await ctx.mesh('resolve').catalog.resolveUrn({ params: { path: { urn: positionals[0] } } });
    ctx.emit(resolution, (r) => {
      const product = r.product;
      const lines = [`${r.urn} (${r.kind})`, `  product: ${product.title} (${product.domain}/${product.name}) ${product.currentVersion}, ${product.status}`];
      if (r.port) {
        lines.push(`  port:    ${r.port.name} v${r.port.major} (${r.port.type ?? 'unknown type'}), contract ${r.port.contractId ?? 'none'} ${r.port.version}`);
        if (r.port.lastSuccessfulRunAt) lines.push(`  last successful run: ${r.port.lastSuccessfulRunAt}`);
      } else {
        lines.push(...product.outputPorts.map((p) => `  port:    ${p.urn}`));
      }
      lines.push(`  access:  ${r.access.method} ${r.access.requestUrl}`);
      return lines;
    });
    return ExitCode.OK;
  },
};
