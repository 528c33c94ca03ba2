import type { OdcsContract, OdcsSchemaObject, OdcsServer } from '../model/odcs.types';
import { datasetKey } from './dataset-key';
import type { ContractDataset } from './run-event.types';

type Named = { namespace: string; name: string };
type Namer = (server: OdcsServer, object: OdcsSchemaObject, objectCount: number) => Named | undefined;

/**
 * The datasets a contract's servers hold, one per server × schema object, named as OpenLineage names them
 * (https://openlineage.io/docs/spec/naming), so that run events can be matched to the contract by datasetKey:
 * - postgres: `postgres://{host}:{port}`, `{database}.{schema}.{table}`; mysql: `mysql://{host}:{port}`,
 *   `{database}.{table}` (MySQL has no schema level); redshift: `redshift://{cluster}.{region}:5439`,
 *   `{database}.{schema}.{table}`, cluster and region read from the host;
 * - s3: `s3://{bucket}`, the key path of `location` (see s3Name);
 * - kafka: `kafka://{host}`, the topic (custom property "topic" of the server, else the object's physical name);
 * - snowflake: `snowflake://{account}`, `{DATABASE}.{SCHEMA}.{TABLE}`; bigquery: `bigquery`, `{project}.{dataset}.{table}`.
 * The table is the object's physicalName, else its name. Other server types, and servers missing a member the
 * name needs, are skipped.
 */
export function contractDatasets(contract: OdcsContract): ContractDataset[] {
  const objects = contract.schema ?? [];
  return (contract.servers ?? []).flatMap((server) => {
    const namer = Object.hasOwn(NAMERS, server.type) ? NAMERS[server.type] : undefined;
    if (!namer) return [];
    return objects.flatMap((object) => {
      const named = namer(server, object, objects.length);
      if (!named) return [];
      const key = datasetKey(named.namespace, named.name);
      return [{ serverId: server.id ?? server.server, objectName: object.name, ...named, key }];
    });
  });
}

function text(server: OdcsServer, member: string): string | undefined {
  const value = server[member];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function tableOf(object: OdcsSchemaObject): string {
  return object.physicalName ?? object.name;
}

const postgres: Namer = (server, object) => {
  const [host, database, schema] = [text(server, 'host'), text(server, 'database'), text(server, 'schema')];
  if (!host || !database || !schema) return undefined;
  return { namespace: `postgres://${host}:${text(server, 'port') ?? '5432'}`, name: `${database}.${schema}.${tableOf(object)}` };
};

const NAMERS: Readonly<Record<string, Namer>> = {
  postgres,
  postgresql: postgres,
  mysql: (server, object) => {
    const [host, database] = [text(server, 'host'), text(server, 'database')];
    if (!host || !database) return undefined;
    return { namespace: `mysql://${host}:${text(server, 'port') ?? '3306'}`, name: `${database}.${tableOf(object)}` };
  },
  redshift: (server, object) => {
    const cluster = redshiftCluster(server);
    const [database, schema] = [text(server, 'database'), text(server, 'schema')];
    if (!cluster || !database || !schema) return undefined;
    return { namespace: `redshift://${cluster}:5439`, name: `${database}.${schema}.${tableOf(object)}` };
  },
  s3: (server, object, objectCount) => {
    const location = text(server, 'location');
    return location === undefined ? undefined : s3Name(location, tableOf(object), objectCount);
  },
  kafka: (server, object) => {
    const host = text(server, 'host')?.split(',')[0].trim();
    if (!host) return undefined;
    return { namespace: `kafka://${host}`, name: topicOf(server) ?? tableOf(object) };
  },
  snowflake: (server, object) => {
    const [account, database, schema] = [text(server, 'account'), text(server, 'database'), text(server, 'schema')];
    if (!account || !database || !schema) return undefined;
    return { namespace: `snowflake://${account}`, name: `${database}.${schema}.${tableOf(object)}`.toUpperCase() };
  },
  bigquery: (server, object) => {
    const [project, dataset] = [text(server, 'project'), text(server, 'dataset')];
    if (!project || !dataset) return undefined;
    return { namespace: 'bigquery', name: `${project}.${dataset}.${tableOf(object)}` };
  },
};

// {cluster}.{id}.{region}.redshift.amazonaws.com → {cluster}.{region}; the server's region wins when given.
function redshiftCluster(server: OdcsServer): string | undefined {
  const labels = text(server, 'host')?.toLowerCase().split('.') ?? [];
  if (labels.length === 0) return undefined;
  const region = text(server, 'region') ?? (labels.length >= 3 ? labels[2] : undefined);
  return region === undefined ? labels[0] : `${labels[0]}.${region}`;
}

// ODCS Kafka servers have no topic member; imports keep a DCS topic as the custom property "topic".
function topicOf(server: OdcsServer): string | undefined {
  const topic = server.customProperties?.find((property) => property.property === 'topic')?.value;
  return typeof topic === 'string' && topic !== '' ? topic : undefined;
}

const PLACEHOLDER = /\{(?:model|object|table|schema)\}/i;

/**
 * The S3 dataset of a schema object: bucket as namespace, the key path of `location` as name. A placeholder
 * (`{model}`, also percent-encoded) is replaced by the table; a trailing glob segment (`*.parquet`) is dropped, the
 * dataset being the directory. Without placeholder, a location shared by several schema objects is their common
 * prefix (name = path/table); with one object, the location is that object's dataset (s3://acme-crm-lake/customers/v1/
 * holds `customers` → customers/v1).
 */
export function s3Name(location: string, table: string, objectCount: number): Named | undefined {
  const decoded = location.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
  const match = /^s3[an]?:\/\/([^/]+)\/?(.*)$/i.exec(decoded.trim());
  if (!match) return undefined;
  const hasPlaceholder = PLACEHOLDER.test(match[2]);
  const segments = match[2].replaceAll(new RegExp(PLACEHOLDER, 'gi'), () => table).split('/').filter((segment) => segment !== '');
  if (segments.length > 0 && /[*?[]/.test(segments[segments.length - 1])) segments.pop();
  const path = hasPlaceholder || objectCount <= 1 ? segments : [...segments, table];
  return { namespace: `s3://${match[1]}`, name: path.length > 0 ? path.join('/') : table };
}
