/**
 * The parts of an ODPS v1.0 (and v0.9) data product that Meshwork reads. Every interface keeps unknown keys
 * (`[key: string]: unknown`), so a document typed with them still carries everything the user sent.
 */

import type { OdcsCustomProperty, OdcsDescription } from './odcs.types';

/** ODPS and ODCS come from the same family of standards and share these shapes. */
export type OdpsCustomProperty = OdcsCustomProperty;
export type OdpsDescription = OdcsDescription;

/** What the product consumes: another product's output port, identified by its contract. */
export interface OdpsInputPort {
  name: string;
  version: string;
  contractId?: string;
  tags?: string[];
  [key: string]: unknown;
}

export interface OdpsInputContract {
  id: string;
  version: string;
  [key: string]: unknown;
}

/** What the product serves; each (name, version) pair is its own port instance. */
export interface OdpsOutputPort {
  name: string;
  version: string;
  type?: string;
  description?: string;
  contractId?: string;
  inputContracts?: OdpsInputContract[];
  tags?: string[];
  [key: string]: unknown;
}

export interface OdpsManagementPort {
  name: string;
  content?: string;
  type?: string;
  url?: string;
  channel?: string;
  description?: string;
  [key: string]: unknown;
}

export interface OdpsTeamMember {
  username: string;
  name?: string;
  role?: string;
  description?: string;
  dateIn?: string;
  dateOut?: string;
  [key: string]: unknown;
}

/** v1.0 team object; v0.9 used a bare array of members instead. */
export interface OdpsTeam {
  name?: string;
  description?: string;
  members?: OdpsTeamMember[];
  [key: string]: unknown;
}

export interface OdpsProduct {
  apiVersion: string;
  kind: string;
  id: string;
  status: string;
  name?: string;
  version?: string;
  domain?: string;
  tenant?: string;
  tags?: string[];
  description?: OdpsDescription;
  inputPorts?: OdpsInputPort[];
  outputPorts?: OdpsOutputPort[];
  managementPorts?: OdpsManagementPort[];
  team?: OdpsTeam | OdpsTeamMember[];
  customProperties?: OdpsCustomProperty[];
  productCreatedTs?: string;
  [key: string]: unknown;
}
