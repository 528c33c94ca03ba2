import { PlatformError } from '@meshwork/platform';
import { parseDecisionBatch, parseDecisionCheck } from './decision-input';

const ID = '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40';
const URN = 'urn:meshwork:crm:customers:customers:v1';

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    return (error.errors ?? []).map((e) => `${e.pointer} ${e.detail}`);
  }
  throw new Error('accepted');
}

describe('decision bodies', () => {
  it('accepts a check, with or without a purpose, and keeps only its fields', () => {
    expect(parseDecisionCheck({ principalId: ID, action: 'read', resource: URN })).toEqual({ principalId: ID, action: 'read', resource: URN });
    expect(parseDecisionCheck({ principalId: ID, action: 'read', resource: URN, purpose: 'Churn' })).toEqual({ principalId: ID, action: 'read', resource: URN, purpose: 'Churn' });
    expect(parseDecisionCheck({ principalId: ID.toUpperCase(), action: 'read', resource: URN, purpose: null })).toEqual({ principalId: ID.toUpperCase(), action: 'read', resource: URN });
  });

  it.each<[string, unknown, string[]]>([
    ['not an object', [1], [' a check must be a JSON object']],
    ['null', null, [' a check must be a JSON object']],
    ['every field wrong', { principalId: 'nope', action: 'write', resource: 'x' }, ['/principalId principalId must be a UUID', '/action action must be one of the following values: read', '/resource resource must be a Meshwork URN (urn:meshwork:…)']],
    ['missing fields', {}, ['/principalId principalId must be a UUID', '/action action must be one of the following values: read', '/resource resource must be a string']],
    ['an unknown field', { principalId: ID, action: 'read', resource: URN, 'a/b': 1 }, ['/a~1b property a/b should not exist']],
    ['too long', { principalId: ID, action: 'read', resource: `urn:meshwork:${'x'.repeat(500)}`, purpose: '' }, ['/resource resource must be shorter than or equal to 500 characters', '/purpose purpose must be longer than or equal to 1 characters']],
    ['a purpose of the wrong type', { principalId: ID, action: 'read', resource: URN, purpose: 3 }, ['/purpose purpose must be a string']],
  ])('refuses a check: %s', (_label, body, expected) => {
    expect(problems(() => parseDecisionCheck(body))).toEqual(expected);
  });

  it('accepts a batch of 1 to 500 checks, in order', () => {
    const checks = [
      { principalId: ID, action: 'read', resource: URN },
      { principalId: ID, action: 'read', resource: `${URN}2`, purpose: 'p' },
    ];
    expect(parseDecisionBatch({ checks })).toEqual(checks);
  });

  it.each<[string, unknown, string[]]>([
    ['no checks', {}, ['/checks checks must be an array']],
    ['an empty list', { checks: [] }, ['/checks checks must contain at least 1 elements']],
    ['too many', { checks: Array.from({ length: 501 }, () => ({ principalId: ID, action: 'read', resource: URN })) }, ['/checks checks must contain no more than 500 elements']],
    ['a bad check among good ones', { checks: [{ principalId: ID, action: 'read', resource: URN }, { principalId: ID, action: 'read' }] }, ['/checks/1/resource resource must be a string']],
    ['an unknown field', { checks: [{ principalId: ID, action: 'read', resource: URN }], extra: true }, ['/extra property extra should not exist']],
    ['not an object', 'checks', [' the body must be a JSON object']],
  ])('refuses a batch: %s', (_label, body, expected) => {
    expect(problems(() => parseDecisionBatch(body))).toEqual(expected);
  });
});
