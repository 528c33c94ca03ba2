/**
 * A dependency that is down: the catalog asks governance to evaluate every publish, and when governance cannot
 * answer the publish fails closed, as the README documents (503 problem+json, nothing changes, no fact on the feed);
 * the same publish goes through once governance is back.
 *   npm run e2e:faults
 */
import { createTestDatabase, readWholeFeed, type TestDatabase } from '@meshwork/testing';
// The service processes are shared with the soak benchmark, in tools/bench (not an nx project).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { call, type MeshProcesses, startMesh } from '../../bench/support/mesh-processes';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createDomain, DOMAIN, envelope, expectStatus } from '../../bench/support/mesh-scenario';

/** A request that has not answered by then hangs. */
const HANG_MS = 30_000;
const PRODUCT = 'while-governance-is-down';
const URN = `urn:meshwork:${DOMAIN}:${PRODUCT}`;

describe('governance down during a publish', () => {
  let db: TestDatabase;
  let mesh: MeshProcesses;
  const publishedFacts = async () => {
    const { items } = await readWholeFeed((path, init) => fetch(`${mesh.url('catalog')}${path}`, { ...init, headers: { authorization: `Bearer ${mesh.token}` } }), { limit: 100 });
    return items.filter((e) => e.type === 'io.meshwork.catalog.product.published.v1' && e.subject === URN);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    mesh = await startMesh(db.url, { names: ['catalog', 'governance', 'access'] });
    await createDomain({ access: mesh.url('access'), catalog: mesh.url('catalog') }, mesh.token);
  }, 300_000);

  afterAll(async () => {
    await mesh?.stop();
    await db?.drop();
  }, 60_000);

  it('fails closed with 503 problem+json and leaves the product a draft, then publishes it once governance is back', async () => {
    const registered = await call(mesh.url('catalog'), 'PUT', `/v1/products/${DOMAIN}/${PRODUCT}`, { token: mesh.token, body: envelope(PRODUCT) });
    expectStatus(registered, 201, 'register the product');
    const etag = registered.headers.get('etag') ?? '';

    await mesh.services.governance.kill('SIGKILL');
    const refused = await call(mesh.url('catalog'), 'POST', `/v1/products/${DOMAIN}/${PRODUCT}/transitions`, { token: mesh.token, body: { to: 'published' }, headers: { 'if-match': etag }, timeoutMs: HANG_MS });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ status: 503, code: expect.any(String), detail: expect.stringMatching(/governance/i) });
    const draft = await call<{ status: string }>(mesh.url('catalog'), 'GET', `/v1/products/${DOMAIN}/${PRODUCT}`, { token: mesh.token });
    expect([draft.body.status, draft.headers.get('etag')]).toEqual(['draft', etag]);
    expect(await publishedFacts()).toEqual([]);

    await mesh.services.governance.start();
    const published = await call<{ status: string }>(mesh.url('catalog'), 'POST', `/v1/products/${DOMAIN}/${PRODUCT}/transitions`, { token: mesh.token, body: { to: 'published' }, headers: { 'if-match': etag } });
    expect([published.status, published.body.status]).toEqual([200, 'published']);
    // A feed reader sees a fact once no older transaction is still open: poll until it is there, then count it.
    const deadline = Date.now() + 30_000;
    while ((await publishedFacts()).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await publishedFacts()).toHaveLength(1);
  });
});
