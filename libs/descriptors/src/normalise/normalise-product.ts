import { DescriptorError, DescriptorErrorCode } from '../errors/descriptor-error';
import type { OdpsInputPort, OdpsManagementPort, OdpsOutputPort, OdpsProduct } from '../model/odps.types';
import { upgradeOdps } from '../upgrade/upgrade-odps';
import { normaliseTeam } from './normalise-team';
import type {
  NormalisedInputPort,
  NormalisedManagementPort,
  NormalisedOutputPort,
  NormalisedProduct,
} from './normalised.types';
import { pickDefined } from './pick';

/**
 * Reads a valid ODPS document (v1.x, or v0.9.x through upgradeOdps) into Meshwork's model. Pure.
 * Throws DescriptorError(INVALID_VERSION) when an output port's version has no major number ("1.2.0", "v2", "3.1"
 * are fine; "latest" is not), because the major is part of the port's URN.
 */
export function normaliseProduct(doc: OdpsProduct): NormalisedProduct {
  const product = upgradeOdps(doc);
  const team = normaliseTeam(product.team);
  return {
    id: product.id,
    name: product.name ?? product.id,
    ...pickDefined(product, ['version', 'domain', 'tenant']),
    odpsStatus: product.status,
    tags: product.tags ?? [],
    ...(product.description ? { description: pickDefined(product.description, ['purpose', 'usage', 'limitations']) } : {}),
    inputPorts: (product.inputPorts ?? []).map(normaliseInputPort),
    outputPorts: (product.outputPorts ?? []).map(normaliseOutputPort),
    managementPorts: (product.managementPorts ?? []).map(normaliseManagementPort),
    ...(team ? { team } : {}),
    apiVersion: doc.apiVersion,
  };
}

function normaliseInputPort(port: OdpsInputPort): NormalisedInputPort {
  return { name: port.name, version: port.version, ...pickDefined(port, ['contractId']), tags: port.tags ?? [] };
}

function normaliseOutputPort(port: OdpsOutputPort, index: number): NormalisedOutputPort {
  return {
    name: port.name,
    version: port.version,
    major: majorVersionOf(port.version, `/outputPorts/${index}/version`),
    ...pickDefined(port, ['type', 'description', 'contractId']),
    inputContracts: (port.inputContracts ?? []).map(({ id, version }) => ({ id, version })),
    tags: port.tags ?? [],
  };
}

function normaliseManagementPort(port: OdpsManagementPort): NormalisedManagementPort {
  return { name: port.name, ...pickDefined(port, ['content', 'type', 'url', 'channel']) };
}

const LEADING_MAJOR = /^v?(0|[1-9]\d{0,14})(?:[.+-]|$)/;

/** The major number of "1.2.0", "v2.0.0", "3" or "1.2"; throws DescriptorError(INVALID_VERSION) otherwise. */
/** The major number a version starts with ("1.2.0", "v2", "3"), or undefined when it starts with none. */
export function leadingMajor(version: string): number | undefined {
  const match = LEADING_MAJOR.exec(version);
  return match ? Number(match[1]) : undefined;
}

export function majorVersionOf(version: string, pointer: string): number {
  const major = leadingMajor(version);
  if (major !== undefined) return major;
  throw new DescriptorError(
    DescriptorErrorCode.INVALID_VERSION,
    `The version ${JSON.stringify(version)} at ${pointer} has no major version number (expected e.g. "1.2.0").`,
  );
}
