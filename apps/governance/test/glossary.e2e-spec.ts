import { randomUUID } from 'node:crypto';
import type { ProblemDocument } from '@meshwork/platform';
import type { TestActor } from '@meshwork/testing';
import type { GlossaryTermDto } from '../src/glossary/dto/glossary-term.dto';
import { type GovernanceHarness, json, jsonBody, startGovernance } from './support';

interface TermPage {
  items: GlossaryTermDto[];
  total: number;
  limit: number;
  offset: number;
}

const ACTORS = {
  officer: { id: randomUUID(), roles: ['governance-officer'], teamRoles: [] },
  crmOwner: { id: randomUUID(), roles: [], teamRoles: [{ team: 'crm-data-team', role: 'domain-owner' }] },
  crmMember: { id: randomUUID(), roles: [], teamRoles: [{ team: 'crm-data-team', role: 'domain-member' }] },
  salesOwner: { id: randomUUID(), roles: [], teamRoles: [{ team: 'sales-data-team', role: 'domain-owner' }] },
  consumer: { id: randomUUID(), roles: [], teamRoles: [] },
} satisfies Record<string, TestActor>;

type ActorName = keyof typeof ACTORS;

const CUSTOMER_ID_TERM = {
  name: 'customer-identifier',
  title: 'Customer identifier',
  definition: 'The stable identifier the CRM assigns to a customer; never reused.',
  ownerTeamId: 'crm-data-team',
  synonyms: ['Customer ID', 'Client number'],
  status: 'approved',
};

describe('glossary terms (HTTP, real PostgreSQL)', () => {
  let h: GovernanceHarness;
  const tokens = {} as Record<ActorName, string>;

  const as = (actor: ActorName, path: string, init: RequestInit = {}) =>
    h.call(path, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${tokens[actor]}` } });

  beforeAll(async () => {
    h = await startGovernance();
    for (const [name, actor] of Object.entries(ACTORS)) tokens[name as ActorName] = await h.tokenFor(actor);
    for (const term of [
      CUSTOMER_ID_TERM,
      { name: 'country', title: 'Country', definition: 'Where a party resides, as an ISO 3166-1 alpha-2 code.', ownerTeamId: 'crm-data-team', synonyms: ['Country code'] },
      { name: 'net-revenue', title: 'Net revenue', definition: 'Revenue after discounts and returns.', ownerTeamId: 'sales-data-team', synonyms: ['Revenue (net)', '100% net'], status: 'deprecated' },
    ]) {
      const res = await as('officer', '/v1/glossary/terms', { method: 'POST', ...jsonBody(term) });
      expect(res.status).toBe(201);
    }
  });

  afterAll(async () => {
    await h.close();
  });

  it('lets a governance officer define a term, answered with its ETag and location', async () => {
    const res = await as('officer', '/v1/glossary/terms', {
      method: 'POST',
      ...jsonBody({ name: 'churn', title: 'Churn', definition: 'A customer who ended every contract.', ownerTeamId: 'crm-data-team' }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/v1/glossary/terms/churn');
    expect(res.headers.get('etag')).toMatch(/^".+"$/);
    const term = await json<GlossaryTermDto>(res);
    expect(term).toEqual({
      name: 'churn',
      title: 'Churn',
      definition: 'A customer who ended every contract.',
      ownerTeamId: 'crm-data-team',
      synonyms: [],
      status: 'draft',
      masterDataEntity: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const read = await as('consumer', '/v1/glossary/terms/churn');
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe(res.headers.get('etag'));
  });

  it('answers 409 for a name that is taken', async () => {
    const res = await as('officer', '/v1/glossary/terms', { method: 'POST', ...jsonBody(CUSTOMER_ID_TERM) });
    expect(res.status).toBe(409);
    expect(await json<ProblemDocument>(res)).toMatchObject({ code: 'TERM_EXISTS', detail: "Glossary term 'customer-identifier' already exists." });
  });

  it('answers 400 with a pointer per invalid field', async () => {
    const res = await as('officer', '/v1/glossary/terms', {
      method: 'POST',
      ...jsonBody({ name: 'Customer Id', title: '', definition: 'x', ownerTeamId: 'crm-data-team', synonyms: ['ID', 'id'], status: 'final', owner: 'me' }),
    });
    expect(res.status).toBe(400);
    const problem = await json<ProblemDocument>(res);
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect([...new Set(problem.errors?.map((e) => e.pointer))].sort()).toEqual(['/name', '/owner', '/status', '/synonyms', '/title']);
  });

  it('answers 422 with a pointer for a master-data entity that does not exist', async () => {
    const res = await as('officer', '/v1/glossary/terms', { method: 'POST', ...jsonBody({ ...CUSTOMER_ID_TERM, name: 'customer-key', masterDataEntity: 'nobody' }) });
    expect(res.status).toBe(422);
    expect(await json<ProblemDocument>(res)).toMatchObject({ code: 'UNKNOWN_REFERENCE', errors: [{ pointer: '/masterDataEntity', detail: "master-data entity 'nobody' does not exist" }] });
  });

  it.each<ActorName>(['consumer', 'crmOwner', 'crmMember'])('refuses a %s defining a term (403)', async (actor) => {
    const res = await as(actor, '/v1/glossary/terms', { method: 'POST', ...jsonBody({ ...CUSTOMER_ID_TERM, name: `term-of-${actor.toLowerCase()}` }) });
    expect(res.status).toBe(403);
  });

  it('answers 404 for a term that does not exist', async () => {
    const res = await as('consumer', '/v1/glossary/terms/nothing-here');
    expect(res.status).toBe(404);
    expect(await json<ProblemDocument>(res)).toMatchObject({ code: 'TERM_NOT_FOUND' });
  });

  it.each([
    ['a name prefix', 'q=cust', ['customer-identifier']],
    ['a title prefix in another case', 'q=NET%20REV', ['net-revenue']],
    ['a synonym prefix', 'q=client', ['customer-identifier']],
    ['a prefix holding a LIKE wildcard, taken literally', 'q=100%25', ['net-revenue']],
    ['a wildcard that matches nothing literally', 'q=%25', []],
    ['a status', 'status=deprecated', ['net-revenue']],
    ['an owner team', 'ownerTeamId=sales-data-team', ['net-revenue']],
    ['a prefix and a status', 'q=c&status=approved', ['customer-identifier']],
  ])('lists terms filtered by %s', async (_case, query, names) => {
    const res = await as('consumer', `/v1/glossary/terms?${query}`);
    expect(res.status).toBe(200);
    const page = await json<TermPage>(res);
    expect(page.items.map((t) => t.name)).toEqual(names);
    expect(page.total).toBe(names.length);
  });

  it('pages terms sorted by name', async () => {
    const res = await as('consumer', '/v1/glossary/terms?limit=1&offset=1&q=c');
    const page = await json<TermPage>(res);
    expect(page).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(page.items.map((t) => t.name)).toEqual(['country']);
  });

  it('answers 400 with a query pointer for an unknown status', async () => {
    const res = await as('consumer', '/v1/glossary/terms?status=final');
    expect(res.status).toBe(400);
    expect((await json<ProblemDocument>(res)).errors).toEqual([expect.objectContaining({ location: 'query', pointer: '/status' })]);
  });

  it("lets the owner team's domain owner update the term, with If-Match", async () => {
    const read = await as('crmOwner', '/v1/glossary/terms/country');
    const etag = read.headers.get('etag') ?? '';
    const res = await as('crmOwner', '/v1/glossary/terms/country', { method: 'PATCH', ...jsonBody({ synonyms: ['Country code', 'Nation'], status: 'approved' }, { 'if-match': etag }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).not.toBe(etag);
    expect(await json<GlossaryTermDto>(res)).toMatchObject({ name: 'country', synonyms: ['Country code', 'Nation'], status: 'approved' });

    const stale = await as('crmOwner', '/v1/glossary/terms/country', { method: 'PATCH', ...jsonBody({ title: 'Nation' }, { 'if-match': etag }) });
    expect(stale.status).toBe(412);
    expect(await json<ProblemDocument>(stale)).toMatchObject({ code: 'PRECONDITION_FAILED' });
  });

  it.each<ActorName>(['salesOwner', 'crmMember', 'consumer'])('refuses a %s updating a term of the CRM team (403)', async (actor) => {
    const res = await as(actor, '/v1/glossary/terms/customer-identifier', { method: 'PATCH', ...jsonBody({ title: 'Customer key' }) });
    expect(res.status).toBe(403);
    expect((await json<GlossaryTermDto>(await as('consumer', '/v1/glossary/terms/customer-identifier'))).title).toBe('Customer identifier');
  });

  it('refuses a domain owner handing a term to a team it does not own, and lets a governance officer do it', async () => {
    const handOver = jsonBody({ ownerTeamId: 'sales-data-team' });
    expect((await as('crmOwner', '/v1/glossary/terms/churn', { method: 'PATCH', ...handOver })).status).toBe(403);
    const res = await as('officer', '/v1/glossary/terms/churn', { method: 'PATCH', ...handOver });
    expect(res.status).toBe(200);
    expect((await json<GlossaryTermDto>(res)).ownerTeamId).toBe('sales-data-team');
    expect((await as('salesOwner', '/v1/glossary/terms/churn', { method: 'PATCH', ...jsonBody({ definition: 'A customer who left.' }) })).status).toBe(200);
  });

  it('answers 404 when updating a term that does not exist, and 400 for a name in the body', async () => {
    expect((await as('officer', '/v1/glossary/terms/nothing-here', { method: 'PATCH', ...jsonBody({ title: 'X' }) })).status).toBe(404);
    const renamed = await as('officer', '/v1/glossary/terms/country', { method: 'PATCH', ...jsonBody({ name: 'nation' }) });
    expect(renamed.status).toBe(400);
    expect((await json<ProblemDocument>(renamed)).errors).toEqual([expect.objectContaining({ pointer: '/name' })]);
  });

  it('lets only a governance officer delete a term', async () => {
    await as('officer', '/v1/glossary/terms', { method: 'POST', ...jsonBody({ name: 'obsolete', title: 'Obsolete', definition: 'Gone soon.', ownerTeamId: 'crm-data-team' }) });
    expect((await as('crmOwner', '/v1/glossary/terms/obsolete', { method: 'DELETE' })).status).toBe(403);
    expect((await as('officer', '/v1/glossary/terms/obsolete', { method: 'DELETE' })).status).toBe(204);
    expect((await as('officer', '/v1/glossary/terms/obsolete', { method: 'DELETE' })).status).toBe(404);
    expect((await as('consumer', '/v1/glossary/terms/obsolete')).status).toBe(404);
  });

  it('refuses a caller without a token (401)', async () => {
    const res = await fetch(`${h.baseUrl}/v1/glossary/terms`);
    expect(res.status).toBe(401);
  });
});
