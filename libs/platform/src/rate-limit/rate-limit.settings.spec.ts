import { RATE_LIMIT_DEFAULTS, rateLimitSettings } from './rate-limit.settings';

describe('rateLimitSettings', () => {
  it('has generous defaults', () => {
    const problems: string[] = [];
    expect(rateLimitSettings({}, problems)).toEqual(RATE_LIMIT_DEFAULTS);
    expect(problems).toEqual([]);
  });

  it('reads each variable, 0 turning its limit off', () => {
    const problems: string[] = [];
    const settings = rateLimitSettings(
      {
        MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE: '0',
        MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP: '100',
        MESHWORK_RATE_LIMIT_TOKENS_PER_MINUTE: '5',
        MESHWORK_RATE_LIMIT_TOKENS_PER_MINUTE_PER_IP: '0',
      },
      problems,
    );
    expect(settings).toEqual({ writesPerPrincipal: undefined, writesPerIp: 100, tokensPerKey: 5, tokensPerIp: undefined });
    expect(problems).toEqual([]);
  });

  it.each(['-1', '1.5', 'many', '10000001'])('refuses %p', (value) => {
    const problems: string[] = [];
    rateLimitSettings({ MESHWORK_RATE_LIMIT_TOKENS_PER_MINUTE: value }, problems);
    expect(problems).toEqual([`MESHWORK_RATE_LIMIT_TOKENS_PER_MINUTE must be an integer between 0 (no limit) and 10000000 (got "${value}")`]);
  });
});
