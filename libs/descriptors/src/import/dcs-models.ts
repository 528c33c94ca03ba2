import type {
  OdcsAuthoritativeDefinition,
  OdcsCustomProperty,
  OdcsProperty,
  OdcsPropertyBase,
  OdcsQualityRule,
  OdcsRelationship,
  OdcsSchemaObject,
} from '../model/odcs.types';
import { customPropertiesOrNone, customProperty, leftoverCustomProperties } from './custom-properties';
import { fitsTypeOption, mapLogicalType, TYPE_OPTIONS } from './logical-types';
import { mapDcsQualityRules } from './quality-rules';
import { arrayOf, booleanOf, compact, entriesOf, nonEmpty, recordOf, stringOf, stringsOf, type JsonObject } from './read-values';

/** What mapping a DCS model needs besides the model. */
export interface DcsModelContext {
  /** The `definitions` of the contract, for `$ref: '#/definitions/<name>'`. */
  definitions: JsonObject;
  /** The `config` member holding the physical type for the contract's first server, e.g. `postgresType`. */
  physicalTypeKey?: string;
  notes: string[];
}

type TypeOptions = Record<string, unknown>;

const MODEL_MEMBERS = ['description', 'type', 'title', 'fields', 'primaryKey', 'quality', 'tags'];

/** A DCS model (keyed by its table name) as an ODCS schema object: name and physicalName are the key. */
export function dcsModelToSchemaObject(name: string, value: unknown, context: DcsModelContext): OdcsSchemaObject {
  const model = recordOf(value) ?? {};
  const path = `models.${name}`;
  const positions = primaryKeyPositions(model);
  const properties = entriesOf(model['fields']).map(([fieldName, field]) =>
    dcsFieldToProperty(fieldName, field, `${path}.fields.${fieldName}`, context, positions.get(fieldName)),
  );
  return compact({
    name,
    physicalName: name,
    physicalType: stringOf(model['type']) ?? 'table',
    businessName: stringOf(model['title']),
    description: stringOf(model['description']),
    tags: stringsOf(model['tags']),
    properties: nonEmpty(properties),
    quality: mapDcsQualityRules(model['quality'], `${path}.quality`, context.notes),
    customProperties: customPropertiesOrNone(leftoverCustomProperties(model, new Set(MODEL_MEMBERS), path, context.notes)),
  });
}

// The model's `primaryKey` list gives positions; without one, fields flagged primaryKey (or `primary`) in order.
function primaryKeyPositions(model: JsonObject): Map<string, number> {
  const declared = stringsOf(model['primaryKey']);
  const flagged = entriesOf(model['fields'])
    .filter(([, field]) => recordOf(field)?.['primaryKey'] === true || recordOf(field)?.['primary'] === true)
    .map(([name]) => name);
  return new Map((declared ?? flagged).map((name, index) => [name, index + 1]));
}

// Members read whatever the type; type constraints, nested fields and precision are read when the type has them.
const FIELD_MEMBERS = [
  'type', 'title', 'description', 'required', 'unique', 'primaryKey', 'primary', 'classification', 'pii', 'tags',
  'example', 'examples', 'enum', 'quality', 'links', 'config',
];
const CONSTRAINTS = ['minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'];
const DECIMAL_TYPES: ReadonlySet<string> = new Set(['decimal', 'numeric', 'number']);
const SHORTHAND_REFERENCE = /^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$/;

/** A named DCS field as an ODCS property. */
export function dcsFieldToProperty(
  name: string,
  value: unknown,
  path: string,
  context: DcsModelContext,
  keyPosition?: number,
): OdcsProperty {
  return { name, ...dcsElement(name, value, path, context, keyPosition) };
}

/**
 * A DCS field as an ODCS property (or, without a name, as an array's `items`): `$ref` to a definition resolved
 * (the field's own members win), type mapped, constraints into logicalTypeOptions where the type accepts them,
 * `enum` into an `invalidValues` rule, `pii` into the tag "pii", nested `fields`/`items` recursively; the rest
 * into custom properties.
 */
function dcsElement(
  name: string | undefined,
  value: unknown,
  path: string,
  context: DcsModelContext,
  keyPosition?: number,
): OdcsPropertyBase {
  const field = resolveDefinition(recordOf(value) ?? {}, context, new Set());
  const type = stringOf(field['type']);
  const mapped = type === undefined ? undefined : mapLogicalType(type);
  const logicalType = mapped?.logicalType;
  const read = new Set(FIELD_MEMBERS);
  const options = typeOptions(field, logicalType, impliedOptions(type, mapped?.options), read);
  const physicalType = physicalTypeOf(field, type, context, read);
  const relationships = relationshipsOf(field, read);
  const properties = logicalType === 'object' ? nestedFields(field, path, context, read) : undefined;
  const items = logicalType === 'array' && recordOf(field['items']) ? arrayItems(field, path, context, read) : undefined;
  const extra: OdcsCustomProperty[] = [
    ...lossyType(type, logicalType, path, context.notes),
    ...configLeftover(field, physicalType.configKey, path, context.notes),
  ];
  return compact({
    name,
    businessName: stringOf(field['title']),
    logicalType,
    logicalTypeOptions: options,
    physicalType: physicalType.value,
    description: stringOf(field['description']),
    required: booleanOf(field['required']),
    unique: booleanOf(field['unique']),
    primaryKey: keyPosition === undefined ? undefined : true,
    primaryKeyPosition: keyPosition,
    classification: stringOf(field['classification']),
    tags: tagsOf(field),
    examples: examplesOf(field),
    relationships,
    authoritativeDefinitions: linksOf(field['links']),
    quality: nonEmpty([...enumRule(field), ...(mapDcsQualityRules(field['quality'], `${path}.quality`, context.notes) ?? [])]),
    properties,
    items,
    customProperties: customPropertiesOrNone(extra, leftoverCustomProperties(field, read, path, context.notes)),
  });
}

// In DCS a plain `timestamp` is one with timezone, like timestamp_tz.
function impliedOptions(type: string | undefined, options: TypeOptions | undefined): TypeOptions | undefined {
  return type?.trim().toLowerCase() === 'timestamp' ? { ...options, timezone: true } : options;
}

// A type ODCS has no exact equivalent for (map, bytes, json...) is kept beside its approximation.
function lossyType(
  type: string | undefined,
  logicalType: string | undefined,
  path: string,
  notes: string[],
): OdcsCustomProperty[] {
  if (type === undefined || !mapLogicalType(type).lossy) return [];
  const written = logicalType === undefined ? 'written without logicalType' : `written as logicalType ${logicalType}`;
  notes.push(`${path}.type: "${type}" has no ODCS v3.1 equivalent, ${written} and kept as custom property "dcsType"`);
  return [{ property: 'dcsType', value: type }];
}

// `$ref: '#/definitions/order_id'`: the definition's members, under the field's own; `domain` and `name` only
// describe the definition. A reference that cannot be resolved stays, and becomes a custom property.
function resolveDefinition(field: JsonObject, context: DcsModelContext, seen: ReadonlySet<string>): JsonObject {
  const reference = stringOf(field['$ref']);
  const name = reference?.startsWith('#/definitions/') ? decodeToken(reference.slice('#/definitions/'.length)) : undefined;
  const definition = name === undefined || seen.has(name) ? undefined : recordOf(context.definitions[name]);
  if (name === undefined || !definition) return field;
  const { $ref: _reference, ...own } = field;
  const { domain: _domain, name: _name, ...inherited } = resolveDefinition(definition, context, new Set([...seen, name]));
  return { ...inherited, ...own };
}

function decodeToken(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

function typeOptions(
  field: JsonObject,
  logicalType: string | undefined,
  implied: TypeOptions | undefined,
  read: Set<string>,
): TypeOptions | undefined {
  const accepted = logicalType === undefined ? [] : (TYPE_OPTIONS[logicalType] ?? []);
  const options: TypeOptions = { ...implied };
  for (const name of CONSTRAINTS.filter((constraint) => accepted.includes(constraint))) {
    if (!fitsTypeOption(logicalType, name, field[name])) continue;
    options[name] = field[name];
    read.add(name);
  }
  return Object.keys(options).length > 0 ? options : undefined;
}

// The physical type for the contract's first server (config.<server>Type), else the only one given, else
// decimal(precision, scale) from a decimal's precision and scale.
function physicalTypeOf(
  field: JsonObject,
  type: string | undefined,
  context: DcsModelContext,
  read: Set<string>,
): { value?: string; configKey?: string } {
  const config = recordOf(field['config']) ?? {};
  const typeKeys = Object.keys(config).filter((key) => key.endsWith('Type') && typeof config[key] === 'string');
  const preferred = typeKeys.find((key) => key === context.physicalTypeKey);
  const configKey = preferred ?? (typeKeys.length === 1 ? typeKeys[0] : undefined);
  if (configKey) return { value: config[configKey] as string, configKey };
  const precision = field['precision'];
  if (type === undefined || !DECIMAL_TYPES.has(type.toLowerCase()) || typeof precision !== 'number') return {};
  read.add('precision');
  read.add('scale');
  const scale = typeof field['scale'] === 'number' ? field['scale'] : 0;
  return { value: `${type.toLowerCase()}(${precision},${scale})` };
}

function configLeftover(field: JsonObject, usedKey: string | undefined, path: string, notes: string[]): OdcsCustomProperty[] {
  const config = recordOf(field['config']);
  if (!config) return [];
  const rest = Object.fromEntries(Object.entries(config).filter(([key]) => key !== usedKey));
  return Object.keys(rest).length > 0 ? [customProperty('config', rest, `${path}.config`, notes)] : [];
}

function relationshipsOf(field: JsonObject, read: Set<string>): OdcsRelationship[] | undefined {
  const reference = stringOf(field['references']);
  if (reference === undefined || !SHORTHAND_REFERENCE.test(reference)) return undefined;
  read.add('references');
  return [{ type: 'foreignKey', to: reference }];
}

function nestedFields(field: JsonObject, path: string, context: DcsModelContext, read: Set<string>): OdcsProperty[] | undefined {
  read.add('fields');
  const properties = entriesOf(field['fields']).map(([name, nested]) =>
    dcsFieldToProperty(name, nested, `${path}.fields.${name}`, context),
  );
  return nonEmpty(properties);
}

function arrayItems(field: JsonObject, path: string, context: DcsModelContext, read: Set<string>): OdcsPropertyBase {
  read.add('items');
  return dcsElement(undefined, field['items'], `${path}.items`, context);
}

function tagsOf(field: JsonObject): string[] | undefined {
  const tags = stringsOf(field['tags']) ?? [];
  const withPii = field['pii'] === true && !tags.includes('pii') ? [...tags, 'pii'] : tags;
  return nonEmpty(withPii);
}

function examplesOf(field: JsonObject): unknown[] | undefined {
  const examples = arrayOf(field['examples']);
  if (examples && examples.length > 0) return examples;
  return field['example'] === undefined ? undefined : [field['example']];
}

/** DCS `links` (name → URL) as ODCS authoritative definitions of type name. */
export function linksOf(links: unknown): OdcsAuthoritativeDefinition[] | undefined {
  const definitions = entriesOf(links).flatMap(([type, url]) => (typeof url === 'string' ? [{ type, url }] : []));
  return nonEmpty(definitions);
}

// ODCS keeps allowed values in a library rule: invalidValues with arguments.validValues must be 0.
function enumRule(field: JsonObject): OdcsQualityRule[] {
  const values = arrayOf(field['enum']);
  return values && values.length > 0 ? [{ metric: 'invalidValues', arguments: { validValues: values }, mustBe: 0 }] : [];
}
