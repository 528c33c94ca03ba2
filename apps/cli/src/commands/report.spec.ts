import { type FakeCall, fakeFetch, problem, removeHome, runCli, type TestIo, testIo } from '../../test/support';

const PORT = 'urn:meshwork:crm:customers:customers:v1';
const line = (fields: Record<string, unknown>) => JSON.stringify({ portUrn: PORT, kind: 'refresh', at: '2026-11-26T04:00:00Z', ...fields });

/** Accepts a batch whose observations all have a valid kind; refuses the others whole, naming them by pointer. */
function sla(call: FakeCall) {
  if (call.url.pathname !== '/v1/observations') return undefined;
  const observations = (call.body as { observations: { kind: string; id?: string }[] }).observations;
  const errors = observations.flatMap((o, i) => (['refresh', 'check', 'run'].includes(o.kind) ? [] : [{ pointer: `/observations/${i}/kind`, detail: 'must be one of refresh, check, run' }]));
  if (errors.length) return problem(400, 'Bad Request', `${errors.length} invalid values`, { code: 'VALIDATION_FAILED', errors });
  const duplicates = observations.filter((o) => o.id?.startsWith('seen')).length;
  return { body: { accepted: observations.length - duplicates, duplicates } };
}

describe('meshwork report', () => {
  let io: TestIo;
  afterEach(() => removeHome(io));

  it('counts accepted, duplicate and rejected observations, with the line numbers of the bad lines', async () => {
    const fake = fakeFetch(sla);
    const stdin = [line({ id: 'a' }), '', 'not json', line({ id: 'seen-1' }), line({ kind: 'reload' }), '[1]', line({ id: 'b' })];
    io = testIo({ fetch: fake.fetch, stdin });
    const { code, stdout } = await runCli(io, 'report', '--token', 't');
    expect(code).toBe(1);
    const [counts, ...rejected] = stdout.trimEnd().split('\n');
    expect(counts).toBe('accepted 2, duplicates 1, rejected 3');
    expect(rejected).toEqual([expect.stringMatching(/^ {2}line 3: not JSON: Unexpected token/), '  line 5: /kind: must be one of refresh, check, run', '  line 6: an observation is a JSON object, not an array']);
    expect(fake.calls.map((c) => (c.body as { observations: unknown[] }).observations.length)).toEqual([4, 3]);
  });

  it('sends batches of --batch-size, fills in --port, and prints JSON with --output json', async () => {
    const fake = fakeFetch(sla);
    io = testIo({ fetch: fake.fetch, stdin: ['{"kind":"run","at":"2026-11-26T04:00:00Z","success":true}', line({}), line({})] });
    const { code, stdout } = await runCli(io, 'report', '--port', PORT, '--batch-size', '2', '--token', 't', '-o', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ accepted: 3, duplicates: 0, rejected: 0, errors: [] });
    expect(fake.calls.map((c) => (c.body as { observations: unknown[] }).observations.length)).toEqual([2, 1]);
    expect((fake.calls[0].body as { observations: { portUrn: string }[] }).observations[0].portUrn).toBe(PORT);
  });

  it('refuses to read from a terminal, and passes a refusal that names no line through', async () => {
    io = testIo({ tty: true });
    expect(await runCli(io, 'report', '--token', 't')).toMatchObject({ code: 2, stderr: expect.stringContaining('pipe JSON lines into it') });
    removeHome(io);
    io = testIo({ fetch: fakeFetch(() => problem(403, 'Forbidden', 'Only the owners of crm may report.')).fetch, stdin: [line({})] });
    expect(await runCli(io, 'report', '--token', 't')).toMatchObject({ code: 1, stderr: 'error: 403 Forbidden: Only the owners of crm may report.\n' });
  });
});
