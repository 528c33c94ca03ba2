import { type ServiceHarness, startServiceApp } from '@meshwork/testing';
import { AppModule } from '../src/app.module';
import { GOVERNANCE_DEFAULTS, GOVERNANCE_OPENAPI } from '../src/service';

export type GovernanceHarness = ServiceHarness;

/**
 * Boots the real governance service on a fresh database, listening on a random local port. It accepts the dev token
 * as the platform admin and the JWTs of a local identity provider for every other actor. `env` adds settings.
 */
export function startGovernance(env: Record<string, string> = {}): Promise<GovernanceHarness> {
  return startServiceApp({ defaults: GOVERNANCE_DEFAULTS, openApi: GOVERNANCE_OPENAPI, module: (config) => AppModule.register(config), env });
}

export function jsonBody(value: unknown, headers: Record<string, string> = {}): RequestInit {
  return { body: JSON.stringify(value), headers: { 'content-type': 'application/json', ...headers } };
}

/** Reads a JSON body as the type the OpenAPI document promises for it. */
export async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
