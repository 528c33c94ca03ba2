import { type ServiceHarness, startServiceApp } from '@meshwork/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { SLA_DEFAULTS, SLA_OPENAPI } from '../src/service';

export type SlaHarness = ServiceHarness;

/**
 * Boots the real sla service on a fresh database, listening on a random local port. It accepts the dev token
 * as the platform admin and the JWTs of a local identity provider for every other actor. `env` adds settings.
 */
export function startSla(env: Record<string, string> = {}): Promise<SlaHarness> {
  return startServiceApp({ defaults: SLA_DEFAULTS, openApi: SLA_OPENAPI, module: (config) => AppModule.register(config), env });
}

export function jsonBody(value: unknown, headers: Record<string, string> = {}): RequestInit {
  return { body: JSON.stringify(value), headers: { 'content-type': 'application/json', ...headers } };
}

/** Reads a JSON body as the type the OpenAPI document promises for it. */
export async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/**
 * Waits until every fact in sla.events can be read from the feed: the feed shows a fact once every transaction older
 * than its own has ended on the server, which other databases' writers may delay a moment.
 */
export async function feedSettled(h: SlaHarness, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = (await h.app.get(DataSource).query(`SELECT NOT EXISTS (SELECT 1 FROM "sla"."events" WHERE "tx_id" >= pg_snapshot_xmin(pg_current_snapshot())) AS "settled"`)) as { settled: boolean }[];
    if (row.settled) return;
    if (Date.now() > deadline) throw new Error(`sla.events did not settle within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
