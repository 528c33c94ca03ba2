import { PlatformError } from '../errors/domain-error';
import { checkIfMatch, etagOf } from './etag';

describe('ETag / If-Match', () => {
  const current = etagOf('crm', 3);

  it('changes when the revision changes', () => {
    expect(etagOf('crm', 4)).not.toBe(current);
  });

  it.each([undefined, '*', current, `W/${current}`, `"other", ${current}`])('accepts If-Match %s', (header) => {
    expect(() => checkIfMatch(header, current)).not.toThrow();
  });

  it('rejects a stale If-Match with 412', () => {
    expect(() => checkIfMatch(etagOf('crm', 2), current)).toThrow(PlatformError);
    try {
      checkIfMatch(etagOf('crm', 2), current);
    } catch (error) {
      expect((error as PlatformError).status).toBe(412);
    }
  });
});
