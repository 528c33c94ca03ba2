import { type AddressVerdict, resolveOutbound } from '@meshwork/platform';

export { type AddressVerdict, isPublicAddress } from '@meshwork/platform';

/**
 * Resolves a webhook URL's host and refuses it when any of its addresses is not public, unless the host is in the
 * allow-list (SLA_WEBHOOK_ALLOWED_HOSTS).
 */
export function checkHost(hostname: string, allowedHosts: ReadonlySet<string>): Promise<AddressVerdict> {
  return resolveOutbound(hostname, { privateAllowed: (host) => allowedHosts.has(host) });
}
