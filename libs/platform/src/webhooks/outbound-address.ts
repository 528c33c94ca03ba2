import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

// Addresses an outbound call (webhook, probe) may not reach unless the caller's rules allow private ones: this
// network, private, shared, loopback, link-local, benchmarking, documentation, multicast and reserved ranges.
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

/** Whether an IP address is a public one an outbound call may reach. */
export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPublicAddress(mapped[1]);
  const family = isIP(address);
  if (family === 4) return !BLOCKED.check(address, 'ipv4');
  if (family === 6) return !BLOCKED.check(address, 'ipv6');
  return false;
}

/** Lower case, without the brackets of an IPv6 literal nor a final dot, as URL.hostname and allow-lists are compared. */
export function normalHost(host: string): string {
  return host.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

/** Why a host may not be called: the rules refuse it (`refused`), or its name has no address (`unresolvable`). */
export type RefusalKind = 'refused' | 'unresolvable';

/** The addresses a host may be called at, or why it may not be called. */
export type AddressVerdict = { allowed: true; addresses: string[] } | { allowed: false; reason: string; kind: RefusalKind };

/** What an outbound call may reach. */
export interface OutboundRules {
  /** Whether the host may be called at all (an allow-list); every host when absent. */
  hostAllowed?: (host: string) => boolean;
  /** Whether the host may resolve to private, loopback or reserved addresses. */
  privateAllowed: (host: string) => boolean;
}

/**
 * Resolves a URL's host under the rules: refused when the host is not allowed, cannot be resolved, or any of its
 * addresses is not public while private ones are not allowed for it. The answer's addresses are the ones to connect
 * to (pin them: a second lookup may answer otherwise).
 */
export async function resolveOutbound(hostname: string, rules: OutboundRules): Promise<AddressVerdict> {
  const host = normalHost(hostname);
  if (rules.hostAllowed && !rules.hostAllowed(host)) return { allowed: false, kind: 'refused', reason: `host '${host}' is not in the allow-list` };
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch (error) {
      return { allowed: false, kind: 'unresolvable', reason: `host '${host}' cannot be resolved (${error instanceof Error ? error.message : String(error)})` };
    }
  }
  if (rules.privateAllowed(host)) return { allowed: true, addresses };
  const refused = addresses.find((address) => !isPublicAddress(address));
  if (refused !== undefined) return { allowed: false, kind: 'refused', reason: `host '${host}' is the private, loopback or reserved address ${refused}` };
  return { allowed: true, addresses };
}

/**
 * An allow-list of hosts: exact names or addresses, and `*.suffix` for any name ending in `.suffix` (not the
 * suffix itself). Parsed from a comma-separated setting.
 */
export class HostList {
  private readonly exact = new Set<string>();
  private readonly suffixes: string[] = [];

  constructor(setting: string | undefined) {
    for (const entry of (setting ?? '').split(',').map((e) => normalHost(e.trim()))) {
      if (entry.startsWith('*.') && entry.length > 2) this.suffixes.push(entry.slice(1));
      else if (entry.length > 0) this.exact.add(entry);
    }
  }

  get empty(): boolean {
    return this.exact.size === 0 && this.suffixes.length === 0;
  }

  has(hostname: string): boolean {
    const host = normalHost(hostname);
    return this.exact.has(host) || (!isIP(host) && this.suffixes.some((suffix) => host.endsWith(suffix)));
  }
}
