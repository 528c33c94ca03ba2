import { DescriptorError, DescriptorErrorCode } from '../errors/descriptor-error';
import { arrayOf, isRecord, recordOf, stringOf } from '../import/read-values';
import { toUtcIso } from '../time/utc-timestamp';
import { datasetKey } from './dataset-key';
import type { DatasetRef, NormalisedRunEvent, RunEventType } from './run-event.types';

const EVENT_TYPES: ReadonlySet<string> = new Set<RunEventType>(['START', 'RUNNING', 'COMPLETE', 'ABORT', 'FAIL', 'OTHER']);

/**
 * Reads a run event that validateRunEvent accepted: eventTime in UTC, datasets with their canonical keys.
 * Throws DescriptorError(INVALID_DOCUMENT) when it lacks what every run event has (run.runId, job, eventTime).
 */
export function normaliseRunEvent(doc: unknown): NormalisedRunEvent {
  const event = recordOf(doc) ?? {};
  const runId = stringOf(recordOf(event['run'])?.['runId']);
  const job = recordOf(event['job']);
  const namespace = stringOf(job?.['namespace']);
  const name = stringOf(job?.['name']);
  const eventTime = stringOf(event['eventTime']);
  const utc = eventTime === undefined ? undefined : toUtcIso(eventTime);
  if (runId === undefined || namespace === undefined || name === undefined || utc === undefined) {
    const message = 'Not an OpenLineage run event (run.runId, job and eventTime are needed); validate it with validateRunEvent.';
    throw new DescriptorError(DescriptorErrorCode.INVALID_DOCUMENT, message);
  }
  const eventType = stringOf(event['eventType']);
  return {
    eventType: eventType !== undefined && EVENT_TYPES.has(eventType) ? (eventType as RunEventType) : undefined,
    eventTime: utc,
    runId,
    job: { namespace, name },
    inputs: datasetsOf(event['inputs']),
    outputs: datasetsOf(event['outputs']),
    producer: stringOf(event['producer']) ?? '',
  };
}

function datasetsOf(value: unknown): DatasetRef[] {
  return (arrayOf(value) ?? []).filter(isRecord).flatMap((dataset) => {
    const namespace = stringOf(dataset['namespace']);
    const name = stringOf(dataset['name']);
    return namespace === undefined || name === undefined ? [] : [{ namespace, name, key: datasetKey(namespace, name) }];
  });
}
