import type {
  OdcsContract,
  OdcsCustomProperty,
  OdcsProperty,
  OdcsQualityRule,
  OdcsRole,
  OdcsSchemaObject,
  OdcsServer,
  OdcsSlaProperty,
  OdcsSupportItem,
  OdcsTeamMember,
} from '../model/odcs.types';
import { isNaiveTimestamp, withUtcZone } from '../time/utc-timestamp';
import { customPropertiesOrNone, customProperty, dropped, leftoverCustomProperties } from './custom-properties';
import { mapLogicalType } from './logical-types';
import { fitServer } from './odcs-servers';
import { commonMembers, ODCS_DIMENSIONS } from './quality-rules';
import {
  arrayOf,
  booleanOf,
  compact,
  isRecord,
  nonEmpty,
  numberOf,
  recordOf,
  stringOf,
  stringsOf,
  textOf,
  type JsonObject,
} from './read-values';

const CREDENTIALS = ['username', 'password'];
const SERVER_MEMBERS = [
  'server', 'driver', 'driverVersion', 'database', 'project', 'datasetProject', 'datasetName', 'sourceSystem', 'sourcePlatform',
];
const TOP_LEVEL = [
  'apiVersion', 'kind', 'uuid', 'id', 'version', 'status', 'quantumName', 'datasetDomain', 'domain', 'dataProduct', 'tenant',
  'description', 'tags', 'productDl', 'productSlackChannel', 'productFeedbackUrl', 'dataset', 'slaDefaultColumn', 'slaProperties',
  'roles', 'stakeholders', 'price', 'customProperties', 'contractCreatedTs', ...CREDENTIALS, ...SERVER_MEMBERS,
];

/**
 * Maps a valid ODCS v2.2.x document to v3.1.0: uuid → id, quantumName → name, datasetDomain → domain, tables
 * (`dataset`) with `columns` → schema objects with properties (isNullable inverted into required, isPrimaryKey,
 * isUnique, partitionStatus, sampleValues...), quality templates → custom rules, slaProperties `column` → `element`
 * (slaDefaultColumn where none), stakeholders → team members, productDl/SlackChannel/FeedbackUrl → support
 * channels, and the connection members (server, driver, database, datasetName...) → one server. Credentials are
 * dropped; what has no v3.1 field is kept as a custom property.
 */
export function importOdcsV2(doc: JsonObject): { contract: OdcsContract; notes: string[] } {
  const notes: string[] = [];
  for (const member of CREDENTIALS.filter((name) => doc[name] !== undefined && doc[name] !== null)) {
    notes.push(dropped(member, 'credentials are not kept in a contract'));
  }
  const server = v2Server(doc, notes);
  const contract: OdcsContract = compact({
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id: String(doc['uuid'] ?? doc['id']),
    name: textOf(doc['quantumName']) ?? textOf(doc['datasetName']),
    version: String(doc['version']),
    status: statusOf(doc['status'], notes),
    domain: textOf(doc['datasetDomain']) ?? textOf(doc['domain']),
    dataProduct: textOf(doc['dataProduct']),
    tenant: textOf(doc['tenant']),
    tags: stringsOf(doc['tags']),
    description: descriptionOf(doc['description']),
    servers: server ? [server] : undefined,
    schema: nonEmpty(records(doc['dataset']).map((table, index) => v2Table(table, `dataset[${index}]`, notes))),
    team: teamOf(doc['stakeholders'], notes),
    roles: rolesOf(doc['roles']),
    support: supportOf(doc),
    price: priceOf(doc['price']),
    slaProperties: slaPropertiesOf(doc['slaProperties'], textOf(doc['slaDefaultColumn']), notes),
    customProperties: customPropertiesOrNone(
      customPropertiesOf(doc['customProperties']),
      leftoverCustomProperties(doc, new Set(TOP_LEVEL), '', notes),
    ),
    contractCreatedTs: timestampOf(doc['contractCreatedTs'], notes),
  });
  return { contract, notes };
}

function statusOf(value: unknown, notes: string[]): string {
  const status = textOf(value) ?? 'active';
  if (status !== 'current') return status;
  notes.push('status: "current" written as "active"');
  return 'active';
}

function descriptionOf(value: unknown): OdcsContract['description'] {
  const description = recordOf(value) ?? {};
  const mapped = compact({
    purpose: textOf(description['purpose']),
    usage: textOf(description['usage']),
    limitations: textOf(description['limitations']),
  });
  return Object.keys(mapped).length > 0 ? mapped : undefined;
}

// v2 names the platform (sourceSystem, sourcePlatform, driver); the first one we recognise gives the server type.
const PLATFORMS: readonly [RegExp, string][] = [
  [/postgres/i, 'postgres'],
  [/snowflake/i, 'snowflake'],
  [/bigquery|googlecloudplatform/i, 'bigquery'],
  [/redshift/i, 'redshift'],
  [/databricks/i, 'databricks'],
  [/mysql/i, 'mysql'],
  [/sqlserver|mssql/i, 'sqlserver'],
  [/oracle/i, 'oracle'],
  [/trino/i, 'trino'],
  [/kafka/i, 'kafka'],
];

function v2Server(doc: JsonObject, notes: string[]): OdcsServer | undefined {
  const present = SERVER_MEMBERS.filter((member) => textOf(doc[member]) !== undefined);
  if (present.length === 0) return undefined;
  const platforms = [doc['sourceSystem'], doc['sourcePlatform'], doc['driver']].map(textOf);
  const type = platforms.map(serverTypeOf).find((each) => each !== undefined) ?? 'custom';
  const { host, port } = hostAndPort(textOf(doc['server']));
  const connection = connectionOf(type, doc, host, port);
  notes.push(`${present.join(', ')}: written as the ${type} server "${host ?? type}"`);
  const driver = ['driver', 'driverVersion', 'sourceSystem', 'sourcePlatform']
    .filter((member) => textOf(doc[member]) !== undefined)
    .map((member) => ({ property: member, value: doc[member] }));
  return fitServer({ server: host ?? type, type, connection, customProperties: driver }, 'server', notes);
}

function serverTypeOf(platform: string | undefined): string | undefined {
  return platform === undefined ? undefined : PLATFORMS.find(([pattern]) => pattern.test(platform))?.[1];
}

function hostAndPort(server: string | undefined): { host?: string; port?: number } {
  const match = server === undefined ? null : /^([^:/]+):(\d+)$/.exec(server);
  return match ? { host: match[1], port: Number(match[2]) } : { host: server };
}

function connectionOf(type: string, doc: JsonObject, host: string | undefined, port: number | undefined): JsonObject {
  const database = textOf(doc['database']) ?? textOf(doc['datasetProject']);
  const dataset = textOf(doc['datasetName']);
  if (type === 'bigquery') return compact({ project: textOf(doc['project']) ?? textOf(doc['datasetProject']), dataset });
  return compact({ host, port, database, schema: dataset, project: textOf(doc['project']) });
}

const TABLE_MEMBERS = [
  'table', 'physicalName', 'description', 'authoritativeDefinitions', 'tags', 'dataGranularity', 'columns', 'quality',
];

/** A quality rule of the v2 document and its path there. */
interface SourceRule {
  rule: JsonObject;
  path: string;
}

function records(value: unknown): JsonObject[] {
  return (arrayOf(value) ?? []).filter(isRecord);
}

function rulesOf(value: unknown, path: string): SourceRule[] {
  return records(value).map((rule, index) => ({ rule, path: `${path}.quality[${index}]` }));
}

function v2Table(table: JsonObject, path: string, notes: string[]): OdcsSchemaObject {
  const columns = records(table['columns']);
  const columnNames = new Set(columns.map((column) => stringOf(column['column'])));
  const rules = rulesOf(table['quality'], path);
  // A table-level v2 rule about one column belongs to that property in v3.
  const forColumn = (name: string) => rules.filter(({ rule }) => stringOf(rule['column']) === name);
  const forTable = rules.filter(({ rule }) => !columnNames.has(stringOf(rule['column'])));
  return compact({
    name: String(table['table']),
    physicalName: textOf(table['physicalName']),
    description: textOf(table['description']),
    dataGranularityDescription: textOf(table['dataGranularity']),
    tags: stringsOf(table['tags']),
    authoritativeDefinitions: nonEmpty(arrayOf(table['authoritativeDefinitions']) ?? []),
    properties: nonEmpty(
      columns.map((column, index) => v2Column(column, `${path}.columns[${index}]`, forColumn(String(column['column'])), notes)),
    ),
    quality: nonEmpty(forTable.map(({ rule, path: rulePath }) => v2QualityRule(rule, rulePath, notes))),
    customProperties: customPropertiesOrNone(leftoverCustomProperties(table, new Set(TABLE_MEMBERS), path, notes)),
  });
}

const COLUMN_MEMBERS = [
  'column', 'businessName', 'description', 'logicalType', 'physicalType', 'isNullable', 'isPrimaryKey', 'isPrimary',
  'primaryKeyPosition', 'isUnique', 'partitionStatus', 'isPartitioned', 'partitionKeyPosition', 'classification', 'tags',
  'sampleValues', 'examples',
  'criticalDataElementStatus', 'encryptedColumnName', 'transformSourceTables', 'transformLogic', 'transformDescription',
  'authoritativeDefinitions', 'quality',
];

function v2Column(column: JsonObject, path: string, tableRules: SourceRule[], notes: string[]): OdcsProperty {
  const type = textOf(column['logicalType']);
  const mapped = type === undefined ? undefined : mapLogicalType(type);
  const nullable = booleanOf(column['isNullable']);
  const ownRules = rulesOf(column['quality'], path);
  const lostType = mapped?.lossy && type !== undefined ? [customProperty('logicalType', type, `${path}.logicalType`, notes)] : [];
  return compact({
    name: String(column['column']),
    businessName: textOf(column['businessName']),
    description: textOf(column['description']),
    logicalType: mapped?.logicalType,
    logicalTypeOptions: mapped?.options,
    physicalType: textOf(column['physicalType']),
    required: nullable === undefined ? undefined : !nullable,
    primaryKey: booleanOf(column['isPrimaryKey']) ?? booleanOf(column['isPrimary']),
    primaryKeyPosition: positive(column['primaryKeyPosition']),
    unique: booleanOf(column['isUnique']),
    partitioned: booleanOf(column['isPartitioned']) ?? booleanOf(column['partitionStatus']),
    partitionKeyPosition: positive(column['partitionKeyPosition']),
    classification: textOf(column['classification']),
    criticalDataElement: booleanOf(column['criticalDataElementStatus']),
    encryptedName: textOf(column['encryptedColumnName']),
    transformSourceObjects: stringsOf(column['transformSourceTables']),
    transformLogic: textOf(column['transformLogic']),
    transformDescription: textOf(column['transformDescription']),
    tags: stringsOf(column['tags']),
    examples: nonEmpty(arrayOf(column['examples']) ?? arrayOf(column['sampleValues']) ?? []),
    authoritativeDefinitions: nonEmpty(arrayOf(column['authoritativeDefinitions']) ?? []),
    quality: nonEmpty([
      ...ownRules.map(({ rule, path: rulePath }) => v2QualityRule(rule, rulePath, notes)),
      ...tableRules.map(({ rule, path: rulePath }) => v2QualityRule(rule, rulePath, notes, true)),
    ]),
    customProperties: customPropertiesOrNone(lostType, leftoverCustomProperties(column, new Set(COLUMN_MEMBERS), path, notes)),
  });
}

// v2 writes -1 for "no position".
function positive(value: unknown): number | undefined {
  const number = numberOf(value);
  return number !== undefined && Number.isInteger(number) && number > 0 ? number : undefined;
}

const RULE_MEMBERS = [
  'toolName', 'code', 'templateName', 'toolRuleName', 'type', 'columns', 'scheduleCronExpression', 'customProperties',
  'dimension',
];

/**
 * A v2 rule names a template of a quality tool (templateName, toolName, toolRuleName, code): it becomes a custom
 * rule of that engine, implemented by its code (or, without code, by its template and tool rule names).
 * `onColumn`: the rule now sits on the property its `column` named, which therefore needs no keeping.
 */
function v2QualityRule(rule: JsonObject, path: string, notes: string[], onColumn = false): OdcsQualityRule {
  const code = textOf(rule['code']);
  const template = compact({
    templateName: textOf(rule['templateName']),
    toolRuleName: textOf(rule['toolRuleName']),
    columns: rule['columns'] ?? undefined,
  });
  // With code, the code implements the rule, and the template it came from is kept beside it.
  const names = code !== undefined && Object.keys(template).length > 0 ? [{ property: 'template', value: template }] : [];
  const read = new Set([...RULE_MEMBERS, ...Object.keys(commonMembers(rule)), ...(onColumn ? ['column'] : [])]);
  const dimension = textOf(rule['dimension'])?.toLowerCase();
  const { dimension: _dimension, ...common } = commonMembers(rule);
  return compact({
    type: 'custom',
    engine: textOf(rule['toolName']) ?? 'unknown',
    implementation: code ?? template,
    ...common,
    dimension: dimension !== undefined && ODCS_DIMENSIONS.has(dimension) ? dimension : undefined,
    scheduler: textOf(rule['scheduleCronExpression']) === undefined ? undefined : 'cron',
    schedule: textOf(rule['scheduleCronExpression']),
    customProperties: customPropertiesOrNone(
      customPropertiesOf(rule['customProperties']),
      names,
      unknownDimension(rule['dimension'], dimension, path, notes),
      leftoverCustomProperties(rule, read, path, notes),
    ),
  });
}

function unknownDimension(value: unknown, dimension: string | undefined, path: string, notes: string[]): OdcsCustomProperty[] {
  if (dimension === undefined || ODCS_DIMENSIONS.has(dimension)) return [];
  notes.push(`${path}.dimension: "${String(value)}" is no ODCS v3.1 dimension, kept as custom property "dimension"`);
  return [{ property: 'dimension', value }];
}

function teamOf(stakeholders: unknown, notes: string[]): OdcsContract['team'] {
  const members = records(stakeholders).flatMap((stakeholder, index): OdcsTeamMember[] => {
    const username = textOf(stakeholder['username']);
    if (username === undefined) {
      notes.push(dropped(`stakeholders[${index}]`, 'a team member needs a username'));
      return [];
    }
    return [
      compact({
        username,
        role: textOf(stakeholder['role']),
        dateIn: textOf(stakeholder['dateIn']),
        dateOut: textOf(stakeholder['dateOut']),
        replacedByUsername: textOf(stakeholder['replacedByUsername']),
      }),
    ];
  });
  return members.length > 0 ? { members } : undefined;
}

function rolesOf(roles: unknown): OdcsRole[] | undefined {
  const list = records(roles).flatMap((role): OdcsRole[] => {
    const name = textOf(role['role']);
    if (name === undefined) return [];
    const fields = ['access', 'description', 'firstLevelApprovers', 'secondLevelApprovers'] as const;
    return [compact({ role: name, ...Object.fromEntries(fields.map((field) => [field, textOf(role[field])])) })];
  });
  return nonEmpty(list);
}

// v2 had three support members; v3 has support channels.
function supportOf(doc: JsonObject): OdcsSupportItem[] | undefined {
  const list = textOf(doc['productDl']);
  const slack = textOf(doc['productSlackChannel']);
  const feedback = textOf(doc['productFeedbackUrl']);
  return nonEmpty([
    ...(list ? [{ channel: list, tool: 'email', url: mailto(list) }] : []),
    ...(slack ? [{ channel: slack, tool: 'slack' }] : []),
    ...(feedback ? [{ channel: 'feedback', url: feedback, scope: 'issues' }] : []),
  ]);
}

function mailto(address: string): string {
  return address.includes('@') && !address.startsWith('mailto:') ? `mailto:${address}` : address;
}

function priceOf(value: unknown): OdcsContract['price'] {
  const price = recordOf(value);
  if (!price) return undefined;
  const mapped = compact({
    priceAmount: numberOf(price['priceAmount']),
    priceCurrency: textOf(price['priceCurrency']),
    priceUnit: textOf(price['priceUnit']),
  });
  return Object.keys(mapped).length > 0 ? mapped : undefined;
}

function slaPropertiesOf(value: unknown, defaultColumn: string | undefined, notes: string[]): OdcsSlaProperty[] | undefined {
  const list = records(value);
  if (defaultColumn !== undefined && list.some((sla) => textOf(sla['column']) === undefined)) {
    notes.push('slaDefaultColumn: written as the element of each SLA property without column');
  }
  return nonEmpty(
    list.flatMap((sla): OdcsSlaProperty[] => {
      const property = textOf(sla['property']);
      if (property === undefined) return [];
      return [
        compact({
          property,
          value: slaValue(sla['value']),
          valueExt: sla['valueExt'] === undefined || sla['valueExt'] === null ? undefined : slaValue(sla['valueExt']),
          unit: textOf(sla['unit']),
          element: textOf(sla['column']) ?? defaultColumn,
          driver: textOf(sla['driver']),
          description: textOf(sla['description']),
        }),
      ];
    }),
  );
}

function slaValue(value: unknown): OdcsSlaProperty['value'] {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value as OdcsSlaProperty['value'];
  return JSON.stringify(value ?? null);
}

function customPropertiesOf(value: unknown): OdcsCustomProperty[] {
  return records(value).flatMap((each) => {
    if (typeof each['property'] !== 'string') return [];
    return [compact({ property: each['property'], value: each['value'] ?? null, description: textOf(each['description']) })];
  });
}

// ODCS v3 wants contractCreatedTs with a zone; a naive v2 timestamp is read as UTC (the field's meaning).
function timestampOf(value: unknown, notes: string[]): string | undefined {
  const text = textOf(value);
  if (text === undefined || !isNaiveTimestamp(text)) return text;
  notes.push(`contractCreatedTs: "${text}" has no zone, read as UTC`);
  return withUtcZone(text);
}
