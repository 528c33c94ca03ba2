import { DataSource } from 'typeorm';
import { type AccessHarness, json, jsonBody, type Problem, type Schemas, startAccess } from './support';

const PORT_URN = 'urn:meshwork:crm:customers:customers:v1';

describe('grant revocation with If-Match (HTTP, real PostgreSQL)', () => {
  let h: AccessHarness;

  beforeAll(async () => {
    h = await startAccess();
  });

  afterAll(async () => {
    await h?.close();
  });

  /** A grant as an approval leaves it (the approval path itself is covered by access-requests.e2e-spec). */
  async function grant(): Promise<string> {
    const rows = (await h.app.get(DataSource).query(
      `INSERT INTO access.grants (request_id, consumer_team, port_urn, owner_team_id, purpose, expires_at, approved_by)
       VALUES (gen_random_uuid(), 'billing-team', $1, 'crm-data-team', 'Churn analysis', now() + interval '30 days', ARRAY['olivia'])
       RETURNING id`,
      [PORT_URN],
    )) as { id: string }[];
    return rows[0].id;
  }

  const revoke = (id: string, headers: Record<string, string> = {}) => h.call(`/v1/grants/${id}/revoke`, { method: 'POST', ...jsonBody({ reason: 'Project ended' }, headers) });

  it('answers an ETag on read that a revocation with If-Match accepts, and a new ETag after it', async () => {
    const id = await grant();
    const read = await h.call(`/v1/grants/${id}`);
    expect(read.status).toBe(200);
    const etag = read.headers.get('etag');
    expect(etag).toMatch(/^"[^"]+"$/);
    const revoked = await revoke(id, { 'if-match': etag ?? '' });
    expect(revoked.status).toBe(200);
    expect(await json<Schemas['GrantDto']>(revoked)).toMatchObject({ id, active: false, revokeReason: 'Project ended' });
    const after = revoked.headers.get('etag');
    expect(after).toMatch(/^"[^"]+"$/);
    expect(after).not.toBe(etag);
    expect((await h.call(`/v1/grants/${id}`)).headers.get('etag')).toBe(after);
  });

  it('refuses a revocation whose If-Match is stale with 412 and leaves the grant as the first revocation made it', async () => {
    const id = await grant();
    const etag = (await h.call(`/v1/grants/${id}`)).headers.get('etag') ?? '';
    const first = await h.call(`/v1/grants/${id}/revoke`, { method: 'POST', ...jsonBody({ reason: 'first' }, { 'if-match': etag }) });
    expect(first.status).toBe(200);
    const stale = await h.call(`/v1/grants/${id}/revoke`, { method: 'POST', ...jsonBody({ reason: 'second' }, { 'if-match': etag }) });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    const problem = await json<Problem>(stale);
    expect(problem).toMatchObject({ status: 412, code: 'PRECONDITION_FAILED' });
    expect(problem.detail).toContain(etag);
    expect(await json<Schemas['GrantDto']>(await h.call(`/v1/grants/${id}`))).toMatchObject({ revokeReason: 'first' });
  });

  it('refuses an If-Match naming another grant with 412, and accepts * and no If-Match at all', async () => {
    const [a, b, c] = [await grant(), await grant(), await grant()];
    const etagOfB = (await h.call(`/v1/grants/${b}`)).headers.get('etag') ?? '';
    expect((await revoke(a, { 'if-match': etagOfB })).status).toBe(412);
    expect((await revoke(a, { 'if-match': '*' })).status).toBe(200);
    expect((await revoke(c)).status).toBe(200);
    // Without If-Match a second revocation is still the 409 it always was.
    const again = await revoke(c);
    expect(again.status).toBe(409);
  });
});
