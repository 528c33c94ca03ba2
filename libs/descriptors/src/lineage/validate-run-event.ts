import { isRecord } from '../import/read-values';
import { isNaiveTimestamp, withUtcZone } from '../time/utc-timestamp';
import { toSchemaIssues, type SchemaIssue } from '../validation/schema-issue';
import { declaredPropertyNames, StandardSchema, validatorFor } from '../validation/schema-registry';

/**
 * Validates an OpenLineage run event against the RunEvent definition of the vendored OpenLineage 2-0-2 schema.
 * A naive eventTime ("2024-06-03T05:17:42", "2024-06-03 05:17:42.118") is read as UTC: a copy with the zone is
 * validated, the event itself is not changed. DatasetEvents and JobEvents (static metadata, no run) are refused
 * with one issue, as Meshwork records runs. An empty list means valid.
 */
export function validateRunEvent(doc: unknown): SchemaIssue[] {
  if (!isRecord(doc)) return [{ pointer: '', message: 'must be an object (an OpenLineage run event)', keyword: 'type' }];
  const other = otherEventKind(doc);
  if (other) {
    const message = `is an OpenLineage ${other}, not a RunEvent: only run events are accepted`;
    return [{ pointer: '', message, keyword: 'kind' }];
  }
  const validate = validatorFor(StandardSchema.OPENLINEAGE_RUN_EVENT);
  if (validate(withZonedEventTime(doc))) return [];
  return toSchemaIssues(validate.errors ?? [], declaredPropertyNames(StandardSchema.OPENLINEAGE_RUN_EVENT));
}

// By the definition its schemaURL names, else by shape: a dataset and no run, or a job with neither run nor eventType.
function otherEventKind(doc: Record<string, unknown>): 'DatasetEvent' | 'JobEvent' | undefined {
  const definition = typeof doc['schemaURL'] === 'string' ? /\/(\w+Event)$/.exec(doc['schemaURL'])?.[1] : undefined;
  if (definition === 'DatasetEvent' || definition === 'JobEvent') return definition;
  if (doc['run'] !== undefined) return undefined;
  if (doc['dataset'] !== undefined) return 'DatasetEvent';
  return doc['job'] !== undefined && doc['eventType'] === undefined ? 'JobEvent' : undefined;
}

function withZonedEventTime(doc: Record<string, unknown>): Record<string, unknown> {
  const eventTime = doc['eventTime'];
  return typeof eventTime === 'string' && isNaiveTimestamp(eventTime) ? { ...doc, eventTime: withUtcZone(eventTime) } : doc;
}
