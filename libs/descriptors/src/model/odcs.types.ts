/**
 * The parts of an ODCS v3.0.x / v3.1.x data contract that Meshwork reads. Every interface keeps unknown keys
 * (`[key: string]: unknown`), so a document typed with them still carries everything the user sent.
 */

/** Key/value extension point of ODCS (unknown data survives only here, both schemas being closed). */
export interface OdcsCustomProperty {
  property: string;
  value: unknown;
  description?: string;
  [key: string]: unknown;
}

export interface OdcsDescription {
  purpose?: string;
  usage?: string;
  limitations?: string;
  [key: string]: unknown;
}

/** A link to an external definition (glossary entry, policy, tutorial...). */
export interface OdcsAuthoritativeDefinition {
  id?: string;
  type: string;
  url: string;
  description?: string;
  [key: string]: unknown;
}

/** Where the data is served; the connection members depend on `type` (host/port/database/schema, location...). */
export interface OdcsServer {
  id?: string;
  server: string;
  type: string;
  environment?: string;
  description?: string;
  roles?: OdcsRole[];
  customProperties?: OdcsCustomProperty[];
  [key: string]: unknown;
}

/** A data quality rule; v3.0 names the library check `rule`, v3.1 `metric`. */
export interface OdcsQualityRule {
  id?: string;
  name?: string;
  type?: string;
  metric?: string;
  rule?: string;
  /** Parameters of a library metric, e.g. `validValues` of `invalidValues`. */
  arguments?: Record<string, unknown>;
  dimension?: string;
  severity?: string;
  description?: string;
  customProperties?: OdcsCustomProperty[];
  [key: string]: unknown;
}

/** A foreign key from this element to another (ODCS v3.1). */
export interface OdcsRelationship {
  type?: string;
  from?: string | string[];
  to: string | string[];
  [key: string]: unknown;
}

/** What a field and an array's element type have in common (ODCS "SchemaBaseProperty"). */
export interface OdcsPropertyBase {
  id?: string;
  name?: string;
  physicalName?: string;
  logicalType?: string;
  /** Constraints of the logical type: maxLength, pattern, format, minimum, maximum... */
  logicalTypeOptions?: Record<string, unknown>;
  physicalType?: string;
  description?: string;
  businessName?: string;
  required?: boolean;
  unique?: boolean;
  primaryKey?: boolean;
  primaryKeyPosition?: number;
  classification?: string;
  criticalDataElement?: boolean;
  tags?: string[];
  examples?: unknown[];
  relationships?: OdcsRelationship[];
  customProperties?: OdcsCustomProperty[];
  /** The fields of an object. */
  properties?: OdcsProperty[];
  /** The element type of an array. */
  items?: OdcsItems;
  quality?: OdcsQualityRule[];
  [key: string]: unknown;
}

/** A column or field (ODCS "property"). */
export interface OdcsProperty extends OdcsPropertyBase {
  name: string;
}

/** The element type of an array property; like a field, but usually without a name. */
export type OdcsItems = OdcsPropertyBase;

/** A table, view, topic or file (ODCS "schema object"). */
export interface OdcsSchemaObject {
  id?: string;
  name: string;
  physicalName?: string;
  physicalType?: string;
  logicalType?: string;
  businessName?: string;
  description?: string;
  tags?: string[];
  properties?: OdcsProperty[];
  quality?: OdcsQualityRule[];
  customProperties?: OdcsCustomProperty[];
  [key: string]: unknown;
}

export interface OdcsTeamMember {
  username: string;
  name?: string;
  role?: string;
  description?: string;
  dateIn?: string;
  dateOut?: string;
  [key: string]: unknown;
}

/** v3.1 team object; v3.0 (and v3.1, deprecated) used a bare array of members instead. */
export interface OdcsTeam {
  id?: string;
  name?: string;
  description?: string;
  members?: OdcsTeamMember[];
  customProperties?: OdcsCustomProperty[];
  [key: string]: unknown;
}

/** A support channel (Slack channel, mailing list, ticket queue). */
export interface OdcsSupportItem {
  id?: string;
  channel: string;
  url?: string;
  tool?: string;
  scope?: string;
  description?: string;
  [key: string]: unknown;
}

export interface OdcsPrice {
  priceAmount?: number;
  priceCurrency?: string;
  priceUnit?: string;
  [key: string]: unknown;
}

export interface OdcsRole {
  role: string;
  access?: string;
  description?: string;
  firstLevelApprovers?: string;
  secondLevelApprovers?: string;
  customProperties?: OdcsCustomProperty[];
  [key: string]: unknown;
}

/** One SLA property ("periodic table" entry), e.g. latency 4 h on element customers.updated_at. */
export interface OdcsSlaProperty {
  id?: string;
  property: string;
  value: string | number | boolean | null;
  valueExt?: string | number | boolean | null;
  unit?: string;
  element?: string;
  driver?: string;
  description?: string;
  scheduler?: string;
  schedule?: string;
  [key: string]: unknown;
}

export interface OdcsContract {
  apiVersion: string;
  kind: string;
  id: string;
  version: string;
  status: string;
  name?: string;
  domain?: string;
  /** Deprecated since v3.1.0. */
  dataProduct?: string;
  tenant?: string;
  tags?: string[];
  description?: OdcsDescription;
  servers?: OdcsServer[];
  schema?: OdcsSchemaObject[];
  team?: OdcsTeam | OdcsTeamMember[];
  roles?: OdcsRole[];
  /** Deprecated since v3.1.0: the element of SLA properties that name none. */
  slaDefaultElement?: string;
  slaProperties?: OdcsSlaProperty[];
  support?: OdcsSupportItem[];
  price?: OdcsPrice;
  authoritativeDefinitions?: OdcsAuthoritativeDefinition[];
  customProperties?: OdcsCustomProperty[];
  contractCreatedTs?: string;
  [key: string]: unknown;
}
