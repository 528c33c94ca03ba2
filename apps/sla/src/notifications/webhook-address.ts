import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { normalHost } from './notification-settings';

// Addresses a webhook may not reach unless its host is allowed: this network, private, shared, loopback,
// link-local, benchmarking, documentation, multicast and reserved ranges.
const BLOCKED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is a public one a webhook may reach. */
export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPublicAddress(mapped[1]);
  const family = isIP(address);
  if (family === 4) return !BLOCKED.check(address, 'ipv4');
  if (family === 6) return !BLOCKED.check(address, 'ipv6');
  return false;
}

/** The addresses a host may be called at, or why it may not be called. */
export type AddressVerdict = { allowed: true; addresses: string[] } | { allowed: false; reason: string };

/**
 * Resolves a URL's host and refuses it when any of its addresses is not public, unless the host is in the
 * allow-list (SLA_WEBHOOK_ALLOWED_HOSTS).
 */
export async function checkHost(hostname: string, allowedHosts: ReadonlySet<string>): Promise<AddressVerdict> {
  const host = normalHost(hostname);
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch (error) {
      return { allowed: false, reason: `host '${host}' cannot be resolved (${error instanceof Error ? error.message : String(error)})` };
    }
  }
  if (allowedHosts.has(host)) return { allowed: true, addresses };
  const refused = addresses.find((address) => !isPublicAddress(address));
  if (refused !== undefined) return { allowed: false, reason: `host '${host}' is the private, loopback or reserved address ${refused}` };
  return { allowed: true, addresses };
}
