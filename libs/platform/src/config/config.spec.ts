import { ConfigError, loadPlatformConfig } from './config';

const defaults = { serviceName: 'catalog', port: 3001 };
const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres' };

describe('loadPlatformConfig', () => {
  it('applies the service defaults when only DATABASE_URL is set', () => {
    const config = loadPlatformConfig(defaults, base);
    expect(config).toMatchObject({ port: 3001, host: '127.0.0.1', nodeEnv: 'development', bodyLimit: 1048576, devToken: undefined });
  });

  it.each([
    [{}, 'DATABASE_URL is required'],
    [{ ...base, PORT: 'eighty' }, 'PORT must be an integer'],
    [{ ...base, LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ ...base, DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must start with postgres://'],
    [{ ...base, MESHWORK_DEV_TOKEN: 'short' }, 'MESHWORK_DEV_TOKEN must be at least 16 characters'],
    [{ ...base, NODE_ENV: 'production', MESHWORK_DEV_TOKEN: 'x'.repeat(32) }, 'must not be set in production'],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => loadPlatformConfig(defaults, env)).toThrow(ConfigError);
    expect(() => loadPlatformConfig(defaults, env)).toThrow(message);
  });

  it('lists every problem at once', () => {
    try {
      loadPlatformConfig(defaults, { PORT: '-1', LOG_LEVEL: 'x' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(3);
    }
  });
});
