/** Whether a consumer of the previous contract version can keep working unchanged against the next one. */
export type ChangeSeverity = 'breaking' | 'compatible';

/** What changed between two versions of an ODCS contract; `severity` follows from the kind (CHANGE_SEVERITY). */
export type ContractChangeKind =
  | 'object-removed'
  | 'object-added'
  /** A schema object matched by `id` got another `name`, or its `physicalName` changed. */
  | 'object-renamed'
  | 'field-removed'
  | 'field-added'
  /** A field matched by `id` got another `name`, or its `physicalName` changed. */
  | 'field-renamed'
  /** logicalType or physicalType changed to an incompatible type (string → integer, uuid → varchar(36)). */
  | 'type-changed'
  /** Fewer values are valid: number → integer, varchar(200) → varchar(50), maxLength lowered, pattern added... */
  | 'type-narrowed'
  /** More values are valid: the opposite of type-narrowed. */
  | 'type-widened'
  | 'required-added'
  | 'required-removed'
  /** Allowed values (quality rule `invalidValues` with `arguments.validValues`) lost members or appeared. */
  | 'enum-values-removed'
  | 'enum-values-added'
  | 'unique-added'
  | 'unique-removed'
  /** The ordered list of primary-key fields of a schema object changed. */
  | 'primary-key-changed';

export interface ContractChange {
  kind: ContractChangeKind;
  severity: ChangeSeverity;
  /** Dotted path of the schema object and field: "customers", "customers.email", "orders.lines.sku" (nested objects/arrays of objects). */
  path: string;
  /** RFC 6901 pointer into the document it concerns: the NEXT document where the element exists there, else the PREVIOUS one. */
  pointer: string;
  side: 'previous' | 'next';
  /** Precise and human: "field customers.email was removed", "customers.age: logicalType integer → string". */
  detail: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Contracts are read interfaces: a change is breaking when it can break a consumer or invalidate data that was
 * valid (removal, rename, narrower or other type, new constraint), compatible when it only adds or relaxes.
 * A new field is compatible even when it is required: readers of the previous version simply do not read it.
 */
export const CHANGE_SEVERITY: Readonly<Record<ContractChangeKind, ChangeSeverity>> = {
  'object-removed': 'breaking',
  'object-added': 'compatible',
  'object-renamed': 'breaking',
  'field-removed': 'breaking',
  'field-added': 'compatible',
  'field-renamed': 'breaking',
  'type-changed': 'breaking',
  'type-narrowed': 'breaking',
  'type-widened': 'compatible',
  'required-added': 'breaking',
  'required-removed': 'compatible',
  'enum-values-removed': 'breaking',
  'enum-values-added': 'compatible',
  'unique-added': 'breaking',
  'unique-removed': 'compatible',
  'primary-key-changed': 'breaking',
};
