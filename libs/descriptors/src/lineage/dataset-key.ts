// Ports a namespace need not spell out: OpenLineage producers write them or not.
const DEFAULT_PORTS: Readonly<Record<string, string>> = { postgres: '5432', mysql: '3306', kafka: '9092' };

// Schemes that name the same storage.
const SCHEME_ALIASES: Readonly<Record<string, string>> = { s3a: 's3', s3n: 's3', postgresql: 'postgres' };

// Object stores, whose dataset names are paths: a leading slash adds nothing.
const PATH_SCHEMES: ReadonlySet<string> = new Set(['s3', 'gs', 'abfss', 'wasbs', 'hdfs', 'file']);

const URI_NAMESPACE = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)(.*)$/;

/**
 * The canonical identity of an OpenLineage dataset, `<namespace>/<name>`: scheme and host lower-cased, s3a/s3n
 * read as s3 and postgresql as postgres, default ports dropped (postgres 5432, mysql 3306, kafka 9092), the first
 * of several Kafka bootstrap servers kept, trailing slashes dropped (and leading ones of object-store paths),
 * Snowflake names upper-cased (its unquoted identifiers are case-insensitive).
 * Example: postgres://CRM-DB.prod.example.com:5432 + crm.dp_customers_v1.customers
 * → postgres://crm-db.prod.example.com/crm.dp_customers_v1.customers
 */
export function datasetKey(namespace: string, name: string): string {
  const { text, scheme } = canonicalNamespace(namespace);
  return `${text}/${canonicalName(scheme, name)}`;
}

function canonicalNamespace(namespace: string): { text: string; scheme?: string } {
  const trimmed = namespace.trim().replace(/\/+$/, '');
  const match = URI_NAMESPACE.exec(trimmed);
  if (!match) return { text: trimmed };
  const lower = match[1].toLowerCase();
  const scheme = Object.hasOwn(SCHEME_ALIASES, lower) ? SCHEME_ALIASES[lower] : lower;
  return { text: `${scheme}://${canonicalAuthority(scheme, match[2])}${match[3]}`, scheme };
}

function canonicalAuthority(scheme: string, authority: string): string {
  const at = authority.lastIndexOf('@');
  const userInfo = at >= 0 ? authority.slice(0, at + 1) : '';
  const hostAndPort = (at >= 0 ? authority.slice(at + 1) : authority).split(',')[0];
  const { host, port } = splitHostPort(hostAndPort);
  const keptPort = port === undefined || port === DEFAULT_PORTS[scheme] ? '' : `:${port}`;
  return `${userInfo}${host.toLowerCase()}${keptPort}`;
}

function splitHostPort(hostAndPort: string): { host: string; port?: string } {
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(hostAndPort);
  if (!match) return { host: hostAndPort };
  return { host: match[1], ...(match[2] ? { port: match[2] } : {}) };
}

function canonicalName(scheme: string | undefined, name: string): string {
  const trimmed = name.trim().replace(/\/+$/, '');
  if (scheme === 'snowflake') return trimmed.toUpperCase();
  return scheme !== undefined && PATH_SCHEMES.has(scheme) ? trimmed.replace(/^\/+/, '') : trimmed;
}
