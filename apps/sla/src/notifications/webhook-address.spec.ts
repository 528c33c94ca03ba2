import { checkHost } from './webhook-address';

describe('webhook addresses', () => {
  it('refuses a private literal unless its host is allowed', async () => {
    expect(await checkHost('10.0.0.7', new Set())).toMatchObject({ allowed: false });
    expect(await checkHost('10.0.0.7', new Set(['10.0.0.7']))).toEqual({ allowed: true, addresses: ['10.0.0.7'] });
    expect(await checkHost('[::1]', new Set(['::1']))).toMatchObject({ allowed: true });
  });

  it('refuses a name that resolves to a loopback address', async () => {
    expect(await checkHost('localhost', new Set())).toMatchObject({ allowed: false });
  });

  it('calls any public host: the allow-list only lets private ones through', async () => {
    expect(await checkHost('93.184.215.14', new Set(['10.0.0.7']))).toEqual({ allowed: true, addresses: ['93.184.215.14'] });
  });
});
