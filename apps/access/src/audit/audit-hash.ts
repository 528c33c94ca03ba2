import { createHash } from 'node:crypto';

/** prevHash of the first entry of the chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an entry that its hash covers, in the form they are read back from the database. */
export interface HashedAuditFields {
  sequence: string;
  occurredAt: Date;
  actor: string;
  action: string;
  resource: string;
  outcome: string;
  details: Record<string, unknown>;
  sourceIp: string | null;
  requestId: string | null;
  prevHash: string;
}

/** JSON with object keys sorted at every level, so equal values always serialise to the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (value === undefined) return 'null';
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('audit values must be finite numbers');
    return JSON.stringify(value);
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** sha256 (hex) over the canonical serialisation of the entry's fields, prevHash included. */
export function auditHash(fields: HashedAuditFields): string {
  const canonical = canonicalJson({
    sequence: fields.sequence,
    occurredAt: fields.occurredAt.toISOString(),
    actor: fields.actor,
    action: fields.action,
    resource: fields.resource,
    outcome: fields.outcome,
    details: fields.details,
    sourceIp: fields.sourceIp,
    requestId: fields.requestId,
    prevHash: fields.prevHash,
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
