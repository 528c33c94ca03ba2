import { type ContractChange, isBreaking } from '@meshwork/descriptors';
import type { EventFeedDefinition } from '@meshwork/platform';

const PRODUCT_FIELDS = {
  urn: 'product URN',
  domain: 'domain name',
  name: 'product name',
  version: 'current product version',
  ownerTeamId: 'team owning the domain',
};

/** The facts the catalog writes with each change (apps/catalog), read at GET /v1/events. */
export const CATALOG_FEED: EventFeedDefinition = {
  service: 'catalog',
  schema: 'catalog',
  types: [
    {
      fact: 'product.published',
      description: 'A product version was published: the product became published, or a new version was added to a published product.',
      data: { ...PRODUCT_FIELDS, ports: 'output ports of the version: `urn`, `name`, `major`, `contract` (`id`, `version`, `slaDefaultElement`, `slaProperties`, or null without a contract)' },
    },
    { fact: 'product.deprecated', description: 'A product became deprecated (it still serves its consumers).', data: { ...PRODUCT_FIELDS, reason: 'reason given, or null' } },
    { fact: 'product.retired', description: 'A product was retired (it serves nobody any more).', data: { ...PRODUCT_FIELDS, reason: 'reason given, or null' } },
    {
      fact: 'contract.version-added',
      description: 'A new version of a contract was stored with a product version.',
      data: {
        domain: 'domain name',
        contractId: 'ODCS contract id',
        version: 'new contract version',
        major: 'its major version',
        previousVersion: 'the highest version stored before, or null for the first',
        previousMajor: 'its major, or null',
        breaking: 'true when a change against the previous version breaks consumers',
        changes: 'classified changes against the previous version: `kind`, `severity`, `path` (dotted), `pointer` (RFC 6901, into the document of `side`), `side` (`previous` or `next`), `detail` (at most 200)',
        previousMajorDeprecationDate: 'for a new major: until when the ports of the previous major stay served and resolvable (CATALOG_MAJOR_DEPRECATION_DAYS after it, 90 by default); null otherwise',
        productUrn: 'product URN',
        productVersion: 'product version it came with',
        ports: 'output ports of that product version served by this contract: `urn`, `name`, `major`',
      },
    },
    {
      fact: 'lineage.run-completed',
      description: 'An OpenLineage COMPLETE run event wrote a dataset of an output port.',
      data: { portUrn: 'output port URN', runId: 'OpenLineage run id', eventTime: 'time of the run event', job: 'job namespace/name' },
    },
    {
      fact: 'lineage.run-failed',
      description: 'An OpenLineage FAIL run event named a dataset of an output port as its output.',
      data: { portUrn: 'output port URN', runId: 'OpenLineage run id', eventTime: 'time of the run event', job: 'job namespace/name' },
    },
    {
      fact: 'quality.failed',
      description:
        'A quality rule of severity `error` of a port\'s contract failed: measured from a column profile, or reported by the domain\'s checks (a reported result for a rule the latest profile measures writes none). SLA monitoring counts it as a failed check.',
      data: {
        portUrn: 'output port URN',
        resultId: 'id of the stored outcome (GET /v1/ports/{urn}/quality/results)',
        ruleId: 'rule id: its `id` in the contract, else `<element>#<position>`',
        element: 'schema object or `object.property` of the rule',
        metric: 'ODCS library metric, or null',
        severity: 'always `error`',
        operator: 'the rule\'s operator as the contract states it (`{ "mustBe": 0 }`), or null',
        value: 'measured value in `unit`, or null when only a verdict was reported',
        unit: '`rows` or `percent`, or null',
        rowCount: 'rows checked, or null',
        failingRows: 'rows failing the rule, or null',
        basis: '`profile` or `reported`',
        source: '`api` or `openlineage`',
        runId: 'run of the profile or check, or null',
        contractId: 'contract of the port',
        contractVersion: 'its version the rule was read from',
        evaluatedAt: 'when the data was checked',
      },
    },
  ],
};

/** The contract of a port as the published fact carries it: what SLA monitoring derives objectives from. */
export function contractSla(contract: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!contract) return null;
  return {
    id: contract.id ?? null,
    version: contract.version ?? null,
    slaDefaultElement: contract.slaDefaultElement ?? null,
    slaProperties: Array.isArray(contract.slaProperties) ? contract.slaProperties : [],
  };
}

const MAX_CHANGES = 200;

/** The change list of a contract.version-added fact. */
export function contractChanges(changes: readonly ContractChange[]): { breaking: boolean; changes: { kind: string; severity: string; path: string; pointer: string; side: string; detail: string }[] } {
  return { breaking: isBreaking(changes), changes: changes.slice(0, MAX_CHANGES).map((c) => ({ kind: c.kind, severity: c.severity, path: c.path, pointer: c.pointer, side: c.side, detail: c.detail })) };
}

const DEFAULT_DEPRECATION_DAYS = 90;

/**
 * Until when the previous major of a contract stays served once a new major is published: CATALOG_MAJOR_DEPRECATION_DAYS
 * (a whole number of days, 90 by default) after `at`. The catalog keeps resolving the old major's port URNs until then
 * (and after: it never drops a version), so consumers holding grants on them have that long to move.
 */
export function majorDeprecationDate(at: Date, setting: string | undefined = process.env.CATALOG_MAJOR_DEPRECATION_DAYS): string {
  const days = Number(setting);
  const kept = setting !== undefined && setting.trim() !== '' && Number.isInteger(days) && days >= 0 ? days : DEFAULT_DEPRECATION_DAYS;
  return new Date(at.getTime() + kept * 86_400_000).toISOString();
}
