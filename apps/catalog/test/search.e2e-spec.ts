import { DataSource } from 'typeorm';
import { WordFrequencies } from '../src/search/word-frequencies';
import { type CatalogHarness, createDomain, json, jsonBody, type Problem, type Schemas, startCatalog } from './support';

type Result = Schemas['SearchResultDto'];

interface Spec {
  title: string;
  purpose: string;
  tags: string[];
  fields: { name: string; businessName?: string; classification?: string }[];
  version?: string;
}

function envelope(domain: string, name: string, spec: Spec) {
  const contractId = `${domain}-${name}-contract`;
  return {
    product: {
      apiVersion: 'v1.0.0',
      kind: 'DataProduct',
      id: `${domain}-${name}`,
      name: spec.title,
      version: spec.version ?? '1.0.0',
      status: 'active',
      domain,
      tags: spec.tags,
      description: { purpose: spec.purpose },
      outputPorts: [{ name: 'main', version: '1.0.0', type: 'tables', contractId }],
    },
    contracts: [
      {
        apiVersion: 'v3.1.0',
        kind: 'DataContract',
        id: contractId,
        version: '1.0.0',
        status: 'active',
        schema: [{ name: name.replace(/-/g, '_'), properties: spec.fields.map((f) => ({ logicalType: 'string', ...f })) }],
      },
    ],
  };
}

describe('catalog search (HTTP, real PostgreSQL)', () => {
  let h: CatalogHarness;
  const search = async (query: string) => json<Result>(await h.call(`/v1/search?${query}`));
  const urns = (result: Result) => result.items.map((i) => i.urn);
  const register = async (domain: string, name: string, spec: Spec) => {
    const res = await h.call(`/v1/products/${domain}/${name}`, { method: 'PUT', ...jsonBody(envelope(domain, name, spec)) });
    if (res.status >= 300) throw new Error(`register ${domain}/${name}: ${res.status} ${await res.text()}`);
  };

  beforeAll(async () => {
    h = await startCatalog();
    await createDomain(h, 'sales');
    await createDomain(h, 'logistics');
    await createDomain(h, 'crm');
    await register('sales', 'orders', { title: 'Orders', purpose: 'Every confirmed sale.', tags: ['sales', 'gold'], fields: [{ name: 'order_id' }, { name: 'amount' }] });
    await register('logistics', 'shipments', {
      title: 'Shipments',
      purpose: 'Parcels sent for customer orders, with carrier and tracking.',
      tags: ['logistics'],
      fields: [{ name: 'tracking_number', businessName: 'Carrier tracking reference' }],
    });
    await register('crm', 'contacts', {
      title: 'Contacts',
      purpose: 'People we talk to.',
      tags: ['crm', 'pii'],
      fields: [{ name: 'customer_email', classification: 'restricted' }, { name: 'phone', classification: 'restricted' }],
    });
    await register('crm', 'consents', { title: 'Consents', purpose: 'Marketing consent per person.', tags: ['crm'], fields: [{ name: 'granted_at', classification: 'internal' }] });
  });

  afterAll(async () => {
    await h.close();
  });

  it('ranks an exact name match above a description match', async () => {
    const result = await search('q=orders');
    expect(urns(result).slice(0, 2)).toEqual(['urn:meshwork:sales:orders', 'urn:meshwork:logistics:shipments']);
    expect(result.items[0].score).toBeGreaterThan(result.items[1].score);
  });

  it('finds a product by a misspelt word', async () => {
    expect(urns(await search('q=shipmnts'))).toContain('urn:meshwork:logistics:shipments');
    expect(urns(await search('q=custmer'))).toContain('urn:meshwork:crm:contacts');
  });

  it('finds a product by a word prefix and by a business name', async () => {
    expect(urns(await search('q=consen'))).toContain('urn:meshwork:crm:consents');
    expect(urns(await search('q=tracking%20reference'))).toEqual(['urn:meshwork:logistics:shipments']);
  });

  it('counts facets over all matches', async () => {
    const { facets } = await search('');
    expect(facets?.complete).toBe(true);
    expect(facets?.domain).toEqual([
      { value: 'crm', count: 2 },
      { value: 'logistics', count: 1 },
      { value: 'sales', count: 1 },
    ]);
    expect(facets?.tag).toEqual(expect.arrayContaining([{ value: 'crm', count: 2 }, { value: 'pii', count: 1 }]));
    expect(facets?.classification).toEqual([
      { value: 'internal', count: 1 },
      { value: 'restricted', count: 1 },
    ]);
    expect(facets?.status).toEqual([{ value: 'draft', count: 4 }]);
  });

  it('combines filters and counts facets within them', async () => {
    const result = await search('domain=crm&classification=restricted');
    expect(urns(result)).toEqual(['urn:meshwork:crm:contacts']);
    expect(result.facets?.domain).toEqual([{ value: 'crm', count: 1 }]);
    expect(urns(await search('tag=gold'))).toEqual(['urn:meshwork:sales:orders']);
    expect(urns(await search('owner=crm-team&q=consent'))).toEqual(['urn:meshwork:crm:consents']);
  });

  it('pages with a cursor through every match exactly once', async () => {
    const all = urns(await search('limit=100'));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Result = await search(`limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.facets === null).toBe(cursor !== null);
      seen.push(...urns(page));
      cursor = page.nextCursor ?? null;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(all).toHaveLength(4);
  });

  it('answers 400 for a forged cursor', async () => {
    const res = await h.call('/v1/search?cursor=not-a-cursor');
    expect(res.status).toBe(400);
    expect(await json<Problem>(res)).toMatchObject({ code: 'INVALID_CURSOR' });
  });

  it('reflects a committed change at once: new versions, lifecycle and owners', async () => {
    await register('sales', 'orders', { title: 'Orders', purpose: 'Every confirmed sale.', tags: ['sales', 'platinum'], fields: [{ name: 'order_id' }, { name: 'amount' }], version: '1.1.0' });
    expect(urns(await search('tag=platinum'))).toEqual(['urn:meshwork:sales:orders']);
    expect(urns(await search('tag=gold'))).toEqual([]);
    await h.call('/v1/products/sales/orders/transitions', { method: 'POST', ...jsonBody({ to: 'published' }) });
    expect(urns(await search('status=published'))).toEqual(['urn:meshwork:sales:orders']);
    await h.call('/v1/domains/crm', { method: 'PATCH', ...jsonBody({ ownerTeamId: 'customer-team' }) });
    expect(urns(await search('owner=customer-team')).sort()).toEqual(['urn:meshwork:crm:consents', 'urn:meshwork:crm:contacts']);
  });

  it('forgets the words a new version drops and finds the ones it adds', async () => {
    await register('logistics', 'returns', { title: 'Returns', purpose: 'Parcels sent back for a refund.', tags: ['logistics'], fields: [{ name: 'reason' }] });
    expect(urns(await search('q=refund'))).toEqual(['urn:meshwork:logistics:returns']);
    await register('logistics', 'returns', { title: 'Returns', purpose: 'Parcels sent back with an RMA number.', tags: ['logistics'], fields: [{ name: 'reason' }], version: '1.1.0' });
    expect(urns(await search('q=refund'))).toEqual([]);
    expect(urns(await search('q=rma%20number'))).toEqual(['urn:meshwork:logistics:returns']);
    expect((await search('q=refund')).facets).toMatchObject({ complete: true, domain: [] });
  });

  it('ranks several words by the worst place any of them is found in', async () => {
    await register('sales', 'customer-invoices', { title: 'Customer invoices', purpose: 'Invoices sent.', tags: ['finance'], fields: [{ name: 'total' }] });
    await register('sales', 'customer-notes', { title: 'Customer notes', purpose: 'Notes kept.', tags: ['invoices'], fields: [{ name: 'note' }] });
    await register('sales', 'customer-letters', { title: 'Customer letters', purpose: 'Letters about invoices.', tags: ['mail'], fields: [{ name: 'letter' }] });
    const result = await search('q=customer%20invoices');
    expect(urns(result)).toEqual(['urn:meshwork:sales:customer-invoices', 'urn:meshwork:sales:customer-notes', 'urn:meshwork:sales:customer-letters']);
    expect(result.items.map((i) => i.score)).toEqual([4, 2, 1]);
    expect(urns(await search('q=invoices%20customer'))).toEqual(urns(result));
    expect(result.facets).toMatchObject({ complete: true, domain: [{ value: 'sales', count: 3 }] });
  });

  it('pages through the tiers of a word search exactly once', async () => {
    const all = urns(await search('q=customer&limit=100'));
    expect(all.length).toBeGreaterThanOrEqual(4);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Result = await search(`q=customer&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...urns(page));
      cursor = page.nextCursor ?? null;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('completes a prefix shared by very many words by reading the vectors instead', async () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ name: `quokka${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}` }));
    await register('crm', 'wildlife', { title: 'Wildlife', purpose: 'Animals seen.', tags: ['nature'], fields });
    await register('crm', 'zoo', { title: 'Zoo', purpose: 'Quokkas and their keepers.', tags: ['nature'], fields: [{ name: 'keeper' }] });
    const broad = await search('q=quok&limit=1');
    const second = await search(`q=quok&limit=1&cursor=${broad.nextCursor}`);
    expect([...urns(broad), ...urns(second)].sort()).toEqual(['urn:meshwork:crm:wildlife', 'urn:meshwork:crm:zoo']);
    expect(second.nextCursor).toBeNull();
    expect(broad.facets).toMatchObject({ complete: true, domain: [{ value: 'crm', count: 2 }] });
    expect(urns(await search('q=quokkaz'))).toContain('urn:meshwork:crm:wildlife');
  });

  it('reads on past many products a filter leaves out, led by the word or by the filter', async () => {
    for (let i = 0; i < 40; i++) await register('sales', `ledger-${i}`, { title: `Ledger ${i}`, purpose: 'Bookings.', tags: ['ledger'], fields: [{ name: 'entry' }] });
    await register('crm', 'ledger-notes', { title: 'Ledger notes', purpose: 'Notes on bookings.', tags: ['archive'], fields: [{ name: 'note' }] });
    for (let i = 0; i < 100; i++) await register('logistics', `crate-${i}`, { title: `Crate ${i}`, purpose: 'Stored.', tags: ['archive'], fields: [{ name: 'shelf' }] });
    // The tag leaves many products: the word's postings lead, past 40 products the tag leaves out.
    for (const q of ['ledger', 'bookings', 'ledgr']) {
      const result = await search(`q=${q}&tag=archive&limit=1`);
      expect({ q, urns: urns(result), next: result.nextCursor }).toEqual({ q, urns: ['urn:meshwork:crm:ledger-notes'], next: null });
    }
    // The domain leaves few: its products lead and are looked up in the word's postings.
    expect(urns(await search('q=ledger&domain=crm&limit=1'))).toEqual(['urn:meshwork:crm:ledger-notes']);
    const byDomain = await search('q=ledger%20notes&domain=crm&limit=1');
    expect(urns(byDomain)).toEqual(['urn:meshwork:crm:ledger-notes']);
    expect(byDomain.items[0].score).toBe(4);
    expect(byDomain.facets).toMatchObject({ complete: true, domain: [{ value: 'crm', count: 1 }], tag: [{ value: 'archive', count: 1 }] });
    // Filter-led pages follow one another exactly once too.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Result = await search(`q=bookings&tag=ledger&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...urns(page));
      cursor = page.nextCursor ?? null;
    } while (cursor);
    expect(seen).toEqual(urns(await search('q=bookings&tag=ledger&limit=100')));
    expect(new Set(seen).size).toBe(40);
    const all = urns(await search('q=ledger&limit=100'));
    expect(all).toHaveLength(41);
    expect(all[40]).toBe('urn:meshwork:crm:ledger-notes');
  });

  it('answers the same whatever the statistics of PostgreSQL make of the words', async () => {
    const queries = ['q=customer%20invoices', 'q=ledger%20notes', 'q=bookings%20ledger&limit=5', 'q=sent%20invoices', 'q=crate%20stored&limit=7'];
    const before = await Promise.all(queries.map(async (q) => ({ q, urns: urns(await search(q)) })));
    await h.app.get(DataSource).query('ANALYZE catalog.search_vectors');
    h.app.get(WordFrequencies).refresh();
    const after = await Promise.all(queries.map(async (q) => ({ q, urns: urns(await search(q)) })));
    expect(after).toEqual(before);
    expect(before.every(({ urns: found }) => found.length > 0)).toBe(true);
  });

  it('ranks several words in the tiers the vectors define, page after page, filtered or not', async () => {
    const cases: { q: string; filter: string; where: string }[] = [
      { q: 'customer invoices', filter: '', where: '' },
      { q: 'notes customer', filter: '', where: '' },
      { q: 'ledger notes', filter: '', where: '' },
      { q: 'bookings ledger', filter: '&tag=ledger', where: "AND p.tags @> ARRAY['ledger']" },
      { q: 'crate stored', filter: '&domain=logistics', where: "AND p.domain = 'logistics'" },
    ];
    for (const { q, filter, where } of cases) {
      const seen: [string, number][] = [];
      let cursor: string | null = null;
      do {
        const page: Result = await search(`q=${encodeURIComponent(q)}${filter}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.items.map((i): [string, number] => [i.urn, i.score]));
        cursor = page.nextCursor ?? null;
      } while (cursor);
      // The tiers as the vectors define them: the exact name, every word in the names, in the labels, anywhere.
      const expected: { urn: string; score: number }[] = await h.app.get(DataSource).query(
        `SELECT p.urn, CASE WHEN p.name = $2 OR lower(p.title) = $3 THEN 4 WHEN p.name_vector @@ q THEN 3 WHEN p.label_vector @@ q THEN 2 ELSE 1 END AS score
         FROM catalog.data_products p JOIN catalog.search_vectors v ON v.doc = p.doc, to_tsquery('english', $1) q
         WHERE (v.search_vector @@ q OR p.name = $2 OR lower(p.title) = $3) ${where} ORDER BY score DESC, p.doc`,
        [q.split(' ').join(' & '), q.split(' ').join('-'), q],
      );
      expect({ q, seen }).toEqual({ q, seen: expected.map((row): [string, number] => [row.urn, row.score]) });
      expect(seen.length).toBeGreaterThan(0);
    }
  });

  it('keeps the pending lists of the GIN indexes search reads a few pages long', async () => {
    const indexes = ['ix_data_products_classifications', 'ix_data_products_label_vector', 'ix_data_products_name_vector', 'ix_data_products_tags', 'ix_search_vectors_search'];
    const rows: { name: string; options: string[] | null }[] = await h.app
      .get(DataSource)
      .query("SELECT c.relname AS name, c.reloptions AS options FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'catalog' AND c.relname = ANY($1) ORDER BY 1", [indexes]);
    expect(rows).toEqual(indexes.map((name) => ({ name, options: ['gin_pending_list_limit=64'] })));
  });

  it('finds nothing when one of the words no product has, nor any word close to it, until a product has it', async () => {
    const result = await search('q=zyxwvq%20orders');
    expect(result.items).toEqual([]);
    expect(result.facets).toMatchObject({ complete: true, domain: [], tag: [] });
    expect((await search('q=zyxwvq%20orders&domain=sales')).items).toEqual([]);
    // A word never typed before whose stem a product has ("parcel" of "Parcels") is not one of them.
    expect(urns(await search('q=parcel%20carrier'))).toEqual(['urn:meshwork:logistics:shipments']);
    await register('sales', 'zyxwvq-orders', { title: 'Zyxwvq orders', purpose: 'Orders under a code name.', tags: ['sales'], fields: [{ name: 'order_id' }] });
    expect(urns(await search('q=zyxwvq%20orders'))[0]).toBe('urn:meshwork:sales:zyxwvq-orders');
  });

  it('ignores words that carry no meaning and still answers', async () => {
    const res = await h.call('/v1/search?q=the');
    const result = await json<Result>(res);
    expect({ status: res.status, items: result.items }).toEqual({ status: 200, items: [] });
    expect(urns(await search('q=the%20consents'))).toEqual(['urn:meshwork:crm:consents']);
    const filtered = await h.call('/v1/search?q=the&status=draft&domain=crm');
    expect({ status: filtered.status, items: (await json<Result>(filtered)).items }).toEqual({ status: 200, items: [] });
  });
});
