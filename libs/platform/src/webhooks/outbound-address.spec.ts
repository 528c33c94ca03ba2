import { HostList, isPublicAddress, normalHost, resolveOutbound } from './outbound-address';

describe('outbound addresses', () => {
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
    ['::ffff:7f00:1', false],
    ['::ffff:a00:5', false],
    ['::ffff:808:808', true],
    ['93.184.215.14', true],
    ['8.8.8.8', true],
    ['2606:4700:4700::1111', true],
    ['not-an-address', false],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it.each([
    ['Example.COM', 'example.com'],
    ['[::1]', '::1'],
    ['status.example.com.', 'status.example.com'],
  ])('normalises host %s to %s', (host, expected) => {
    expect(normalHost(host)).toBe(expected);
  });

  describe('allow-lists', () => {
    const list = new HostList(' status.example.com, *.ops.example.org ,10.0.0.7,[::1], ');

    it.each([
      ['status.example.com', true],
      ['STATUS.example.com.', true],
      ['other.example.com', false],
      ['a.ops.example.org', true],
      ['a.b.ops.example.org', true],
      ['ops.example.org', false],
      ['evilops.example.org', false],
      ['10.0.0.7', true],
      ['::1', true],
      ['[::1]', true],
      ['10.0.0.8', false],
    ])('%s is listed: %s', (host, expected) => {
      expect(list.has(host)).toBe(expected);
    });

    it('is empty when the setting names no host', () => {
      expect(new HostList(undefined).empty).toBe(true);
      expect(new HostList(' , ').empty).toBe(true);
      expect(list.empty).toBe(false);
    });

    it('does not let a wildcard match an address', () => {
      expect(new HostList('*.0.0.1').has('127.0.0.1')).toBe(false);
    });
  });

  describe('resolveOutbound', () => {
    const noPrivate = { privateAllowed: () => false };

    it('refuses private, loopback and link-local literals unless private addresses are allowed', async () => {
      for (const host of ['127.0.0.1', '10.0.0.7', '169.254.169.254', '[::1]', '[fe80::1]']) {
        expect(await resolveOutbound(host, noPrivate)).toMatchObject({ allowed: false, reason: expect.stringContaining('private, loopback or reserved') });
      }
      expect(await resolveOutbound('127.0.0.1', { privateAllowed: () => true })).toEqual({ allowed: true, addresses: ['127.0.0.1'] });
    });

    it('refuses a name that resolves to a loopback address', async () => {
      expect(await resolveOutbound('localhost', noPrivate)).toMatchObject({ allowed: false });
    });

    it('refuses a host outside the allow-list before resolving it, whatever its addresses', async () => {
      const only = new HostList('127.0.0.1');
      const rules = { hostAllowed: (host: string) => only.has(host), privateAllowed: () => true };
      expect(await resolveOutbound('localhost', rules)).toEqual({ allowed: false, kind: 'refused', reason: "host 'localhost' is not in the allow-list" });
      expect(await resolveOutbound('8.8.8.8', rules)).toMatchObject({ allowed: false });
      expect(await resolveOutbound('127.0.0.1', rules)).toEqual({ allowed: true, addresses: ['127.0.0.1'] });
    });

    it('still refuses a private address of an allowed host unless private addresses are allowed', async () => {
      const only = new HostList('127.0.0.1');
      expect(await resolveOutbound('127.0.0.1', { hostAllowed: (host: string) => only.has(host), privateAllowed: () => false })).toMatchObject({ allowed: false });
    });

    it('refuses a name that cannot be resolved', async () => {
      expect(await resolveOutbound('no-such-host.invalid', noPrivate)).toMatchObject({ allowed: false, kind: 'unresolvable', reason: expect.stringContaining('cannot be resolved') });
    });
  });
});
