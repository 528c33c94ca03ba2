import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '@meshwork/descriptors';
import type { ProblemDocument } from '@meshwork/platform';
import { DataSource } from 'typeorm';
import type { GlossaryTermDto } from '../src/glossary/dto/glossary-term.dto';
import { type GovernanceHarness, json, jsonBody, startGovernance } from './support';

const term = (name: string, title = `Title of ${name}`) => ({ name, title, definition: `What ${name} means.`, ownerTeamId: 'crm-data-team', status: 'approved' });

describe('governance Idempotency-Key (HTTP, real PostgreSQL)', () => {
  let h: GovernanceHarness;
  let db: DataSource;

  const post = (path: string, body: unknown, key?: string) => h.call(path, { method: 'POST', ...jsonBody(body, key === undefined ? {} : { 'idempotency-key': key }) });
  const termNames = async () => (await json<{ items: GlossaryTermDto[] }>(await h.call('/v1/glossary/terms?limit=100'))).items.map((t) => t.name);
  const storedKeys = (key: string) => db.query<Array<{ response_status: number | null }>>('SELECT response_status FROM governance.idempotency_keys WHERE key = $1', [key]);

  beforeAll(async () => {
    h = await startGovernance();
    db = h.app.get(DataSource);
  });

  afterAll(async () => {
    await h.close();
  });

  it('replays a repeated create with the same status, body and ETag, and creates one glossary term', async () => {
    const key = randomUUID();
    const first = await post('/v1/glossary/terms', term('customer'), key);
    expect(first.status).toBe(201);
    const body = await first.text();
    const again = await post('/v1/glossary/terms', term('customer'), key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await again.text()).toBe(body);
    expect((await termNames()).filter((n) => n === 'customer')).toHaveLength(1);
    expect(await storedKeys(key)).toEqual([{ response_status: 201 }]);
  });

  it('answers 422 IDEMPOTENCY_KEY_REUSED for the same key with another body, or on another path', async () => {
    const key = randomUUID();
    expect((await post('/v1/glossary/terms', term('order'), key)).status).toBe(201);
    const otherBody = await post('/v1/glossary/terms', term('order', 'Another title'), key);
    expect(otherBody.status).toBe(422);
    expect(await json<ProblemDocument>(otherBody)).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', status: 422 });
    const otherPath = await h.call('/v1/glossary/terms/order', { method: 'DELETE', headers: { 'idempotency-key': key } });
    expect(otherPath.status).toBe(422);
    expect(await termNames()).toContain('order');
  });

  it('runs concurrent duplicates once: the others get the replay or 409 with Retry-After', async () => {
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 4 }, () => post('/v1/glossary/terms', term('invoice'), key)));
    const originals = answers.filter((r) => r.status === 201 && r.headers.get('idempotent-replayed') === null);
    expect(originals).toHaveLength(1);
    for (const other of answers.filter((r) => r !== originals[0])) {
      if (other.status === 201) expect(other.headers.get('idempotent-replayed')).toBe('true');
      else {
        expect(other.status).toBe(409);
        expect(other.headers.get('retry-after')).toBe('1');
        expect(await json<ProblemDocument>(other)).toMatchObject({ code: 'IDEMPOTENCY_KEY_IN_PROGRESS' });
      }
    }
    expect((await termNames()).filter((n) => n === 'invoice')).toHaveLength(1);
  });

  it('replays a PATCH with If-Match and a DELETE (204, no body) instead of answering 412 and 404', async () => {
    expect((await post('/v1/glossary/terms', term('country'))).status).toBe(201);
    const etag = (await h.call('/v1/glossary/terms/country')).headers.get('etag') ?? '';
    const patchKey = randomUUID();
    const patch = () => h.call('/v1/glossary/terms/country', { method: 'PATCH', ...jsonBody({ title: 'Country of residence' }, { 'if-match': etag, 'idempotency-key': patchKey }) });
    const updated = await patch();
    expect(updated.status).toBe(200);
    const replayedPatch = await patch();
    expect(replayedPatch.status).toBe(200);
    expect(replayedPatch.headers.get('etag')).toBe(updated.headers.get('etag'));
    const deleteKey = randomUUID();
    const remove = () => h.call('/v1/glossary/terms/country', { method: 'DELETE', headers: { 'idempotency-key': deleteKey } });
    expect((await remove()).status).toBe(204);
    const replayedDelete = await remove();
    expect(replayedDelete.status).toBe(204);
    expect(replayedDelete.headers.get('idempotent-replayed')).toBe('true');
    expect(await replayedDelete.text()).toBe('');
    expect((await h.call('/v1/glossary/terms/country', { method: 'DELETE' })).status).toBe(404);
  });

  it('keeps a validation refusal (400) and replays it', async () => {
    const key = randomUUID();
    const refused = await post('/v1/glossary/terms', { name: 'Bad Name' }, key);
    expect(refused.status).toBe(400);
    const again = await post('/v1/glossary/terms', { name: 'Bad Name' }, key);
    expect(again.status).toBe(400);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await refused.json());
  });

  it('rejects an invalid key with 400 pointing at the header and creates nothing', async () => {
    const res = await post('/v1/glossary/terms', term('refused'), 'tab\there');
    expect(res.status).toBe(400);
    expect(await json<ProblemDocument>(res)).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ location: 'header', pointer: '/idempotency-key' }] });
    expect(await termNames()).not.toContain('refused');
  });

  it('behaves as before without the header', async () => {
    expect((await post('/v1/glossary/terms', term('plain'))).status).toBe(201);
    const again = await post('/v1/glossary/terms', term('plain'));
    expect(again.status).toBe(409);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
  });

  it('ignores the header on an exempt read over POST (conformance checks store nothing)', async () => {
    const contract = parseDocument(readFileSync(join(__dirname, '..', '..', '..', 'libs', 'descriptors', 'test', 'fixtures', 'customers.odcs.yaml')), 'yaml') as Record<string, unknown>;
    const first = await post('/v1/master-data/conformance', { contracts: [contract] }, 'one-key');
    const second = await post('/v1/master-data/conformance', { contracts: [contract, { ...contract, id: 'other' }] }, 'one-key');
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    expect(await storedKeys('one-key')).toEqual([]);
  });
});
