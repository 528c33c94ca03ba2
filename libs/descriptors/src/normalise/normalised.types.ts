/** Meshwork's own reading of ODPS and ODCS documents: the few fields that the services query, flat and typed. */

export interface NormalisedDescription {
  purpose?: string;
  usage?: string;
  limitations?: string;
}

export interface NormalisedTeamMember {
  username: string;
  name?: string;
  role?: string;
  /** ISO date the member joined. */
  dateIn?: string;
  /** ISO date the member left; a member with one is no longer on the team after it. */
  dateOut?: string;
}

/** The owning team; ODPS v0.9 and ODCS v3.0 list bare members, which become `members` here. */
export interface NormalisedTeam {
  name?: string;
  members: NormalisedTeamMember[];
}

export interface NormalisedInputPort {
  name: string;
  version: string;
  contractId?: string;
  tags: string[];
}

export interface NormalisedInputContract {
  id: string;
  version: string;
}

export interface NormalisedOutputPort {
  name: string;
  version: string;
  /** Major of `version`: the `v<major>` segment of the port's URN. */
  major: number;
  type?: string;
  description?: string;
  contractId?: string;
  inputContracts: NormalisedInputContract[];
  tags: string[];
}

export interface NormalisedManagementPort {
  name: string;
  content?: string;
  type?: string;
  url?: string;
  channel?: string;
}

export interface NormalisedProduct {
  id: string;
  /** Display name; the id when the document has no name. */
  name: string;
  /** Optional in ODPS ("highly recommended"), so possibly absent. */
  version?: string;
  /** ODPS `status` as written (proposed, draft, active, deprecated, retired...), not Meshwork's lifecycle. */
  odpsStatus: string;
  domain?: string;
  tenant?: string;
  tags: string[];
  description?: NormalisedDescription;
  inputPorts: NormalisedInputPort[];
  outputPorts: NormalisedOutputPort[];
  managementPorts: NormalisedManagementPort[];
  team?: NormalisedTeam;
  /** As sent, e.g. v0.9.0 for a document that was upgraded for validation. */
  apiVersion: string;
}

/** One field of a schema object, nested ones included. */
export interface NormalisedField {
  /** Dotted from the schema object: "address.city"; the items of an array of objects add no segment. */
  path: string;
  name: string;
  physicalName?: string;
  logicalType?: string;
  physicalType?: string;
  required: boolean;
  unique: boolean;
  primaryKey: boolean;
  classification?: string;
  criticalDataElement: boolean;
  description?: string;
  examples?: unknown[];
  tags: string[];
}

/** A table, view, topic or file of the contract, with its fields flattened. */
export interface NormalisedSchemaObject {
  name: string;
  physicalName?: string;
  physicalType?: string;
  description?: string;
  properties: NormalisedField[];
}

export interface NormalisedServer {
  id?: string;
  server: string;
  type: string;
  environment?: string;
}

export interface NormalisedSlaProperty {
  property: string;
  value: string | number | boolean | null;
  valueExt?: string | number | boolean | null;
  unit?: string;
  /** The element measured; ODCS v3.0's `slaDefaultElement` when the property names none. */
  element?: string;
  driver?: string;
  scheduler?: string;
  schedule?: string;
}

export interface NormalisedRole {
  role: string;
  access?: string;
  firstLevelApprovers?: string;
  secondLevelApprovers?: string;
}

export interface NormalisedContract {
  id: string;
  name?: string;
  version: string;
  status: string;
  domain?: string;
  /** Deprecated in ODCS v3.1.0, still read. */
  dataProduct?: string;
  tenant?: string;
  tags: string[];
  apiVersion: string;
  schema: NormalisedSchemaObject[];
  servers: NormalisedServer[];
  slaProperties: NormalisedSlaProperty[];
  roles: NormalisedRole[];
  /** Quality rules on schema objects and on fields, nested ones included. */
  qualityRuleCount: number;
  team?: NormalisedTeam;
}
