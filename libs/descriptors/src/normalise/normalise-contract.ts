import type { OdcsContract, OdcsProperty, OdcsPropertyBase, OdcsSchemaObject, OdcsSlaProperty } from '../model/odcs.types';
import { normaliseTeam } from './normalise-team';
import type { NormalisedContract, NormalisedField, NormalisedSchemaObject, NormalisedSlaProperty } from './normalised.types';
import { pickDefined } from './pick';

/** Reads a valid ODCS v3.0.x or v3.1.x document into Meshwork's model, flattening nested fields. Pure. */
export function normaliseContract(doc: OdcsContract): NormalisedContract {
  const schema = doc.schema ?? [];
  const team = normaliseTeam(doc.team);
  return {
    id: doc.id,
    ...pickDefined(doc, ['name']),
    version: doc.version,
    status: doc.status,
    ...pickDefined(doc, ['domain', 'dataProduct', 'tenant']),
    tags: doc.tags ?? [],
    apiVersion: doc.apiVersion,
    schema: schema.map(normaliseSchemaObject),
    servers: (doc.servers ?? []).map((server) => ({
      ...pickDefined(server, ['id']),
      server: server.server,
      type: server.type,
      ...pickDefined(server, ['environment']),
    })),
    slaProperties: (doc.slaProperties ?? []).map((sla) => normaliseSlaProperty(sla, doc.slaDefaultElement)),
    roles: (doc.roles ?? []).map((role) => ({
      role: role.role,
      ...pickDefined(role, ['access', 'firstLevelApprovers', 'secondLevelApprovers']),
    })),
    qualityRuleCount: schema.reduce((count, object) => count + countQualityRules(object), 0),
    ...(team ? { team } : {}),
  };
}

function normaliseSchemaObject(object: OdcsSchemaObject): NormalisedSchemaObject {
  return {
    name: object.name,
    ...pickDefined(object, ['physicalName', 'physicalType', 'description']),
    properties: flattenProperties(object.properties ?? [], ''),
  };
}

function flattenProperties(properties: OdcsProperty[], prefix: string): NormalisedField[] {
  return properties.flatMap((property) => {
    const path = prefix ? `${prefix}.${property.name}` : property.name;
    return [normaliseField(property, path), ...flattenProperties(nestedProperties(property), path)];
  });
}

// An object nests `properties`; an array of objects nests them in `items` (possibly under further arrays).
function nestedProperties(property: OdcsPropertyBase): OdcsProperty[] {
  if (property.properties) return property.properties;
  return property.items ? nestedProperties(property.items) : [];
}

function normaliseField(property: OdcsProperty, path: string): NormalisedField {
  return {
    path,
    name: property.name,
    ...pickDefined(property, ['physicalName', 'logicalType', 'physicalType']),
    required: property.required ?? false,
    unique: property.unique ?? false,
    primaryKey: property.primaryKey ?? false,
    ...pickDefined(property, ['classification']),
    criticalDataElement: property.criticalDataElement ?? false,
    ...pickDefined(property, ['description', 'examples']),
    tags: property.tags ?? [],
  };
}

function normaliseSlaProperty(sla: OdcsSlaProperty, defaultElement: string | undefined): NormalisedSlaProperty {
  const element = sla.element ?? defaultElement;
  return {
    property: sla.property,
    value: sla.value,
    ...pickDefined(sla, ['valueExt', 'unit']),
    ...(element === undefined ? {} : { element }),
    ...pickDefined(sla, ['driver', 'scheduler', 'schedule']),
  };
}

function countQualityRules(object: OdcsSchemaObject): number {
  const own = object.quality?.length ?? 0;
  return (object.properties ?? []).reduce((count, property) => count + countFieldQualityRules(property), own);
}

function countFieldQualityRules(property: OdcsPropertyBase): number {
  const own = property.quality?.length ?? 0;
  const nested = [...(property.properties ?? []), ...(property.items ? [property.items] : [])];
  return nested.reduce((count, child) => count + countFieldQualityRules(child), own);
}
