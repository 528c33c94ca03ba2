import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configPath, envSettings, readStoredConfig, resolveConnection } from './config';
import { removeHome, type TestIo, testIo } from '../test/support';

describe('configuration: flags over environment over ~/.config/meshwork/config.json', () => {
  let io: TestIo;
  afterEach(() => removeHome(io));

  it('takes each service from the first source that names it or a gateway, else the default', () => {
    const connection = resolveConnection({
      flag: { urls: { catalog: 'http://flag-catalog:1/' } },
      env: envSettings({ MESHWORK_URL: 'https://gateway.example.com', MESHWORK_SLA_URL: 'http://env-sla:4' }),
      config: { url: 'http://config-gateway', urls: { access: 'http://config-access:3' } },
    });
    expect(connection.urls).toEqual({ catalog: 'http://flag-catalog:1', governance: 'https://gateway.example.com/governance', access: 'https://gateway.example.com/access', sla: 'http://env-sla:4' });
    expect(connection.urlSources).toEqual({ catalog: 'flag', governance: 'env', access: 'env', sla: 'env' });
    expect(resolveConnection({ flag: {}, env: {}, config: {} }).urls.catalog).toBe('http://127.0.0.1:3001');
  });

  it('takes the credential of the first source that has one, a token over an API key within a source', () => {
    const config = { apiKey: 'config-key' };
    expect(resolveConnection({ flag: {}, env: {}, config }).credential).toEqual({ kind: 'apiKey', value: 'config-key', source: 'config' });
    expect(resolveConnection({ flag: {}, env: envSettings({ MESHWORK_API_KEY: 'k', MESHWORK_TOKEN: 't' }), config }).credential).toEqual({ kind: 'token', value: 't', source: 'env' });
    expect(resolveConnection({ flag: { apiKey: 'flag-key' }, env: envSettings({ MESHWORK_TOKEN: 't' }), config }).credential).toEqual({ kind: 'apiKey', value: 'flag-key', source: 'flag' });
  });

  it('reads the file under XDG_CONFIG_HOME when it is set, and names the file and pointer of a bad value', async () => {
    io = testIo({ env: { XDG_CONFIG_HOME: '/somewhere/else' } });
    expect(configPath(io)).toBe('/somewhere/else/meshwork/config.json');
    removeHome(io);
    io = testIo();
    expect(configPath(io)).toBe(join(io.home, '.config', 'meshwork', 'config.json'));
    await expect(readStoredConfig(io)).resolves.toEqual({});
    mkdirSync(join(io.home, '.config', 'meshwork'), { recursive: true });
    writeFileSync(configPath(io), JSON.stringify({ urls: { catalgo: 'http://x' } }));
    await expect(readStoredConfig(io)).rejects.toThrow(`${configPath(io)}: /urls/catalgo must be one of catalog, governance, access, sla (unknown service)`);
    writeFileSync(configPath(io), '{ not json');
    await expect(readStoredConfig(io)).rejects.toThrow(/config\.json is not valid JSON/);
  });
});
