import { ConfigError, loadPlatformConfig } from './config';

const defaults = { serviceName: 'catalog', port: 3001 };
const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres' };

describe('loadPlatformConfig', () => {
  it('applies the service defaults when only DATABASE_URL is set', () => {
    const config = loadPlatformConfig(defaults, base);
    expect(config).toMatchObject({ port: 3001, host: '127.0.0.1', nodeEnv: 'development', bodyLimit: 1048576, idempotencyLockSeconds: 60, databasePoolSize: 10, devToken: undefined });
    expect(config.jwt).toBeUndefined();
  });

  it('reads the identity provider settings, with defaults for the audience and the claims', () => {
    const config = loadPlatformConfig(defaults, { ...base, AUTH_JWKS_URL: 'https://id.example.com/jwks', AUTH_ISSUER: 'https://id.example.com/' });
    expect(config.jwt).toEqual({
      jwksUrl: 'https://id.example.com/jwks',
      issuer: 'https://id.example.com/',
      audience: 'meshwork',
      rolesClaim: 'roles',
      teamsClaim: 'teams',
    });
  });

  it('reads how long an Idempotency-Key stays reserved for a request that never completed', () => {
    expect(loadPlatformConfig(defaults, { ...base, MESHWORK_IDEMPOTENCY_LOCK_SECONDS: '10' }).idempotencyLockSeconds).toBe(10);
  });

  it('reads how many connections the pool holds at most', () => {
    expect(loadPlatformConfig(defaults, { ...base, MESHWORK_DB_POOL_SIZE: '4' }).databasePoolSize).toBe(4);
  });

  it('takes the audience and claim names from the environment', () => {
    const config = loadPlatformConfig(defaults, {
      ...base,
      AUTH_JWKS_URL: 'http://127.0.0.1:8080/certs',
      AUTH_ISSUER: 'idp',
      AUTH_AUDIENCE: 'catalog',
      AUTH_ROLES_CLAIM: 'realm_access.roles',
      AUTH_TEAMS_CLAIM: 'groups',
    });
    expect(config.jwt).toMatchObject({ audience: 'catalog', rolesClaim: 'realm_access.roles', teamsClaim: 'groups' });
  });

  it.each([
    [{}, 'DATABASE_URL is required'],
    [{ ...base, PORT: 'eighty' }, 'PORT must be an integer'],
    [{ ...base, LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ ...base, MESHWORK_IDEMPOTENCY_LOCK_SECONDS: '1' }, 'MESHWORK_IDEMPOTENCY_LOCK_SECONDS must be'],
    [{ ...base, MESHWORK_DB_POOL_SIZE: '0' }, 'MESHWORK_DB_POOL_SIZE must be'],
    [{ ...base, DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must start with postgres://'],
    [{ ...base, MESHWORK_DEV_TOKEN: 'short' }, 'MESHWORK_DEV_TOKEN must be at least 16 characters'],
    [{ ...base, NODE_ENV: 'production', MESHWORK_DEV_TOKEN: 'x'.repeat(32) }, 'must not be set in production'],
    [{ ...base, AUTH_JWKS_URL: 'https://id.example.com/jwks' }, 'AUTH_ISSUER is required when AUTH_JWKS_URL is set'],
    [{ ...base, AUTH_JWKS_URL: 'ftp://id.example.com/jwks', AUTH_ISSUER: 'idp' }, 'AUTH_JWKS_URL must be an http:// or https:// URL'],
    [{ ...base, AUTH_JWKS_URL: 'not a url', AUTH_ISSUER: 'idp' }, 'AUTH_JWKS_URL must be an http:// or https:// URL'],
    [{ ...base, AUTH_ISSUER: 'idp' }, 'AUTH_ISSUER takes effect only with AUTH_JWKS_URL'],
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

  it('lists a missing issuer with the other problems', () => {
    try {
      loadPlatformConfig(defaults, { ...base, PORT: 'x', AUTH_JWKS_URL: 'jwks' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        expect.stringContaining('PORT'),
        expect.stringContaining('AUTH_ISSUER is required'),
        expect.stringContaining('AUTH_JWKS_URL must be an http:// or https:// URL'),
      ]);
    }
  });
});
