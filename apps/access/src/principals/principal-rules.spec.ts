import { principalIssues } from './principal-rules';

describe('principalIssues', () => {
  it('accepts users with or without an e-mail address', () => {
    expect(principalIssues('user', 'ada@example.com')).toEqual([]);
    expect(principalIssues('user', null)).toEqual([]);
  });

  it('accepts service accounts without an e-mail address', () => {
    expect(principalIssues('service-account', null)).toEqual([]);
  });

  it('points at the e-mail address of a service account', () => {
    expect(principalIssues('service-account', 'bot@example.com')).toEqual([expect.objectContaining({ pointer: '/email' })]);
  });
});
