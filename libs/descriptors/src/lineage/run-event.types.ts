/** The run states of the OpenLineage RunEvent `eventType`. */
export type RunEventType = 'START' | 'RUNNING' | 'COMPLETE' | 'ABORT' | 'FAIL' | 'OTHER';

/** A dataset as OpenLineage names it, and its canonical identity (datasetKey). */
export interface DatasetRef {
  namespace: string;
  name: string;
  /** Canonical identity, equal for equal datasets however the producer wrote them: see datasetKey. */
  key: string;
}

/** What Meshwork reads of an OpenLineage run event. */
export interface NormalisedRunEvent {
  eventType: RunEventType | undefined;
  /** ISO 8601 in UTC, milliseconds (a naive eventTime is read as UTC). */
  eventTime: string;
  runId: string;
  job: { namespace: string; name: string };
  inputs: DatasetRef[];
  outputs: DatasetRef[];
  producer: string;
}

/** A dataset that a contract's server holds for one of its schema objects, named as OpenLineage names it. */
export interface ContractDataset {
  /** The server's `id`, else its `server` name. */
  serverId: string;
  /** Name of the schema object. */
  objectName: string;
  namespace: string;
  name: string;
  key: string;
}
