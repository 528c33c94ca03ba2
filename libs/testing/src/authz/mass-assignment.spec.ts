import { committedOpenApi, type MatrixService } from './matrix';

/**
 * Mass assignment, from the committed OpenAPI documents: no request body declares a field that the server owns
 * (ids it assigns, states, timestamps, approvers, version counters, hashes) unless the table below says why the
 * client sets it. Every service validates bodies with whitelist + forbidNonWhitelisted, so an undeclared field is
 * refused with 400 and its JSON pointer (each service's mass-assignment e2e test sends them); this test keeps a
 * server-owned field from being declared, and so accepted, without a decision.
 */

const SERVER_OWNED = [
  'id', 'urn', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'status', 'state', 'version', 'latestVersion', 'activeVersion', 'etag',
  'approvedBy', 'approver', 'decidedBy', 'decidedAt', 'grantId', 'requesterId', 'receivedAt', 'secretHint', 'revokedAt', 'revokedBy',
  'owner', 'ownerTeamId', 'retiredAt', 'source', 'keyHash', 'hash', 'lastUsedAt', 'expiresAt', 'monitored',
];

/** `<service> <operationId> <pointer>` → why the client sets it (and what checks it). */
const CLIENT_SET: Record<string, string> = {
  'catalog createDomain /ownerTeamId': 'the platform admin names the owner team of a new domain',
  'catalog updateDomain /ownerTeamId': 'a hand-over, allowed only to a caller who owns the receiving team too (authorization matrix)',
  'governance evaluatePolicies /subject/version': 'the version of the product being evaluated, a fact of the descriptor',
  'governance createGlossaryTerm /ownerTeamId': 'governance officers assign a term to its owner team',
  'governance createGlossaryTerm /status': "a term's editorial status (draft, approved), set by those who define it",
  'governance updateGlossaryTerm /ownerTeamId': 'a hand-over, checked against the caller\'s teams (authorization matrix)',
  'governance updateGlossaryTerm /status': "a term's editorial status, set by those who define it",
  'governance createMasterDataEntity /ownerTeamId': 'governance officers assign an entity to its owner team',
  'governance replaceMasterDataEntity /ownerTeamId': 'governance officers assign an entity to its owner team',
  'governance createPolicy /id': 'a policy id is a stable name chosen by its author (policy as code)',
  'governance dryRunPolicy /version': 'which existing version to try, not a counter',
  'governance transitionPolicy /version': 'which existing version to move, not a counter',
  'access recordLocalDecisions /decisions/*/decidedAt': 'when the SDK decided locally, a fact it reports; the server stamps its own receipt',
  'access recordLocalDecisions /decisions/*/grantId': 'the grant the local decision relied on, as the SDK saw it in its bundle',
  'access createApiKey /expiresAt': 'the platform admin chooses how long a key lives',
  'sla reportObservations /observations/*/id': "the pipeline's own id for an observation, which makes a retried batch idempotent",
  'sla applyPublishedProduct /ownerTeamId': 'the catalog tells what it published; checked against the caller\'s teams',
  'sla applyPublishedProduct /ports/*/urn': 'the catalog tells what it published',
  'sla applyPublishedProduct /version': 'the product version the catalog published',
  'sla createSubscription /owner': 'principal:<self> or team:<own team>, refused for anyone else (authorization matrix)',
};

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
}

interface Document {
  paths: Record<string, Record<string, { operationId?: string; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components?: { schemas?: Record<string, Schema> };
}

/** `<service> <operationId> <pointer>` of every server-owned field name in a request body of the document. */
function serverOwnedFields(service: MatrixService): string[] {
  const document = committedOpenApi(service) as unknown as Document;
  const found = new Set<string>();
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      const visited = new Set<string>();
      const walk = (schema: Schema | undefined, pointer: string): void => {
        if (!schema) return;
        if (schema.$ref) {
          if (visited.has(schema.$ref)) return;
          visited.add(schema.$ref);
          walk(document.components?.schemas?.[schema.$ref.split('/').pop() ?? ''], pointer);
          return;
        }
        for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) walk(part, pointer);
        if (schema.items) walk(schema.items, `${pointer}/*`);
        for (const [name, property] of Object.entries(schema.properties ?? {})) {
          if (SERVER_OWNED.includes(name)) found.add(`${service} ${operation.operationId ?? '?'} ${pointer}/${name}`);
          walk(property, `${pointer}/${name}`);
        }
      };
      for (const media of Object.values(operation.requestBody?.content ?? {})) walk(media.schema, '');
    }
  }
  return [...found];
}

describe('request bodies of the committed OpenAPI documents', () => {
  const found = (['catalog', 'governance', 'access', 'sla'] as const).flatMap(serverOwnedFields).sort();

  it('declare no server-owned field the table does not explain', () => {
    const unexplained = found.filter((field) => !(field in CLIENT_SET));
    if (unexplained.length > 0) {
      throw new Error(
        `Request bodies declare fields the server owns:\n- ${unexplained.join('\n- ')}\n` +
          'Drop each from its request DTO (the server sets it), or add it to CLIENT_SET in libs/testing/src/authz/mass-assignment.spec.ts with the reason a client sets it.',
      );
    }
  });

  it('and every explanation still matches a field', () => {
    expect(Object.keys(CLIENT_SET).filter((field) => !found.includes(field))).toEqual([]);
  });
});
