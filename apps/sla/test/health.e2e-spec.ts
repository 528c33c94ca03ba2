import { type SlaHarness, json, startSla } from './support';

describe('the SLA service (HTTP, real PostgreSQL)', () => {
  let h: SlaHarness;

  beforeAll(async () => {
    h = await startSla();
  });

  afterAll(async () => {
    await h.close();
  });

  it('migrates its own schema and answers readiness', async () => {
    const res = await h.call('/health/ready');
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ status: 'ok', checks: { database: 'ok' } });
    const schemas = (await h.app.get((await import('typeorm')).DataSource).query("SELECT schema_name FROM information_schema.schemata WHERE schema_name = 'sla'")) as unknown[];
    expect(schemas).toHaveLength(1);
  });

  it('serves its OpenAPI document', async () => {
    const res = await h.call('/docs/openapi.json');
    expect(res.status).toBe(200);
    expect((await json<{ info: { title: string } }>(res)).info.title).toBe('Meshwork SLA');
  });
});
