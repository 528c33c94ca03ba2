import type { CloudEvent } from '@meshwork/platform';

/** A port of a new major contract version, and the URN of the same port at the major before. */
export interface MajorPort {
  oldUrn: string;
  newUrn: string;
  name: string;
}

/** What a catalog contract.version-added fact says about a new major, when it is one. */
export interface NewMajor {
  major: number;
  previousMajor: number;
  ports: MajorPort[];
}

interface VersionAddedData {
  major?: unknown;
  previousMajor?: unknown;
  ports?: unknown;
}

/** The body POSTed as `contract.breaking-change` to a grant holder of the old major. */
export interface BreakingChangeBody {
  type: 'contract.breaking-change';
  oldUrn: string;
  newUrn: string;
  port: string;
  product: { urn: unknown; version: unknown };
  contract: { id: unknown; version: unknown; previousVersion: unknown; major: number; previousMajor: number };
  /** Whether the catalog classified a change against the previous version as breaking. */
  breaking: boolean;
  /** The classified changes: kind, severity, dotted path, RFC 6901 pointer into the contract, detail. */
  changes: unknown[];
  /** Until when the catalog serves the old major; null when it sets no date. */
  oldMajorDeprecationDate: string | null;
  /** The catalog fact it comes from. */
  event: { id: string; source: string; type: string; time: string };
}

const PORT_URN = /^(urn:meshwork:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*):v(\d+)$/;

/** The new major of a contract.version-added fact, with each port's old URN; undefined when the version is no new major. */
export function breakingChangeOf(event: Pick<CloudEvent, 'data'>): NewMajor | undefined {
  const data = event.data as VersionAddedData;
  const { major, previousMajor } = data;
  if (typeof major !== 'number' || typeof previousMajor !== 'number' || major <= previousMajor) return undefined;
  const ports: MajorPort[] = [];
  for (const port of Array.isArray(data.ports) ? (data.ports as { urn?: unknown; name?: unknown }[]) : []) {
    const match = typeof port.urn === 'string' ? PORT_URN.exec(port.urn) : null;
    if (!match || Number(match[2]) !== major) continue;
    ports.push({ newUrn: port.urn as string, oldUrn: `${match[1]}:v${previousMajor}`, name: typeof port.name === 'string' ? port.name : '' });
  }
  return ports.length > 0 ? { major, previousMajor, ports } : undefined;
}

export function breakingChangeBody(event: CloudEvent, change: NewMajor, port: MajorPort): BreakingChangeBody {
  const data = event.data;
  const deprecation = data.previousMajorDeprecationDate;
  return {
    type: 'contract.breaking-change',
    oldUrn: port.oldUrn,
    newUrn: port.newUrn,
    port: port.name,
    product: { urn: data.productUrn ?? null, version: data.productVersion ?? null },
    contract: { id: data.contractId ?? null, version: data.version ?? null, previousVersion: data.previousVersion ?? null, major: change.major, previousMajor: change.previousMajor },
    breaking: data.breaking === true,
    changes: Array.isArray(data.changes) ? data.changes : [],
    oldMajorDeprecationDate: typeof deprecation === 'string' ? deprecation : null,
    event: { id: event.id, source: event.source, type: event.type, time: event.time },
  };
}
