import Ajv07 from 'ajv';
import Ajv2019 from 'ajv/dist/2019';
import Ajv2020 from 'ajv/dist/2020';
import type { Options, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import dcsV1 from '../schemas/datacontract.schema.json';
import odcsV302 from '../schemas/odcs-json-schema-v3.0.2.json';
import odcsV310 from '../schemas/odcs-json-schema-v3.1.0.json';
import odpsV100 from '../schemas/odps-json-schema-v1.0.0.json';
import openLineage from '../schemas/OpenLineage.json';

/** The vendored JSON Schemas (src/schemas, see LICENSE-NOTES.md there). */
export enum StandardSchema {
  ODCS_V3_0_2 = 'odcs-v3.0.2',
  ODCS_V3_1_0 = 'odcs-v3.1.0',
  ODPS_V1_0_0 = 'odps-v1.0.0',
  /** Data Contract Specification 1.2.1 (draft-07). */
  DCS_V1_2_1 = 'dcs-v1.2.1',
  /** The RunEvent definition of the OpenLineage 2-0-2 spec (draft 2020-12). */
  OPENLINEAGE_RUN_EVENT = 'openlineage-2-0-2-run-event',
}

type Dialect = 'draft-07' | '2019-09' | '2020-12';

interface SchemaSource {
  schema: object;
  dialect: Dialect;
  options: Options;
  /** JSON Pointer of the definition to validate against, when not the whole schema. */
  definition?: string;
}

// verbose: errors carry their schema, whose description explains a failed `not` or `oneOf`.
const BASE_OPTIONS: Options = { allErrors: true, strict: true, verbose: true };

// ODCS's SchemaObject requires `name`, which it declares only through allOf/$ref: strictRequired would refuse it.
const ODCS_OPTIONS: Options = { ...BASE_OPTIONS, strictRequired: false };

// DCS uses `deprecationMessage`, OpenLineage `example`: keywords strict mode refuses as unknown.
const LENIENT_OPTIONS: Options = { ...BASE_OPTIONS, strict: false };

const SOURCES: Readonly<Record<StandardSchema, SchemaSource>> = {
  [StandardSchema.ODCS_V3_0_2]: { schema: odcsV302, dialect: '2019-09', options: ODCS_OPTIONS },
  [StandardSchema.ODCS_V3_1_0]: { schema: odcsV310, dialect: '2019-09', options: ODCS_OPTIONS },
  [StandardSchema.ODPS_V1_0_0]: { schema: odpsV100, dialect: '2019-09', options: BASE_OPTIONS },
  // Formats unchecked, as DCS's own tooling does: its examples write s3 locations such as s3://bucket/{model}/*.json.
  [StandardSchema.DCS_V1_2_1]: { schema: dcsV1, dialect: 'draft-07', options: { ...LENIENT_OPTIONS, validateFormats: false } },
  [StandardSchema.OPENLINEAGE_RUN_EVENT]: {
    schema: openLineage,
    dialect: '2020-12',
    options: LENIENT_OPTIONS,
    definition: '/$defs/RunEvent',
  },
};

/** True for the schemas compiled in ajv's strict mode (the Bitol ones); the others need `strict: false`. */
export function isCompiledStrictly(name: StandardSchema): boolean {
  return SOURCES[name].options.strict === true;
}

/** The vendored schema document itself (read-only use: import mappings read the server types from it). */
export function schemaDocument(name: StandardSchema): object {
  return SOURCES[name].schema;
}

const compiled = new Map<StandardSchema, ValidateFunction>();

/** The compiled validator of a schema; compiled on first use, then reused. */
export function validatorFor(name: StandardSchema): ValidateFunction {
  const cached = compiled.get(name);
  if (cached) return cached;
  const validate = compile(SOURCES[name]);
  compiled.set(name, validate);
  return validate;
}

function compile({ schema, dialect, options, definition }: SchemaSource): ValidateFunction {
  const ajv = createAjv(dialect, options);
  addFormats(ajv);
  if (definition === undefined) return ajv.compile(schema);
  // A local $ref into the schema: ajv resolves it against the schema registered under this key.
  ajv.addSchema(schema, 'root');
  return ajv.compile({ $ref: `root#${definition}` });
}

function createAjv(dialect: Dialect, options: Options): Ajv07 {
  switch (dialect) {
    case 'draft-07':
      return new Ajv07(options);
    case '2019-09':
      return new Ajv2019(options);
    case '2020-12':
      return new Ajv2020(options);
  }
}

let uriValidator: ValidateFunction | undefined;

/** True for a string that JSON Schema's `format: uri` accepts (as ajv-formats checks it). */
export function isUri(value: string): boolean {
  uriValidator ??= addFormats(new Ajv2019()).compile({ type: 'string', format: 'uri' });
  return uriValidator(value) === true;
}

/** Every property name that a schema declares anywhere; tells a misplaced known key from an unknown one. */
export function declaredPropertyNames(name: StandardSchema): ReadonlySet<string> {
  const cached = declaredNames.get(name);
  if (cached) return cached;
  const names = new Set<string>();
  collectPropertyNames(SOURCES[name].schema, names);
  declaredNames.set(name, names);
  return names;
}

const declaredNames = new Map<StandardSchema, ReadonlySet<string>>();

function collectPropertyNames(node: unknown, names: Set<string>): void {
  if (typeof node !== 'object' || node === null) return;
  for (const [keyword, child] of Object.entries(node) as [string, unknown][]) {
    if (keyword === 'properties' && isObject(child)) {
      for (const [name, subschema] of Object.entries(child) as [string, unknown][]) {
        names.add(name);
        collectPropertyNames(subschema, names);
      }
    } else {
      collectPropertyNames(child, names);
    }
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
