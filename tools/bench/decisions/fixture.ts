import { productEnvelope } from '../publish/product';

export interface Check {
  label: string;
  body: string;
  expected: 'allow' | 'deny';
}

async function call(base: string, token: string, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const answer = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await answer.text();
  if (!answer.ok) throw new Error(`${method} ${path} answered ${answer.status}: ${text}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

function findPortUrn(value: unknown): string | undefined {
  if (typeof value === 'string') return /^urn:meshwork:[^:]+:[^:]+:orders:v\d+$/.test(value) ? value : undefined;
  if (Array.isArray(value)) return value.map(findPortUrn).find((u) => u !== undefined);
  if (value && typeof value === 'object') return Object.values(value).map(findPortUrn).find((u) => u !== undefined);
  return undefined;
}

/** One domain owned by team `bench-owners` with one product, and its output port's URN. */
async function seedCatalog(catalog: string, token: string): Promise<string> {
  await call(catalog, token, 'POST', '/v1/domains', { name: 'bench', title: 'Bench', ownerTeamId: 'bench-owners' });
  const product = await call(catalog, token, 'PUT', '/v1/products/bench/product-1', productEnvelope('bench', 1));
  const urn = findPortUrn(product);
  if (!urn) throw new Error(`the catalog's answer names no URN for the port 'orders': ${JSON.stringify(product).slice(0, 500)}`);
  return urn;
}

async function principal(access: string, token: string, name: string): Promise<string> {
  const created = await call(access, token, 'POST', '/v1/principals', { kind: 'user', name, displayName: name });
  return String(created.id);
}

/**
 * Three principals through the public API: a member of the owning team, a holder of a grant (an access request,
 * approved) and one with neither; the checks rotate over allowed-by-grant, denied and allowed-as-owner.
 */
export async function seedDecisions(catalog: string, access: string, token: string): Promise<Check[]> {
  const urn = await seedCatalog(catalog, token);
  const owner = await principal(access, token, 'bench-owner');
  const consumer = await principal(access, token, 'bench-consumer');
  const stranger = await principal(access, token, 'bench-stranger');
  await call(access, token, 'POST', '/v1/teams', { name: 'bench-owners', displayName: 'Bench owners' });
  await call(access, token, 'PUT', `/v1/teams/bench-owners/members/${owner}`, { role: 'domain-member' });
  const request = await call(access, token, 'POST', '/v1/access-requests', { consumer: { principalId: consumer }, portUrn: urn, purpose: 'Benchmark of decisions' });
  let state = request.state;
  for (let level = 0; level < 3 && state !== 'approved'; level++) {
    state = (await call(access, token, 'POST', `/v1/access-requests/${String(request.id)}/approve`, {})).state;
  }
  if (state !== 'approved') throw new Error(`the access request is '${String(state)}' after its approvals, not 'approved'`);
  const check = (principalId: string) => JSON.stringify({ principalId, action: 'read', resource: urn, purpose: 'Benchmark of decisions' });
  return [
    { label: 'grant', body: check(consumer), expected: 'allow' },
    { label: 'denied', body: check(stranger), expected: 'deny' },
    { label: 'owner', body: check(owner), expected: 'allow' },
  ];
}

/** Asks each check once and fails when a decision is not the expected one. */
export async function verifyChecks(access: string, token: string, checks: Check[]): Promise<void> {
  for (const c of checks) {
    const result = await call(access, token, 'POST', '/v1/decisions', JSON.parse(c.body));
    if (result.decision !== c.expected) throw new Error(`check '${c.label}' was decided '${String(result.decision)}', expected '${c.expected}': ${JSON.stringify(result.reasons)}`);
  }
}
