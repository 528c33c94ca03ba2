import { checkHost, isPublicAddress } from './webhook-address';

describe('webhook addresses', () => {
  it.each([
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.20.0.1', false],
    ['192.168.1.10', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['93.184.215.14', true],
    ['8.8.8.8', true],
    ['2606:4700:4700::1111', true],
    ['not-an-address', false],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it('refuses a private literal unless its host is allowed', async () => {
    expect(await checkHost('10.0.0.7', new Set())).toMatchObject({ allowed: false });
    expect(await checkHost('10.0.0.7', new Set(['10.0.0.7']))).toEqual({ allowed: true, addresses: ['10.0.0.7'] });
    expect(await checkHost('[::1]', new Set(['::1']))).toMatchObject({ allowed: true });
  });

  it('refuses a name that resolves to a loopback address', async () => {
    expect(await checkHost('localhost', new Set())).toMatchObject({ allowed: false });
  });
});
