import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { EVENTS_CHANNEL } from './event-feed';

/**
 * One LISTEN connection per process: wakes the long-polls of a schema when a transaction that appended to its outbox
 * commits (NOTIFY is delivered at commit, never for a rolled-back transaction). Connected on the first wait; when it
 * drops, waiters still wake on their periodic re-read and the next wait connects again.
 */
export class EventNotifier {
  private readonly logger = new Logger('EventFeed');
  private client?: Client;
  private connecting?: Promise<void>;
  private readonly waiters = new Map<string, Set<() => void>>();
  private closed = false;

  constructor(private readonly databaseUrl: string) {}

  /** Resolves when the schema's outbox is appended to (after commit) or after `ms`, whichever comes first. */
  async wait(schema: string, ms: number, signal?: AbortSignal): Promise<void> {
    await this.listen().catch((err: unknown) => this.logger.warn({ err }, 'Cannot LISTEN for events; long-polls re-read periodically'));
    if (signal?.aborted) return;
    await new Promise<void>((resolve) => {
      const set = this.waiters.get(schema) ?? new Set<() => void>();
      this.waiters.set(schema, set);
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      set.add(done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const set of this.waiters.values()) for (const wake of [...set]) wake();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private listen(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'meshwork-events-listener' });
    client.on('notification', (message) => {
      for (const wake of [...(this.waiters.get(message.payload ?? '') ?? [])]) wake();
    });
    client.on('error', (err) => {
      this.logger.warn({ err }, 'The events LISTEN connection failed; it reconnects on the next wait');
      if (this.client === client) this.client = undefined;
      void client.end().catch(() => undefined);
    });
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    if (this.closed) {
      await client.end();
      return;
    }
    this.client = client;
  }
}
