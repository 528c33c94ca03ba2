import { type ServiceHarness, startServiceApp } from '@meshwork/testing';
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
