import type { OdcsAuthoritativeDefinition, OdcsContract, OdcsCustomProperty, OdcsRole, OdcsServer } from '../model/odcs.types';
import { customPropertiesOrNone, customProperty, leftoverCustomProperties } from './custom-properties';
import { mapDcsServiceLevels } from './dcs-service-levels';
import { dcsModelToSchemaObject, linksOf } from './dcs-models';
import { fitServer } from './odcs-servers';
import {
  compact,
  entriesOf,
  isRecord,
  isStableId,
  nonEmpty,
  recordOf,
  stringOf,
  stringsOf,
  type JsonObject,
} from './read-values';

const TOP_LEVEL = [
  'dataContractSpecification', 'id', 'info', 'servers', 'terms', 'models', 'definitions', 'servicelevels', 'links', 'tags',
];
const INFO = ['title', 'version', 'status', 'description', 'owner', 'contact'];
const TERMS = ['usage', 'limitations', 'policies'];
const SERVER_COMMON = ['type', 'description', 'environment', 'roles'];

// DCS statuses in the words of ODCS (whose examples are proposed, draft, active, deprecated, retired).
const STATUSES: Readonly<Record<string, string>> = { 'in development': 'draft' };

/**
 * Maps a valid Data Contract Specification 1.x document to ODCS v3.1.0, noting every member that moved to a
 * custom property or was dropped. See mapDcsServiceLevels for SLAs and dcsModelToSchemaObject for models.
 */
export function importDcs(doc: JsonObject): { contract: OdcsContract; notes: string[] } {
  const notes: string[] = [];
  const info = recordOf(doc['info']) ?? {};
  const terms = recordOf(doc['terms']) ?? {};
  // In document order, so that the notes read like the document: info, servers, terms, models, servicelevels.
  const status = statusOf(info['status'], notes);
  const infoProperties = [...contactOf(info['contact'], notes), ...leftoverCustomProperties(info, new Set(INFO), 'info', notes)];
  const servers = entriesOf(doc['servers']).map(([key, server]) => dcsServer(key, server, notes));
  const policies = policiesOf(terms['policies'], notes);
  const termProperties = leftoverCustomProperties(terms, new Set(TERMS), 'terms', notes);
  const definitions = recordOf(doc['definitions']) ?? {};
  if (Object.keys(definitions).length > 0) {
    notes.push('definitions: resolved into the fields that reference them ($ref), not kept otherwise');
  }
  const context = { definitions, physicalTypeKey: physicalTypeKey(servers[0]), notes };
  const schema = entriesOf(doc['models']).map(([name, model]) => dcsModelToSchemaObject(name, model, context));
  const serviceLevels = mapDcsServiceLevels(doc['servicelevels'], notes);
  const contract: OdcsContract = compact({
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id: String(doc['id']),
    name: stringOf(info['title']),
    version: String(info['version']),
    status,
    tags: stringsOf(doc['tags']),
    description: descriptionOf(info, terms),
    servers: nonEmpty(servers),
    schema: nonEmpty(schema),
    team: ownerTeam(info['owner']),
    slaProperties: nonEmpty(serviceLevels.slaProperties),
    authoritativeDefinitions: nonEmpty([...(linksOf(doc['links']) ?? []), ...policies.definitions]),
    customProperties: customPropertiesOrNone(
      infoProperties,
      policies.customProperties,
      termProperties,
      serviceLevels.customProperties,
      leftoverCustomProperties(doc, new Set(TOP_LEVEL), '', notes),
    ),
  });
  return { contract, notes };
}

function statusOf(value: unknown, notes: string[]): string {
  const status = stringOf(value);
  if (status === undefined) {
    notes.push('info.status: not set, status set to "active"');
    return 'active';
  }
  const mapped = Object.hasOwn(STATUSES, status) ? STATUSES[status] : status;
  if (mapped !== status) notes.push(`info.status: "${status}" written as "${mapped}"`);
  return mapped;
}

function descriptionOf(info: JsonObject, terms: JsonObject): OdcsContract['description'] {
  const description = compact({
    purpose: stringOf(info['description']),
    usage: stringOf(terms['usage']),
    limitations: stringOf(terms['limitations']),
  });
  return Object.keys(description).length > 0 ? description : undefined;
}

// The owner of a DCS contract is a team name.
function ownerTeam(owner: unknown): OdcsContract['team'] {
  const name = stringOf(owner);
  return name === undefined ? undefined : { name };
}

function contactOf(contact: unknown, notes: string[]): OdcsCustomProperty[] {
  return contact === undefined || contact === null ? [] : [customProperty('contact', contact, 'info.contact', notes)];
}

// Policies with a URL are authoritative definitions of their type; the others stay as custom properties.
function policiesOf(
  policies: unknown,
  notes: string[],
): { definitions: OdcsAuthoritativeDefinition[]; customProperties: OdcsCustomProperty[] } {
  const list = Array.isArray(policies) ? policies.filter(isRecord) : [];
  const linked = list.filter((policy) => typeof policy['url'] === 'string');
  const unlinked = list.filter((policy) => typeof policy['url'] !== 'string');
  return {
    definitions: linked.map((policy) =>
      compact({
        type: stringOf(policy['type']) ?? 'policy',
        url: policy['url'] as string,
        description: stringOf(policy['description']),
      }),
    ),
    customProperties: unlinked.length > 0 ? [customProperty('policies', unlinked, 'terms.policies', notes)] : [],
  };
}

function dcsServer(key: string, value: unknown, notes: string[]): OdcsServer {
  const server = recordOf(value) ?? {};
  const path = `servers.${key}`;
  const connection = Object.fromEntries(Object.entries(server).filter(([member]) => !SERVER_COMMON.includes(member)));
  return fitServer(
    {
      id: isStableId(key) ? key : undefined,
      server: key,
      type: stringOf(server['type']) ?? 'custom',
      description: stringOf(server['description']),
      environment: stringOf(server['environment']),
      roles: rolesOf(server['roles'], `${path}.roles`, notes),
      connection,
    },
    path,
    notes,
  );
}

function rolesOf(roles: unknown, path: string, notes: string[]): OdcsRole[] | undefined {
  const list = (Array.isArray(roles) ? roles : []).flatMap((role, index) => {
    const name = stringOf(recordOf(role)?.['name']);
    if (!isRecord(role) || name === undefined) return [];
    const leftovers = leftoverCustomProperties(role, new Set(['name', 'description']), `${path}[${index}]`, notes);
    const customProperties = customPropertiesOrNone(leftovers);
    return [compact({ role: name, description: stringOf(role['description']), customProperties })];
  });
  return nonEmpty(list);
}

// DCS fields give physical types per platform in config (postgresType, snowflakeType...): the first server's.
function physicalTypeKey(server: OdcsServer | undefined): string | undefined {
  const type = server?.type === 'custom' ? undefined : server?.type;
  return type === undefined ? undefined : `${type === 'postgresql' ? 'postgres' : type}Type`;
}
