import { PlatformError } from '@meshwork/platform';
import { contentId, MAX_LISTED_ERRORS, parseObservationBatch, parseOpenLineageEvent } from './observation-input';

const URN = 'urn:meshwork:crm:customers:customers:v1';
const NOW = Date.parse('2026-11-26T04:00:00Z');
const AT = '2026-11-26T03:00:00Z';

function refusal(run: () => unknown): PlatformError {
  try {
    run();
  } catch (error) {
    if (error instanceof PlatformError) return error;
    throw error;
  }
  throw new Error('accepted');
}

function problems(run: () => unknown): string[] {
  return (refusal(run).errors ?? []).map((e) => `${e.pointer} ${e.detail}`);
}

describe('observation batches', () => {
  it('accepts observations, keeps only their fields, normalises instants to UTC and finds the domain', () => {
    const [full, bare] = parseObservationBatch(
      {
        observations: [
          { portUrn: URN, kind: 'run', at: '2026-11-26T05:00:00+02:00', rowCount: 10, errorCount: 0, success: false, oldestRecordAt: '2026-11-25T00:00:00Z', id: 'run-1' },
          { portUrn: URN, kind: 'refresh', at: AT },
        ],
      },
      NOW,
    );
    expect(full).toEqual({ portUrn: URN, domain: 'crm', id: 'run-1', kind: 'run', at: '2026-11-26T03:00:00.000Z', rowCount: 10, errorCount: 0, success: false, oldestRecordAt: '2026-11-25T00:00:00.000Z' });
    expect(bare).toMatchObject({ portUrn: URN, domain: 'crm', kind: 'refresh', at: '2026-11-26T03:00:00.000Z', rowCount: null, errorCount: null, success: null, oldestRecordAt: null });
    expect(bare.id).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('derives the same id for the same content, however its instant is written, and another for other content', () => {
    const [a, b, c] = parseObservationBatch(
      {
        observations: [
          { portUrn: URN, kind: 'refresh', at: '2026-11-26T03:00:00Z', rowCount: 5 },
          { rowCount: 5, at: '2026-11-26T04:00:00.000+01:00', kind: 'refresh', portUrn: URN },
          { portUrn: URN, kind: 'refresh', at: '2026-11-26T03:00:00Z', rowCount: 6 },
        ],
      },
      NOW,
    );
    expect(a.id).toBe(b.id);
    expect(c.id).not.toBe(a.id);
    expect(contentId(a)).toBe(a.id);
  });

  it('accepts an instant up to 5 minutes ahead and refuses one further', () => {
    expect(parseObservationBatch({ observations: [{ portUrn: URN, kind: 'check', at: '2026-11-26T04:05:00Z' }] }, NOW)).toHaveLength(1);
    expect(problems(() => parseObservationBatch({ observations: [{ portUrn: URN, kind: 'check', at: '2026-11-26T04:05:00.001Z' }] }, NOW))).toEqual([
      '/observations/0/at at must not be more than 5 minutes in the future',
    ]);
  });

  it.each<[string, unknown, string[]]>([
    ['every field wrong', { portUrn: 'urn:meshwork:crm:customers', kind: 'load', at: '2026-11-26 03:00', rowCount: -1, errorCount: 1.5, success: 'yes', oldestRecordAt: 3, id: '' }, [
      '/observations/0/portUrn portUrn must be an output port URN (urn:meshwork:<domain>:<product>:<port>:v<major>)',
      '/observations/0/kind kind must be one of the following values: refresh, check, run',
      '/observations/0/at at must be an ISO 8601 date-time with a zone (e.g. 2026-11-26T04:00:00Z)',
      '/observations/0/rowCount rowCount must be a non-negative integer',
      '/observations/0/errorCount errorCount must be a non-negative integer',
      '/observations/0/success success must be a boolean',
      '/observations/0/oldestRecordAt oldestRecordAt must be an ISO 8601 date-time with a zone (e.g. 2026-11-26T04:00:00Z)',
      '/observations/0/id id must be longer than or equal to 1 characters',
    ]],
    ['missing fields', {}, ['/observations/0/portUrn portUrn must be a string', '/observations/0/kind kind must be one of the following values: refresh, check, run', '/observations/0/at at must be an ISO 8601 date-time with a zone (e.g. 2026-11-26T04:00:00Z)']],
    ['an instant without a zone', { portUrn: URN, kind: 'run', at: '2026-11-26T03:00:00' }, ['/observations/0/at at must be an ISO 8601 date-time with a zone (e.g. 2026-11-26T04:00:00Z)']],
    ['an impossible instant', { portUrn: URN, kind: 'run', at: '2026-13-26T03:00:00Z' }, ['/observations/0/at at must be an ISO 8601 date-time with a zone (e.g. 2026-11-26T04:00:00Z)']],
    ['a day the month does not have', { portUrn: URN, kind: 'run', at: '2026-02-29T03:00:00.000Z' }, ['/observations/0/at at must be an ISO 8601 date-time with a zone (e.g. 2026-11-26T04:00:00Z)']],
    ['an unknown field', { portUrn: URN, kind: 'run', at: AT, 'a/b': 1 }, ['/observations/0/a~1b property a/b should not exist']],
    ['not an object', 'run', ['/observations/0 an observation must be a JSON object']],
    ['an id too long', { portUrn: URN, kind: 'run', at: AT, id: 'x'.repeat(201) }, ['/observations/0/id id must be shorter than or equal to 200 characters']],
  ])('refuses an observation: %s', (_label, item, expected) => {
    expect(problems(() => parseObservationBatch({ observations: [item] }, NOW))).toEqual(expected);
  });

  it.each<[string, unknown, string[]]>([
    ['not an object', [], [' the body must be a JSON object']],
    ['no observations', {}, ['/observations observations must be an array']],
    ['an empty list', { observations: [] }, ['/observations observations must contain at least 1 elements']],
    ['too many', { observations: Array.from({ length: 10_001 }, () => ({ portUrn: URN, kind: 'run', at: AT })) }, ['/observations observations must contain no more than 10000 elements']],
    ['an unknown field', { observations: [{ portUrn: URN, kind: 'run', at: AT }], extra: 1 }, ['/extra property extra should not exist']],
  ])('refuses a batch: %s', (_label, body, expected) => {
    expect(problems(() => parseObservationBatch(body, NOW))).toEqual(expected);
  });

  it('refuses a whole batch for one bad item, pointing at it', () => {
    const observations = Array.from({ length: 20 }, () => ({ portUrn: URN, kind: 'run', at: AT }));
    observations[17] = { portUrn: URN, kind: 'run', at: 'yesterday' };
    expect(problems(() => parseObservationBatch({ observations }, NOW))).toEqual(['/observations/17/at at must be an ISO 8601 date-time with a zone (e.g. 2026-11-26T04:00:00Z)']);
  });

  it('lists the first 100 invalid values and counts the rest', () => {
    const error = refusal(() => parseObservationBatch({ observations: Array.from({ length: 150 }, () => ({ portUrn: URN, kind: 'run' })) }, NOW));
    expect(error.errors).toHaveLength(MAX_LISTED_ERRORS);
    expect(error.errors?.[99].pointer).toBe('/observations/99/at');
    expect(error.detail).toMatch(/^Invalid body \(150 invalid values, 50 more not listed\): /);
  });
});

describe('OpenLineage run events', () => {
  it('makes a refresh and a successful run of COMPLETE, a failed run of FAIL, with ids from the run and the event type', () => {
    expect(parseOpenLineageEvent({ portUrn: URN, eventType: 'COMPLETE', eventTime: AT, runId: 'r1' }, NOW)).toEqual([
      { portUrn: URN, domain: 'crm', id: 'openlineage:r1:COMPLETE:refresh', kind: 'refresh', at: '2026-11-26T03:00:00.000Z', rowCount: null, errorCount: null, success: true, oldestRecordAt: null },
      { portUrn: URN, domain: 'crm', id: 'openlineage:r1:COMPLETE:run', kind: 'run', at: '2026-11-26T03:00:00.000Z', rowCount: null, errorCount: null, success: true, oldestRecordAt: null },
    ]);
    expect(parseOpenLineageEvent({ portUrn: URN, eventType: 'FAIL', eventTime: AT, runId: 'r1' }, NOW)).toEqual([
      { portUrn: URN, domain: 'crm', id: 'openlineage:r1:FAIL:run', kind: 'run', at: '2026-11-26T03:00:00.000Z', rowCount: null, errorCount: null, success: false, oldestRecordAt: null },
    ]);
  });

  it('refuses an event with wrong fields, pointing at each', () => {
    expect(problems(() => parseOpenLineageEvent({ portUrn: 'x', eventType: 'START', eventTime: '2027-01-01T00:00:00Z', runId: '', job: {} }, NOW))).toEqual([
      '/job property job should not exist',
      '/portUrn portUrn must be an output port URN (urn:meshwork:<domain>:<product>:<port>:v<major>)',
      '/eventType eventType must be one of the following values: COMPLETE, FAIL',
      '/eventTime eventTime must not be more than 5 minutes in the future',
      '/runId runId must be a string of 1 to 160 characters',
    ]);
  });
});
