import { type GovernanceHarness, json, startGovernance } from './support';

describe('the governance service (HTTP, real PostgreSQL)', () => {
  let h: GovernanceHarness;

  beforeAll(async () => {
    h = await startGovernance();
  });

  afterAll(async () => {
    await h.close();
  });

  it('migrates its own schema and answers readiness', async () => {
    const res = await h.call('/health/ready');
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ status: 'ok', checks: { database: 'ok' } });
    const schemas = (await h.app.get((await import('typeorm')).DataSource).query("SELECT schema_name FROM information_schema.schemata WHERE schema_name = 'governance'")) as unknown[];
    expect(schemas).toHaveLength(1);
  });

  it('serves its OpenAPI document', async () => {
    const res = await h.call('/docs/openapi.json');
    expect(res.status).toBe(200);
    expect((await json<{ info: { title: string } }>(res)).info.title).toBe('Meshwork Governance');
  });
});
