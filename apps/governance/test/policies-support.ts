import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type GovernanceHarness, jsonBody, startGovernance } from './support';

export const FIXTURES = join(__dirname, '..', '..', '..', 'libs', 'descriptors', 'test', 'fixtures');

/**
 * Boots governance with settings the policies feature reads from the environment (GOVERNANCE_SEED_STARTER_POLICIES):
 * they are set while the app starts and restored after.
 */
export async function startPolicies(env: Record<string, string> = {}): Promise<GovernanceHarness> {
  const previous = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await startGovernance(env);
  } finally {
    for (const [k, v] of Object.entries(previous)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

export const OFFICER = { id: 'gov-officer-1', roles: ['governance-officer'], teamRoles: [] };
export const CONSUMER = { id: 'consumer-1', roles: ['consumer'], teamRoles: [] };

/** The demo product and its contract, as JSON values. */
export function fixtureInput(): { product: Record<string, unknown>; contracts: Record<string, unknown>[] } {
  return {
    product: parse(readFileSync(join(FIXTURES, 'crm-customers.odps.yaml'), 'utf8')) as Record<string, unknown>,
    contracts: [parse(readFileSync(join(FIXTURES, 'customers.odcs.yaml'), 'utf8')) as Record<string, unknown>],
  };
}

/** A product that breaks the test policies: no owner team, no description, a port name in snake_case. */
export function badInput(): { product: Record<string, unknown>; contracts: Record<string, unknown>[] } {
  const { product, contracts } = fixtureInput();
  const { team: _team, description: _description, ...rest } = product;
  const ports = (rest.outputPorts as Record<string, unknown>[]).map((p) => ({ ...p, name: 'customer_table' }));
  return { product: { ...rest, name: 'crm_customers', outputPorts: ports }, contracts };
}

export function policyBody(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    name: `Policy ${id}`,
    description: 'Products describe their purpose.',
    severity: 'blocking',
    target: 'product',
    scope: 'all',
    rule: { kind: 'cel', expression: 'has(product.description) && has(product.description.purpose)', message: 'The product must state its purpose.' },
    ...overrides,
  };
}

export async function createPolicy(h: GovernanceHarness, body: Record<string, unknown>): Promise<void> {
  const res = await h.call('/v1/policies', { method: 'POST', ...jsonBody(body) });
  if (res.status !== 201) throw new Error(`create ${String(body.id)}: ${res.status} ${await res.text()}`);
}

export async function transition(h: GovernanceHarness, id: string, body: Record<string, unknown>): Promise<Response> {
  return h.call(`/v1/policies/${id}/transitions`, { method: 'POST', ...jsonBody(body) });
}

export function futureIso(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}
