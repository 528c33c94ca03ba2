import { DescriptorError, DescriptorErrorCode } from '../errors/descriptor-error';

/** Longest name allowed in a URN segment (a DNS label's limit, so names also fit hostnames and topics). */
export const MAX_NAME_LENGTH = 63;

/** Lower-case kebab name: what every URN segment must be. */
export const KEBAB_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const MAJOR = /^v(0|[1-9]\d*)$/;
const PREFIX = ['urn', 'meshwork'] as const;

/** A URN of the mesh, split into its parts. */
export type ParsedUrn =
  | { kind: 'product'; domain: string; product: string }
  | { kind: 'port'; domain: string; product: string; port: string; major: number };

/** True for a lower-case kebab name of at most 63 characters, e.g. "crm-customers-v1". */
export function isKebabName(name: string): boolean {
  return name.length <= MAX_NAME_LENGTH && KEBAB_NAME.test(name);
}

/** `urn:meshwork:<domain>:<product>`; throws DescriptorError(INVALID_NAME) for a name that is not kebab. */
export function productUrn(domain: string, product: string): string {
  requireKebabName('domain', domain);
  requireKebabName('product', product);
  return [...PREFIX, domain, product].join(':');
}

/** `urn:meshwork:<domain>:<product>:<port>:v<major>`; throws DescriptorError for a bad name or major. */
export function portUrn(domain: string, product: string, port: string, major: number): string {
  requireKebabName('port', port);
  if (!Number.isSafeInteger(major) || major < 0) {
    throw new DescriptorError(DescriptorErrorCode.INVALID_VERSION, `The major version ${major} is not a non-negative integer.`);
  }
  return `${productUrn(domain, product)}:${port}:v${major}`;
}

/** Splits a product or port URN; undefined for anything that productUrn or portUrn could not have produced. */
export function parseUrn(urn: string): ParsedUrn | undefined {
  const segments = urn.split(':');
  if (segments[0] !== PREFIX[0] || segments[1] !== PREFIX[1]) return undefined;
  const names = segments.slice(2);
  if (names.length === 2) return parseProductSegments(names);
  if (names.length === 4) return parsePortSegments(names);
  return undefined;
}

function parseProductSegments([domain, product]: string[]): ParsedUrn | undefined {
  if (!isKebabName(domain) || !isKebabName(product)) return undefined;
  return { kind: 'product', domain, product };
}

function parsePortSegments([domain, product, port, version]: string[]): ParsedUrn | undefined {
  const digits = MAJOR.exec(version)?.[1];
  const major = Number(digits);
  if (digits === undefined || !Number.isSafeInteger(major) || ![domain, product, port].every(isKebabName)) return undefined;
  return { kind: 'port', domain, product, port, major };
}

function requireKebabName(role: string, name: string): void {
  if (isKebabName(name)) return;
  throw new DescriptorError(
    DescriptorErrorCode.INVALID_NAME,
    `The ${role} name "${name}" must be lower-case kebab (a-z, 0-9, single hyphens; starting with a letter; at most ${MAX_NAME_LENGTH} characters).`,
  );
}

/**
 * Derives a kebab name from a display or port name: "CRM Customers" → "crm-customers",
 * "crm_customers_v1" → "crm-customers-v1", "rawTransactions" → "raw-transactions", "Übersicht" → "ubersicht".
 * Undefined when nothing valid remains: no letters or digits, a leading digit, or more than 63 characters.
 */
export function toKebabName(text: string): string | undefined {
  const kebab = splitWords(stripDiacritics(text))
    .map((word) => word.toLowerCase())
    .join('-');
  return isKebabName(kebab) ? kebab : undefined;
}

function stripDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

function splitWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0);
}
