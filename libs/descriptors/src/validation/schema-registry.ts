import Ajv2019, { type Options, type ValidateFunction } from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import odcsV302 from '../schemas/odcs-json-schema-v3.0.2.json';
import odcsV310 from '../schemas/odcs-json-schema-v3.1.0.json';
import odpsV100 from '../schemas/odps-json-schema-v1.0.0.json';

/** The vendored JSON Schemas (src/schemas, see LICENSE-NOTES.md there). */
export enum StandardSchema {
  ODCS_V3_0_2 = 'odcs-v3.0.2',
  ODCS_V3_1_0 = 'odcs-v3.1.0',
  ODPS_V1_0_0 = 'odps-v1.0.0',
}

// verbose: errors carry their schema, whose description explains a failed `not` or `oneOf`.
const BASE_OPTIONS: Options = { allErrors: true, strict: true, verbose: true };

// ODCS's SchemaObject requires `name`, which it declares only through allOf/$ref: strictRequired would refuse it.
const ODCS_OPTIONS: Options = { ...BASE_OPTIONS, strictRequired: false };

const SOURCES: Readonly<Record<StandardSchema, { schema: object; options: Options }>> = {
  [StandardSchema.ODCS_V3_0_2]: { schema: odcsV302, options: ODCS_OPTIONS },
  [StandardSchema.ODCS_V3_1_0]: { schema: odcsV310, options: ODCS_OPTIONS },
  [StandardSchema.ODPS_V1_0_0]: { schema: odpsV100, options: BASE_OPTIONS },
};

const compiled = new Map<StandardSchema, ValidateFunction>();

/** The compiled validator of a schema; compiled on first use, then reused. */
export function validatorFor(name: StandardSchema): ValidateFunction {
  const cached = compiled.get(name);
  if (cached) return cached;
  const { schema, options } = SOURCES[name];
  const ajv = new Ajv2019(options);
  addFormats(ajv);
  const validate = ajv.compile(schema);
  compiled.set(name, validate);
  return validate;
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
