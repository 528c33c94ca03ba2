import type { MeshServices } from './client';
import type { components } from './generated/sla';

export type Observation = components['schemas']['ObservationInputDto'];
export type ObservationBatchResult = components['schemas']['ObservationBatchResultDto'];

/** The most observations the SLA service takes in one POST /v1/observations. */
export const MAX_OBSERVATION_BATCH = 10_000;

export interface ObservationReporterOptions {
  /** Observations per request, at most 10 000 (the default). A full batch is sent at once. */
  batchSize?: number;
  /** Sends what has gathered this often; 0 sends only when a batch is full or on flush/close. Default 5 000 ms. */
  flushIntervalMs?: number;
  /** Sends what is left when a Node process is about to exit (its `beforeExit` event). Default true. */
  flushOnExit?: boolean;
  /** Called when a background send fails; the observations stay queued for the next one. Default: console.error. */
  onError?: (error: unknown) => void;
}

export interface ObservationReporter {
  /** Queues observations; a full batch is sent in the background. */
  add(...observations: Observation[]): void;
  /** Sends everything queued (in batches) and resolves to the totals; rejects, keeping the rest queued, when a send fails. */
  flush(): Promise<ObservationBatchResult>;
  /** Flushes and stops the timer and the exit hook; later add() calls throw. */
  close(): Promise<ObservationBatchResult>;
  /** Observations queued and not yet sent. */
  readonly pending: number;
}

interface ExitHooks {
  on?(event: 'beforeExit', listener: () => void): unknown;
  off?(event: 'beforeExit', listener: () => void): unknown;
}

/**
 * Batches observations to POST /v1/observations: by size (a full batch goes at once), by time, on flush() and close(),
 * and when a Node process runs out of work. Each batch carries its own Idempotency-Key and the service ignores
 * observations it already stored, so a retried batch is not counted twice.
 */
export function createObservationReporter(services: MeshServices, options: ObservationReporterOptions = {}): ObservationReporter {
  const batchSize = options.batchSize ?? MAX_OBSERVATION_BATCH;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_OBSERVATION_BATCH) {
    throw new TypeError(`reportObservations: batchSize must be an integer from 1 to ${MAX_OBSERVATION_BATCH}, got ${batchSize}.`);
  }
  // A background failure must not pass silently when the caller gave no handler.
  // eslint-disable-next-line no-console
  const onError = options.onError ?? ((error: unknown) => console.error('meshwork: sending observations failed; they stay queued:', error));
  const queue: Observation[] = [];
  let sending: Promise<ObservationBatchResult> = Promise.resolve({ accepted: 0, duplicates: 0 });
  let closed = false;

  const sendAll = async (): Promise<ObservationBatchResult> => {
    const total = { accepted: 0, duplicates: 0 };
    while (queue.length > 0) {
      const batch = queue.slice(0, batchSize);
      const result = await services.sla.reportObservations({ body: { observations: batch } });
      queue.splice(0, batch.length);
      total.accepted += result.accepted;
      total.duplicates += result.duplicates;
    }
    return total;
  };
  // One send at a time, in order; a failed one leaves its batch at the head of the queue.
  const flush = (): Promise<ObservationBatchResult> => {
    const next = sending.catch(() => undefined).then(sendAll);
    sending = next;
    return next;
  };
  const flushInBackground = () => {
    flush().catch(onError);
  };

  const interval = options.flushIntervalMs ?? 5000;
  const timer = interval > 0 ? setInterval(() => queue.length > 0 && flushInBackground(), interval) : undefined;
  // A pending timer must not keep a Node process alive; browsers have no unref.
  (timer as { unref?: () => void } | undefined)?.unref?.();
  const hooks = (globalThis as { process?: ExitHooks }).process;
  let exitFlushFailed = false;
  // beforeExit comes again once the flush is done; a failed one is not tried again, or the process would never end.
  const onExit = () => {
    if (queue.length === 0 || exitFlushFailed) return;
    flush().catch((error: unknown) => {
      exitFlushFailed = true;
      onError(error);
    });
  };
  if (options.flushOnExit !== false) hooks?.on?.('beforeExit', onExit);

  return {
    add(...observations) {
      if (closed) throw new Error('reportObservations: the reporter is closed.');
      queue.push(...observations);
      if (queue.length >= batchSize) flushInBackground();
    },
    flush,
    async close() {
      closed = true;
      if (timer !== undefined) clearInterval(timer);
      hooks?.off?.('beforeExit', onExit);
      return flush();
    },
    get pending() {
      return queue.length;
    },
  };
}
